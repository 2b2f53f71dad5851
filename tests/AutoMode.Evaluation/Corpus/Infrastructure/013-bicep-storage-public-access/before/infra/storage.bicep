param location string = resourceGroup().location

resource labels 'Microsoft.Storage/storageAccounts@2023-01-01' = {
  name: 'contososhiplabels'
  location: location
  sku: { name: 'Standard_ZRS' }
  kind: 'StorageV2'
  properties: {
    allowBlobPublicAccess: false
    publicNetworkAccess: 'Disabled'
    minimumTlsVersion: 'TLS1_2'
  }
}
