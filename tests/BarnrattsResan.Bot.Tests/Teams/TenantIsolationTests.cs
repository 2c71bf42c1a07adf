using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using BarnrattsResan.Bot.Cards;
using BarnrattsResan.Bot.Teams;
using BarnrattsResan.Bot.Tests.Infrastructure;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace BarnrattsResan.Bot.Tests.Teams;

/// <summary>
/// A deployment serves its own tenant only: an app with the bot's id side-loaded in another tenant, or a client
/// that is not Teams, gets 403 before anything is stored or sent; without a token, 401 before the body is read.
/// </summary>
[Collection(AzuriteGroup.Name)]
public sealed class TenantIsolationTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task AnotherTenantsActivitiesAreRefusedBeforeAnythingIsStoredOrSent()
    {
        await using var channel = await OpenForOwnTenantAsync();
        var foreign = channel.Activities.FromTenant(Guid.NewGuid().ToString());

        var mention = await channel.App.PostAsync(foreign.Mention(channel.Facilitator, "starta"));
        var install = await channel.App.PostAsync(foreign.BotInstalled(channel.Facilitator));
        var click = await channel.App.PostAsync(foreign.Execute(channel.Facilitator, CardVerbs.CreateRound, new JsonObject { ["roundId"] = new string('a', 32), ["requesterId"] = channel.Facilitator.AadObjectId, ["title"] = "Runda" }));

        Assert.All(new[] { mention, install, click }, r => Assert.Equal(HttpStatusCode.Forbidden, r.StatusCode));
        Assert.Contains("does not serve your organisation's tenant", await mention.Content.ReadAsStringAsync());
        Assert.Empty(channel.Connector.Sent);
        Assert.Equal(0, await TableRows.CountAsync(azurite, channel.App.TablePrefix));

        var own = await channel.App.PostAsync(channel.Activities.BotInstalled(channel.Facilitator));
        Assert.Equal(HttpStatusCode.OK, own.StatusCode);
        Assert.Single(channel.Connector.Sent);
    }

    [Theory]
    [InlineData("no tenant")]
    [InlineData("two tenants")]
    [InlineData("not Teams")]
    [InlineData("no channel")]
    public async Task AnActivityThatDoesNotSayItIsFromTeamsInAnAllowedTenantIsRefused(string problem)
    {
        await using var channel = await OpenForOwnTenantAsync();
        var activity = channel.Activities.Mention(channel.Facilitator, "hjälp");
        switch (problem)
        {
            case "no tenant":
                activity["channelData"]!.AsObject().Remove("tenant");
                activity["conversation"]!.AsObject().Remove("tenantId");
                break;
            case "two tenants":
                activity["conversation"]!["tenantId"] = Guid.NewGuid().ToString();
                break;
            case "not Teams":
                activity["channelId"] = "directline";
                break;
            default:
                activity.Remove("channelId");
                break;
        }

        var response = await channel.App.PostAsync(activity);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Empty(channel.Connector.Sent);
    }

    [Fact]
    public async Task TheTenantListMayBeOneCommaSeparatedSetting()
    {
        await using var channel = await TeamChannel.OpenAsync(azurite);
        channel.App.Settings["Bot:AllowedTenants"] = $"{Guid.NewGuid()}, {channel.Activities.TenantId.ToUpperInvariant()}";

        var own = await channel.App.PostAsync(channel.Activities.Mention(channel.Anna, "hjälp"));
        var foreign = await channel.App.PostAsync(channel.Activities.FromTenant(Guid.NewGuid().ToString()).Mention(channel.Anna, "hjälp"));

        Assert.Equal(HttpStatusCode.OK, own.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, foreign.StatusCode);
    }

    [Fact]
    public async Task WithAnAppIdARequestWithoutATokenIsRefusedBeforeItsBodyIsRead()
    {
        await using var channel = await TeamChannel.OpenAsync(azurite);
        channel.App.Settings["MicrosoftAppType"] = "MultiTenant";
        channel.App.Settings["MicrosoftAppId"] = Guid.NewGuid().ToString();
        channel.App.Settings["MicrosoftAppPassword"] = "not-used-in-this-test";
        var client = channel.App.CreateClient();

        // Not JSON: had the bot read the body, it would have answered 400.
        var response = await client.PostAsync("/api/messages", new StringContent("{not json", Encoding.UTF8, "application/json"));
        var forged = new HttpRequestMessage(HttpMethod.Post, "/api/messages") { Content = JsonContent.Create(channel.Activities.Mention(channel.Anna, "hjälp")) };
        forged.Headers.TryAddWithoutValidation("Authorization", "Bearer not-a-token");
        var withBadToken = await client.SendAsync(forged);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, withBadToken.StatusCode);
        Assert.Empty(channel.Connector.Sent);
    }

    [Theory]
    [InlineData("Production", "", "", "Bot:AllowedTenants (Bot__AllowedTenants) is empty and MicrosoftAppTenantId is not set")]
    [InlineData("Development", "not-a-tenant", "", "Bot:AllowedTenants (Bot__AllowedTenants) holds 'not-a-tenant', which is not a tenant id")]
    [InlineData("Production", "", "00000000-0000-4000-8000-00000000000x", "which is not a tenant id (a GUID)")]
    public async Task AMissingOrMalformedTenantListStopsTheStartNamingTheSetting(string environment, string allowed, string ownTenant, string message)
    {
        var failure = await AppStart.FailureAsync(azurite, environment, new Dictionary<string, string?>
        {
            ["MicrosoftAppType"] = "MultiTenant",
            ["MicrosoftAppId"] = Guid.NewGuid().ToString(),
            ["MicrosoftAppPassword"] = "secret",
            ["MicrosoftAppTenantId"] = ownTenant,
            ["Bot:AllowedTenants"] = allowed,
            ["Privacy:AnonymityKey"] = Convert.ToBase64String(System.Security.Cryptography.RandomNumberGenerator.GetBytes(32)),
        });

        Assert.Contains(message, failure.Message);
    }

    [Fact]
    public void TheBotsOwnTenantIsTheDefaultAndOnlyDevelopmentWithNothingSetAcceptsEveryTenant()
    {
        var own = Guid.NewGuid().ToString();
        var configured = TenantPolicy.Configured(new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["MicrosoftAppTenantId"] = own }).Build(), new BotOptions());
        var nothing = TenantPolicy.Configured(new ConfigurationBuilder().Build(), new BotOptions());

        Assert.Equal([own], configured);
        Assert.Empty(nothing);
        Assert.Empty(TenantPolicy.Problems(nothing, isDevelopment: true));
        Assert.NotEmpty(TenantPolicy.Problems(nothing, isDevelopment: false));
        Assert.True(TenantPolicy.Only(own).Allows(own.ToUpperInvariant()));
        Assert.False(TenantPolicy.Only(own).Allows(Guid.NewGuid().ToString()));
        Assert.False(TenantPolicy.Only(own).Allows(null));
    }

    private async Task<TeamChannel> OpenForOwnTenantAsync()
    {
        var channel = await TeamChannel.OpenAsync(azurite);
        channel.App.Settings["Bot:AllowedTenants:0"] = channel.Activities.TenantId;
        return channel;
    }
}
