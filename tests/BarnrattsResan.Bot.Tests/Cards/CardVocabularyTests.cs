using System.Text.Json.Nodes;
using BarnrattsResan.Bot.Cards;

namespace BarnrattsResan.Bot.Tests.Cards;

/// <summary>
/// The typed card vocabulary is spelled as the Adaptive Cards 1.5 schema (the copy the card quality harness validates
/// against) spells it: every word the schema allows has a member, and no member spells a word it does not allow.
/// </summary>
public sealed class CardVocabularyTests
{
    private static readonly JsonNode Definitions = JsonNode.Parse(File.ReadAllText(Path.Combine(
        RepoPaths.RepoRoot, "tests", "BarnrattsResan.EndToEnd.Tests", "CardQuality", "schemas", "adaptive-card.v1.5.schema.json")))!["definitions"]!;

    public static TheoryData<string, string[]> Vocabulary() => new()
    {
        { "FontSize", Spellings<TextSize>(CardVocabulary.Spelling) },
        { "FontWeight", Spellings<TextWeight>(CardVocabulary.Spelling) },
        { "Colors", Spellings<TextColor>(CardVocabulary.Spelling) },
        { "Spacing", Spellings<Spacing>(CardVocabulary.Spelling) },
        { "ContainerStyle", Spellings<ContainerStyle>(CardVocabulary.Spelling) },
        { "ActionStyle", Spellings<ActionStyle>(CardVocabulary.Spelling) },
        { "TextInputStyle", Spellings<TextInputStyle>(CardVocabulary.Spelling) },
    };

    [Theory]
    [MemberData(nameof(Vocabulary))]
    public void EveryWordIsOneTheSchemaAllows(string definition, string[] spellings)
    {
        // The schema lists each word in camel case and accepts it in any case; Teams' own samples capitalise sizes,
        // weights, colours and spacing and write styles in lower case, as the bot always has.
        var allowed = Definitions[definition]!["anyOf"]![0]!["enum"]!.AsArray().Select(v => v!.GetValue<string>()).ToArray();

        Assert.Equal(allowed.Order(StringComparer.OrdinalIgnoreCase), spellings.Order(StringComparer.OrdinalIgnoreCase), StringComparer.OrdinalIgnoreCase);
    }

    [Fact]
    public void TheCardSpellsTextAndStylesAsTeamsSamplesDo()
    {
        var text = AdaptiveCard.Text("Hej", size: TextSize.ExtraLarge, weight: TextWeight.Bolder, color: TextColor.Attention, spacing: Spacing.None);
        var box = AdaptiveCard.Container([text], style: ContainerStyle.Emphasis, spacing: Spacing.Padding);
        var button = AdaptiveCard.Execute("Spara", "save", new { }, style: ActionStyle.Destructive);
        var address = AdaptiveCard.TextInput("url", "Adress", style: TextInputStyle.Url);

        Assert.Equal(
            """{"type":"TextBlock","text":"Hej","wrap":true,"size":"ExtraLarge","weight":"Bolder","color":"Attention","spacing":"None"}""",
            text.ToWireJson());
        Assert.Equal("emphasis", (string?)box["style"]);
        Assert.Equal("Padding", (string?)box["spacing"]);
        Assert.Equal("destructive", (string?)button["style"]);
        Assert.Equal("Url", (string?)address["style"]);
    }

    [Fact]
    public void TheHeaderIsTheProductsNameSmallBoldAndInTheAccentColour()
    {
        Assert.Equal(
            """{"type":"TextBlock","text":"Barnrättsresan","wrap":true,"size":"Small","weight":"Bolder","color":"Accent"}""",
            CardHeader.Create().ToWireJson());
    }

    private static string[] Spellings<T>(Func<T, string> spelling) where T : struct, Enum =>
        Enum.GetValues<T>().Select(spelling).ToArray();
}
