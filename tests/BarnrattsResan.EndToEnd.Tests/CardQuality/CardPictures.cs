using System.Globalization;
using System.Text;

namespace BarnrattsResan.EndToEnd.Tests.CardQuality;

/// <summary>
/// PNG pictures of the gallery as Teams (light theme, and a few in dark) shows it, with stable file names, and a
/// Markdown page that lists them. The giant worst cases are left out.
/// </summary>
internal static class CardPictures
{
    /// <summary>The cards also pictured in Teams' dark theme (as <c>{name}.dark.png</c>).</summary>
    public static readonly IReadOnlyList<string> DarkToo = ["setup", "introduction", "question-saved", "question-too-long", "summary", "introduction-results"];

    /// <summary>
    /// Every card but the giant worst cases (500-answer summaries, 82 long answers, 300 members): those are
    /// checked by the gallery tests, and as pictures they would only be very tall.
    /// </summary>
    public static IEnumerable<GalleryCard> Pictured => CardGallery.All.Where(c =>
        !c.Name.StartsWith("summary-500-", StringComparison.Ordinal)
        && c.Name is not ("question-others-many" or "question-others-many-results" or "setup-300-members"));

    public static async Task<IReadOnlyList<string>> WriteAsync(CardRenderer renderer, string directory)
    {
        Directory.CreateDirectory(directory);
        var written = new List<string>();
        foreach (var card in Pictured)
        {
            written.Add(await WriteOneAsync(renderer, card, TeamsTheme.Light, Path.Combine(directory, $"{card.Name}.png")));
            if (DarkToo.Contains(card.Name))
            {
                written.Add(await WriteOneAsync(renderer, card, TeamsTheme.Dark, Path.Combine(directory, $"{card.Name}.dark.png")));
            }
        }

        return written;
    }

    /// <summary>A Markdown page listing every picture, with paths relative to <paramref name="markdownPath"/>.</summary>
    public static void WriteIndex(string markdownPath, string pictureDirectory)
    {
        var relative = Path.GetRelativePath(Path.GetDirectoryName(Path.GetFullPath(markdownPath))!, pictureDirectory).Replace('\\', '/');
        var page = new StringBuilder();
        page.AppendLine("# The bot's cards");
        page.AppendLine();
        page.AppendLine("Every Adaptive Card the bot sends, made by the bot's own card builders from realistic data (worst cases");
        page.AppendLine("included) and rendered with the official `adaptivecards` renderer and Teams' light host config, 400 px wide.");
        page.AppendLine("The gallery is `tests/BarnrattsResan.EndToEnd.Tests/CardQuality/CardGallery.cs`; its tests check each card");
        page.AppendLine("against the Adaptive Card 1.5 schema, what Teams supports, both Teams themes, the 80 KB message budget and,");
        page.AppendLine("with axe-core, WCAG 2.1 A and AA in both themes (see the README's Accessibility section).");
        page.AppendLine("`scripts/card-pictures.sh` renders these pictures and this page again. Of the summaries of 500 answers only");
        page.AppendLine("the first two parts of one are pictured (the others are checked, not pictured).");
        page.AppendLine();
        page.AppendLine("Not quite Teams: the font is the machine's stand-in for Segoe UI; inputs are the browser's own controls, so a");
        page.AppendLine("multi-select list shows as checkboxes where Teams shows a dropdown; Markdown is rendered as Teams documents it");
        page.AppendLine("(`CardQuality/teams-markdown.js`: bold, italic, lists, links; a single line break runs on outside lists).");
        page.AppendLine();
        page.AppendLine("| Card | What it shows | Picture |");
        page.AppendLine("| --- | --- | --- |");
        foreach (var card in Pictured)
        {
            var pictures = $"[light]({relative}/{card.Name}.png)";
            if (DarkToo.Contains(card.Name)) pictures += $" · [dark]({relative}/{card.Name}.dark.png)";
            page.AppendLine(CultureInfo.InvariantCulture, $"| `{card.Name}` | {card.Description.Replace("|", "\\|", StringComparison.Ordinal)} | {pictures} |");
        }

        File.WriteAllText(markdownPath, page.ToString());
    }

    private static async Task<string> WriteOneAsync(CardRenderer renderer, GalleryCard card, TeamsTheme theme, string path)
    {
        var result = await renderer.RenderAsync(card.CardJson, theme, path);
        if (!result.Rendered || result.Events.Count > 0)
        {
            throw new InvalidOperationException($"{card.Name} ({theme}) did not render cleanly: {string.Join(" | ", result.Events)}");
        }

        return path;
    }
}
