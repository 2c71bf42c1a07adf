using System.ComponentModel.DataAnnotations;
using BarnrattsResan.Bot.Localization;

namespace BarnrattsResan.Bot.Hosting;

/// <summary>Settings of the bot itself (section <c>Bot</c>).</summary>
public sealed class BotOptions : IValidatableObject
{
    public const string Section = "Bot";

    /// <summary>The time zone for users whose Teams client does not say theirs. Setting: <c>Bot__DefaultTimeZone</c>.</summary>
    public string DefaultTimeZone { get; set; } = UserTime.DefaultTimeZoneId;

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (!TimeZoneInfo.TryFindSystemTimeZoneById(DefaultTimeZone, out _))
        {
            yield return new ValidationResult($"Bot:DefaultTimeZone '{DefaultTimeZone}' is not a time zone this machine knows (use an IANA id such as Europe/Stockholm).", [nameof(DefaultTimeZone)]);
        }
    }
}
