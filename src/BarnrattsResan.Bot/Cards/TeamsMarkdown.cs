using System.Text;

namespace BarnrattsResan.Bot.Cards;

/// <summary>
/// Puts text a person typed (answers, titles, own questions, names, echoed commands) into a card so that Teams shows
/// it exactly as typed. TextBlocks and facts are Markdown in Teams (bold, italic, lists, links, and on some clients
/// more), so every character that could start Markdown is escaped with a backslash, as CommonMark defines; bare web
/// addresses are kept from becoming links; <c>{{DATE(…)}}</c> is kept from being formatted. Line breaks are kept:
/// each line becomes a paragraph of its own, because Teams runs lines separated by a single line break together.
/// Inputs (<c>Input.Text</c> values, choice titles) are not Markdown and take the text as it is.
/// </summary>
internal static class TeamsMarkdown
{
    /// <summary>Always escaped, wherever they stand: emphasis, links and images, autolinks and HTML, entities, template braces, tables, strike-through, code.</summary>
    private const string Always = "\\`*_[]<>{}&|~";

    /// <param name="text">What the person typed.</param>
    /// <param name="oneLine">For names, titles and commands: line breaks become spaces, so the text stays in the sentence or the bold it stands in.</param>
    public static string Escape(string? text, bool oneLine = false)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        var lines = text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n').Split('\n');
        var paragraphs = lines
            .Select(line => line.Trim())
            .Where(line => !VisibleText.IsBlank(line))
            .Select(EscapeLine);
        return string.Join(oneLine ? " " : "\n\n", paragraphs);
    }

    private static string EscapeLine(string line)
    {
        var escaped = new StringBuilder(line.Length + 8);
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (Always.Contains(c, StringComparison.Ordinal) || StartsBlock(line, i) || StartsWebAddress(line, i))
            {
                escaped.Append('\\');
            }

            escaped.Append(c);
        }

        return escaped.ToString();
    }

    /// <summary>What makes a line a heading, quote, list item, rule or setext underline: <c>#</c>, <c>&gt;</c>, <c>-</c>, <c>+</c>, <c>=</c> first, or the dot or parenthesis after leading digits.</summary>
    private static bool StartsBlock(string line, int index)
    {
        var c = line[index];
        if (index == 0)
        {
            return c is '#' or '-' or '+' or '=' or '>';
        }

        if (c is '.' or ')')
        {
            for (var j = 0; j < index; j++)
            {
                if (!char.IsAsciiDigit(line[j])) return false;
            }

            return true;
        }

        return false;
    }

    /// <summary>The colon of <c>scheme://</c> and the dot of <c>www.</c>, so that clients which turn bare addresses into links do not.</summary>
    private static bool StartsWebAddress(string line, int index)
    {
        var c = line[index];
        if (c == ':' && line.AsSpan(index + 1).StartsWith("//", StringComparison.Ordinal))
        {
            return true;
        }

        if (c == '@')
        {
            return true;
        }

        return c == '.' && index >= 3 && line.AsSpan(index - 3, 3).Equals("www", StringComparison.OrdinalIgnoreCase);
    }
}
