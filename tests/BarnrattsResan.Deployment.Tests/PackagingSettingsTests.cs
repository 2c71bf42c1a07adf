using System.Text.Json.Nodes;

namespace BarnrattsResan.Deployment.Tests;

/// <summary>The packaging command refuses incomplete or wrong settings and names what is wrong.</summary>
public sealed class PackagingSettingsTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("barnrattsresan-settings-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    [Fact]
    public async Task TheUnfilledExampleSettingsAreRefusedWithTheMissingNames()
    {
        var example = await File.ReadAllTextAsync(RepoPaths.Manifest("app.env.example"));

        var (result, zipPath) = await AppPackage.BuildAsync(folder, example);

        Assert.NotEqual(0, result.ExitCode);
        Assert.False(File.Exists(zipPath));
        foreach (var name in new[] { "TEAMS_APP_ID", "BOT_ID", "BOT_DOMAIN", "DEVELOPER_NAME", "PRIVACY_URL" })
        {
            Assert.Contains(name, result.StandardError, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("BOT_ID", "not-a-guid")]
    [InlineData("TEAMS_APP_ID", "00000000-0000-0000-0000-000000000000")]
    [InlineData("BOT_DOMAIN", "https://barnratt-app.azurewebsites.net/api/messages")]
    [InlineData("PRIVACY_URL", "http://www.exempel.se/personuppgifter")]
    [InlineData("DEVELOPER_NAME", "Exempels kommun, förvaltningen för barn och utbildning")]
    [InlineData("APP_VERSION", "1.0")]
    public async Task AWrongValueIsRefused(string name, string value)
    {
        var settings = new Dictionary<string, string>(AppPackage.SampleSettings) { [name] = value };

        var (result, zipPath) = await AppPackage.BuildAsync(folder, AppPackage.EnvFile(settings));

        Assert.NotEqual(0, result.ExitCode);
        Assert.Contains(name, result.StandardError, StringComparison.Ordinal);
        Assert.False(File.Exists(zipPath));
    }

    [Fact]
    public async Task AnEnvironmentVariableWinsOverTheSettingsFile()
    {
        const string domain = "other-app.azurewebsites.net";

        var (result, zipPath) = await AppPackage.BuildAsync(
            folder, AppPackage.EnvFile(AppPackage.SampleSettings), new Dictionary<string, string?> { ["BOT_DOMAIN"] = domain });

        Assert.True(result.ExitCode == 0, result.AllOutput);
        var manifest = JsonNode.Parse(AppPackage.ReadEntries(zipPath).Text("manifest.json"))!;
        Assert.Equal(domain, (string?)manifest["validDomains"]![0]);
    }
}
