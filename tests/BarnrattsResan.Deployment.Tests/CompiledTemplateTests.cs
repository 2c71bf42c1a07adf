using System.Text.Json.Nodes;

namespace BarnrattsResan.Deployment.Tests;

/// <summary>Facts read from the ARM JSON that `bicep build` makes of infra/main.bicep.</summary>
public sealed class CompiledTemplateTests(CompiledInfraFixture infra) : IClassFixture<CompiledInfraFixture>
{
    private const string TableDataContributorRoleId = "0a9a7e1f-b9d0-4cc4-a60d-0319b160aaa3";

    private JsonNode Template => JsonNode.Parse(File.ReadAllText(infra.TemplatePath))!;

    /// <summary>Every resource, also those inside the modules' nested deployments.</summary>
    private List<JsonNode> Resources()
    {
        var found = new List<JsonNode>();
        void Collect(JsonNode template)
        {
            foreach (var resource in template["resources"]!.AsArray())
            {
                found.Add(resource!);
                if ((string?)resource!["type"] == "Microsoft.Resources/deployments")
                {
                    Collect(resource["properties"]!["template"]!);
                }
            }
        }
        Collect(Template);
        return found;
    }

    private JsonNode Single(string type) => Assert.Single(Resources(), r => (string?)r["type"] == type);

    private Dictionary<string, string?> AppSettings() =>
        Single("Microsoft.Web/sites")["properties"]!["siteConfig"]!["appSettings"]!.AsArray()
            .ToDictionary(s => (string)s!["name"]!, s => (string?)s!["value"]);

    [Fact]
    public void StorageAllowsOnlyEntraIdOverHttpsWithTls12AndNoPublicBlobs()
    {
        var properties = Single("Microsoft.Storage/storageAccounts")["properties"]!;

        Assert.False((bool)properties["allowSharedKeyAccess"]!);
        Assert.True((bool)properties["supportsHttpsTrafficOnly"]!);
        Assert.Equal("TLS1_2", (string?)properties["minimumTlsVersion"]);
        Assert.False((bool)properties["allowBlobPublicAccess"]!);
    }

    [Fact]
    public void TheIdentityIsStorageTableDataContributorOnTheAccount()
    {
        var assignment = Single("Microsoft.Authorization/roleAssignments");

        var storageModule = Assert.Single(Resources(), r => (string?)r["name"] == "storage")["properties"]!["template"]!;
        Assert.Equal(TableDataContributorRoleId, (string?)storageModule["variables"]!["tableDataContributorRoleId"]);
        Assert.Equal(
            "[subscriptionResourceId('Microsoft.Authorization/roleDefinitions', variables('tableDataContributorRoleId'))]",
            (string?)assignment["properties"]!["roleDefinitionId"]);
        Assert.Equal("ServicePrincipal", (string?)assignment["properties"]!["principalType"]);
        Assert.Contains("userAssignedIdentities", (string?)assignment["properties"]!["principalId"], StringComparison.Ordinal);
        Assert.Contains("Microsoft.Storage/storageAccounts", (string?)assignment["scope"], StringComparison.Ordinal);
    }

    [Fact]
    public void TheWebAppRunsDotnet10OnLinuxOverHttpsWithAHealthCheck()
    {
        var site = Single("Microsoft.Web/sites");
        var config = site["properties"]!["siteConfig"]!;

        Assert.True((bool)Single("Microsoft.Web/serverfarms")["properties"]!["reserved"]!);
        Assert.True((bool)site["properties"]!["httpsOnly"]!);
        Assert.Equal("DOTNETCORE|10.0", (string?)config["linuxFxVersion"]);
        Assert.True((bool)config["alwaysOn"]!);
        Assert.Equal("/healthz", (string?)config["healthCheckPath"]);
        Assert.Equal("UserAssigned", (string?)site["identity"]!["type"]);
    }

    [Fact]
    public void TheWebAppSettingsAreTheOnesTheBotReads()
    {
        var settings = AppSettings();

        Assert.Equal("UserAssignedMSI", settings["MicrosoftAppType"]);
        Assert.Equal("[parameters('identityClientId')]", settings["MicrosoftAppId"]);
        Assert.Equal("[tenant().tenantId]", settings["MicrosoftAppTenantId"]);
        Assert.Equal("[parameters('tableServiceUri')]", settings["Storage__TableServiceUri"]);
        Assert.Equal("[parameters('identityClientId')]", settings["Storage__ManagedIdentityClientId"]);
        Assert.Equal("[parameters('defaultTimeZone')]", settings["Bot__DefaultTimeZone"]);
        Assert.Contains("ConnectionString", settings["APPLICATIONINSIGHTS_CONNECTION_STRING"], StringComparison.Ordinal);
        Assert.Equal("Production", settings["ASPNETCORE_ENVIRONMENT"]);
        Assert.DoesNotContain("MicrosoftAppPassword", settings.Keys);
        Assert.DoesNotContain("Storage__ConnectionString", settings.Keys);
    }

    [Fact]
    public void TheTableServiceUriIsTheStorageAccountsTableEndpoint()
    {
        var storageModule = Assert.Single(Resources(), r => (string?)r["name"] == "storage");
        var output = (string?)storageModule["properties"]!["template"]!["outputs"]!["tableEndpoint"]!["value"];

        Assert.Contains("primaryEndpoints.table", output, StringComparison.Ordinal);
    }

    [Fact]
    public void TheBotSignsInAsTheManagedIdentityAndHasTheTeamsChannel()
    {
        var bot = Single("Microsoft.BotService/botServices");
        var properties = bot["properties"]!;

        Assert.Equal("azurebot", (string?)bot["kind"]);
        Assert.Equal("UserAssignedMSI", (string?)properties["msaAppType"]);
        Assert.Equal("[parameters('identityClientId')]", (string?)properties["msaAppId"]);
        Assert.Equal("[parameters('identityId')]", (string?)properties["msaAppMSIResourceId"]);
        Assert.NotNull(properties["msaAppTenantId"]);
        var channel = Single("Microsoft.BotService/botServices/channels");
        Assert.Equal("MsTeamsChannel", (string?)channel["properties"]!["channelName"]);
    }

    [Fact]
    public void TheMessagingEndpointIsTheWebAppsApiMessages()
    {
        var botModule = Assert.Single(Resources(), r => (string?)r["name"] == "bot");
        var endpoint = (string?)botModule["properties"]!["parameters"]!["endpoint"]!["value"];

        Assert.StartsWith("[format('https://{0}/api/messages', ", endpoint, StringComparison.Ordinal);
        Assert.Contains("'webApp'", endpoint, StringComparison.Ordinal);
        Assert.Contains(".outputs.defaultHostName.value", endpoint, StringComparison.Ordinal);
    }

    [Fact]
    public void ApplicationInsightsIsWorkspaceBased()
    {
        var insights = Single("Microsoft.Insights/components");

        Assert.NotNull(insights["properties"]!["WorkspaceResourceId"]);
        Single("Microsoft.OperationalInsights/workspaces");
    }

    [Fact]
    public void TheOutputsGiveWhatTheAppPackageNeeds()
    {
        var outputs = Template["outputs"]!.AsObject();

        Assert.Contains("identity", (string?)outputs["botId"]!["value"], StringComparison.Ordinal);
        Assert.Contains("clientId", (string?)outputs["botId"]!["value"], StringComparison.Ordinal);
        Assert.Contains("defaultHostName", (string?)outputs["botDomain"]!["value"], StringComparison.Ordinal);
        Assert.True(outputs.ContainsKey("webAppName"));
    }

    [Fact]
    public void NamesStayValidForEveryAllowedPrefix()
    {
        var prefix = Template["parameters"]!["namePrefix"]!;
        Assert.Equal(3, (int)prefix["minLength"]!);
        Assert.Equal(11, (int)prefix["maxLength"]!);

        // The storage name is cut to 24 characters and always carries the 13-character unique suffix.
        var storageName = (string?)Template["variables"]!["names"]!["storage"];
        Assert.StartsWith("[take(", storageName, StringComparison.Ordinal);
        Assert.EndsWith(", 24)]", storageName, StringComparison.Ordinal);
    }

    [Fact]
    public void NoKeyOrPasswordIsReadOrWrittenAnywhere()
    {
        var text = File.ReadAllText(infra.TemplatePath);

        Assert.DoesNotContain("listKeys", text, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("AccountKey", text, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("Password", text, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("securestring", text, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void BasicAuthPublishingIsOff()
    {
        var policies = Resources().Where(r => (string?)r["type"] == "Microsoft.Web/sites/basicPublishingCredentialsPolicies").ToList();

        Assert.Equal(2, policies.Count);
        Assert.All(policies, p => Assert.False((bool)p["properties"]!["allow"]!));
    }
}
