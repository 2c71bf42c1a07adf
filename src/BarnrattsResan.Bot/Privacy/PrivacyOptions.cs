using System.ComponentModel.DataAnnotations;
using BarnrattsResan.Bot.Rounds;

namespace BarnrattsResan.Bot.Privacy;

/// <summary>How long the bot keeps a round, and the secret that makes anonymous answers unlinkable (section <c>Privacy</c>).</summary>
internal sealed class PrivacyOptions
{
    public const string Section = "Privacy";

    /// <summary>The secret must hold at least this many bytes (the rule is the participant keys').</summary>
    public const int MinimumKeyBytes = ParticipantKeys.MinimumKeyBytes;

    /// <summary>
    /// The key in appsettings.Development.json: public, for local runs and tests only, refused in any other
    /// environment. It spells out what it is when decoded.
    /// </summary>
    public const string DevelopmentKey = "REVWRUxPUE1FTlQgT05MWSAtIG5vdCBhIHNlY3JldCAtIEJhcm5yYXR0c3Jlc2FuIGFub255bWl0eSBrZXk=";

    /// <summary>
    /// Days after the round's meeting when the round, its answers and its jobs are erased. Setting:
    /// <c>Privacy__RetentionDays</c>. Applies to rounds created after a change; a longer period also keeps
    /// older rounds that are not erased yet.
    /// </summary>
    [Range(1, 3650, ErrorMessage = "Privacy:RetentionDays must be between 1 and 3650 (days after the round's meeting).")]
    public int RetentionDays { get; set; } = 90;

    /// <summary>
    /// Base64 of at least 32 random bytes, kept outside the tables (Key Vault, an app setting). Every participant key
    /// is keyed with it, so reading the tables does not link answers to people. Setting: <c>Privacy__AnonymityKey</c>.
    /// Changing it makes everyone's saved answers in open rounds unreachable for them, so set it once.
    /// </summary>
    public string? AnonymityKey { get; set; }

    /// <summary>How often each instance looks for rounds and conversations whose data is due for erasure. Setting: <c>Privacy__SweepInterval</c>.</summary>
    [Range(typeof(TimeSpan), "00:01:00", "7.00:00:00", ErrorMessage = "Privacy:SweepInterval must be between 1 minute and 7 days.")]
    public TimeSpan SweepInterval { get; set; } = TimeSpan.FromDays(1);

    /// <summary>Whether this instance runs the retention sweep (on by default; tests run it by hand). Setting: <c>Privacy__SweepEnabled</c>.</summary>
    public bool SweepEnabled { get; set; } = true;

    /// <summary>
    /// How long after the bot is removed from a team or chat its data there is erased; adding the bot back within
    /// this time keeps it. Setting: <c>Privacy__RemovalGrace</c>.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:00", "30.00:00:00", ErrorMessage = "Privacy:RemovalGrace must be between 0 and 30 days.")]
    public TimeSpan RemovalGrace { get; set; } = TimeSpan.FromDays(1);

    public TimeSpan Retention => TimeSpan.FromDays(RetentionDays);

    /// <summary>The secret's bytes; only valid after start-up validation.</summary>
    public byte[] AnonymityKeyBytes() => Convert.FromBase64String((AnonymityKey ?? string.Empty).Trim());

    public IEnumerable<string> Problems(bool isDevelopment)
    {
        if (string.IsNullOrWhiteSpace(AnonymityKey))
        {
            yield return "Privacy:AnonymityKey is not set: give base64 of at least 32 random bytes (for example `openssl rand -base64 32`), kept in Key Vault or an app setting, never in the tables.";
            yield break;
        }

        byte[] bytes;
        try
        {
            bytes = Convert.FromBase64String(AnonymityKey.Trim());
        }
        catch (FormatException)
        {
            bytes = [];
        }

        if (bytes.Length < MinimumKeyBytes)
        {
            yield return $"Privacy:AnonymityKey must be base64 of at least {MinimumKeyBytes} bytes.";
        }

        if (!isDevelopment && AnonymityKey.Trim() == DevelopmentKey)
        {
            yield return "Privacy:AnonymityKey is the public development key from appsettings.Development.json: outside the Development environment set a secret key of your own.";
        }
    }
}

/// <summary>Checks <see cref="PrivacyOptions"/> at start-up, where the environment is known.</summary>
internal sealed class PrivacyOptionsValidator(IHostEnvironment environment) : Microsoft.Extensions.Options.IValidateOptions<PrivacyOptions>
{
    public Microsoft.Extensions.Options.ValidateOptionsResult Validate(string? name, PrivacyOptions options)
    {
        var problems = options.Problems(environment.IsDevelopment()).ToArray();
        return problems.Length == 0
            ? Microsoft.Extensions.Options.ValidateOptionsResult.Success
            : Microsoft.Extensions.Options.ValidateOptionsResult.Fail(problems);
    }
}
