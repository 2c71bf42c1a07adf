using System.Text.Json;
using System.Text.Json.Serialization;

namespace BarnrattsResan.Bot.Storage;

/// <summary>JSON for the structured values kept in a table property (lists, addresses).</summary>
internal static class StoredJson
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter() },
    };

    public static string Write<T>(T value) => JsonSerializer.Serialize(value, Options);

    /// <summary>
    /// Reads a value; <paramref name="fallback"/> only when the property is absent or empty (a row written before the
    /// property existed). JSON that does not read as a <typeparamref name="T"/> (or reads as null where
    /// <paramref name="fallback"/> is not null) throws, so the row is handled as unreadable (<see cref="StoredRow"/>).
    /// </summary>
    public static T Read<T>(string? json, T fallback)
    {
        if (string.IsNullOrEmpty(json))
        {
            return fallback;
        }

        var value = JsonSerializer.Deserialize<T>(json, Options);
        return value is not null || fallback is null ? value! : throw new StoredValueException($"A stored {typeof(T).Name} is null.");
    }
}
