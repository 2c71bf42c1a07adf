// Linux App Service plan and the web app that runs the bot (.NET 10). The web app runs as the
// user-assigned identity; its app settings are the contract with the bot's configuration.

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

@description('IANA time zone for dates the bot shows when a user\'s own is unknown.')
param defaultTimeZone string

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
    siteConfig: {
      linuxFxVersion: 'DOTNETCORE|10.0'
      alwaysOn: true
      healthCheckPath: '/healthz'
      http20Enabled: true
      minTlsVersion: '1.2'
      scmMinTlsVersion: '1.2'
      ftpsState: 'Disabled'
      appSettings: [
        // Bot Framework authentication: the managed identity is the bot; no password.
        { name: 'MicrosoftAppType', value: 'UserAssignedMSI' }
        { name: 'MicrosoftAppId', value: identityClientId }
        { name: 'MicrosoftAppTenantId', value: tenant().tenantId }
        // Table Storage through Microsoft Entra ID with the same identity; no keys.
        { name: 'Storage__TableServiceUri', value: tableServiceUri }
        { name: 'Storage__ManagedIdentityClientId', value: identityClientId }
        { name: 'Bot__DefaultTimeZone', value: defaultTimeZone }
        { name: 'APPLICATIONINSIGHTS_CONNECTION_STRING', value: appInsights.properties.ConnectionString }
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

@description('Name of the web app.')
output name string = webApp.name

@description('Default host name, e.g. <name>.azurewebsites.net: the bot\'s domain.')
output defaultHostName string = webApp.properties.defaultHostName
