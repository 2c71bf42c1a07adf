// Barnrättsresan: everything the Teams bot needs in one resource group. Its one secret, the anonymity key, comes in
// as a secure parameter (from the ANONYMITY_KEY environment variable through main.bicepparam).
//   az deployment group create --resource-group <rg> --parameters infra/main.bicepparam
// See docs/deploy.md.

targetScope = 'resourceGroup'

@description('Short prefix for resource names: 3-11 lowercase letters and digits, e.g. "barnratt" or your municipality\'s short name.')
@minLength(3)
@maxLength(11)
param namePrefix string

@secure()
@minLength(44)
@description('The secret that keeps anonymous answers unlinkable for anyone who can read the storage account (Privacy__AnonymityKey): base64 of at least 32 random bytes, for example `openssl rand -base64 32`. Keep a copy: a new key cuts people off from their saved answers.')
param anonymityKey string

@description('Azure region of the resources. The Azure Bot resource itself is global.')
param location string = resourceGroup().location

@description('App Service plan tier. B1 suits a municipality; P0v3/P1v3 for many teams or zone redundancy.')
@allowed([
  'B1'
  'B2'
  'B3'
  'S1'
  'P0v3'
  'P1v3'
])
param appServicePlanSku string = 'B1'

@description('Azure Bot tier: F0 (free; Microsoft Teams is a standard channel) or S1.')
@allowed([
  'F0'
  'S1'
])
param botSku string = 'F0'

@description('Name shown for the bot in the Azure Bot resource.')
@maxLength(42)
param botDisplayName string = 'Barnrättsresan'

@description('Time zone the bot uses for dates when a user\'s own is unknown (IANA name).')
param defaultTimeZone string = 'Europe/Stockholm'

@description('Optional: a JSON file of the municipality\'s own question sets, in the shape of the built-in question-sets.json, deployed with the bot (a path relative to the app, e.g. "config/egna-fragor.json"). Empty: only the built-in sets. See docs/deploy.md.')
param additionalQuestionSetsFile string = ''

@description('Storage replication: LRS is enough for discussion answers; ZRS or GRS for more resilience.')
@allowed([
  'Standard_LRS'
  'Standard_ZRS'
  'Standard_GRS'
])
param storageSku string = 'Standard_LRS'

@description('Days Log Analytics keeps the bot\'s logs.')
@minValue(30)
@maxValue(730)
param logRetentionInDays int = 30

@description('Address range of the bot\'s small virtual network (only the web app\'s outbound subnet, a /26, is used). Change it only if it must not overlap a network you will peer with.')
param virtualNetworkAddressPrefix string = '10.0.0.0/24'

@description('Tags for every resource.')
param tags object = {
  application: 'barnrattsresan'
}

// Names: the prefix plus a hash of the resource group, so two deployments never collide and a
// redeployment to the same group reuses the same resources.
var prefix = toLower(namePrefix)
var suffix = uniqueString(resourceGroup().id, prefix)
var names = {
  identity: '${prefix}-id-${suffix}'
  vnet: '${prefix}-vnet-${suffix}'
  storage: take('${replace(prefix, '-', '')}st${suffix}', 24)
  workspace: '${prefix}-log-${suffix}'
  appInsights: '${prefix}-appi-${suffix}'
  plan: '${prefix}-plan-${suffix}'
  webApp: '${prefix}-app-${suffix}'
  bot: '${prefix}-bot-${suffix}'
}

module identity 'modules/identity.bicep' = {
  name: 'identity'
  params: {
    name: names.identity
    location: location
    tags: tags
  }
}

module network 'modules/network.bicep' = {
  name: 'network'
  params: {
    name: names.vnet
    location: location
    tags: tags
    addressPrefix: virtualNetworkAddressPrefix
  }
}

module monitoring 'modules/monitoring.bicep' = {
  name: 'monitoring'
  params: {
    workspaceName: names.workspace
    appInsightsName: names.appInsights
    location: location
    tags: tags
    retentionInDays: logRetentionInDays
    publisherIdentityName: names.identity
  }
  dependsOn: [identity]
}

module storage 'modules/storage.bicep' = {
  name: 'storage'
  params: {
    name: names.storage
    location: location
    tags: tags
    skuName: storageSku
    dataContributorIdentityName: names.identity
    allowedSubnetId: network.outputs.subnetId
    workspaceId: monitoring.outputs.workspaceId
  }
  dependsOn: [identity]
}

module webApp 'modules/webApp.bicep' = {
  name: 'webApp'
  params: {
    planName: names.plan
    webAppName: names.webApp
    location: location
    tags: tags
    planSkuName: appServicePlanSku
    identityId: identity.outputs.id
    identityClientId: identity.outputs.clientId
    tableServiceUri: storage.outputs.tableEndpoint
    appInsightsName: names.appInsights
    outboundSubnetId: network.outputs.subnetId
    workspaceId: monitoring.outputs.workspaceId
    defaultTimeZone: defaultTimeZone
    additionalQuestionSetsFile: additionalQuestionSetsFile
    anonymityKey: anonymityKey
  }
}

module bot 'modules/bot.bicep' = {
  name: 'bot'
  params: {
    name: names.bot
    displayName: botDisplayName
    tags: tags
    skuName: botSku
    endpoint: 'https://${webApp.outputs.defaultHostName}/api/messages'
    identityId: identity.outputs.id
    identityClientId: identity.outputs.clientId
    tenantId: tenant().tenantId
  }
}

@description('BOT_ID for the Teams app package: the bot\'s Microsoft App ID (the managed identity\'s client id).')
output botId string = identity.outputs.clientId

@description('BOT_DOMAIN for the Teams app package: the web app\'s host name.')
output botDomain string = webApp.outputs.defaultHostName

@description('Web app to deploy the bot to (az webapp deploy --name).')
output webAppName string = webApp.outputs.name

@description('The bot\'s messaging endpoint.')
output messagingEndpoint string = 'https://${webApp.outputs.defaultHostName}/api/messages'

@description('Azure Bot resource name.')
output botResourceName string = bot.outputs.name

@description('Storage account holding the bot\'s tables.')
output storageAccountName string = storage.outputs.name

@description('Managed identity the bot runs as.')
output identityName string = identity.outputs.name
