// Linux App Service plan and the web app that runs the bot (.NET 10). The web app runs as the
// user-assigned identity; its app settings are the contract with the bot's configuration. Only the Azure
// Bot Service may call it; it reaches the storage account through its own subnet; its logs go to Log
// Analytics.

@description('Name of the App Service plan.')
param planName string

@description('Name of the web app (globally unique: it becomes <name>.azurewebsites.net).')
@minLength(2)
@maxLength(60)
param webAppName string

@description('Azure region.')
param location string

@description('Tags for every resource.')
param tags object

@description('App Service plan tier. Basic (B1) is the smallest with "Always on".')
param planSkuName string

@description('Resource id of the user-assigned identity the web app runs as.')
param identityId string

@description('Client id of that identity: the bot\'s Microsoft App ID and the storage client.')
param identityClientId string

@description('Table service endpoint of the storage account.')
param tableServiceUri string

@description('Name of the Application Insights component.')
param appInsightsName string

@description('Resource id of the subnet the web app sends its outbound traffic through (virtual network integration).')
param outboundSubnetId string

@description('Resource id of the Log Analytics workspace that receives the web app\'s logs.')
param workspaceId string

@description('IANA time zone for dates the bot shows when a user\'s own is unknown.')
param defaultTimeZone string

@description('A file of the municipality\'s own question sets, relative to the app (empty: none).')
param additionalQuestionSetsFile string = ''

@secure()
@description('Privacy__AnonymityKey: the secret participant keys of anonymous rounds are keyed with.')
param anonymityKey string

resource appInsights 'Microsoft.Insights/components@2020-02-02' existing = {
  name: appInsightsName
}

resource plan 'Microsoft.Web/serverfarms@2024-04-01' = {
  name: planName
  location: location
  tags: tags
  kind: 'linux'
  sku: {
    name: planSkuName
  }
  properties: {
    reserved: true // Linux
  }
}

resource webApp 'Microsoft.Web/sites@2024-04-01' = {
  name: webAppName
  location: location
  tags: tags
  kind: 'app,linux'
  identity: {
    type: 'UserAssigned'
    userAssignedIdentities: {
      '${identityId}': {}
    }
  }
  properties: {
    serverFarmId: plan.id
    httpsOnly: true
    clientAffinityEnabled: false
    publicNetworkAccess: 'Enabled'
    // Outbound through the subnet that the storage firewall admits. Only private and service-endpoint
    // traffic takes that way (no "route all"): Teams, Entra ID and Application Insights are reached as before.
    virtualNetworkSubnetId: outboundSubnetId
    siteConfig: {
      vnetRouteAllEnabled: false
      linuxFxVersion: 'DOTNETCORE|10.0'
      alwaysOn: true
      healthCheckPath: '/healthz'
      http20Enabled: true
      minTlsVersion: '1.2'
      scmMinTlsVersion: '1.2'
      ftpsState: 'Disabled'
      // Only the Azure Bot Service may call the bot (Teams reaches it through the Bot Service). Everyone
      // else gets 403 before the app sees the request; the bot still checks the Bot Framework token.
      ipSecurityRestrictionsDefaultAction: 'Deny'
      ipSecurityRestrictions: [
        {
          name: 'Azure Bot Service'
          description: 'Teams messages arrive through the Azure Bot Service.'
          tag: 'ServiceTag'
          ipAddress: 'AzureBotService'
          action: 'Allow'
          priority: 100
        }
      ]
      // Deployments (az webapp deploy) go to the SCM site, which accepts only Microsoft Entra sign-ins
      // (basic auth is off below), from wherever the administrator is.
      scmIpSecurityRestrictionsUseMain: false
      scmIpSecurityRestrictionsDefaultAction: 'Allow'
      appSettings: [
        // Bot Framework authentication: the managed identity is the bot; no password.
        { name: 'MicrosoftAppType', value: 'UserAssignedMSI' }
        { name: 'MicrosoftAppId', value: identityClientId }
        { name: 'MicrosoftAppTenantId', value: tenant().tenantId }
        // Table Storage through Microsoft Entra ID with the same identity; no keys.
        { name: 'Storage__TableServiceUri', value: tableServiceUri }
        { name: 'Storage__ManagedIdentityClientId', value: identityClientId }
        { name: 'Bot__DefaultTimeZone', value: defaultTimeZone }
        // Empty, or a JSON file deployed with the bot (docs/deploy.md, "The municipality's own question sets").
        { name: 'Questions__AdditionalSetsFile', value: additionalQuestionSetsFile }
        { name: 'Privacy__AnonymityKey', value: anonymityKey }
        // Application Insights accepts only Entra tokens: the bot signs its telemetry with the same identity.
        { name: 'APPLICATIONINSIGHTS_CONNECTION_STRING', value: appInsights.properties.ConnectionString }
        { name: 'Telemetry__ManagedIdentityClientId', value: identityClientId }
        { name: 'ASPNETCORE_ENVIRONMENT', value: 'Production' }
        // The zip holds the output of `dotnet publish`: nothing to build on the server.
        { name: 'SCM_DO_BUILD_DURING_DEPLOYMENT', value: 'false' }
      ]
    }
  }
}

// Deployments sign in with Microsoft Entra ID (az webapp deploy does); no FTP or Kudu passwords.
resource ftpBasicAuth 'Microsoft.Web/sites/basicPublishingCredentialsPolicies@2024-04-01' = {
  parent: webApp
  name: 'ftp'
  properties: {
    allow: false
  }
}

resource scmBasicAuth 'Microsoft.Web/sites/basicPublishingCredentialsPolicies@2024-04-01' = {
  parent: webApp
  name: 'scm'
  properties: {
    allow: false
  }
}

// The web app's own logs (console output of the bot, HTTP requests, platform and access-restriction
// events) to Log Analytics, beside the tables' access logs.
resource webAppLogs 'Microsoft.Insights/diagnosticSettings@2021-05-01-preview' = {
  name: 'webapp-logs-to-log-analytics'
  scope: webApp
  properties: {
    workspaceId: workspaceId
    logs: [
      { categoryGroup: 'allLogs', enabled: true }
    ]
  }
}

@description('Name of the web app.')
output name string = webApp.name

@description('Default host name, e.g. <name>.azurewebsites.net: the bot\'s domain.')
output defaultHostName string = webApp.properties.defaultHostName
