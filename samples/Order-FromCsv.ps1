<#
.SYNOPSIS
    Buys a plan for every PBX in a CSV file: first a -WhatIf preview, then, with -Buy, the purchase with a
    journal so an interrupted run can be resumed without buying twice.
.DESCRIPTION
    Without -Buy the script only shows what would be bought (New-YsPlanOrder -WhatIf) and checks every row.
    With -Buy it buys, writes one journal line per row sent, exports the orders to <CsvPath>.orders.csv and
    the failed rows to <CsvPath>.failed.csv, ready to fix and run again.
    Connect first (Connect-YeastarPartner), or pass -Credential (client ID as user name, client secret as
    password; in Azure Automation: Get-AutomationPSCredential).
.EXAMPLE
    ./Order-FromCsv.ps1 -CsvPath devices.csv -Plan Enterprise -BillingContactId 3197218168379846218
    Shows what would be bought.
.EXAMPLE
    ./Order-FromCsv.ps1 -CsvPath devices.csv -Plan Enterprise -BillingContactId 3197218168379846218 -Buy -JournalPath orders.journal
    Buys, keeping the journal; running it again with the same journal skips the rows already bought.
#>
[CmdletBinding()]
param(
    [Parameter(Mandatory)] [string] $CsvPath,
    # Without -Plan or -BillingCycle, the CSV's Plan and BillingCycle columns are used (Monthly if absent).
    [ValidateSet('Standard', 'Enterprise', 'Ultimate')] [string] $Plan,
    [Parameter(Mandatory)] [long] $BillingContactId,
    [ValidateSet('Monthly', 'Annually')] [string] $BillingCycle,
    [switch] $Buy,
    [string] $JournalPath = "$CsvPath.journal",
    [pscredential] $Credential,
    [uri] $BaseUri
)
$ErrorActionPreference = 'Stop'
Import-Module YeastarPartner

if ($Credential) {
    $connect = @{ Credential = $Credential }
    if ($BaseUri) { $connect.BaseUri = $BaseUri }
    Connect-YeastarPartner @connect
}
$rows = Import-Csv $CsvPath
# A value on the command line applies to every row, so pass only the ones given.
$order = @{ BillingContactId = $BillingContactId }
foreach ($name in 'Plan', 'BillingCycle') { if ($PSBoundParameters.ContainsKey($name)) { $order[$name] = $PSBoundParameters[$name] } }

if (-not $Buy) {
    # The preview sends nothing; rows that break a rule are reported here already.
    $rows | New-YsPlanOrder @order -WhatIf -ErrorAction Continue
    Write-Host "Nothing was bought. Run again with -Buy to buy the $(@($rows).Count) rows."
    return
}

# -JournalPath records every row (Succeeded, Failed, Unknown or Skipped), skips rows already bought by an
# earlier run and, with -Reconcile, settles the rows whose outcome was unknown first.
$order.JournalPath = $JournalPath
$order.Reconcile = $true

$orders = $rows | New-YsPlanOrder @order -Confirm:$false -ErrorAction SilentlyContinue -ErrorVariable failed
$orders | Export-Csv "$CsvPath.orders.csv" -NoTypeInformation
$orders | Format-Table

if ($failed) {
    $failed | ForEach-Object { Write-Warning "$($_.FullyQualifiedErrorId -replace ',.*'): $($_.ErrorDetails.Message)" }
    # Each error's TargetObject is its input row, so the failed rows can be fixed and sent again.
    $failed.TargetObject | Export-Csv "$CsvPath.failed.csv" -NoTypeInformation
    Write-Warning "$(@($failed).Count) rows failed; see $CsvPath.failed.csv."
}
