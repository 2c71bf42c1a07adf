using System.Text.Json;
using Json.Schema;

namespace BarnrattsResan.Testing;

/// <summary>
/// A JSON schema copied into a test project, checked with JsonSchema.Net (the one JSON-schema library of the tests):
/// the Adaptive Card schema (draft-06) and the Teams manifest schemas (draft-04). JsonSchema.Net does not ship
/// draft-04, so a schema that declares it is read as draft-06 under the draft-04 name; that is the same check for
/// schemas that use none of the keywords whose meaning changed between the two (boolean
/// <c>exclusiveMinimum</c>/<c>exclusiveMaximum</c>, <c>id</c> as a base URI). Each schema is built into a registry of
/// its own, so two files with the same <c>$id</c> never clash.
/// </summary>
public sealed class JsonSchemaFile
{
    private static readonly Uri Draft04 = new("http://json-schema.org/draft-04/schema#");

    private readonly JsonSchema schema;
    private readonly bool checkFormats;

    private JsonSchemaFile(JsonSchema schema, bool checkFormats)
    {
        this.schema = schema;
        this.checkFormats = checkFormats;
    }

    /// <param name="checkFormats">Whether <c>format</c> (uri, email, …) is checked, not only noted.</param>
    public static JsonSchemaFile Load(string path, bool checkFormats = false)
    {
        var dialects = new DialectRegistry();
        dialects.Register(Dialect.Draft06.With([], Draft04));
        var options = new BuildOptions { DialectRegistry = dialects, SchemaRegistry = new SchemaRegistry() };
        return new JsonSchemaFile(JsonSchema.FromFile(path, options), checkFormats);
    }

    /// <summary>The schema errors, as "location (schema path): keyword: message" lines; empty when <paramref name="json"/> is valid.</summary>
    public IReadOnlyList<string> Validate(string json)
    {
        using var instance = JsonDocument.Parse(json);
        var result = schema.Evaluate(instance.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List, RequireFormatValidation = checkFormats });
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
}
