namespace BarnrattsResan.EndToEnd.Tests.Scenarios;

/// <summary>Waits, with a deadline, for something the bot changes asynchronously (a card updated in place).</summary>
public static class Eventually
{
    public static async Task ContainsAsync(Func<Task<string>> read, string expected, string what, TimeSpan? timeout = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(15));
        var last = await read();
        while (!last.Contains(expected, StringComparison.Ordinal))
        {
            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"{what} did not show \"{expected}\" in time. It shows:\n{last}");
            }

            await Task.Delay(100);
            last = await read();
        }
    }
}
