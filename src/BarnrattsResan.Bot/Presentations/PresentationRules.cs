using BarnrattsResan.Bot.Cards;
using BarnrattsResan.Bot.Localization;
using BarnrattsResan.Bot.Rounds;

namespace BarnrattsResan.Bot.Presentations;

/// <summary>
/// Checks the results a facilitator typed (on the setup card or the edit form). Every problem is reported at once, in
/// the user's language; the results are taken only when all is well, so nothing partial is stored.
/// </summary>
internal static class PresentationRules
{
    /// <summary>A few paragraphs: what the working group achieved, not the report itself (that is what the links are for).</summary>
    public const int MaxPresentationLength = 2000;

    public const int MaxLinks = 3;

    /// <summary>A link is a button, and Teams neither wraps nor shortens a button's title: this fits a narrow window.</summary>
    public const int MaxLinkTitleLength = 40;

    public const int MaxUrlLength = 500;

    public static (ResultsPresentation? Results, IReadOnlyList<string> Errors) Validate(PresentationInput input, Texts t)
    {
        var errors = new List<string>();
        var presentation = Normalize(input.Text);
        if (presentation.Length > MaxPresentationLength) errors.Add(t.Presentations.ErrorPresentationTooLong(MaxPresentationLength, presentation.Length));

        var links = new List<ResultLink>();
        for (var number = 1; number <= MaxLinks; number++)
        {
            var (rawTitle, rawUrl) = input.Link(number);
            var title = VisibleText.IsBlank(rawTitle) ? string.Empty : rawTitle!.Trim();
            var url = rawUrl?.Trim() ?? string.Empty;
            if (title.Length == 0 && url.Length == 0) continue;

            var ok = true;
            if (title.Length == 0) { errors.Add(t.Presentations.ErrorLinkTitleMissing(number)); ok = false; }
            else if (title.Length > MaxLinkTitleLength || title.Contains('\n', StringComparison.Ordinal)) { errors.Add(t.Presentations.ErrorLinkTitleTooLong(number, MaxLinkTitleLength)); ok = false; }

            if (url.Length == 0) { errors.Add(t.Presentations.ErrorLinkUrlMissing(number)); ok = false; }
            else if (url.Length > MaxUrlLength) { errors.Add(t.Presentations.ErrorLinkUrlTooLong(number, MaxUrlLength)); ok = false; }
            else if (!IsHttpsAddress(url)) { errors.Add(t.Presentations.ErrorLinkNotHttps(number)); ok = false; }

            if (ok && links.Any(l => string.Equals(l.Title, title, StringComparison.OrdinalIgnoreCase)))
            {
                errors.Add(t.Presentations.ErrorLinkTitlesAlike);
                ok = false;
            }

            if (ok) links.Add(new ResultLink(title, new Uri(url).AbsoluteUri));
        }

        return errors.Count > 0 ? (null, errors) : (new ResultsPresentation(presentation, links), []);
    }

    /// <summary>
    /// An absolute https address to a named host, with nothing a browser would treat differently from what it shows:
    /// no spaces or control characters, no user name or password before the host.
    /// </summary>
    public static bool IsHttpsAddress(string url)
    {
        if (url.Any(c => char.IsWhiteSpace(c) || char.IsControl(c) || c is '"' or '<' or '>' or '\\' or '`'))
        {
            return false;
        }

        return Uri.TryCreate(url, UriKind.Absolute, out var uri)
            && uri.Scheme == Uri.UriSchemeHttps
            && url.StartsWith("https://", StringComparison.OrdinalIgnoreCase)
            && uri.UserInfo.Length == 0
            && uri.Host.Length > 0
            && uri.HostNameType is UriHostNameType.Dns or UriHostNameType.IPv4 or UriHostNameType.IPv6;
    }

    /// <summary>The text as typed, with Windows line breaks made plain and blank text made empty.</summary>
    private static string Normalize(string? text) =>
        VisibleText.IsBlank(text) ? string.Empty : text!.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n').Trim();
}
