namespace BarnrattsResan.Bot.Routing;

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
    /// <summary>Single words from <see cref="CommandWords"/>, any language: the first word of a message decides.</summary>
    private static readonly Dictionary<string, CommandKind> Words = Table(phrases: false);

    /// <summary>Commands of several words from <see cref="CommandWords"/>, matched at the start (spaces and case do not matter) before the first word is looked at.</summary>
    private static readonly Dictionary<string, CommandKind> Phrases = Table(phrases: true);

    private static Dictionary<string, CommandKind> Table(bool phrases)
    {
        var table = new Dictionary<string, CommandKind>(StringComparer.OrdinalIgnoreCase);
        foreach (var command in CommandWords.All)
        {
            foreach (var word in command.Swedish.Concat(command.English).Where(w => w.Contains(' ') == phrases))
            {
                table.TryAdd(word, command.Kind);
            }
        }

        return table;
    }

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
