namespace BarnrattsResan.Deployment.Tests;

/// <summary>The icons Teams requires: a 192x192 colour icon and a 32x32 white-on-transparent outline.</summary>
public sealed class IconTests
{
    [Fact]
    public void ColourIconIs192By192AndOpaque()
    {
        using var icon = IconImage.Load(RepoPaths.Icon("color.png"));

        Assert.Equal((192, 192), (icon.Width, icon.Height));
        Assert.All(icon.Pixels, p => Assert.Equal(255, p.Alpha));
    }

    [Fact]
    public void OutlineIconIs32By32()
    {
        using var icon = IconImage.Load(RepoPaths.Icon("outline.png"));

        Assert.Equal((32, 32), (icon.Width, icon.Height));
    }

    [Fact]
    public void OutlineIconHasOnlyWhiteAndTransparentPixels()
    {
        using var icon = IconImage.Load(RepoPaths.Icon("outline.png"));

        var offending = icon.Pixels.Count(p => p.Alpha != 0 && (p.Red, p.Green, p.Blue) != (255, 255, 255));
        Assert.Equal(0, offending);
    }

    [Fact]
    public void OutlineIconHasATransparentBackgroundAndAVisibleMark()
    {
        using var icon = IconImage.Load(RepoPaths.Icon("outline.png"));
        var pixels = icon.Pixels;

        Assert.Equal(0, icon.GetPixel(0, 0).Alpha);
        Assert.Equal(0, icon.GetPixel(31, 31).Alpha);
        var transparent = pixels.Count(p => p.Alpha == 0);
        var solid = pixels.Count(p => p.Alpha == 255);
        Assert.InRange(transparent, 100, 1024 - 100);
        Assert.InRange(solid, 100, 1024 - 100);
    }

    [Fact]
    public void TheVectorSourceIsInTheRepository()
    {
        var svg = File.ReadAllText(RepoPaths.Icon("icon.svg"));

        Assert.Contains("<svg", svg, StringComparison.Ordinal);
        Assert.Contains("data-outline-viewbox", svg, StringComparison.Ordinal);
    }
}
