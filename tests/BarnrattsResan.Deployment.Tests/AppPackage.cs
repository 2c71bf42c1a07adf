using System.IO.Compression;
using System.Text;

namespace BarnrattsResan.Deployment.Tests;

/// <summary>Runs the documented packaging command (scripts/package-app.mjs, zipping with the npm package fflate) into a temporary folder.</summary>
internal static class AppPackage
{
    public static readonly IReadOnlyDictionary<string, string> SampleSettings = new Dictionary<string, string>
    {
        ["TEAMS_APP_ID"] = "6f1d2c3b-4a5e-4f60-8a7b-9c0d1e2f3a4b",
        ["BOT_ID"] = "0b8f7e6d-5c4b-4a39-8281-7069f5e4d3c2",
        ["BOT_DOMAIN"] = "barnratt-app-k3q7x2m9a1b4c.azurewebsites.net",
        ["DEVELOPER_NAME"] = "Exempels kommun \"IT\"",
        ["WEBSITE_URL"] = "https://www.exempel.se/barnrattsresan",
        ["PRIVACY_URL"] = "https://www.exempel.se/personuppgifter",
        ["TERMS_OF_USE_URL"] = "https://www.exempel.se/villkor",
        ["APP_VERSION"] = "1.2.3",
    };

    /// <summary>Environment for the script: none of the settings inherited from the test run.</summary>
    public static Dictionary<string, string?> CleanEnvironment() =>
        SampleSettings.Keys.ToDictionary(name => name, _ => (string?)null);

    public static async Task<(ProcessResult Result, string ZipPath)> BuildAsync(
        string folder,
        string envFileText,
        IReadOnlyDictionary<string, string?>? environment = null)
    {
        var envFile = Path.Combine(folder, "app.env");
        var zipPath = Path.Combine(folder, "out", "app.zip");
        await File.WriteAllTextAsync(envFile, envFileText);
        var env = CleanEnvironment();
        foreach (var (name, value) in environment ?? new Dictionary<string, string?>())
        {
            env[name] = value;
        }
        var result = await ChildProcess.RunAsync(
            "node", ["scripts/package-app.mjs", "--env", envFile, "--out", zipPath], env);
        return (result, zipPath);
    }

    public static string EnvFile(IReadOnlyDictionary<string, string> settings) =>
        string.Join('\n', settings.Select(s => $"{s.Key}={s.Value}")) + "\n";

    public static Dictionary<string, byte[]> ReadEntries(string zipPath)
    {
        using var zip = ZipFile.OpenRead(zipPath);
        return zip.Entries.ToDictionary(
            e => e.FullName,
            e =>
            {
                using var stream = e.Open();
                using var copy = new MemoryStream();
                stream.CopyTo(copy);
                return copy.ToArray();
            });
    }

    public static string Text(this Dictionary<string, byte[]> entries, string name) =>
        Encoding.UTF8.GetString(entries[name]);
}

/// <summary>One package built with <see cref="AppPackage.SampleSettings"/>, shared by a test class.</summary>
public sealed class SamplePackageFixture : IAsyncLifetime
{
    private readonly string folder = Directory.CreateTempSubdirectory("barnrattsresan-package-").FullName;

    internal Dictionary<string, byte[]> Entries { get; private set; } = [];

    internal string Output { get; private set; } = "";

    public async Task InitializeAsync()
    {
        var (result, zipPath) = await AppPackage.BuildAsync(folder, AppPackage.EnvFile(AppPackage.SampleSettings));
        Output = result.AllOutput;
        Assert.True(result.ExitCode == 0, $"The packaging command failed:\n{result.AllOutput}");
        Entries = AppPackage.ReadEntries(zipPath);
    }

    public Task DisposeAsync()
    {
        Directory.Delete(folder, recursive: true);
        return Task.CompletedTask;
    }
}
