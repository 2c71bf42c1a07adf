using System.Text.Json.Nodes;
using BarnrattsResan.Bot.Answers;
using BarnrattsResan.Bot.Setup;

namespace BarnrattsResan.EndToEnd.Tests.CardQuality;

/// <summary>Every card of the gallery against the Adaptive Card 1.5 schema, Teams' documented limits and the message size budget.</summary>
public sealed class CardGalleryTests
{
    [Fact]
    public void GalleryHoldsEveryCardTheBotSendsWithItsWorstCases()
    {
        var names = CardGallery.All.Select(c => c.Name).ToHashSet();
        string[] expected =
        [
            "setup", "setup-errors", "setup-300-members", "setup-english",
            "introduction", "introduction-live-anonymous", "introduction-english", "created", "status",
            "question-shared", "question-unanswered", "question-saved", "question-too-long", "question-empty", "question-others-many",
            "question-others-anonymous", "question-live-shared", "question-live-steer", "question-closed", "question-english",
            "summary", "summary-no-answers", "summary-500-sv-named-part-1", "summary-500-sv-anonymous-part-1",
            "summary-500-en-named-part-1", "summary-500-en-anonymous-part-1",
            "help", "help-unknown-command", "methods", "notice-greeting", "notice-not-allowed",
        ];
        var missing = expected.Where(n => !names.Contains(n)).ToArray();
        Assert.True(missing.Length == 0, "missing: " + string.Join(", ", missing));

        Assert.Equal(SetupCard.MaxMemberChoices, Input(CardGallery.Get("setup-300-members"), "leads")!["choices"]!.AsArray().Count);
        var coFacilitators = Input(CardGallery.Get("setup"), "coFacilitators")!["choices"]!.AsArray().Select(c => c!["title"]!.GetValue<string>()).ToArray();
        Assert.Equal(11, coFacilitators.Length);
        Assert.DoesNotContain(GallerySamples.Facilitator.DisplayName, coFacilitators);
        var problems = Descendants(CardGallery.Get("setup-errors").Message.Card).Count(e => e["text"]?.GetValue<string>().StartsWith("• ", StringComparison.Ordinal) == true);
        Assert.True(problems >= 5, $"the setup card lists {problems} problems");

        var saved = Input(CardGallery.Get("question-saved"), "answer")!["value"]!.GetValue<string>();
        Assert.Equal(AnswerRules.MaxLength, saved.Length);
        Assert.True(saved.Contains('å', StringComparison.Ordinal) && saved.Contains('ä', StringComparison.Ordinal) && saved.Contains('ö', StringComparison.Ordinal) && saved.Contains('\n', StringComparison.Ordinal));
        Assert.Equal(AnswerRules.MaxLength + 1, Input(CardGallery.Get("question-too-long"), "answer")!["value"]!.GetValue<string>().Length);

        Assert.Contains("Nästa fråga (3 av 7)", Titles(CardGallery.Get("question-live-shared")));
        Assert.Contains("Nästa fråga (3 av 7)", Titles(CardGallery.Get("question-live-steer")));
        Assert.Null(Input(CardGallery.Get("question-closed"), "answer"));

        var others = Descendants(CardGallery.Get("question-others-many").Message.Card).Select(e => e["text"]?.GetValue<string>()).OfType<string>().ToArray();
        var shown = others.Count(t => t.StartsWith("**", StringComparison.Ordinal));
        Assert.InRange(shown, 5, 81);
        Assert.Contains(Bot.Localization.Texts.For(Bot.Localization.Language.Swedish).Answers.OthersAnswersShown(shown, 82), others);

        foreach (var summary in new[] { "summary-500-sv-named", "summary-500-sv-anonymous", "summary-500-en-named", "summary-500-en-anonymous" })
        {
            var parts = CardGallery.All.Where(c => c.Name.StartsWith(summary + "-part-", StringComparison.Ordinal)).ToArray();
            Assert.True(parts.Length >= 20, $"{summary}: {parts.Length} parts");
            var answerBlocks = parts.Sum(p => Descendants(p.Message.Card).Count(e => e["type"]?.GetValue<string>() == "Container" && e["separator"]?.GetValue<bool>() == true));
            Assert.Equal(500, answerBlocks);
        }
    }

    [Theory]
    [MemberData(nameof(CardGallery.Names), MemberType = typeof(CardGallery))]
    public void CardIsAValidAdaptiveCard1Point5(string name)
    {
        var errors = CardSchemaValidator.Validate(TeamsCardRules.WithoutTeamsExtension(CardGallery.Get(name).CardJson));

        Assert.True(errors.Count == 0, $"{name}:\n{string.Join('\n', errors)}");
    }

    [Theory]
    [MemberData(nameof(CardGallery.Names), MemberType = typeof(CardGallery))]
    public void CardUsesOnlyWhatTeamsSupportsAndWrapsEveryText(string name)
    {
        var problems = TeamsCardRules.Check(CardGallery.Get(name).CardJson);

        Assert.True(problems.Count == 0, $"{name}:\n{string.Join('\n', problems)}");
    }

    [Theory]
    [MemberData(nameof(CardGallery.Names), MemberType = typeof(CardGallery))]
    public void MessageCarryingTheCardIsUnder80KB(string name)
    {
        var card = CardGallery.Get(name);
        var size = BotActivitySize.Of(card.Message);

        Assert.True(size <= BotActivitySize.BudgetBytes, $"{name}: the message is {size} bytes, over the {BotActivitySize.BudgetBytes}-byte budget.");
    }

    private static IEnumerable<JsonObject> Descendants(JsonNode? node) => node switch
    {
        JsonObject o => new[] { o }.Concat(o.SelectMany(p => Descendants(p.Value))),
        JsonArray a => a.SelectMany(Descendants),
        _ => [],
    };

    private static JsonObject? Input(GalleryCard card, string id) =>
        Descendants(card.Message.Card).FirstOrDefault(e => e["id"]?.GetValue<string>() == id && e["type"] is not null);

    private static IReadOnlyList<string> Titles(GalleryCard card) => CardText.ActionTitles(card.Message.Card);
}
