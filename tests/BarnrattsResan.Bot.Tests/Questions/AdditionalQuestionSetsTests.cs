using BarnrattsResan.Bot.Cards;
using BarnrattsResan.Bot.Questions;
using BarnrattsResan.Bot.Tests.Infrastructure;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;

namespace BarnrattsResan.Bot.Tests.Questions;

/// <summary>A deployment's own question sets (<c>Questions:AdditionalSetsFile</c>): offered beside the built-in ones, or the start refused with a message that says where the mistake is.</summary>
[Collection(AzuriteGroup.Name)]
public sealed class AdditionalQuestionSetsTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task TheFilesSetsAreOfferedBesideTheBuiltInOnesAndANewMomentLeadsToItsOwnNextMoment()
    {
        using var folder = new TempDirectory("question-sets");
        var path = Path.Combine(folder.Path, "egna-fragor.json");
        await File.WriteAllTextAsync(path, QuestionBankTests.ValidFile);
        await using var channel = await TeamChannel.OpenAsync(azurite);
        channel.App.Settings["Questions:AdditionalSetsFile"] = path;

        var setup = await channel.SetupCardAsync();
        var offered = CardText.Input(setup, "sets")!["choices"]!.AsArray().Select(c => c!["value"]!.GetValue<string>());
        var builtIn4C = QuestionCatalog.LoadEmbedded().FindMoment("4C")!.QuestionSets.Select(s => s.Id);
        Assert.Equal(["handlingsplan-prioritera", .. builtIn4C, "forvaltningens-fragor"], offered);
        Assert.Contains("3B · Prioritera (1)", CardText.Of(setup));
        Assert.Contains("4C · Förvaltningens frågor (1)", CardText.Of(setup));

        await channel.StartRoundAsync(("sets", "handlingsplan-prioritera"));
        var introduction = channel.Connector.Sent.Last(s => s.Card is { } c && CardText.Action(c, CardVerbs.EditResults) is not null).Text;
        Assert.Contains("Nu prioriterar ni.", introduction);
        Assert.Contains("Vilka aktiviteter ger mest för barnen?", introduction);

        var replies = await channel.SayAndDeliverAsync(channel.Facilitator, "sammanfatta");
        var summary = replies.First(r => r.Text.Contains("Sammanfattning:")).Text;
        Assert.Contains("Nästa moment: Genomför aktiviteterna", summary);
        Assert.Contains("Ta med förslagen.", summary);
    }

    [Theory]
    [InlineData("\"en\": \"What do we keep doing?\"", "\"en\": \"\"", "set 'forvaltningens-fragor': 'questions[0].text.en' is missing or empty.")]
    [InlineData("\"id\": \"forvaltningens-fragor\"", "\"id\": \"utvardera-barnrattsarbetet\"", "set 'utvardera-barnrattsarbetet': the id is already used by the built-in question bank.")]
    [InlineData("\"questionSets\": [", "\"questionSets\": [[", "not valid question-bank JSON")]
    public async Task AMistakeInTheFileStopsTheStartNamingTheSettingTheFileTheSetAndTheField(string find, string replace, string expected)
    {
        using var folder = new TempDirectory("question-sets");
        var path = Path.Combine(folder.Path, "egna-fragor.json");
        await File.WriteAllTextAsync(path, QuestionBankTests.ValidFile.Replace(find, replace, StringComparison.Ordinal));

        var failure = await StartAsync(path);

        Assert.Contains($"Questions:AdditionalSetsFile: {path}: ", failure.Message, StringComparison.Ordinal);
        Assert.Contains(expected, failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AFileThatIsNotThereStopsTheStart()
    {
        var path = Path.Combine(Path.GetTempPath(), $"finns-inte-{Guid.NewGuid():N}.json");

        var failure = await StartAsync(path);

        Assert.Contains($"Questions:AdditionalSetsFile names '{path}', which does not exist.", failure.Message, StringComparison.Ordinal);
    }

    private Task<OptionsValidationException> StartAsync(string additionalSetsFile) =>
        AppStart.FailureAsync(azurite, "Development", new Dictionary<string, string?>
        {
            ["Privacy:SweepEnabled"] = "false",
            ["Questions:AdditionalSetsFile"] = additionalSetsFile,
        });
}
