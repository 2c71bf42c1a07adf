// Azure Bot registration whose Microsoft App ID is the user-assigned managed identity (no client
// secret), with the Microsoft Teams channel.

@description('Name (handle) of the Azure Bot resource, globally unique.')
@minLength(2)
@maxLength(64)
param name string

@description('Display name of the bot.')
param displayName string

@description('Tags for every resource.')
param tags object

@description('Bot Service tier: F0 is free (Teams is a standard channel), S1 is paid.')
@allowed([
  'F0'
  'S1'
])
param skuName string

@description('Messaging endpoint, https://<web app host>/api/messages.')
param endpoint string

@description('Resource id of the user-assigned identity.')
param identityId string

@description('Client id of the identity: the bot\'s Microsoft App ID.')
param identityClientId string

@description('Microsoft Entra tenant of the identity.')
param tenantId string

resource bot 'Microsoft.BotService/botServices@2022-09-15' = {
  name: name
  location: 'global'
  tags: tags
  kind: 'azurebot'
  sku: {
    name: skuName
  }
  properties: {
    displayName: displayName
    endpoint: endpoint
    msaAppType: 'UserAssignedMSI'
    msaAppId: identityClientId
    msaAppTenantId: tenantId
    msaAppMSIResourceId: identityId
  }
}

resource teamsChannel 'Microsoft.BotService/botServices/channels@2022-09-15' = {
  parent: bot
  name: 'MsTeamsChannel'
  location: 'global'
  properties: {
    channelName: 'MsTeamsChannel'
    properties: {
      isEnabled: true
    }
  }
}

@description('Name of the Azure Bot resource.')
output name string = bot.name
