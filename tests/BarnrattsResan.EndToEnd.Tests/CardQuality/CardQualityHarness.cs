namespace BarnrattsResan.EndToEnd.Tests.CardQuality;

/// <summary>
/// Checks one card the way the project wants every bot card checked: the Adaptive Card 1.5 schema, the
/// official renderer with the Teams light and dark host configs (parse and validation events, size,
/// optional PNGs), and the size of the message that carries it.
/// </summary>
public sealed class CardQualityHarness(CardRenderer renderer)
{
    /// <param name="screenshotDirectory">When set, PNGs named <c>{name}.light.png</c> and <c>{name}.dark.png</c> are written there.</param>
    public async Task<CardQualityReport> CheckAsync(string cardJson, string? screenshotDirectory = null, string name = "card")
    {
        var schemaErrors = CardSchemaValidator.Validate(cardJson);
        var renderings = new List<CardRenderResult>();
        foreach (var theme in new[] { TeamsTheme.Light, TeamsTheme.Dark })
        {
            var png = screenshotDirectory is null
                ? null
                : Path.Combine(screenshotDirectory, $"{name}.{theme.ToString().ToLowerInvariant()}.png");
            renderings.Add(await renderer.RenderAsync(cardJson, theme, png));
        }

        return new CardQualityReport(schemaErrors, renderings, CardMessageSize.OfMessageWithCard(cardJson));
    }
}
