using System.ComponentModel.DataAnnotations;
using BarnrattsResan.Bot.Localization;

namespace BarnrattsResan.Bot.Teams;

/// <summary>Settings of the bot itself (section <c>Bot</c>).</summary>
internal sealed class BotOptions : IValidatableObject
{
    public const string Section = "Bot";

    /// <summary>The time zone for users whose Teams client does not say theirs. Setting: <c>Bot__DefaultTimeZone</c>.</summary>
    public string DefaultTimeZone { get; set; } = UserTime.DefaultTimeZoneId;

    /// <summary>
    /// Empty (the default): each person gets the language of their Teams client. <c>sv</c> or <c>en</c>: everyone
    /// gets that language, for example in the Agents Playground, which always says it is English.
    /// Setting: <c>Bot__Language</c>.
    /// </summary>
    [RegularExpression("^(|sv|en)$", ErrorMessage = "Bot:Language must be empty (follow Teams), 'sv' or 'en'.")]
    public string Language { get; set; } = string.Empty;

    /// <summary>
    /// The Microsoft Entra tenants whose activities the bot serves (ids, GUIDs). Empty: the bot's own
    /// <c>MicrosoftAppTenantId</c>; in the Development environment with neither set, every tenant.
    /// Setting: <c>Bot__AllowedTenants__0</c>, <c>Bot__AllowedTenants__1</c>… or one comma-separated <c>Bot__AllowedTenants</c>.
    /// </summary>
    public List<string> AllowedTenants { get; set; } = [];

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (!TimeZoneInfo.TryFindSystemTimeZoneById(DefaultTimeZone, out _))
        {
            yield return new ValidationResult($"Bot:DefaultTimeZone '{DefaultTimeZone}' is not a time zone this machine knows (use an IANA id such as Europe/Stockholm).", [nameof(DefaultTimeZone)]);
        }
    }
}
