// Storage account for the bot's tables. Only Microsoft Entra ID access (no shared keys), HTTPS and
// TLS 1.2, no public blobs; the bot's identity gets "Storage Table Data Contributor" on it. Its firewall
// admits only the web app's subnet; every read, write and delete on the tables is logged to Log Analytics;
// a delete lock keeps the account (and so the answers) from being removed by mistake.

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

@description('Resource id of the web app\'s outbound subnet: the only network the firewall admits.')
param allowedSubnetId string

@description('Resource id of the Log Analytics workspace that receives the table access logs.')
param workspaceId string

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
    // The public endpoint stays, but its firewall denies everyone except the web app's subnet (service
    // endpoint). IP rules with the web app's outbound addresses would not work: Azure Storage ignores IP
    // rules for traffic from its own region, and those addresses change with the plan. No trusted-service
    // bypass: nothing but the bot reads these tables. docs/deploy.md tells how to open it for an operator.
    publicNetworkAccess: 'Enabled'
    networkAcls: {
      defaultAction: 'Deny'
      bypass: 'None'
      virtualNetworkRules: [
        {
          id: allowedSubnetId
          action: 'Allow'
        }
      ]
      ipRules: []
    }
  }
}

resource tableService 'Microsoft.Storage/storageAccounts/tableServices@2023-05-01' = {
  parent: storage
  name: 'default'
}

// The audit trail: who (which identity, from which address) read, wrote or deleted what in the tables.
resource tableLogs 'Microsoft.Insights/diagnosticSettings@2021-05-01-preview' = {
  name: 'table-access-to-log-analytics'
  scope: tableService
  properties: {
    workspaceId: workspaceId
    logs: [
      { category: 'StorageRead', enabled: true }
      { category: 'StorageWrite', enabled: true }
      { category: 'StorageDelete', enabled: true }
    ]
  }
}

// A lock against deleting the account itself (data-plane deletes, such as the bot's retention sweep, are
// not affected). Remove it on purpose before removing the deployment: see docs/deploy.md.
resource deleteLock 'Microsoft.Authorization/locks@2020-05-01' = {
  name: 'do-not-delete-barnrattsresan-answers'
  scope: storage
  properties: {
    level: 'CanNotDelete'
    notes: 'Holds the Barnrättsresan bot\'s rounds and answers. Retention is handled by the bot; remove this lock only to retire the deployment.'
  }
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
