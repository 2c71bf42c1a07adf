using System.ComponentModel.DataAnnotations;

namespace BarnrattsResan.Bot.Hosting;

/// <summary>
/// How the bot signs the telemetry it sends to Application Insights (section <c>Telemetry</c>). Where to send
/// it is the connection string in <c>APPLICATIONINSIGHTS_CONNECTION_STRING</c>.
/// </summary>
internal sealed class TelemetryOptions
{
    public const string Section = "Telemetry";

    /// <summary>
    /// The client id of the user-assigned managed identity that may publish to Application Insights (role
    /// "Monitoring Metrics Publisher"). Set (infra/ sets it), telemetry carries a Microsoft Entra token, which an
    /// Application Insights resource with local authentication off requires. Empty: the connection string alone.
    /// Setting: <c>Telemetry__ManagedIdentityClientId</c>.
    /// </summary>
    [RegularExpression(
        "^$|^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$",
        ErrorMessage = "Telemetry:ManagedIdentityClientId must be empty or the client id (a GUID) of the managed identity that may send telemetry to Application Insights.")]
    public string ManagedIdentityClientId { get; set; } = string.Empty;
}
