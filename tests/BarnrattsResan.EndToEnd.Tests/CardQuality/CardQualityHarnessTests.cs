using BarnrattsResan.EndToEnd.Tests.Infrastructure;
using BarnrattsResan.EndToEnd.Tests.Samples;

namespace BarnrattsResan.EndToEnd.Tests.CardQuality;

public sealed class CardSchemaValidatorTests
{
    [Fact]
    public void Valid_card_with_Action_Execute_has_no_schema_errors()
    {
        Assert.Empty(CardSchemaValidator.Validate(SampleCards.QuestionCard()));
    }

    [Fact]
    public void Unknown_element_type_is_a_schema_error()
    {
        var errors = CardSchemaValidator.Validate(SampleCards.UnknownElementCard);

        Assert.NotEmpty(errors);
        Assert.Contains(errors, e => e.Contains("/body/1", StringComparison.Ordinal));
    }

    [Fact]
    public void Message_size_counts_the_utf8_bytes_of_the_message_carrying_the_card()
    {
        var small = CardMessageSize.OfMessageWithCard(SampleCards.QuestionCard());
        var longer = CardMessageSize.OfMessageWithCard(SampleCards.QuestionCard(new string('å', 1000)));

        Assert.InRange(small, 1000, CardQualityReport.MessageSizeBudgetBytes);
        // 1000 × "å" is 2000 UTF-8 bytes; the default title "Fråga 1 av 3" is 13.
        Assert.Equal(2000 - 13, longer - small);
    }
}

public sealed class CardRendererTests : IAsyncLifetime
{
    private CardRenderer? _renderer;

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

    [BrowserFact]
    public async Task Valid_card_renders_cleanly_in_Teams_light_and_dark()
    {
        var screenshots = Path.Combine(AppContext.BaseDirectory, "artifacts", "cards");
        var report = await new CardQualityHarness(_renderer!).CheckAsync(SampleCards.QuestionCard(), screenshots, "question");

        Assert.True(report.IsClean, report.ToString());
        foreach (var rendering in report.Renderings)
        {
            Assert.InRange(rendering.Width, 300, 420);
            Assert.InRange(rendering.Height, 200, 2000);
            Assert.True(new FileInfo(rendering.ScreenshotPath!).Length > 1000);
        }
    }

    [BrowserFact]
    public async Task Unknown_element_type_is_reported_by_the_renderer()
    {
        var report = await new CardQualityHarness(_renderer!).CheckAsync(SampleCards.UnknownElementCard);

        Assert.False(report.IsClean);
        Assert.Contains(report.RendererEvents, e => e.Event == "UnknownElementType" && e.Message.Contains("Input.Slider", StringComparison.Ordinal));
        Assert.NotEmpty(report.SchemaErrors);
    }
}
