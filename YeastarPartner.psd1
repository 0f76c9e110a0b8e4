@{
    RootModule             = 'YeastarPartner.dll'
    ModuleVersion          = '0.1.0'
    CompatiblePSEditions   = @('Desktop', 'Core')
    GUID                   = '6f0b6a52-3a1e-4d3c-9a55-2f7f0c1e8b41'
    Author                 = 'YeastarPartner contributors'
    # An independent community project: the Gallery shows this as the publisher, so it must not read as Yeastar.
    CompanyName            = 'YeastarPartner community project (independent of Yeastar)'
    Copyright              = '(c) YeastarPartner contributors. MIT License.'
    Description            = 'Buy and manage Yeastar subscriptions through the Yeastar Partner Portal API: typed objects, CSV batch purchasing that never buys twice, Azure Automation ready. An independent community module for Yeastar partners, not made or supported by Yeastar.'
    PowerShellVersion      = '5.1'
    # Windows PowerShell checks this only up to 4.5: the nested module below gives the real check and its message.
    DotNetFrameworkVersion = '4.7.2'
    NestedModules          = @('YeastarPartner.Requirements.psm1')
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
            Tags         = @('Yeastar', 'PartnerPortal', 'PBX', 'Subscription', 'Licensing', 'API', 'AzureAutomation', 'Windows', 'Linux', 'MacOS', 'PSEdition_Desktop', 'PSEdition_Core')
            ProjectUri   = 'https://github.com/yeastarpartner/YeastarPartner'
            LicenseUri   = 'https://github.com/yeastarpartner/YeastarPartner/blob/main/LICENSE'
            # build.ps1 replaces this with the CHANGELOG.md section of ModuleVersion when it stages the module.
            ReleaseNotes = 'See CHANGELOG.md.'
        }
    }
}
