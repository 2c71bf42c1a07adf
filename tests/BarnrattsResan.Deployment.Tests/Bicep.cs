using System.Reflection;

namespace BarnrattsResan.Deployment.Tests;

/// <summary>The Bicep CLI from the Azure.Bicep.CommandLine NuGet package (see the project file).</summary>
internal static class Bicep
{
    /// <summary>Where the project file downloaded the CLI to (recorded at build time).</summary>
    public static string Cli { get; } =
        typeof(Bicep).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().SingleOrDefault(a => a.Key == "BicepPath")?.Value
        ?? throw new InvalidOperationException("The test assembly has no 'BicepPath' metadata.");

    /// <summary>A key of the right shape for compiling the parameters (not a secret: it is never deployed).</summary>
    public const string TestAnonymityKey = "dGVzdC1vbmx5LWtleS1mb3ItY29tcGlsaW5nLXRoZS10ZW1wbGF0ZQ==";

    public static Task<ProcessResult> RunAsync(params string[] arguments)
    {
        if (!File.Exists(Cli))
        {
            throw new FileNotFoundException(
                $"The Bicep CLI is not at {Cli}. Restore the test project on linux-x64.", Cli);
        }
        if (!OperatingSystem.IsWindows())
        {
            // A NuGet package does not keep the executable bit; the project sets it too.
            File.SetUnixFileMode(
                Cli,
                File.GetUnixFileMode(Cli) | UnixFileMode.UserExecute | UnixFileMode.GroupExecute | UnixFileMode.OtherExecute);
        }
        // main.bicepparam reads the anonymity key from the environment, as a deployment does (docs/deploy.md).
        return ChildProcess.RunAsync(Cli, arguments, new Dictionary<string, string?> { ["ANONYMITY_KEY"] = TestAnonymityKey });
    }
}

/// <summary>infra/main.bicep and infra/main.bicepparam compiled once for a test class.</summary>
public sealed class CompiledInfraFixture : IAsyncLifetime
{
    private readonly string folder = Directory.CreateTempSubdirectory("barnrattsresan-bicep-").FullName;

    internal ProcessResult Build { get; private set; } = null!;

    internal ProcessResult BuildParams { get; private set; } = null!;

    internal string TemplatePath => Path.Combine(folder, "main.json");

    internal string ParametersPath => Path.Combine(folder, "main.parameters.json");

    public async Task InitializeAsync()
    {
        Build = await Bicep.RunAsync("build", RepoPaths.Infra("main.bicep"), "--outfile", TemplatePath);
        BuildParams = await Bicep.RunAsync("build-params", RepoPaths.Infra("main.bicepparam"), "--outfile", ParametersPath);
    }

    public Task DisposeAsync()
    {
        Directory.Delete(folder, recursive: true);
        return Task.CompletedTask;
    }
}
