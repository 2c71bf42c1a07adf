namespace BarnrattsResan.Deployment.Tests;

/// <summary>The packaged manifest and every localisation file pass the Teams v1.25 schemas (draft-04).</summary>
public sealed class ManifestSchemaTests(SamplePackageFixture package) : IClassFixture<SamplePackageFixture>
{
    public static TheoryData<string> LocalisationFiles()
    {
        var data = new TheoryData<string>();
        foreach (var path in Directory.GetFiles(Path.Combine(RepoPaths.RepoRoot, "manifest"), "*.json")
                     .Where(p => Path.GetFileName(p) != "manifest.json")
                     .Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetFileName(path));
        }
        return data;
    }

    [Fact]
    public void PackagedManifestIsValidAgainstTheTeamsSchema()
    {
        AssertValid(ManifestSchema.Manifest, package.Entries.Text("manifest.json"));
    }

    [Theory]
    [MemberData(nameof(LocalisationFiles))]
    public async Task LocalisationFileIsValidAgainstTheLocalizationSchema(string name)
    {
        AssertValid(ManifestSchema.Localization, await File.ReadAllTextAsync(RepoPaths.Manifest(name)));
        AssertValid(ManifestSchema.Localization, package.Entries.Text(name));
    }

    [Theory]
    [InlineData("\"manifestVersion\"", "\"manifestVersjon\"")]
    [InlineData("\"6f1d2c3b-4a5e-4f60-8a7b-9c0d1e2f3a4b\"", "\"not-a-guid\"")]
    [InlineData("\"https://www.exempel.se/personuppgifter\"", "\"www.exempel.se/personuppgifter\"")]
    [InlineData("\"personal\"]", "\"personal\", \"meeting\"]")]
    public void TheSchemaCheckCatchesAnInvalidManifest(string valid, string invalid)
    {
        var manifest = package.Entries.Text("manifest.json");
        Assert.Contains(valid, manifest, StringComparison.Ordinal);

        var errors = ManifestSchema.Validate(ManifestSchema.Manifest, manifest.Replace(valid, invalid, StringComparison.Ordinal));

        Assert.NotEmpty(errors);
    }

    [Fact]
    public async Task TheSchemaCheckCatchesAnOverlongLocalisedCommandTitle()
    {
        var english = await File.ReadAllTextAsync(RepoPaths.Manifest("en.json"));
        var overlong = english.Replace("\"summary\"", $"\"{new string('s', 33)}\"", StringComparison.Ordinal);

        var errors = ManifestSchema.Validate(ManifestSchema.Localization, overlong);

        Assert.NotEmpty(errors);
    }

    private static void AssertValid(string schemaFile, string json)
    {
        var errors = ManifestSchema.Validate(schemaFile, json);
        Assert.True(errors.Count == 0, string.Join('\n', errors));
    }
}
