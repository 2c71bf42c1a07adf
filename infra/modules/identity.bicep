// The user-assigned managed identity that is both the bot's Microsoft App ID and the web app's
// identity towards Table Storage: no passwords or keys anywhere.

@description('Name of the managed identity.')
param name string

@description('Azure region.')
param location string

@description('Tags for every resource.')
param tags object

resource identity 'Microsoft.ManagedIdentity/userAssignedIdentities@2023-01-31' = {
  name: name
  location: location
  tags: tags
}

@description('Resource id of the identity.')
output id string = identity.id

@description('Client (application) id: the bot\'s Microsoft App ID.')
output clientId string = identity.properties.clientId

@description('Principal (object) id, for role assignments.')
output principalId string = identity.properties.principalId

@description('Name of the identity.')
output name string = identity.name
