namespace BarnrattsResan.EndToEnd.Tests.Scenarios;

/// <summary>Assertions on what a person sees, with the whole visible text in the failure message.</summary>
public static class Shows
{
    public static void Text(string visible, string expected, string who)
    {
        if (!visible.Contains(expected, StringComparison.Ordinal))
        {
            Assert.Fail($"{who} should see \"{expected}\", but sees:\n{visible}");
        }
    }

    public static void NotText(string visible, string unexpected, string who)
    {
        if (visible.Contains(unexpected, StringComparison.Ordinal))
        {
            Assert.Fail($"{who} should not see \"{unexpected}\", but sees:\n{visible}");
        }
    }
}
