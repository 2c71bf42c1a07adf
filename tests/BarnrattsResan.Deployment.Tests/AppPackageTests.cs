using System.IO.Compression;
using System.Text.Json.Nodes;

namespace BarnrattsResan.Deployment.Tests;

public sealed class AppPackageTests(SamplePackageFixture package) : IClassFixture<SamplePackageFixture>
{
    [Fact]
    public void PackageHoldsTheManifestIconsAndLocalisationAtItsRoot()
    {
        Assert.Equal(
            ["color.png", "en.json", "manifest.json", "outline.png"],
            package.Entries.Keys.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void PackagedIconsAreTheCommittedOnes()
    {
        Assert.Equal(File.ReadAllBytes(RepoPaths.Icon("color.png")), package.Entries["color.png"]);
        Assert.Equal(File.ReadAllBytes(RepoPaths.Icon("outline.png")), package.Entries["outline.png"]);
    }

    [Fact]
    public void PlaceholdersAreFilledFromTheSettings()
    {
        var manifest = JsonNode.Parse(package.Entries.Text("manifest.json"))!;
        var settings = AppPackage.SampleSettings;

        Assert.Equal(settings["TEAMS_APP_ID"], (string?)manifest["id"]);
        Assert.Equal(settings["APP_VERSION"], (string?)manifest["version"]);
        Assert.Equal(settings["BOT_ID"], (string?)manifest["bots"]![0]!["botId"]);
        Assert.Equal([settings["BOT_DOMAIN"]], manifest["validDomains"]!.AsArray().Select(d => (string?)d));
        Assert.Equal(settings["DEVELOPER_NAME"], (string?)manifest["developer"]!["name"]);
        Assert.Equal(settings["WEBSITE_URL"], (string?)manifest["developer"]!["websiteUrl"]);
        Assert.Equal(settings["PRIVACY_URL"], (string?)manifest["developer"]!["privacyUrl"]);
        Assert.Equal(settings["TERMS_OF_USE_URL"], (string?)manifest["developer"]!["termsOfUseUrl"]);
    }

    [Theory]
    [InlineData("manifest.json")]
    [InlineData("en.json")]
    public void NoPlaceholderIsLeftInAPackagedFile(string name)
    {
        var text = package.Entries.Text(name);
        Assert.DoesNotContain("${{", text, StringComparison.Ordinal);
        Assert.DoesNotContain("{{", text, StringComparison.Ordinal);
        Assert.DoesNotContain("}}", text, StringComparison.Ordinal);
    }

    [Fact]
    public void EveryFileTheManifestNamesIsInThePackage()
    {
        var manifest = JsonNode.Parse(package.Entries.Text("manifest.json"))!;
        var named = new List<string?>
        {
            (string?)manifest["icons"]!["color"],
            (string?)manifest["icons"]!["outline"],
        };
        named.AddRange(manifest["localizationInfo"]!["additionalLanguages"]!.AsArray().Select(l => (string?)l!["file"]));

        Assert.All(named, name => Assert.Contains(name!, package.Entries.Keys));
    }

    [Fact]
    public async Task SameSettingsGiveTheSameBytes()
    {
        var folder = Directory.CreateTempSubdirectory("barnrattsresan-package-").FullName;
        try
        {
            var (first, firstZip) = await AppPackage.BuildAsync(folder, AppPackage.EnvFile(AppPackage.SampleSettings));
            var firstBytes = await File.ReadAllBytesAsync(firstZip);
            var (second, secondZip) = await AppPackage.BuildAsync(folder, AppPackage.EnvFile(AppPackage.SampleSettings));

            Assert.Equal(0, first.ExitCode);
            Assert.Equal(0, second.ExitCode);
            Assert.Equal(firstBytes, await File.ReadAllBytesAsync(secondZip));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public async Task EntriesComeInTheManifestsOrderWithOneFixedTimestamp()
    {
        var folder = Directory.CreateTempSubdirectory("barnrattsresan-package-").FullName;
        try
        {
            var (result, zipPath) = await AppPackage.BuildAsync(folder, AppPackage.EnvFile(AppPackage.SampleSettings));
            Assert.True(result.ExitCode == 0, result.AllOutput);

            using var zip = ZipFile.OpenRead(zipPath);
            Assert.Equal(["manifest.json", "color.png", "outline.png", "en.json"], zip.Entries.Select(e => e.FullName));
            Assert.All(zip.Entries, e => Assert.Equal(new DateTime(2020, 1, 1, 0, 0, 0), e.LastWriteTime.DateTime));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public async Task TheBytesDoNotDependOnTheTimeZoneOfTheMachine()
    {
        var folder = Directory.CreateTempSubdirectory("barnrattsresan-package-").FullName;
        try
        {
            var settings = AppPackage.EnvFile(AppPackage.SampleSettings);
            var (utc, utcZip) = await AppPackage.BuildAsync(folder, settings, new Dictionary<string, string?> { ["TZ"] = "UTC" });
            var utcBytes = await File.ReadAllBytesAsync(utcZip);
            var (kiribati, kiribatiZip) = await AppPackage.BuildAsync(folder, settings, new Dictionary<string, string?> { ["TZ"] = "Pacific/Kiritimati" });

            Assert.True(utc.ExitCode == 0, utc.AllOutput);
            Assert.True(kiribati.ExitCode == 0, kiribati.AllOutput);
            Assert.Equal(utcBytes, await File.ReadAllBytesAsync(kiribatiZip));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
