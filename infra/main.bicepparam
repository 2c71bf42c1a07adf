// Parameters for infra/main.bicep. Change namePrefix to your own short name (3-11 lowercase
// letters and digits); the rest are sensible defaults for one municipality.
using 'main.bicep'

param namePrefix = 'barnratt'

// The anonymity key comes from the environment, never from this file: ANONYMITY_KEY=$(openssl rand -base64 32),
// kept in a safe place (see docs/deploy.md, "The anonymity key").
param anonymityKey = readEnvironmentVariable('ANONYMITY_KEY')
param appServicePlanSku = 'B1'
param botSku = 'F0'
param botDisplayName = 'Barnrättsresan'
param defaultTimeZone = 'Europe/Stockholm'
param additionalQuestionSetsFile = ''
param storageSku = 'Standard_LRS'
param logRetentionInDays = 30
param virtualNetworkAddressPrefix = '10.0.0.0/24'
