namespace BarnrattsResan.EndToEnd.Tests.Infrastructure;

/// <summary>
/// A fact that needs the system Chromium. Without it the test is reported as skipped, with the reason;
/// with E2E_REQUIRED=1 (CI) it is not skipped and fails on the missing browser instead.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class BrowserFactAttribute : FactAttribute
{
    public BrowserFactAttribute()
    {
        if (!Chromium.IsAvailable && !Chromium.IsRequired)
        {
            Skip = Chromium.MissingReason + " Set E2E_REQUIRED=1 to make this a failure.";
        }
    }
}

/// <summary>A browser fact that drives the Agents Playground (same skip rule as <see cref="BrowserFactAttribute"/>).</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class PlaygroundFactAttribute : FactAttribute
{
    public PlaygroundFactAttribute()
    {
        if (!Chromium.IsAvailable && !Chromium.IsRequired)
        {
            Skip = Chromium.MissingReason + " Set E2E_REQUIRED=1 to make this a failure.";
        }
    }
}
