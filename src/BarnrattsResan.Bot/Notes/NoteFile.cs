using System.Text;

namespace BarnrattsResan.Bot.Notes;

/// <summary>A built file: its name and its bytes. Built from storage when needed, never stored.</summary>
internal sealed record NoteFile(string Name, NoteKind Kind, byte[] Content);

/// <summary>Text as it can go into a file: what XML cannot hold removed, and a name OneDrive accepts.</summary>
internal static class NoteText
{
    /// <summary>Removes characters XML 1.0 cannot carry (control characters, lone surrogates), keeping tabs and line breaks.</summary>
    public static string ForXml(string? text)
    {
        if (string.IsNullOrEmpty(text)) return string.Empty;
        StringBuilder? clean = null;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            var ok = c is '\t' or '\n' or '\r' || (c >= 0x20 && c <= 0xD7FF && c != '\u007f') || (c >= 0xE000 && c <= 0xFFFD);
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                clean?.Append(c).Append(text[i + 1]);
                i++;
                continue;
            }

            if (ok)
            {
                clean?.Append(c);
            }
            else
            {
                clean ??= new StringBuilder(text, 0, i, text.Length);
            }
        }

        return clean?.ToString() ?? text;
    }

    /// <summary>The lines of a text, whatever its line breaks.</summary>
    public static string[] Lines(string text) => ForXml(text).Replace("\r\n", "\n").Replace('\r', '\n').Split('\n');

    /// <summary>A file name OneDrive and Windows accept: no reserved characters, no leading or trailing dots or spaces, at most 100 characters.</summary>
    public static string FileName(string name, NoteKind kind)
    {
        var builder = new StringBuilder();
        foreach (var c in ForXml(name))
        {
            builder.Append(c is '"' or '*' or ':' or '<' or '>' or '?' or '/' or '\\' or '|' or '#' or '%' || char.IsControl(c) ? ' ' : c);
        }

        var cleaned = string.Join(' ', builder.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries)).Trim('.', ' ');
        if (cleaned.Length > 100) cleaned = cleaned[..100].TrimEnd('.', ' ');
        if (cleaned.Length == 0) cleaned = "Barnrattsresan";
        return $"{cleaned}.{kind.Extension()}";
    }
}
