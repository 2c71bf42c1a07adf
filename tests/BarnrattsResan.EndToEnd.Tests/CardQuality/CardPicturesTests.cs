using BarnrattsResan.EndToEnd.Tests.Infrastructure;

namespace BarnrattsResan.EndToEnd.Tests.CardQuality;

/// <summary>Writes the gallery's pictures when <c>CARD_PICTURES_DIR</c> is set (scripts/card-pictures.sh); skipped otherwise.</summary>
public sealed class CardPicturesTests(CardRendererFixture browser) : IClassFixture<CardRendererFixture>
{
    [CardPicturesFact]
    public async Task Gallery_pictures_are_written_for_every_pictured_card()
    {
        var directory = Path.GetFullPath(Environment.GetEnvironmentVariable(CardPicturesFactAttribute.DirectoryVariable)!);

        var written = await CardPictures.WriteAsync(browser.Renderer, directory);

        Assert.Equal(CardPictures.Pictured.Count() + CardPictures.DarkToo.Count, written.Count);
        Assert.All(written, path => Assert.True(new FileInfo(path).Length > 2000, $"{path} is nearly empty"));
        if (Environment.GetEnvironmentVariable(CardPicturesFactAttribute.MarkdownVariable) is { Length: > 0 } markdown)
        {
            CardPictures.WriteIndex(Path.GetFullPath(markdown), directory);
        }
    }
}

/// <summary>Runs only when <c>CARD_PICTURES_DIR</c> names where the pictures go, and needs Chromium like <see cref="BrowserFactAttribute"/>.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class CardPicturesFactAttribute : FactAttribute
{
    public const string DirectoryVariable = "CARD_PICTURES_DIR";
    public const string MarkdownVariable = "CARD_PICTURES_MARKDOWN";

    public CardPicturesFactAttribute()
    {
        if (string.IsNullOrWhiteSpace(Environment.GetEnvironmentVariable(DirectoryVariable)))
        {
            Skip = $"Writes pictures only when {DirectoryVariable} is set (scripts/card-pictures.sh).";
        }
        else if (!Chromium.IsAvailable && !Chromium.IsRequired)
        {
            Skip = Chromium.MissingReason;
        }
    }
}
