using System.Collections.Concurrent;
using System.Text.Json;
using Json.Schema;

namespace BarnrattsResan.Deployment.Tests;

/// <summary>
/// The Teams manifest schemas copied into schemas/ (see its README), checked with JsonSchema.Net, the JSON-schema
/// library every test project uses. The Teams schemas declare draft-04, which JsonSchema.Net does not ship; they
/// are read as draft-06 under the draft-04 name. That is the same check here: the schemas use none of the keywords
/// whose meaning changed between the two (boolean <c>exclusiveMinimum</c>/<c>exclusiveMaximum</c>, <c>id</c> as a
/// base URI), and the tests prove that broken manifests are caught.
/// </summary>
internal static class ManifestSchema
{
    public const string Manifest = "MicrosoftTeams.v1.25.schema.json";
    public const string Localization = "MicrosoftTeams.Localization.v1.25.schema.json";

    private static readonly Uri Draft04 = new("http://json-schema.org/draft-04/schema#");

    private static readonly ConcurrentDictionary<string, Lazy<JsonSchema>> Schemas = new();

    /// <summary>The schema errors, as "location (schema path): keyword: message" lines; empty when <paramref name="json"/> is valid.</summary>
    public static IReadOnlyList<string> Validate(string schemaFile, string json)
    {
        var schema = Schemas.GetOrAdd(schemaFile, file => new Lazy<JsonSchema>(() => Load(file))).Value;
        using var instance = JsonDocument.Parse(json);
        var result = schema.Evaluate(instance.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List, RequireFormatValidation = true });
        if (result.IsValid)
        {
            return [];
        }

        return (result.Details ?? [])
            .Where(d => d.Errors is { Count: > 0 })
            .SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation} ({d.EvaluationPath}): {e.Key}: {e.Value}"))
            .DefaultIfEmpty("invalid (no detail)")
            .ToList();
    }

    private static JsonSchema Load(string schemaFile)
    {
        var dialects = new DialectRegistry();
        dialects.Register(Dialect.Draft06.With([], Draft04));
        var options = new BuildOptions { DialectRegistry = dialects, SchemaRegistry = new SchemaRegistry() };
        return JsonSchema.FromFile(Path.Combine(AppContext.BaseDirectory, "schemas", schemaFile), options);
    }
}
