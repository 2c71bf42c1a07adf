namespace BarnrattsResan.EndToEnd.Tests.Infrastructure;

/// <summary>A theory that needs the system Chromium; skipped with the reason without it, a failure with E2E_REQUIRED=1.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class BrowserTheoryAttribute : TheoryAttribute
{
    public BrowserTheoryAttribute()
    {
        if (!Chromium.IsAvailable && !Chromium.IsRequired)
        {
            Skip = Chromium.MissingReason + " Set E2E_REQUIRED=1 to make this a failure.";
        }
    }
}
