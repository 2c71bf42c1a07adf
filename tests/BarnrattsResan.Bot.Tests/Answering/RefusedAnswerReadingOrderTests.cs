using System.Text.Json.Nodes;
using BarnrattsResan.Bot.Answers;
using BarnrattsResan.Bot.Localization;
using BarnrattsResan.Bot.Tests.Infrastructure;

namespace BarnrattsResan.Bot.Tests.Answering;

/// <summary>
/// A refused answer as a screen reader reads the card top to bottom: first that the answer was not saved and why,
/// then the answer box (named after its question) with the refused text to correct, then the answer still saved.
/// </summary>
[Collection(AzuriteGroup.Name)]
public sealed class RefusedAnswerReadingOrderTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task ARefusedChangeSaysSoAndWhyRightBeforeTheAnswerBoxAndTheSavedAnswerFollows()
    {
        await using var channel = await TeamChannel.OpenAsync(azurite);
        await channel.StartRoundAsync();
        var saved = await channel.AnswerAsync(channel.Anna, channel.QuestionCards()[1], "Vi frågar barnen först.");

        var card = await channel.AnswerAsync(channel.Anna, saved, new string('å', 4001));

        var body = card["body"]!.AsArray().OfType<JsonObject>().ToList();
        var input = body.FindIndex(e => e["id"]?.GetValue<string>() == "answer");
        Assert.True(input > 0, "the card has no answer box");
        Assert.Equal(Texts.For(Language.Swedish).Answers.AnswerLabel(2), body[input]["label"]!.GetValue<string>());
        var refusal = CardText.Of(body[input - 1]);
        // Reading order is the point: the heading, then the reason, both before the box.
        Assert.StartsWith($"{Texts.For(Language.Swedish).Answers.AnswerNotSaved}\n{Texts.For(Language.Swedish).Answers.ErrorAnswerTooLong(max: 4000, actual: 4001)}", refusal.ReplaceLineEndings("\n"), StringComparison.Ordinal);
        Assert.DoesNotContain(body.Take(input), e => CardText.Of(e).Contains(Texts.For(Language.Swedish).Answers.YourAnswer, StringComparison.Ordinal));
        Assert.Contains(body.Skip(input + 1), e => CardText.Of(e).Contains(Texts.For(Language.Swedish).Answers.YourAnswer + "\nVi frågar barnen först.", StringComparison.Ordinal));
        Assert.Contains(Texts.For(Language.Swedish).Answers.ChangeAnswer(2), CardText.ActionTitles(card));
        Assert.DoesNotContain(body, e => e.ToJsonString().Contains("\"color\":\"Attention\"", StringComparison.Ordinal));
    }

    [Fact]
    public async Task AnEmptyAnswerIsRefusedInWordsNotOnlyInColour()
    {
        await using var channel = await TeamChannel.OpenAsync(azurite);
        await channel.StartRoundAsync();

        var card = await channel.AnswerAsync(channel.Anna, channel.QuestionCards()[0], "   ");

        var text = CardText.Of(card).ReplaceLineEndings("\n");
        Assert.Contains($"{Texts.For(Language.Swedish).Answers.AnswerNotSaved}\n{Texts.For(Language.Swedish).Answers.ErrorAnswerEmpty}\n{Texts.For(Language.Swedish).Answers.AnswerLabel(1)}", text, StringComparison.Ordinal);
        Assert.Contains(Texts.For(Language.Swedish).Answers.SendAnswer(1), CardText.ActionTitles(card));
        Assert.DoesNotContain("\"color\"", card["body"]!.ToJsonString().Replace("\"color\":\"Accent\"", "", StringComparison.Ordinal), StringComparison.Ordinal);
    }
}
