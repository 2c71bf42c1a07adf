using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace BarnrattsResan.Deployment.Tests;

/// <summary>
/// The Bot Framework SDK is referenced by path (BotFramework.targets), so NuGet's audit never sees it. The build
/// checks each DLL against a pinned SHA-256 instead; these tests run that check on copies of the real files.
/// </summary>
public sealed partial class BotFrameworkPinTests : IDisposable
{
    private static readonly string Targets = Path.Combine(RepoPaths.RepoRoot, "BotFramework.targets");
    private readonly string packageRoot = Directory.CreateTempSubdirectory("barnrattsresan-botframework-").FullName;

    public void Dispose() => Directory.Delete(packageRoot, recursive: true);

    [Fact]
    public void EachOfTheFiveAssembliesIsPinnedToVersion4231AndASha256()
    {
        var document = XDocument.Load(Targets);
        var version = document.Descendants("BotFrameworkVersion").Single().Value;
        var references = document.Descendants("Reference").ToList();

        Assert.Equal("4.23.1", version);
        Assert.Equal(
            ["Microsoft.Bot.Builder", "Microsoft.Bot.Builder.Integration.AspNet.Core", "Microsoft.Bot.Connector", "Microsoft.Bot.Connector.Streaming", "Microsoft.Bot.Schema"],
            references.Select(r => (string)r.Attribute("Include")!).Order());
        Assert.All(references, r =>
        {
            Assert.Matches(Sha256Pattern(), (string?)r.Attribute("Sha256") ?? string.Empty);
            Assert.Contains("/$(BotFrameworkVersion)/lib/", (string?)r.Attribute("HintPath"), StringComparison.Ordinal);
        });
    }

    [Fact]
    public async Task TheRealFilesPassTheCheck()
    {
        CopyRealAssemblies();

        var result = await VerifyAsync();

        Assert.True(result.ExitCode == 0, $"The check refused the real Bot Framework files:\n{result.AllOutput}");
    }

    [Fact]
    public async Task AChangedFileFailsTheBuildWithAMessageNamingIt()
    {
        var copies = CopyRealAssemblies();
        var schema = copies.Single(c => c.EndsWith("Microsoft.Bot.Schema.dll", StringComparison.Ordinal));
        await File.AppendAllTextAsync(schema, "not what Microsoft shipped");

        var result = await VerifyAsync();

        Assert.NotEqual(0, result.ExitCode);
        Assert.Contains("Microsoft.Bot.Schema.dll is not the pinned Bot Framework 4.23.1 file", result.AllOutput, StringComparison.Ordinal);
        Assert.DoesNotContain("Microsoft.Bot.Builder.dll is not the pinned", result.AllOutput, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AMissingFileFailsTheBuildWithAMessageNamingIt()
    {
        var copies = CopyRealAssemblies();
        File.Delete(copies.Single(c => c.EndsWith("Microsoft.Bot.Connector.dll", StringComparison.Ordinal)));

        var result = await VerifyAsync();

        Assert.NotEqual(0, result.ExitCode);
        Assert.Contains("Microsoft.Bot.Connector.dll is missing", result.AllOutput, StringComparison.Ordinal);
    }

    /// <summary>Runs the build's check (target VerifyBotFrameworkAssemblies) against the package folder of this test.</summary>
    private async Task<ProcessResult> VerifyAsync()
    {
        var project = Path.Combine(packageRoot, "check.proj");
        await File.WriteAllTextAsync(project, $"<Project><Import Project=\"{Targets}\" /></Project>");
        return await ChildProcess.RunAsync(
            "dotnet",
            ["msbuild", project, "-nologo", "-nodeReuse:false", "-t:VerifyBotFrameworkAssemblies", $"-p:NuGetPackageRoot={packageRoot}{Path.DirectorySeparatorChar}"]);
    }

    /// <summary>Copies the five DLLs from NuGet's packages folder into this test's own, keeping their relative paths.</summary>
    private List<string> CopyRealAssemblies()
    {
        var copies = new List<string>();
        foreach (var reference in XDocument.Load(Targets).Descendants("Reference"))
        {
            var relative = ((string)reference.Attribute("HintPath")!)
                .Replace("$(NuGetPackageRoot)", string.Empty, StringComparison.Ordinal)
                .Replace("$(BotFrameworkVersion)", "4.23.1", StringComparison.Ordinal);
            var source = Path.Combine(RepoPaths.NuGetPackageRoot, relative);
            if (!File.Exists(source))
            {
                throw new FileNotFoundException($"{source} is missing: restore the solution (dotnet restore BarnrattsResan.sln) first.", source);
            }

            var copy = Path.Combine(packageRoot, relative);
            Directory.CreateDirectory(Path.GetDirectoryName(copy)!);
            File.Copy(source, copy);
            copies.Add(copy);
        }

        return copies;
    }

    [GeneratedRegex("^[0-9a-f]{64}$")]
    private static partial Regex Sha256Pattern();
}
