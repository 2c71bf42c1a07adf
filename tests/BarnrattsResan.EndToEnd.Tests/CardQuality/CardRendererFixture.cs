using BarnrattsResan.EndToEnd.Tests.Infrastructure;

namespace BarnrattsResan.EndToEnd.Tests.CardQuality;

/// <summary>One browser and one page for a whole test class: starting Chromium once keeps the gallery check fast.</summary>
public sealed class CardRendererFixture : IAsyncLifetime
{
    private CardRenderer? renderer;

    public CardRenderer Renderer => renderer ?? throw new InvalidOperationException(Chromium.MissingReason);

    public async Task InitializeAsync()
    {
        if (Chromium.IsAvailable || Chromium.IsRequired)
        {
            renderer = await CardRenderer.StartAsync();
        }
    }

    public async Task DisposeAsync()
    {
        if (renderer is not null)
        {
            await renderer.DisposeAsync();
        }
    }
}
