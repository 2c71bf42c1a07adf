// Log Analytics workspace and a workspace-based Application Insights for the bot's telemetry. Application
// Insights accepts data only with a Microsoft Entra token (local authentication off): the bot's identity
// gets "Monitoring Metrics Publisher" on it, so the connection string alone lets no one send data.

@description('Name of the Log Analytics workspace.')
param workspaceName string

@description('Name of the Application Insights component.')
param appInsightsName string

@description('Azure region.')
param location string

@description('Tags for every resource.')
param tags object

@description('Days the logs are kept.')
@minValue(30)
@maxValue(730)
param retentionInDays int

@description('Name of the user-assigned identity (in this resource group) that sends the telemetry.')
param publisherIdentityName string

// Built-in role "Monitoring Metrics Publisher": may send telemetry to Application Insights with Entra ID.
var metricsPublisherRoleId = '3913510d-42f4-4e42-8a64-420c390055eb'

resource publisher 'Microsoft.ManagedIdentity/userAssignedIdentities@2023-01-31' existing = {
  name: publisherIdentityName
}

resource workspace 'Microsoft.OperationalInsights/workspaces@2023-09-01' = {
  name: workspaceName
  location: location
  tags: tags
  properties: {
    sku: {
      name: 'PerGB2018'
    }
    retentionInDays: retentionInDays
    features: {
      // No ingestion with the workspace's shared keys; diagnostic settings and Application Insights do not need them.
      disableLocalAuth: true
    }
  }
}

resource appInsights 'Microsoft.Insights/components@2020-02-02' = {
  name: appInsightsName
  location: location
  tags: tags
  kind: 'web'
  properties: {
    Application_Type: 'web'
    WorkspaceResourceId: workspace.id
    IngestionMode: 'LogAnalytics'
    DisableLocalAuth: true
  }
}

resource metricsPublisher 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(appInsights.id, publisher.id, metricsPublisherRoleId)
  scope: appInsights
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', metricsPublisherRoleId)
    principalId: publisher.properties.principalId
    principalType: 'ServicePrincipal'
  }
}

@description('Name of the Application Insights component (the web app reads its connection string).')
output appInsightsName string = appInsights.name

@description('Resource id of the Log Analytics workspace, for diagnostic settings.')
output workspaceId string = workspace.id
