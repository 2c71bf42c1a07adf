namespace BarnrattsResan.Deployment.Tests;

/// <summary>The Teams manifest schemas copied into schemas/ (see its README), formats checked too.</summary>
internal static class ManifestSchema
{
    public const string Manifest = "MicrosoftTeams.v1.25.schema.json";
    public const string Localization = "MicrosoftTeams.Localization.v1.25.schema.json";

    private static readonly Lazy<JsonSchemaFile> ManifestFile = new(() => Load(Manifest));
    private static readonly Lazy<JsonSchemaFile> LocalizationFile = new(() => Load(Localization));

    /// <summary>The schema errors of <paramref name="json"/> against <paramref name="schemaFile"/>; empty when valid.</summary>
    public static IReadOnlyList<string> Validate(string schemaFile, string json) => schemaFile switch
    {
        Manifest => ManifestFile.Value.Validate(json),
        Localization => LocalizationFile.Value.Validate(json),
        _ => throw new ArgumentOutOfRangeException(nameof(schemaFile), schemaFile, "Not a schema in schemas/."),
    };

    private static JsonSchemaFile Load(string schemaFile) =>
        JsonSchemaFile.Load(Path.Combine(AppContext.BaseDirectory, "schemas", schemaFile), checkFormats: true);
}
