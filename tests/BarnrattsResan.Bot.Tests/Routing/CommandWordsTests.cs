using System.Text.Json.Nodes;
using BarnrattsResan.Bot.Help;
using BarnrattsResan.Bot.Localization;
using BarnrattsResan.Bot.Routing;

namespace BarnrattsResan.Bot.Tests.Routing;

/// <summary>The command words exist once, in <see cref="CommandWords"/>: the parser understands each of them and the help lists each command.</summary>
public sealed class CommandWordsTests
{
    /// <summary>Every word with its command's name (the command kinds are the bot's internal type).</summary>
    public static TheoryData<string, string> EveryWord()
    {
        var data = new TheoryData<string, string>();
        foreach (var command in CommandWords.All)
        {
            foreach (var word in command.Swedish.Concat(command.English).Distinct())
            {
                data.Add(word, command.Kind.ToString());
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(EveryWord))]
    public void TheParserUnderstandsEveryWordInTheTable(string word, string kindName)
    {
        var kind = Enum.Parse<CommandKind>(kindName);
        Assert.Equal(kind, CommandParser.Parse(word).Kind);
        Assert.Equal(kind, CommandParser.Parse($"  {word.ToUpperInvariant()}! ").Kind);
        Assert.Equal(kind, CommandParser.Parse($"{word} i rundan").Kind);
    }

    [Fact]
    public void EveryCommandIsInTheTableOnceWithWordsInEveryLanguage()
    {
        var kinds = CommandWords.All.Select(c => c.Kind).ToList();
        Assert.Equal(kinds.Distinct().Count(), kinds.Count);
        Assert.Equal(Enum.GetValues<CommandKind>().Where(k => k != CommandKind.Unknown).Order(), kinds.Order());
        foreach (var language in Enum.GetValues<Language>())
        {
            Assert.All(CommandWords.All, c => Assert.NotEmpty(c.In(language)));
        }
    }

    [Fact]
    public void NoWordAsksForTwoCommands()
    {
        var owners = CommandWords.All
            .SelectMany(c => c.Swedish.Concat(c.English).Select(w => (Word: w.ToLowerInvariant(), c.Kind)))
            .Distinct()
            .GroupBy(w => w.Word)
            .Where(g => g.Count() > 1)
            .Select(g => g.Key);
        Assert.Empty(owners);
    }

    [Theory]
    [InlineData(nameof(Language.Swedish))]
    [InlineData(nameof(Language.English))]
    public void TheHelpListsEveryCommandOfTheTableInItsLanguage(string languageName)
    {
        var language = Enum.Parse<Language>(languageName);
        var card = HelpCard.Create(Texts.For(language)).Card;
        var facts = FactSet(card).Select(f => (Title: f!["title"]!.GetValue<string>(), Value: f["value"]!.GetValue<string>())).ToList();

        var descriptions = CommandTexts.For(language);
        Assert.Equal(CommandWords.All.Select(c => (c.In(language)[0], c.Description(descriptions))), facts);
        Assert.All(facts, f => Assert.False(string.IsNullOrWhiteSpace(f.Value)));
    }

    [Fact]
    public void TheHelpShowsTheWordsOfTheReadersLanguage()
    {
        var swedish = FactSet(HelpCard.Create(Texts.For(Language.Swedish)).Card).Select(f => f!["title"]!.GetValue<string>());
        var english = FactSet(HelpCard.Create(Texts.For(Language.English)).Card).Select(f => f!["title"]!.GetValue<string>());

        Assert.Contains("starta", swedish);
        Assert.Contains("radera mina svar", swedish);
        Assert.Contains("start", english);
        Assert.DoesNotContain("starta", english);
    }

    private static JsonArray FactSet(JsonObject card) =>
        card["body"]!.AsArray().OfType<JsonObject>().Single(e => e["type"]?.GetValue<string>() == "FactSet")["facts"]!.AsArray();
}
