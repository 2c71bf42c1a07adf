using BarnrattsResan.Bot.Localization;

namespace BarnrattsResan.Bot.Routing;

/// <summary>
/// One command: the words that ask for it in each language (the first is the one the help shows, the rest are aliases;
/// a word of several words matches as a phrase) and what the help says it does.
/// </summary>
internal sealed record CommandWord(CommandKind Kind, IReadOnlyList<string> Swedish, IReadOnlyList<string> English, Func<CommandTexts, string> Description)
{
    public IReadOnlyList<string> In(Language language) => language switch
    {
        Language.Swedish => Swedish,
        Language.English => English,
        _ => throw new ArgumentOutOfRangeException(nameof(language), language, "No command words in this language."),
    };
}

/// <summary>Every command word, Swedish and English, in the order the help lists them. The parser and the help card both read this table, so a word exists once.</summary>
internal static class CommandWords
{
    public static IReadOnlyList<CommandWord> All { get; } =
    [
        new(CommandKind.Start, ["starta"], ["start"], t => t.Start),
        new(CommandKind.Status, ["status"], ["status"], t => t.Status),
        new(CommandKind.Next, ["nästa", "nasta"], ["next"], t => t.Next),
        new(CommandKind.Summary, ["sammanfatta", "sammanfattning"], ["summary", "summarize", "summarise"], t => t.Summary),
        new(CommandKind.Close, ["avsluta", "stäng"], ["close"], t => t.Close),
        new(CommandKind.Reopen, ["öppna", "oppna", "återöppna"], ["reopen"], t => t.Reopen),
        new(CommandKind.Delete, ["radera"], ["delete"], t => t.Delete),
        new(CommandKind.DeleteMyAnswers, ["radera mina svar", "ta bort mina svar"], ["delete my answers", "remove my answers"], t => t.DeleteMyAnswers),
        new(CommandKind.Remind, ["påminn", "paminn"], ["remind"], t => t.Remind),
        new(CommandKind.CancelStart, ["avbryt"], ["cancel"], t => t.CancelStart),
        new(CommandKind.History, ["historik"], ["history"], t => t.History),
        new(CommandKind.Methods, ["metoder"], ["methods"], t => t.Methods),
        new(CommandKind.Help, ["hjälp", "hjalp", "?"], ["help", "?"], t => t.Help),
    ];
}
