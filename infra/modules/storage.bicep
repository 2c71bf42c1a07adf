// Storage account for the bot's tables. Only Microsoft Entra ID access (no shared keys), HTTPS and
// TLS 1.2, no public blobs; the bot's identity gets "Storage Table Data Contributor" on it.

@description('Storage account name: 3-24 lowercase letters and digits, globally unique.')
@minLength(3)
@maxLength(24)
param name string

@description('Azure region.')
param location string

@description('Tags for every resource.')
param tags object

@description('Name of the user-assigned identity (in this resource group) that reads and writes the tables.')
param dataContributorIdentityName string

@description('Replication of the storage account.')
@allowed([
  'Standard_LRS'
  'Standard_ZRS'
  'Standard_GRS'
])
param skuName string

// Built-in role "Storage Table Data Contributor".
var tableDataContributorRoleId = '0a9a7e1f-b9d0-4cc4-a60d-0319b160aaa3'

resource dataContributor 'Microsoft.ManagedIdentity/userAssignedIdentities@2023-01-31' existing = {
  name: dataContributorIdentityName
}

resource storage 'Microsoft.Storage/storageAccounts@2023-05-01' = {
  name: name
  location: location
  tags: tags
  kind: 'StorageV2'
  sku: {
    name: skuName
  }
  properties: {
    accessTier: 'Hot'
    allowSharedKeyAccess: false
    defaultToOAuthAuthentication: true
    supportsHttpsTrafficOnly: true
    minimumTlsVersion: 'TLS1_2'
    allowBlobPublicAccess: false
    allowCrossTenantReplication: false
    publicNetworkAccess: 'Enabled'
    networkAcls: {
      defaultAction: 'Allow'
      bypass: 'AzureServices'
    }
  }
}

resource tableService 'Microsoft.Storage/storageAccounts/tableServices@2023-05-01' = {
  parent: storage
  name: 'default'
}

resource tableDataContributor 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(storage.id, dataContributor.id, tableDataContributorRoleId)
  scope: storage
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', tableDataContributorRoleId)
    principalId: dataContributor.properties.principalId
    principalType: 'ServicePrincipal'
  }
}

@description('Name of the storage account.')
output name string = storage.name

@description('Table service endpoint, e.g. https://<account>.table.core.windows.net/.')
output tableEndpoint string = storage.properties.primaryEndpoints.table
