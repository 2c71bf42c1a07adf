using System.Text.Json;
using BarnrattsResan.EndToEnd.Tests.Playground;
using Microsoft.Playwright;

namespace BarnrattsResan.EndToEnd.Tests.Scenarios;

/// <summary>
/// Pictures of the key moments for the documentation: when <c>SCREENSHOTS_DIR</c> is set (relative paths are
/// from the repository root), a PNG of the conversation pane around the given cards is saved there under a stable
/// name. Not set: nothing is saved. Pictures never decide a test's outcome; the assertions do.
/// </summary>
public static class ScenarioPictures
{
    public const string Variable = "SCREENSHOTS_DIR";

    /// <summary>Room above the first card for the message header (sender and time) and below the last one.</summary>
    private const int Above = 52;
    private const int Below = 4;

    public static string? Folder =>
        Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } folder ? Path.GetFullPath(folder, RepoPaths.RepoRoot) : null;

    /// <summary>Saves <paramref name="name"/>.png: the conversation pane from <paramref name="first"/> down to <paramref name="last"/> (default: the same card).</summary>
    public static async Task SaveAsync(PlaygroundClient client, string name, ILocator first, ILocator? last = null)
    {
        if (Folder is not { } folder)
        {
            return;
        }

        Directory.CreateDirectory(folder);
        var page = client.Page;
        var original = page.ViewportSize is { } size ? (size.Width, size.Height) : (Width: 1400, Height: 1000);
        last ??= first;
        try
        {
            // Make the window tall enough for the whole stretch, so that one clip holds it.
            var firstBox = await first.BoundingBoxAsync() ?? throw new InvalidOperationException($"{name}: the card is not visible.");
            var lastBox = await last.BoundingBoxAsync() ?? firstBox;
            var height = (int)(lastBox.Y + lastBox.Height - firstBox.Y) + Above + Below;
            if (height + 200 > original.Height)
            {
                await page.SetViewportSizeAsync(original.Width, height + 260);
            }

            var pane = await first.EvaluateAsync<JsonElement>(ScrollCardToTopOfPane, Above);
            firstBox = (await first.BoundingBoxAsync())!;
            lastBox = (await last.BoundingBoxAsync())!;
            var top = Math.Max(pane.GetProperty("y").GetDouble(), firstBox.Y - Above);
            var bottom = Math.Min(pane.GetProperty("y").GetDouble() + pane.GetProperty("height").GetDouble(), lastBox.Y + lastBox.Height + Below);
            await page.ScreenshotAsync(new()
            {
                Path = Path.Combine(folder, name + ".png"),
                Clip = new Clip { X = (float)pane.GetProperty("x").GetDouble(), Y = (float)top, Width = (float)pane.GetProperty("width").GetDouble(), Height = (float)(bottom - top) },
            });
        }
        finally
        {
            await page.SetViewportSizeAsync(original.Width, original.Height);
        }
    }

    /// <summary>Scrolls the conversation (the card's nearest ancestor that can scroll) so the card sits just below its top; returns the pane's box.</summary>
    private const string ScrollCardToTopOfPane = """
        (card, above) => {
            let pane = card.parentElement;
            while (pane && !(['auto', 'scroll'].includes(getComputedStyle(pane).overflowY) && pane.clientHeight > 0)) {
                pane = pane.parentElement;
            }
            pane = pane || document.scrollingElement;
            pane.scrollTop += card.getBoundingClientRect().top - pane.getBoundingClientRect().top - above;
            const box = pane.getBoundingClientRect();
            return { x: box.x, y: box.y, width: box.width, height: box.height };
        }
        """;
}
