using System.ComponentModel.DataAnnotations;

namespace BarnrattsResan.Bot.Storage;

/// <summary>
/// Where the tables live. Locally a connection string (Azurite); in Azure the table endpoint and a managed
/// identity (no secrets). Exactly one of the two must be set.
/// </summary>
internal sealed class StorageOptions : IValidatableObject
{
    public const string Section = "Storage";

    /// <summary>A storage connection string, for example Azurite's. Setting: <c>Storage__ConnectionString</c>.</summary>
    public string? ConnectionString { get; set; }

    /// <summary>The table endpoint, for example <c>https://account.table.core.windows.net</c>. Setting: <c>Storage__TableServiceUri</c>.</summary>
    public Uri? TableServiceUri { get; set; }

    /// <summary>The client id of the user-assigned managed identity used with <see cref="TableServiceUri"/>. Setting: <c>Storage__ManagedIdentityClientId</c>.</summary>
    public string? ManagedIdentityClientId { get; set; }

    /// <summary>A prefix for the table names, so that several deployments can share one account. Letters and digits only.</summary>
    [RegularExpression("^[A-Za-z][A-Za-z0-9]{0,20}$|^$", ErrorMessage = "Storage:TablePrefix must start with a letter and hold at most 21 letters and digits.")]
    public string TablePrefix { get; set; } = string.Empty;

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        var hasConnectionString = !string.IsNullOrWhiteSpace(ConnectionString);
        if (hasConnectionString == (TableServiceUri is not null))
        {
            yield return new ValidationResult(
                "Set exactly one of Storage:ConnectionString (local runs, Azurite) and Storage:TableServiceUri (Azure, with a managed identity).",
                [nameof(ConnectionString), nameof(TableServiceUri)]);
        }

        if (TableServiceUri is { } uri && (!uri.IsAbsoluteUri || uri.Scheme != Uri.UriSchemeHttps))
        {
            yield return new ValidationResult("Storage:TableServiceUri must be an absolute https address.", [nameof(TableServiceUri)]);
        }
    }
}
