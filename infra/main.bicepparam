// Parameters for infra/main.bicep. Change namePrefix to your own short name (3-11 lowercase
// letters and digits); the rest are sensible defaults for one municipality.
using 'main.bicep'

param namePrefix = 'barnratt'
param appServicePlanSku = 'B1'
param botSku = 'F0'
param botDisplayName = 'Barnrättsresan'
param defaultTimeZone = 'Europe/Stockholm'
param storageSku = 'Standard_LRS'
param logRetentionInDays = 30
param virtualNetworkAddressPrefix = '10.0.0.0/24'
