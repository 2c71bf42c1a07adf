namespace BarnrattsResan.Bot.Teams;

/// <summary>
/// The Bot Framework authentication settings (top-level keys, as the Bot Framework SDK reads them). With no
/// app id the bot accepts unauthenticated requests: allowed only in the Development environment.
/// </summary>
internal sealed class BotFrameworkOptions
{
    public string? MicrosoftAppType { get; set; }

    public string? MicrosoftAppId { get; set; }

    public string? MicrosoftAppPassword { get; set; }

    public string? MicrosoftAppTenantId { get; set; }

    public bool IsAuthenticated => !string.IsNullOrWhiteSpace(MicrosoftAppId);

    public IEnumerable<string> Problems(bool isDevelopment)
    {
        var type = string.IsNullOrWhiteSpace(MicrosoftAppType) ? "MultiTenant" : MicrosoftAppType.Trim();
        if (type is not ("MultiTenant" or "SingleTenant" or "UserAssignedMSI"))
        {
            yield return $"MicrosoftAppType '{MicrosoftAppType}' is not one of MultiTenant, SingleTenant, UserAssignedMSI.";
            yield break;
        }

        if (!IsAuthenticated)
        {
            if (!isDevelopment)
            {
                yield return "MicrosoftAppId is not set: outside the Development environment every request must be authenticated.";
            }

            yield break;
        }

        if (!Guid.TryParse(MicrosoftAppId, out _))
        {
            yield return "MicrosoftAppId must be a GUID (the app registration's or the managed identity's client id).";
        }

        if (type is "SingleTenant" or "UserAssignedMSI" && !Guid.TryParse(MicrosoftAppTenantId, out _))
        {
            yield return $"MicrosoftAppTenantId must be the tenant id (a GUID) when MicrosoftAppType is {type}.";
        }

        if (type is "MultiTenant" or "SingleTenant" && string.IsNullOrWhiteSpace(MicrosoftAppPassword))
        {
            yield return $"MicrosoftAppPassword is required when MicrosoftAppType is {type}.";
        }

        if (type == "UserAssignedMSI" && !string.IsNullOrWhiteSpace(MicrosoftAppPassword))
        {
            yield return "MicrosoftAppPassword must be empty when MicrosoftAppType is UserAssignedMSI (the managed identity needs no secret).";
        }
    }
}

/// <summary>Checks <see cref="BotFrameworkOptions"/> at start-up.</summary>
internal sealed class BotFrameworkOptionsValidator(IHostEnvironment environment) : Microsoft.Extensions.Options.IValidateOptions<BotFrameworkOptions>
{
    public Microsoft.Extensions.Options.ValidateOptionsResult Validate(string? name, BotFrameworkOptions options)
    {
        var problems = options.Problems(environment.IsDevelopment()).ToArray();
        return problems.Length == 0
            ? Microsoft.Extensions.Options.ValidateOptionsResult.Success
            : Microsoft.Extensions.Options.ValidateOptionsResult.Fail(problems);
    }
}
