using System.Xml.Linq;

namespace BarnrattsResan.Deployment.Tests;

/// <summary>
/// Code style is enforced by the build: the root .editorconfig names the rules as warnings and the build turns
/// them on and makes warnings errors. (Building a throwaway project that breaks a rule takes a minute, so that was
/// checked by hand: <c>private int _count;</c> in src fails <c>dotnet build</c> with IDE1006.)
/// </summary>
public sealed class CodeStyleSettingsTests
{
    [Fact]
    public void TheBuildEnforcesCodeStyleAndTreatsWarningsAsErrors()
    {
        var properties = XDocument.Load(Path.Combine(RepoPaths.RepoRoot, "Directory.Build.props")).Descendants().ToList();

        Assert.Contains(properties, p => p.Name.LocalName == "EnforceCodeStyleInBuild" && p.Value == "true");
        Assert.Contains(properties, p => p.Name.LocalName == "TreatWarningsAsErrors" && p.Value == "true");
        Assert.Contains(properties, p => p.Name.LocalName == "GenerateDocumentationFile" && p.Value == "true"); // IDE0005 needs it
    }

    [Theory]
    [InlineData("dotnet_diagnostic.IDE1006.severity", "warning")]
    [InlineData("dotnet_diagnostic.IDE0005.severity", "warning")]
    [InlineData("dotnet_diagnostic.IDE0055.severity", "warning")]
    [InlineData("dotnet_diagnostic.IDE0161.severity", "warning")]
    [InlineData("dotnet_naming_rule.private_fields_are_camel_case.severity", "warning")]
    [InlineData("dotnet_naming_rule.interfaces_are_i_prefixed.severity", "warning")]
    [InlineData("dotnet_naming_rule.async_methods_end_in_async.severity", "warning")]
    [InlineData("dotnet_naming_style.camel_case.capitalization", "camel_case")]
    public void TheEditorConfigHoldsTheTeamsRulesAsWarnings(string key, string value)
    {
        var lines = File.ReadAllLines(Path.Combine(RepoPaths.RepoRoot, ".editorconfig"));

        Assert.Contains("root = true", lines);
        Assert.Contains($"{key} = {value}", lines);
    }
}
