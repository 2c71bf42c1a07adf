using System.Net;
using BarnrattsResan.Bot.Privacy;
using BarnrattsResan.Bot.Tests.Infrastructure;
using Microsoft.Extensions.Time.Testing;

namespace BarnrattsResan.Bot.Tests.Hosting;

/// <summary>Start-up checks and Bot Framework authentication, as the people who run the bot meet them.</summary>
[Collection(AzuriteGroup.Name)]
public sealed class HostingTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task WithAnAppIdEveryRequestMustCarryAValidToken()
    {
        await using var channel = await TeamChannel.OpenAsync(azurite);
        await using var app = new BotApp(azurite, new FakeTimeProvider(), settings: new Dictionary<string, string>
        {
            ["MicrosoftAppType"] = "MultiTenant",
            ["MicrosoftAppId"] = Guid.NewGuid().ToString(),
            ["MicrosoftAppPassword"] = "not-used-in-this-test",
        });

        var response = await app.CreateClient().PostAsync("/api/messages", System.Net.Http.Json.JsonContent.Create(channel.Activities.Mention(channel.Anna, "hjälp")));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Empty(channel.Connector.Sent);
    }

    [Fact]
    public async Task WithApplicationInsightsConfiguredTheBotStartsAndAnswers()
    {
        await using var channel = await TeamChannel.OpenAsync(azurite);
        await using var app = new BotApp(azurite, new FakeTimeProvider(), settings: new Dictionary<string, string>
        {
            ["APPLICATIONINSIGHTS_CONNECTION_STRING"] = "InstrumentationKey=00000000-0000-4000-8000-000000000000;IngestionEndpoint=http://127.0.0.1:9/",
        });

        var response = await app.CreateClient().PostAsync("/api/messages", System.Net.Http.Json.JsonContent.Create(channel.Activities.Mention(channel.Anna, "hjälp")));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Det här kan jag", Assert.Single(channel.Connector.Sent).Text);
    }

    [Fact]
    public async Task TheHealthEndpointAnswers()
    {
        await using var app = new BotApp(azurite, new FakeTimeProvider());

        var response = await app.CreateClient().GetAsync("/healthz");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Theory]
    [InlineData("Production", "MicrosoftAppType", "", "MicrosoftAppId is not set")]
    [InlineData("Development", "MicrosoftAppType", "UserAssignedMSI", "MicrosoftAppTenantId must be the tenant id")]
    [InlineData("Development", "MicrosoftAppType", "Certificate", "MicrosoftAppType 'Certificate' is not one of")]
    [InlineData("Development", "Storage:ConnectionString", "", "Set exactly one of Storage:ConnectionString")]
    [InlineData("Development", "Storage:TableServiceUri", "http://account.table.core.windows.net", "Storage:TableServiceUri must be an absolute https address")]
    [InlineData("Development", "Bot:DefaultTimeZone", "Europe/Atlantis", "Bot:DefaultTimeZone 'Europe/Atlantis' is not a time zone")]
    [InlineData("Development", "Bot:Language", "de", "Bot:Language must be empty")]
    [InlineData("Development", "Privacy:AnonymityKey", "c2hvcnQ=", "Privacy:AnonymityKey must be base64 of at least 32 bytes")]
    [InlineData("Development", "Privacy:AnonymityKey", "", "Privacy:AnonymityKey is not set")]
    [InlineData("Development", "Privacy:RetentionDays", "0", "Privacy:RetentionDays must be between 1 and 3650")]
    [InlineData("Development", "Privacy:SweepInterval", "00:00:10", "Privacy:SweepInterval must be between 1 minute and 7 days")]
    [InlineData("Development", "Reminders:WorkdayEnd", "07:00", "Reminders:WorkdayEnd must be later than Reminders:WorkdayStart")]
    [InlineData("Development", "Reminders:ManualInterval", "00:00:10", "Reminders:ManualInterval must be between 1 minute and 7 days")]
    public async Task AMisconfigurationStopsTheStartWithAMessageNamingTheSetting(string environment, string key, string value, string message)
    {
        var settings = new Dictionary<string, string?> { [key] = value };
        if (key == "MicrosoftAppType" && value == "UserAssignedMSI") settings["MicrosoftAppId"] = Guid.NewGuid().ToString();

        var failure = await AppStart.FailureAsync(azurite, environment, settings);

        Assert.Contains(message, failure.Message);
    }

    [Theory]
    [InlineData("", "Privacy:AnonymityKey is not set")]
    [InlineData(PrivacyOptions.DevelopmentKey, "Privacy:AnonymityKey is the public development key")]
    public async Task OutsideDevelopmentTheAnonymityKeyMustBeASecretOfTheOperatorsOwn(string key, string message)
    {
        var failure = await AppStart.FailureAsync(azurite, "Production", new Dictionary<string, string?>
        {
            ["Privacy:SweepEnabled"] = "false",
            ["MicrosoftAppType"] = "UserAssignedMSI",
            ["MicrosoftAppId"] = Guid.NewGuid().ToString(),
            ["MicrosoftAppTenantId"] = Guid.NewGuid().ToString(),
            ["Privacy:AnonymityKey"] = key,
        });

        Assert.Contains(message, failure.Message);
    }
}
