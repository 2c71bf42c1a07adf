namespace BarnrattsResan.Bot.Commands;

internal enum CommandKind
{
    Help,
    Start,
    Status,
    Next,
    Summary,
    Close,
    Reopen,
    Methods,
    Unknown,
    Delete,
    DeleteMyAnswers,
    Remind,
    CancelStart,
    History,
}

/// <summary>A text command, Swedish or English, with the mention of the bot already removed.</summary>
internal sealed record Command(CommandKind Kind, string Text);

internal static class CommandParser
{
    private static readonly Dictionary<string, CommandKind> Words = new(StringComparer.OrdinalIgnoreCase)
    {
        ["hjälp"] = CommandKind.Help,
        ["hjalp"] = CommandKind.Help,
        ["help"] = CommandKind.Help,
        ["?"] = CommandKind.Help,
        ["starta"] = CommandKind.Start,
        ["start"] = CommandKind.Start,
        ["status"] = CommandKind.Status,
        ["nästa"] = CommandKind.Next,
        ["nasta"] = CommandKind.Next,
        ["next"] = CommandKind.Next,
        ["sammanfatta"] = CommandKind.Summary,
        ["sammanfattning"] = CommandKind.Summary,
        ["summary"] = CommandKind.Summary,
        ["summarize"] = CommandKind.Summary,
        ["summarise"] = CommandKind.Summary,
        ["avsluta"] = CommandKind.Close,
        ["stäng"] = CommandKind.Close,
        ["close"] = CommandKind.Close,
        ["öppna"] = CommandKind.Reopen,
        ["oppna"] = CommandKind.Reopen,
        ["återöppna"] = CommandKind.Reopen,
        ["reopen"] = CommandKind.Reopen,
        ["metoder"] = CommandKind.Methods,
        ["methods"] = CommandKind.Methods,
        ["radera"] = CommandKind.Delete,
        ["delete"] = CommandKind.Delete,
        ["påminn"] = CommandKind.Remind,
        ["paminn"] = CommandKind.Remind,
        ["remind"] = CommandKind.Remind,
        ["avbryt"] = CommandKind.CancelStart,
        ["cancel"] = CommandKind.CancelStart,
        ["historik"] = CommandKind.History,
        ["history"] = CommandKind.History,
    };

    /// <summary>Commands of several words, matched at the start (spaces and case do not matter) before the first word is looked at.</summary>
    private static readonly Dictionary<string, CommandKind> Phrases = new(StringComparer.OrdinalIgnoreCase)
    {
        ["radera mina svar"] = CommandKind.DeleteMyAnswers,
        ["ta bort mina svar"] = CommandKind.DeleteMyAnswers,
        ["delete my answers"] = CommandKind.DeleteMyAnswers,
        ["remove my answers"] = CommandKind.DeleteMyAnswers,
    };

    /// <summary>A few commands of several words match whole; otherwise the first word decides. "Starta!" and " STATUS " work too. An empty message is a request for help.</summary>
    public static Command Parse(string? text)
    {
        var trimmed = (text ?? string.Empty).Trim();
        if (trimmed.Length == 0)
        {
            return new Command(CommandKind.Help, trimmed);
        }

        var words = string.Join(' ', trimmed.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)).TrimEnd('!', '.', ',', ':', ';');
        foreach (var (phrase, phraseKind) in Phrases)
        {
            if (words.StartsWith(phrase, StringComparison.OrdinalIgnoreCase) && (words.Length == phrase.Length || !char.IsLetterOrDigit(words[phrase.Length])))
            {
                return new Command(phraseKind, trimmed);
            }
        }

        var first = trimmed.Split((char[]?)null, 2, StringSplitOptions.RemoveEmptyEntries)[0].Trim('!', '.', ',', ':', ';');
        if (first == "?") return new Command(CommandKind.Help, trimmed);
        return new Command(Words.TryGetValue(first, out var kind) ? kind : CommandKind.Unknown, trimmed);
    }
}
