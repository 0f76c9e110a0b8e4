<#
.SYNOPSIS
    The README demo: connect to a Partner Portal (the local sandbox), list billing contacts, and buy the
    Enterprise plan for every serial number of a CSV.
#>
param(
    [Parameter(Mandatory)] [string] $ModulePath,
    [Parameter(Mandatory)] [uri] $BaseUri,
    [Parameter(Mandatory)] [string] $CsvPath
)
$ErrorActionPreference = 'Stop'
if ($PSStyle) { $PSStyle.OutputRendering = 'PlainText' }
Import-Module $ModulePath

# The sandbox's demo credentials. Against the real portal: the client ID and secret from System > API.
$secret = ConvertTo-SecureString 'sandbox-client-secret' -AsPlainText -Force
$cred = [pscredential]::new('sandbox-client-id', $secret)
Connect-YeastarPartner -Credential $cred -BaseUri $BaseUri

Write-Host "`nBilling contacts:"
Get-YsBillingContact | Format-Table | Out-String -Width 120 | Write-Host

Write-Host "Buying the Enterprise plan for the devices in $(Split-Path $CsvPath -Leaf) (skipping a device the Partner Portal already has an order for since yesterday):"
$orders = Import-Csv $CsvPath | New-YsPlanOrder -Plan Enterprise -BillingContactId 3197218168379846218 -SkipOrderedSince (Get-Date).AddDays(-1) -Confirm:$false
$orders | Format-Table | Out-String -Width 120 | Write-Host
if (@($orders).Count -ne @(Import-Csv $CsvPath).Count) { throw "Expected one order per CSV row." }
