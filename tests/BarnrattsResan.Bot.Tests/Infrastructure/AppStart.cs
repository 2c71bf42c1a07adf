using BarnrattsResan.Bot.Hosting;
using BarnrattsResan.Bot.Storage;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace BarnrattsResan.Bot.Tests.Infrastructure;

/// <summary>
/// The app wired as Program.cs wires it and started in the test, so the test owns the host's whole life: for the
/// start-up checks that must stop a misconfigured deployment with a message naming the setting.
/// </summary>
public static class AppStart
{
    /// <summary>
    /// Starts the app on the test's own tables (the scheduler off) with <paramref name="settings"/> over that, and
    /// returns the validation failure the start ends in (the test fails if it starts).
    /// </summary>
    public static async Task<OptionsValidationException> FailureAsync(AzuriteFixture azurite, string environment, IReadOnlyDictionary<string, string?> settings)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = environment });
        builder.Logging.ClearProviders();
        var configuration = new Dictionary<string, string?>
        {
            ["Storage:ConnectionString"] = azurite.ConnectionString,
            ["Storage:TablePrefix"] = TestTables.NewPrefix(),
            ["Scheduler:Enabled"] = "false",
        };
        foreach (var (key, value) in settings)
        {
            configuration[key] = value;
        }

        builder.Configuration.AddInMemoryCollection(configuration);
        builder.AddTelemetry();
        builder.AddStorage();
        builder.AddBot();
        await using var app = builder.Build();
        app.MapBotEndpoints();
        return await Assert.ThrowsAsync<OptionsValidationException>(() => app.StartAsync());
    }
}
