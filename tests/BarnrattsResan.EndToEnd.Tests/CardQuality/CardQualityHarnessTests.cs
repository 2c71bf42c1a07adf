using BarnrattsResan.EndToEnd.Tests.Infrastructure;
using BarnrattsResan.EndToEnd.Tests.Samples;

namespace BarnrattsResan.EndToEnd.Tests.CardQuality;

public sealed class CardSchemaValidatorTests
{
    [Fact]
    public void ValidCardWithActionExecuteHasNoSchemaErrors()
    {
        Assert.Empty(CardSchemaValidator.Validate(SampleCards.QuestionCard()));
    }

    [Fact]
    public void UnknownElementTypeIsASchemaError()
    {
        var errors = CardSchemaValidator.Validate(SampleCards.UnknownElementCard);

        Assert.NotEmpty(errors);
        Assert.Contains(errors, e => e.Contains("/body/1", StringComparison.Ordinal));
    }

    [Fact]
    public void MessageSizeCountsTheUtf16BytesOfTheMessageCarryingTheCardAsTeamsDoes()
    {
        var small = CardMessageSize.OfMessageWithCard(SampleCards.QuestionCard());
        var longer = CardMessageSize.OfMessageWithCard(SampleCards.QuestionCard(new string('a', 1000)));
        var swedish = CardMessageSize.OfMessageWithCard(SampleCards.QuestionCard(new string('å', 1000)));

        Assert.InRange(small, 1000, CardQualityReport.MessageSizeBudgetBytes);
        // Teams counts UTF-16: 1000 × "a" and 1000 × "å" are both 2000 bytes; the default title "Fråga 1 av 3" is 12 characters.
        Assert.Equal(2000 - 24, longer - small);
        Assert.Equal(longer, swedish);
    }
}

public sealed class CardRendererTests : IAsyncLifetime
{
    private CardRenderer? renderer;

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

    [BrowserFact]
    public async Task Valid_card_renders_cleanly_in_Teams_light_and_dark()
    {
        var screenshots = Path.Combine(AppContext.BaseDirectory, "artifacts", "cards");
        var report = await new CardQualityHarness(renderer!).CheckAsync(SampleCards.QuestionCard(), screenshots, "question");

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
        var report = await new CardQualityHarness(renderer!).CheckAsync(SampleCards.UnknownElementCard);

        Assert.False(report.IsClean);
        Assert.Contains(report.RendererEvents, e => e.Event == "UnknownElementType" && e.Message.Contains("Input.Slider", StringComparison.Ordinal));
        Assert.NotEmpty(report.SchemaErrors);
    }
}
