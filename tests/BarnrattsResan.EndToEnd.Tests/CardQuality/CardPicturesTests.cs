using BarnrattsResan.EndToEnd.Tests.Infrastructure;

namespace BarnrattsResan.EndToEnd.Tests.CardQuality;

/// <summary>
/// Writes the gallery's pictures: to <c>CARD_PICTURES_DIR</c> when set (scripts/card-pictures.sh, into docs/images/cards),
/// else to artifacts/card-pictures, so every test run shows what the cards look like.
/// </summary>
public sealed class CardPicturesTests(CardRendererFixture browser) : IClassFixture<CardRendererFixture>
{
    public const string DirectoryVariable = "CARD_PICTURES_DIR";
    public const string MarkdownVariable = "CARD_PICTURES_MARKDOWN";

    [BrowserFact]
    public async Task Gallery_pictures_are_written_for_every_pictured_card()
    {
        var directory = Path.GetFullPath(Environment.GetEnvironmentVariable(DirectoryVariable) is { Length: > 0 } chosen
            ? chosen
            : Path.Combine(RepoPaths.RepoRoot, "artifacts", "card-pictures"));

        var written = await CardPictures.WriteAsync(browser.Renderer, directory);

        Assert.Equal(CardPictures.Pictured.Count() + CardPictures.DarkToo.Count, written.Count);
        Assert.All(written, path => Assert.True(new FileInfo(path).Length > 2000, $"{path} is nearly empty"));
        if (Environment.GetEnvironmentVariable(MarkdownVariable) is { Length: > 0 } markdown)
        {
            CardPictures.WriteIndex(Path.GetFullPath(markdown), directory);
        }
    }
}
