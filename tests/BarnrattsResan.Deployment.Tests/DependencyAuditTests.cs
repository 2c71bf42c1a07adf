namespace BarnrattsResan.Deployment.Tests;

/// <summary>
/// scripts/audit.sh, which scripts/test.sh runs before the tests, against a local advisory source: a known
/// vulnerable package fails, a clean one passes, and a source without advisories is reported as not audited
/// (and fails with AUDIT_REQUIRED=1) instead of passing.
/// </summary>
public sealed class DependencyAuditTests : IDisposable
{
    private readonly string project = Directory.CreateTempSubdirectory("barnrattsresan-audit-").FullName;

    public void Dispose() => Directory.Delete(project, recursive: true);

    [Fact]
    public async Task AKnownVulnerableNuGetPackageFailsTheAudit()
    {
        using var source = new AdvisorySourceStandIn();
        source.NuGetAdvisories["newtonsoft.json"] = ("(, 99.0.0)", 2);

        var result = await AuditNuGetAsync(source);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("NU1903", result.AllOutput, StringComparison.Ordinal);
        Assert.Contains("Newtonsoft.Json", result.AllOutput, StringComparison.Ordinal);
        Assert.Contains("NuGet: FAILED - known-vulnerable packages", result.AllOutput, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ATransitiveVulnerablePackageFailsTooWhateverItsSeverity()
    {
        using var source = new AdvisorySourceStandIn();
        // Azure.Core is not referenced by the project; it comes with Azure.Data.Tables.
        source.NuGetAdvisories["azure.core"] = ("(, 99.0.0)", 0);

        var result = await AuditNuGetAsync(source, ("Azure.Data.Tables", "12.13.0"));

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("NU1901", result.AllOutput, StringComparison.Ordinal);
        Assert.Contains("Azure.Core", result.AllOutput, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PackagesWithoutAdvisoriesPassTheAudit()
    {
        using var source = new AdvisorySourceStandIn();
        source.NuGetAdvisories["some.other.package"] = ("(, 99.0.0)", 3);

        var result = await AuditNuGetAsync(source);

        Assert.True(result.ExitCode == 0, result.AllOutput);
        Assert.Contains("NuGet: audited", result.AllOutput, StringComparison.Ordinal);
        Assert.DoesNotContain("NOT AUDITED", result.AllOutput, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ANuGetSourceWithoutAdvisoriesIsReportedAsNotAuditedNeverAsClean()
    {
        using var source = new AdvisorySourceStandIn { ServesNuGetVulnerabilities = false };

        var lenient = await AuditNuGetAsync(source);
        var required = await AuditNuGetAsync(source, required: true);

        Assert.Equal(0, lenient.ExitCode);
        Assert.Contains("NuGet: NOT AUDITED - NU1905", lenient.AllOutput, StringComparison.Ordinal);
        Assert.Contains("This run is NOT a clean audit", lenient.AllOutput, StringComparison.Ordinal);
        Assert.Equal(1, required.ExitCode);
        Assert.Contains("AUDIT_REQUIRED=1", required.AllOutput, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AHighNpmAdvisoryInTheDevToolsFailsTheAudit()
    {
        using var source = new AdvisorySourceStandIn();
        source.NpmAdvisories["azurite"] = ("<=3.37.0", "high", ["3.37.0"]);

        var result = await AuditNpmAsync(source);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("npm: FAILED - advisories of severity high or above: azurite (high)", result.AllOutput, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AModerateNpmAdvisoryDoesNotFailTheAudit()
    {
        using var source = new AdvisorySourceStandIn();
        source.NpmAdvisories["azurite"] = ("<=3.37.0", "moderate", ["3.37.0"]);

        var result = await AuditNpmAsync(source);

        Assert.True(result.ExitCode == 0, result.AllOutput);
        Assert.Contains("npm: audited", result.AllOutput, StringComparison.Ordinal);
        Assert.Contains("1 advisories below high", result.AllOutput, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnNpmRegistryWithoutAdvisoriesIsReportedAsNotAudited()
    {
        using var source = new AdvisorySourceStandIn();

        // Not an npm registry at all: the advisory endpoint of this address answers 404.
        var result = await RunAuditAsync(["npm"], new() { ["AUDIT_NPM_REGISTRY"] = $"{source.Url}not-a-registry/" });

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("npm: NOT AUDITED", result.AllOutput, StringComparison.Ordinal);
    }

    /// <summary>Audits a small project that references the given packages (all in NuGet's cache), against <paramref name="source"/>'s advisories.</summary>
    private async Task<ProcessResult> AuditNuGetAsync(AdvisorySourceStandIn source, (string Id, string Version)? package = null, bool required = false)
    {
        var (id, version) = package ?? ("Newtonsoft.Json", "13.0.4");
        // The repository's build settings (warnings as errors, the audit's properties), without its packages.
        await File.WriteAllTextAsync(Path.Combine(project, "Directory.Build.props"),
            $"<Project><Import Project=\"{Path.Combine(RepoPaths.RepoRoot, "Directory.Build.props")}\" /></Project>");
        await File.WriteAllTextAsync(Path.Combine(project, "Audited.csproj"), $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <ItemGroup>
                <PackageReference Include="{id}" Version="{version}" />
              </ItemGroup>
            </Project>
            """);
        // The repository's nuget.config, with this test's source in place of nuget.org as the audit source.
        var config = (await File.ReadAllTextAsync(Path.Combine(RepoPaths.RepoRoot, "nuget.config")))
            .Replace("value=\"https://api.nuget.org/v3/index.json\"", $"value=\"{source.NuGetIndex}\" allowInsecureConnections=\"true\"", StringComparison.Ordinal);
        Assert.Contains(source.NuGetIndex, config, StringComparison.Ordinal);
        await File.WriteAllTextAsync(Path.Combine(project, "nuget.config"), config);

        var environment = new Dictionary<string, string?> { ["AUDIT_NUGET_TARGET"] = Path.Combine(project, "Audited.csproj") };
        if (required)
        {
            environment["AUDIT_REQUIRED"] = "1";
        }

        return await RunAuditAsync(["nuget"], environment);
    }

    private static Task<ProcessResult> AuditNpmAsync(AdvisorySourceStandIn source) =>
        RunAuditAsync(["npm"], new() { ["AUDIT_NPM_REGISTRY"] = source.Url });

    private static Task<ProcessResult> RunAuditAsync(string[] parts, Dictionary<string, string?> environment)
    {
        environment.TryAdd("AUDIT_REQUIRED", null);
        return ChildProcess.RunAsync("bash", [Path.Combine(RepoPaths.RepoRoot, "scripts", "audit.sh"), .. parts], environment);
    }
}
