using Microsoft.Extensions.Options;

namespace BarnrattsResan.Bot.Teams;

/// <summary>
/// Which tenants the bot serves: <c>Bot:AllowedTenants</c>, else the bot's own <c>MicrosoftAppTenantId</c>, else (only in
/// the Development environment, for the Agents Playground and tests) every tenant. An app with the bot's id can be
/// side-loaded in any tenant, and Teams then delivers that tenant's activities here: they are refused at the door.
/// </summary>
internal sealed class TenantPolicy
{
    public const string Setting = "Bot:AllowedTenants";

    private readonly HashSet<string>? allowed;

    private TenantPolicy(IEnumerable<string>? allowed) =>
        this.allowed = allowed is null ? null : new HashSet<string>(allowed.Select(Normalize), StringComparer.Ordinal);

    /// <summary>False only in Development with no tenant configured: then every tenant is accepted.</summary>
    public bool IsEnforced => allowed is not null;

    public IReadOnlyCollection<string> Allowed => allowed ?? [];

    public static TenantPolicy AllowAll { get; } = new(null);

    public static TenantPolicy Only(params string[] tenants) => new(tenants);

    public bool Allows(string? tenantId) => allowed is null || (tenantId is not null && allowed.Contains(Normalize(tenantId)));

    /// <summary>The configured list (entries may hold several ids separated by commas), or the bot's own tenant when the list is empty.</summary>
    public static IReadOnlyList<string> Configured(IConfiguration configuration, BotOptions options)
    {
        var entries = options.AllowedTenants.Append(configuration[Setting] ?? string.Empty)
            .SelectMany(entry => entry.Split([',', ';', ' '], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .ToArray();
        if (entries.Length > 0)
        {
            return entries;
        }

        var own = configuration["MicrosoftAppTenantId"];
        return string.IsNullOrWhiteSpace(own) ? [] : [own.Trim()];
    }

    /// <summary>What is wrong with the configured tenants, each problem naming the setting.</summary>
    public static IEnumerable<string> Problems(IReadOnlyList<string> tenants, bool isDevelopment)
    {
        if (tenants.Count == 0 && !isDevelopment)
        {
            yield return $"{Setting} (Bot__AllowedTenants) is empty and MicrosoftAppTenantId is not set: outside the Development environment the bot must know which tenants it serves. Set Bot__AllowedTenants to your tenant id.";
        }

        foreach (var tenant in tenants.Where(t => !Guid.TryParse(t, out _)))
        {
            yield return $"{Setting} (Bot__AllowedTenants) holds '{Shorten(tenant)}', which is not a tenant id (a GUID).";
        }
    }

    public static TenantPolicy Create(IConfiguration configuration, IOptions<BotOptions> options, IHostEnvironment environment)
    {
        var tenants = Configured(configuration, options.Value);
        return tenants.Count == 0 && environment.IsDevelopment() ? AllowAll : new TenantPolicy(tenants);
    }

    private static string Normalize(string tenantId) => Guid.TryParse(tenantId, out var guid) ? guid.ToString("D") : tenantId.Trim().ToLowerInvariant();

    private static string Shorten(string value) => value.Length <= 40 ? value : value[..40] + "…";
}

/// <summary>Checks <c>Bot:AllowedTenants</c> at start-up, with the environment and the bot's own tenant id at hand.</summary>
internal sealed class TenantPolicyValidator(IConfiguration configuration, IHostEnvironment environment) : IValidateOptions<BotOptions>
{
    public ValidateOptionsResult Validate(string? name, BotOptions options)
    {
        var problems = TenantPolicy.Problems(TenantPolicy.Configured(configuration, options), environment.IsDevelopment()).ToArray();
        return problems.Length == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(problems);
    }
}
