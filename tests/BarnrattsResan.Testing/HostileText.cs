namespace BarnrattsResan.Testing;

/// <summary>
/// Text that people can type (or a forged request can carry) and that must come out of a card exactly as typed:
/// Markdown that would make links, images, emphasis, lists, headings, quotes, code or fake authors; HTML and
/// entities; Teams mentions and card template functions; bidirectional overrides, invisible characters, broken
/// surrogates and thousands of line breaks.
/// </summary>
public static class HostileText
{
    public static IReadOnlyList<(string Name, string Text)> Corpus { get; } =
    [
        ("link", "[Logga in](https://evil.example)"),
        ("link with title", "[Logga in](https://evil.example \"Intranätet\")"),
        ("image", "![logga](https://evil.example/logo.png)"),
        ("javascript link", "[Öppna](javascript:alert(1))"),
        ("javascript bare", "javascript:alert(document.cookie)"),
        ("autolink", "<https://evil.example/login>"),
        ("bare address", "Gå till https://evil.example/login och logga in"),
        ("www address", "Se www.evil.example/inloggning"),
        ("e-mail", "Mejla anna.aberg@evil.example"),
        ("reference link", "[här]\n\n[här]: https://evil.example"),
        ("mention", "<at>Anna Åberg</at> håller med"),
        ("html", "<b>fet</b> <a href=\"https://evil.example\">klick</a> <script>alert(1)</script>"),
        ("html comment", "före <!-- dolt --> efter"),
        ("entities", "&lt;b&gt;inte fet&lt;/b&gt; &amp; &#42;stjärna&#42; &copy;"),
        ("heading", "# Viktigt meddelande"),
        ("small heading", "###### liten"),
        ("setext heading", "Rubrik\n======"),
        ("bullet list", "- punkt ett\n- punkt två"),
        ("other bullets", "* stjärna\n+ plus"),
        ("numbered list", "1. första\n2. andra"),
        ("numbered with parenthesis", "3) tredje"),
        ("quote", "> Som chefen sa"),
        ("emphasis", "**fet** och _kursiv_ och *lutande* och __understruken__"),
        ("strike-through", "~~struken~~ text"),
        ("code span", "`kod` och ``dubbel``"),
        ("code fence", "```\nrm -rf /\n```"),
        ("indented code", "    fyra mellanslag först"),
        ("fake author", "Jag tycker så.\n\n**Anna Åberg**: håller med"),
        ("rule", "---"),
        ("star rule", "* * *"),
        ("table", "| a | b |\n|---|---|\n| 1 | 2 |"),
        ("date template", "{{DATE(2026-12-03T13:00:00Z, SHORT)}}"),
        ("time template", "Klockan {{TIME(2026-12-03T13:00:00Z)}}"),
        ("typed backslashes", "\\*inte kursiv\\* och \\\\ dubbel"),
        ("trailing backslash", "slutar med \\"),
        ("right-to-left override", "Anna \u202Etxet tsrövmo\u202C slut"),
        ("zero-width only", "\u200B\u200C\u200D\u2060\uFEFF"),
        ("zero-width inside", "lä\u200Bnk\u200D"),
        ("lone high surrogate", "före \uD800 efter"),
        ("lone low surrogate", "\uDC00 ensam"),
        ("4,000 newlines", "första raden" + new string('\n', 4000) + "sista raden"),
        ("emoji and accents", "Åsa 👩🏽‍💻 säger: é, ü, ß, ø"),
        ("brackets and parentheses", "[inte en länk] (inte heller) [a](b"),
        ("underscores in words", "snake_case_namn och __init__"),
    ];

    /// <summary>
    /// Text as a reader sees it: line breaks and runs of spaces collapse to one space, invisible format characters
    /// (zero-width, direction marks) are not counted, and a broken surrogate may show as the replacement character.
    /// </summary>
    public static string Visible(string text)
    {
        var builder = new System.Text.StringBuilder(text.Length);
        var space = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsSurrogate(c) && !(char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1])) && !(char.IsLowSurrogate(c) && i > 0 && char.IsHighSurrogate(text[i - 1])))
            {
                c = '\uFFFD';
            }

            if (char.GetUnicodeCategory(c) == System.Globalization.UnicodeCategory.Format)
            {
                continue;
            }

            if (char.IsWhiteSpace(c))
            {
                space = builder.Length > 0;
                continue;
            }

            if (space)
            {
                builder.Append(' ');
                space = false;
            }

            builder.Append(c);
        }

        return builder.ToString();
    }
}
