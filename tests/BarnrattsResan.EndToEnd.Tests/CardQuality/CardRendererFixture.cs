using BarnrattsResan.EndToEnd.Tests.Infrastructure;

namespace BarnrattsResan.EndToEnd.Tests.CardQuality;

/// <summary>One browser and one page for a whole test class: starting Chromium once keeps the gallery check fast.</summary>
public sealed class CardRendererFixture : IAsyncLifetime
{
    private CardRenderer? _renderer;

    public CardRenderer Renderer => _renderer ?? throw new InvalidOperationException(Chromium.MissingReason);

    public async Task InitializeAsync()
    {
        if (Chromium.IsAvailable || Chromium.IsRequired)
        {
            _renderer = await CardRenderer.StartAsync();
        }
    }

    public async Task DisposeAsync()
    {
        if (_renderer is not null)
        {
            await _renderer.DisposeAsync();
        }
    }
}
