namespace BarnrattsResan.Deployment.Tests;

/// <summary>The infrastructure compiles and lints with zero errors and zero warnings.</summary>
public sealed class BicepLintTests(CompiledInfraFixture infra) : IClassFixture<CompiledInfraFixture>
{
    [Fact]
    public void MainTemplateBuildsWithoutErrorsOrWarnings()
    {
        AssertClean(infra.Build);
        Assert.True(File.Exists(infra.TemplatePath));
    }

    [Fact]
    public void ParametersFileBuildsWithoutErrorsOrWarnings()
    {
        AssertClean(infra.BuildParams);
        Assert.True(File.Exists(infra.ParametersPath));
    }

    [Fact]
    public async Task MainTemplateAndModulesLintClean()
    {
        AssertClean(await Bicep.RunAsync("lint", RepoPaths.Infra("main.bicep")));
    }

    [Fact]
    public async Task ParametersFileLintsClean()
    {
        AssertClean(await Bicep.RunAsync("lint", RepoPaths.Infra("main.bicepparam")));
    }

    [Fact]
    public async Task TheLinterConfigurationIsStrict()
    {
        // bicepconfig.json raises best-practice rules to errors; a loosened rule would show here.
        var config = await File.ReadAllTextAsync(RepoPaths.Infra("bicepconfig.json"));
        Assert.DoesNotContain("\"off\"", config, StringComparison.Ordinal);
        Assert.Contains("\"outputs-should-not-contain-secrets\": { \"level\": \"error\" }", config, StringComparison.Ordinal);
        Assert.Contains("\"no-hardcoded-env-urls\": { \"level\": \"error\" }", config, StringComparison.Ordinal);
    }

    private static void AssertClean(ProcessResult result)
    {
        Assert.True(result.ExitCode == 0, $"bicep exited with {result.ExitCode}:\n{result.AllOutput}");
        Assert.True(
            !result.AllOutput.Contains("Warning", StringComparison.OrdinalIgnoreCase)
            && !result.AllOutput.Contains("Error", StringComparison.OrdinalIgnoreCase),
            $"bicep reported diagnostics:\n{result.AllOutput}");
    }
}
