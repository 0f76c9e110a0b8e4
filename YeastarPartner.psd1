@{
    RootModule             = 'YeastarPartner.dll'
    ModuleVersion          = '0.1.0'
    CompatiblePSEditions   = @('Desktop', 'Core')
    GUID                   = '6f0b6a52-3a1e-4d3c-9a55-2f7f0c1e8b41'
    Author                 = 'YeastarPartner contributors'
    CompanyName            = 'YeastarPartner'
    Copyright              = '(c) YeastarPartner contributors. MIT License.'
    Description            = 'Buy and manage Yeastar subscriptions through the Yeastar Partner Portal API: typed objects, CSV batch purchasing that never buys twice, Azure Automation ready.'
    PowerShellVersion      = '5.1'
    DotNetFrameworkVersion = '4.7.2'
    FormatsToProcess       = @('YeastarPartner.format.ps1xml')
    CmdletsToExport        = @(
        'Connect-YeastarPartner'
        'Disconnect-YeastarPartner'
        'Get-YsConnection'
        'Get-YsBillingContact'
        'New-YsPlanOrder'
        'New-YsServiceOrder'
        'Get-YsOrder'
        'Get-YsAvailableProduct'
        'Get-YsOffering'
        'Get-YsPrice'
        'Get-YsAutoRenewal'
        'Enable-YsAutoRenewal'
        'Get-YsActivationCode'
        'Get-YsProduct'
        'Get-YsProductModel'
        'Get-YsRegion'
        'Test-YsPbxUrl'
        'Get-YsSubordinateUser'
        'New-YsSubordinateUser'
        'Set-YsSubordinateUser'
        'Get-YsCountry'
        'Invoke-YsApiRequest'
    )
    FunctionsToExport      = @()
    VariablesToExport      = @()
    AliasesToExport        = @()
    PrivateData            = @{
        PSData = @{
            Tags         = @('Yeastar', 'PartnerPortal', 'PBX', 'Subscription', 'Licensing', 'AzureAutomation', 'PSEdition_Desktop', 'PSEdition_Core')
            ProjectUri   = 'https://github.com/yeastarpartner/YeastarPartner'
            LicenseUri   = 'https://github.com/yeastarpartner/YeastarPartner/blob/main/LICENSE'
            ReleaseNotes = 'https://github.com/yeastarpartner/YeastarPartner/blob/main/CHANGELOG.md'
        }
    }
}
