// Renders every card of the card gallery (tests/BarnrattsResan.EndToEnd.Tests/CardQuality/CardGallery.cs) with the
// official Adaptive Cards renderer and Teams' light host config (a few in dark too) in headless Chromium, to PNG files
// with stable names, and writes the page that lists them:
//
//   dotnet run -c Release --project tests/BarnrattsResan.CardPictures [-- --out docs/images/cards] [--index docs/cards.md]
//
// (scripts/card-pictures.sh runs it after `npm ci`.) The gallery's data is fixed (names, ids, dates), so the same
// code, browser and fonts give the same pictures. Pictures already in the folder are replaced: a card that is gone
// loses its picture. Needs Chromium (/usr/bin/chromium or CHROMIUM_PATH) and the npm tools (`npm ci`).
using BarnrattsResan.EndToEnd.Tests.CardQuality;
using BarnrattsResan.Testing;
using Gallery = BarnrattsResan.EndToEnd.Tests.CardQuality.CardPictures;

namespace BarnrattsResan.CardPictures;

internal static class Program
{
    private const string Usage = "Usage: dotnet run -c Release --project tests/BarnrattsResan.CardPictures [-- --out DIR] [--index FILE]";

    public static async Task<int> Main(string[] args)
    {
        if (args.Contains("--help") || args.Contains("-h"))
        {
            Console.WriteLine(Usage);
            return 0;
        }

        var options = Options(args);
        if (options is null)
        {
            Console.Error.WriteLine(Usage);
            return 2;
        }

        var (directory, index) = options.Value;
        try
        {
            Directory.CreateDirectory(directory);
            foreach (var old in Directory.GetFiles(directory, "*.png"))
            {
                File.Delete(old);
            }

            await using var renderer = await CardRenderer.StartAsync();
            var written = await Gallery.WriteAsync(renderer, directory);
            Gallery.WriteIndex(index, directory);
            Console.WriteLine($"{written.Count} pictures in {Path.GetRelativePath(RepoPaths.RepoRoot, directory)}; index in {Path.GetRelativePath(RepoPaths.RepoRoot, index)}");
            return 0;
        }
        catch (InvalidOperationException e)
        {
            Console.Error.WriteLine(e.Message);
            return 1;
        }
    }

    /// <summary>The output folder and the index page (relative paths from the repository root), or null on a bad argument.</summary>
    private static (string Directory, string Index)? Options(string[] args)
    {
        var directory = Path.Combine("docs", "images", "cards");
        var index = Path.Combine("docs", "cards.md");
        for (var i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--out" when i + 1 < args.Length:
                    directory = args[++i];
                    break;
                case "--index" when i + 1 < args.Length:
                    index = args[++i];
                    break;
                default:
                    return null;
            }
        }

        return (Path.GetFullPath(directory, RepoPaths.RepoRoot), Path.GetFullPath(index, RepoPaths.RepoRoot));
    }
}
