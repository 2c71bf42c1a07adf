using BarnrattsResan.EndToEnd.Tests.Infrastructure;

namespace BarnrattsResan.EndToEnd.Tests.CardQuality;

/// <summary>Every card of the gallery rendered by the official renderer with Teams' light and dark host configs, in one browser.</summary>
public sealed class CardGalleryRenderingTests(CardRendererFixture browser) : IClassFixture<CardRendererFixture>
{
    [BrowserTheory]
    [MemberData(nameof(CardGallery.Names), MemberType = typeof(CardGallery))]
    public async Task Card_renders_without_warnings_in_Teams_light_and_dark(string name)
    {
        var card = CardGallery.Get(name);
        foreach (var theme in new[] { TeamsTheme.Light, TeamsTheme.Dark })
        {
            var result = await browser.Renderer.RenderAsync(card.CardJson, theme);

            Assert.True(result.Rendered, $"{name} ({theme}) did not render.");
            Assert.True(result.Events.Count == 0, $"{name} ({theme}): {string.Join(" | ", result.Events)}");
            Assert.InRange(result.Width, 300, 420);
            Assert.True(result.Height > 40, $"{name} ({theme}) is {result.Height} px high.");
            Assert.True(result.ClippedButtons!.Count == 0, $"{name} ({theme}): the title of {string.Join(", ", result.ClippedButtons.Select(b => $"\"{b}\""))} is cut off at 400 px; Teams wraps neither a row of buttons nor a title.");
        }
    }
}
