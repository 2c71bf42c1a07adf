// A small virtual network whose only subnet carries the web app's outbound traffic (App Service virtual
// network integration). The subnet has the Microsoft.Storage service endpoint, so the storage account's
// firewall can admit this subnet and nothing else. No gateway, no NAT, no private endpoint: free of charge.
// docs/deploy.md explains this choice and what a private endpoint would add.

@description('Name of the virtual network.')
param name string

@description('Azure region: the web app\'s and the storage account\'s.')
param location string

@description('Tags for every resource.')
param tags object

@description('Address range of the virtual network, e.g. 10.0.0.0/24. The web app\'s subnet is its first /26.')
param addressPrefix string

var subnetName = 'webapp-outbound'

resource vnet 'Microsoft.Network/virtualNetworks@2024-05-01' = {
  name: name
  location: location
  tags: tags
  properties: {
    addressSpace: {
      addressPrefixes: [
        addressPrefix
      ]
    }
    subnets: [
      {
        name: subnetName
        properties: {
          // 64 addresses: one per web app instance, doubled for a while during a scale operation.
          addressPrefix: cidrSubnet(addressPrefix, 26, 0)
          delegations: [
            {
              name: 'app-service'
              properties: {
                serviceName: 'Microsoft.Web/serverFarms'
              }
            }
          ]
          serviceEndpoints: [
            {
              service: 'Microsoft.Storage'
              locations: [
                location
              ]
            }
          ]
        }
      }
    ]
  }
}

@description('Resource id of the web app\'s outbound subnet.')
output subnetId string = vnet.properties.subnets[0].id
