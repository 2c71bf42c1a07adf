namespace BarnrattsResan.EndToEnd.Tests.CardQuality;

/// <summary>One event the official renderer reported while parsing or validating a card.</summary>
public sealed record RendererEvent(string Phase, string Event, string Message)
{
    public override string ToString() => $"{Phase}/{Event}: {Message}";
}

/// <summary>What the official JavaScript renderer made of a card with one host config.</summary>
public sealed record CardRenderResult(
    TeamsTheme Theme,
    bool Rendered,
    IReadOnlyList<RendererEvent> Events,
    double Width,
    double Height,
    string? ScreenshotPath,
    IReadOnlyList<string>? ClippedButtons = null);

/// <summary>A rendered card as a reader meets it: all its text, each TextBlock's text, and the formatting elements counted by tag.</summary>
public sealed record RenderedContent(string Text, IReadOnlyList<string> TextBlocks, IReadOnlyDictionary<string, int> Elements);

public enum TeamsTheme
{
    Light,
    Dark,
}
