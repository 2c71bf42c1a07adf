namespace BarnrattsResan.EndToEnd.Tests.CardQuality;

/// <summary>Everything the harness found about one card.</summary>
public sealed record CardQualityReport(
    IReadOnlyList<string> SchemaErrors,
    IReadOnlyList<CardRenderResult> Renderings,
    int MessageSizeBytes)
{
    /// <summary>Teams refuses bot messages over 100 KB; the project keeps them under 80 KB.</summary>
    public const int MessageSizeBudgetBytes = 80 * 1024;

    public IEnumerable<RendererEvent> RendererEvents => Renderings.SelectMany(r => r.Events);

    public bool IsClean =>
        SchemaErrors.Count == 0
        && Renderings.All(r => r.Rendered && r.Events.Count == 0)
        && MessageSizeBytes <= MessageSizeBudgetBytes;

    public override string ToString() =>
        $"schema errors: {SchemaErrors.Count}\n  {string.Join("\n  ", SchemaErrors)}\n" +
        $"renderer events: {string.Join("; ", Renderings.Select(r => $"{r.Theme}: [{string.Join(" | ", r.Events)}] {r.Width:0}x{r.Height:0}"))}\n" +
        $"message size: {MessageSizeBytes} bytes (budget {MessageSizeBudgetBytes})";
}
