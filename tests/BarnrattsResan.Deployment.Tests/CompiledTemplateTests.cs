using System.Text.Json.Nodes;

namespace BarnrattsResan.Deployment.Tests;

/// <summary>Facts read from the ARM JSON that `bicep build` makes of infra/main.bicep.</summary>
public sealed class CompiledTemplateTests(CompiledInfraFixture infra) : IClassFixture<CompiledInfraFixture>
{
    private const string TableDataContributorRoleId = "0a9a7e1f-b9d0-4cc4-a60d-0319b160aaa3";
    private const string MonitoringMetricsPublisherRoleId = "3913510d-42f4-4e42-8a64-420c390055eb";

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

    /// <summary>The template of one module (a nested deployment), by the module's name in main.bicep.</summary>
    private JsonNode Module(string name) =>
        Assert.Single(Resources(), r => (string?)r["name"] == name && (string?)r["type"] == "Microsoft.Resources/deployments")["properties"]!["template"]!;

    /// <summary>The value main.bicep passes to a module's parameter.</summary>
    private string? ModuleParameter(string module, string parameter) =>
        (string?)Assert.Single(Resources(), r => (string?)r["name"] == module)["properties"]!["parameters"]![parameter]!["value"];

    private static List<JsonNode> ResourcesOf(JsonNode template, string type) =>
        template["resources"]!.AsArray().Where(r => (string?)r!["type"] == type).Select(r => r!).ToList();

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
        var storageModule = Module("storage");
        var assignment = Assert.Single(ResourcesOf(storageModule, "Microsoft.Authorization/roleAssignments"));

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
        Assert.Equal("[parameters('additionalQuestionSetsFile')]", settings["Questions__AdditionalSetsFile"]);
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
    public void NoKeyOrPasswordIsReadOrWrittenAnywhereAndTheOneSecretOnlyReachesItsSetting()
    {
        var text = File.ReadAllText(infra.TemplatePath);

        Assert.DoesNotContain("listKeys", text, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("AccountKey", text, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("Password", text, StringComparison.OrdinalIgnoreCase);

        // The anonymity key is the one secret: a secure parameter, passed on only as the app setting the bot reads.
        var secure = System.Text.RegularExpressions.Regex.Count(text, "\"type\": \"securestring\"");
        Assert.Equal(2, secure); // main.bicep's parameter and the web app module's
        Assert.Contains("\"name\": \"Privacy__AnonymityKey\"", text, StringComparison.Ordinal);
        Assert.DoesNotContain("anonymityKey", System.Text.Json.Nodes.JsonNode.Parse(text)!["outputs"]!.ToJsonString(), StringComparison.Ordinal);
    }

    [Fact]
    public void BasicAuthPublishingIsOff()
    {
        var policies = Resources().Where(r => (string?)r["type"] == "Microsoft.Web/sites/basicPublishingCredentialsPolicies").ToList();

        Assert.Equal(2, policies.Count);
        Assert.All(policies, p => Assert.False((bool)p["properties"]!["allow"]!));
    }

    [Fact]
    public void TheStorageFirewallAdmitsOnlyTheWebAppsSubnet()
    {
        var acls = Single("Microsoft.Storage/storageAccounts")["properties"]!["networkAcls"]!;

        Assert.Equal("Deny", (string?)acls["defaultAction"]);
        Assert.Equal("None", (string?)acls["bypass"]);
        Assert.Empty(acls["ipRules"]!.AsArray());
        var rule = Assert.Single(acls["virtualNetworkRules"]!.AsArray())!;
        Assert.Equal("[parameters('allowedSubnetId')]", (string?)rule["id"]);
        Assert.Equal("Allow", (string?)rule["action"]);

        // The subnet the firewall admits is the one the web app sends its traffic through…
        var subnetOutput = "[reference(resourceId('Microsoft.Resources/deployments', 'network'), '2025-04-01').outputs.subnetId.value]";
        Assert.Equal(subnetOutput, ModuleParameter("storage", "allowedSubnetId"));
        Assert.Equal(subnetOutput, ModuleParameter("webApp", "outboundSubnetId"));
        Assert.Equal("[parameters('outboundSubnetId')]", (string?)Single("Microsoft.Web/sites")["properties"]!["virtualNetworkSubnetId"]);

        // …delegated to App Service and carrying the storage service endpoint, without which the rule admits nothing.
        var subnet = Assert.Single(Single("Microsoft.Network/virtualNetworks")["properties"]!["subnets"]!.AsArray())!["properties"]!;
        Assert.Equal("Microsoft.Web/serverFarms", (string?)Assert.Single(subnet["delegations"]!.AsArray())!["properties"]!["serviceName"]);
        Assert.Equal("Microsoft.Storage", (string?)Assert.Single(subnet["serviceEndpoints"]!.AsArray())!["service"]);
        Assert.Equal(
            "[reference(resourceId('Microsoft.Network/virtualNetworks', parameters('name')), '2024-05-01').subnets[0].id]",
            (string?)Module("network")["outputs"]!["subnetId"]!["value"]);
    }

    [Fact]
    public void EverythingThatServesHttpsRequiresTls12()
    {
        var config = Single("Microsoft.Web/sites")["properties"]!["siteConfig"]!;

        Assert.Equal("TLS1_2", (string?)Single("Microsoft.Storage/storageAccounts")["properties"]!["minimumTlsVersion"]);
        Assert.Equal("1.2", (string?)config["minTlsVersion"]);
        Assert.Equal("1.2", (string?)config["scmMinTlsVersion"]);
    }

    [Fact]
    public void TableReadsWritesAndDeletesAreLoggedToLogAnalytics()
    {
        var setting = Assert.Single(ResourcesOf(Module("storage"), "Microsoft.Insights/diagnosticSettings"));

        Assert.Equal("[resourceId('Microsoft.Storage/storageAccounts/tableServices', parameters('name'), 'default')]", (string?)setting["scope"]);
        Assert.Equal("[parameters('workspaceId')]", (string?)setting["properties"]!["workspaceId"]);
        var categories = setting["properties"]!["logs"]!.AsArray()
            .Where(l => (bool)l!["enabled"]!)
            .Select(l => (string?)l!["category"])
            .Order();
        Assert.Equal(["StorageDelete", "StorageRead", "StorageWrite"], categories);
        Assert.Equal(WorkspaceOutput, ModuleParameter("storage", "workspaceId"));
    }

    [Fact]
    public void TheWebAppsLogsGoToLogAnalytics()
    {
        var setting = Assert.Single(ResourcesOf(Module("webApp"), "Microsoft.Insights/diagnosticSettings"));

        Assert.Equal("[resourceId('Microsoft.Web/sites', parameters('webAppName'))]", (string?)setting["scope"]);
        Assert.Equal("[parameters('workspaceId')]", (string?)setting["properties"]!["workspaceId"]);
        var logs = Assert.Single(setting["properties"]!["logs"]!.AsArray())!;
        Assert.Equal("allLogs", (string?)logs["categoryGroup"]);
        Assert.True((bool)logs["enabled"]!);
        Assert.Equal(WorkspaceOutput, ModuleParameter("webApp", "workspaceId"));
        Assert.Equal("[resourceId('Microsoft.OperationalInsights/workspaces', parameters('workspaceName'))]", (string?)Module("monitoring")["outputs"]!["workspaceId"]!["value"]);
    }

    [Fact]
    public void ApplicationInsightsAcceptsOnlyTheBotsEntraToken()
    {
        var monitoring = Module("monitoring");
        var insights = Single("Microsoft.Insights/components")["properties"]!;
        Assert.True((bool)insights["DisableLocalAuth"]!);
        Assert.True((bool)Single("Microsoft.OperationalInsights/workspaces")["properties"]!["features"]!["disableLocalAuth"]!);

        // The identity the web app runs as may publish to this component…
        var assignment = Assert.Single(ResourcesOf(monitoring, "Microsoft.Authorization/roleAssignments"));
        Assert.Equal(MonitoringMetricsPublisherRoleId, (string?)monitoring["variables"]!["metricsPublisherRoleId"]);
        Assert.Equal(
            "[subscriptionResourceId('Microsoft.Authorization/roleDefinitions', variables('metricsPublisherRoleId'))]",
            (string?)assignment["properties"]!["roleDefinitionId"]);
        Assert.Equal("[resourceId('Microsoft.Insights/components', parameters('appInsightsName'))]", (string?)assignment["scope"]);
        Assert.Equal("ServicePrincipal", (string?)assignment["properties"]!["principalType"]);
        Assert.Contains("parameters('publisherIdentityName')", (string?)assignment["properties"]!["principalId"], StringComparison.Ordinal);
        Assert.Equal("[variables('names').identity]", ModuleParameter("monitoring", "publisherIdentityName"));

        // …and the bot is told which identity to sign its telemetry with.
        Assert.Equal("[parameters('identityClientId')]", AppSettings()["Telemetry__ManagedIdentityClientId"]);
    }

    [Fact]
    public void OnlyTheAzureBotServiceMayCallTheWebApp()
    {
        var config = Single("Microsoft.Web/sites")["properties"]!["siteConfig"]!;

        Assert.Equal("Deny", (string?)config["ipSecurityRestrictionsDefaultAction"]);
        var rule = Assert.Single(config["ipSecurityRestrictions"]!.AsArray())!;
        Assert.Equal("Allow", (string?)rule["action"]);
        Assert.Equal("ServiceTag", (string?)rule["tag"]);
        Assert.Equal("AzureBotService", (string?)rule["ipAddress"]);
        // Deployments (az webapp deploy) use the SCM site, which has its own rule set and no basic auth.
        Assert.False((bool)config["scmIpSecurityRestrictionsUseMain"]!);
    }

    [Fact]
    public void TheStorageAccountHasADeleteLock()
    {
        var storageLock = Assert.Single(ResourcesOf(Module("storage"), "Microsoft.Authorization/locks"));

        Assert.Equal("CanNotDelete", (string?)storageLock["properties"]!["level"]);
        Assert.Equal("[resourceId('Microsoft.Storage/storageAccounts', parameters('name'))]", (string?)storageLock["scope"]);
    }

    private const string WorkspaceOutput = "[reference(resourceId('Microsoft.Resources/deployments', 'monitoring'), '2025-04-01').outputs.workspaceId.value]";
}
