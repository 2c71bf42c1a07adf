using System.Text.Json.Nodes;
using BarnrattsResan.Bot.Answers;
using BarnrattsResan.Bot.Localization;
using BarnrattsResan.Bot.Presentations;
using BarnrattsResan.Bot.Rounds;
using BarnrattsResan.EndToEnd.Tests.Samples;

namespace BarnrattsResan.EndToEnd.Tests.CardQuality;

/// <summary>Labels and button titles across the gallery, as a screen reader user hears them.</summary>
public sealed class ScreenReaderRulesTests
{
    [Theory]
    [MemberData(nameof(CardGallery.Names), MemberType = typeof(CardGallery))]
    public void EveryInputSaysWhatToEnterAndEveryButtonWhatItDoes(string name)
    {
        var problems = ScreenReaderRules.Check(CardGallery.Get(name).CardJson);

        Assert.True(problems.Count == 0, $"{name}:\n{string.Join('\n', problems)}");
    }

    [Fact]
    public void AButtonTitledOnlySkickaAndAnInputWithoutALabelAreReported()
    {
        var problems = ScreenReaderRules.Check(SampleCards.InaccessibleCard);

        Assert.Contains(problems, p => p.StartsWith("$.body[1]: Input.Text has no label", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.StartsWith("$.actions[0]: the title \"Skicka\"", StringComparison.Ordinal));
    }

    [Fact]
    public void TwoButtonsOfTheSameNameALabelThatOnlyRepeatsThePlaceholderAndAReadMoreLinkAreReported()
    {
        const string card = """
            {
              "type": "AdaptiveCard", "version": "1.5",
              "body": [
                { "type": "TextBlock", "text": "Om metoden. [Läs mer](https://example.org/metod)", "wrap": true },
                { "type": "Input.Text", "id": "a", "label": "Skriv här", "placeholder": "Skriv här" }
              ],
              "actions": [
                { "type": "Action.Execute", "title": "Spara svar på fråga 1", "verb": "save" },
                { "type": "Action.Execute", "title": "Spara svar på fråga 1", "verb": "save" }
              ]
            }
            """;

        var problems = ScreenReaderRules.Check(card);

        Assert.Equal(3, problems.Count);
        Assert.Contains(problems, p => p.Contains("only repeats the placeholder", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Contains("is also $.actions[0]'s", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Contains("the link \"Läs mer\"", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(nameof(Language.Swedish))]
    [InlineData(nameof(Language.English))]
    public void TheQuestionCardsOfOneThreadHaveButtonsAndAnswerBoxesOfTheirOwn(string languageName)
    {
        var language = Enum.Parse<Language>(languageName);
        var t = language.Texts();
        var round = GallerySamples.Round(language: language);
        var thread = round.Questions.Select(q => QuestionCard.Shared(round, q, 3).Card).ToArray();

        var titles = thread.SelectMany(Titles).ToArray();
        var labels = thread.SelectMany(Labels).ToArray();
        Assert.Equal(round.Questions.Count * 3, titles.Length);
        Assert.Equal(titles.Length, titles.Distinct(StringComparer.OrdinalIgnoreCase).Count());
        Assert.Equal(round.Questions.Count, labels.Length);
        Assert.Equal(labels.Length, labels.Distinct(StringComparer.OrdinalIgnoreCase).Count());
        Assert.Contains(t.Answers.SendAnswer(2), titles);
        Assert.Contains(t.Answers.ShowOthersAnswers(2), titles);
        Assert.Contains(t.Answers.Refresh(7), titles);
        Assert.Contains(t.Answers.AnswerLabel(2), labels);

        var live = GallerySamples.Round(RoundMode.Live, language: language, currentQuestion: 1);
        Assert.Contains(t.Answers.NextQuestion(3, 7), Titles(QuestionCard.Shared(live, live.Questions[1], 3).Card));
    }

    private static IEnumerable<string> Titles(JsonObject card) => CardText.ActionTitles(card);

    private static IEnumerable<string> Labels(JsonObject card) =>
        card["body"]!.AsArray().OfType<JsonObject>().Where(e => e["type"]!.GetValue<string>().StartsWith("Input.", StringComparison.Ordinal)).Select(e => e["label"]!.GetValue<string>());
}
