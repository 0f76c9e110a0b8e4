<#
.SYNOPSIS
    Azure Automation runbook: renews every Yeastar product that expires within N days, never twice and never
    above a budget, and writes one result per product and a summary with the total per currency.
.DESCRIPTION
    Runs unattended on the Azure Automation PowerShell 5.1 and 7.4 runtimes, on a Hybrid Runbook Worker, or
    locally. The client ID and secret come from an Automation credential asset (user name = client ID,
    password = client secret) through Get-AutomationPSCredential; outside Azure Automation pass -Credential.

    What expires is read from the Partner Portal: Get-YsProduct -ExpiringWithin lists the products of every
    product line the account can buy, soonest first, and pipes them unchanged into
    New-YsPlanOrder -Operation Renew (each product keeps its plan and billing cycle; an annual plan renews for
    one year).

    Safe to run again, however the job ended:
    - the Partner Portal guard (-SkipOrderedWithinDays, 7 by default) skips a product that already has a
      renewal order created in that window, with no local state;
    - the journal (-JournalPath, read with -Reconcile at the start of every run) skips what an earlier run
      renewed and settles the orders whose outcome was unknown;
    - -MaxTotal with -Currency caps what one run may spend, by the Partner Portal's prices before ordering
      (the invoice is the final word): a renewal that would go above it, or whose price is unknown, is
      refused, and so is every later one.
.PARAMETER CredentialName
    The name of the Automation credential asset that holds the Partner Portal client ID and secret.
.PARAMETER Credential
    The client ID (user name) and client secret (password), for runs outside Azure Automation.
.PARAMETER ExpiringWithinDays
    Renews the products that expire within this many days (or have expired).
.PARAMETER BillingContactId
    The billing contact every renewal is billed to, as digits (a string, so no job input can round it).
.PARAMETER MaxTotal
    The most one run may spend, in -Currency; 0 means no cap.
.PARAMETER Currency
    The currency of -MaxTotal.
.PARAMETER BaseUri
    The Partner Portal API address; the default is the real portal.
.PARAMETER SkipOrderedWithinDays
    A product with a renewal order created in the last N days is skipped; 0 turns the check off.
.PARAMETER JournalPath
    The journal CSV file, or the shared journal once it exists; by default a stable file in a folder that
    lasts on a Hybrid Runbook Worker.
.EXAMPLE
    Start-AzAutomationRunbook -AutomationAccountName ops -ResourceGroupName rg -Name Renew-Yeastar -Parameters @{
        ExpiringWithinDays = 30; BillingContactId = '3197218168379846218'; MaxTotal = 5000; Currency = 'USD' }

    Starts the monthly renewal job in Azure Automation with the credential asset named YeastarPartner.
.EXAMPLE
    ./Renew-Expiring-Runbook.ps1 -Credential (Get-Credential) -BillingContactId 3197218168379846218 -MaxTotal 500 -BaseUri http://127.0.0.1:5199

    Rehearses the runbook locally against the sandbox.
#>
[CmdletBinding()]
[OutputType([pscustomobject])]
param(
    [ValidateNotNullOrEmpty()]
    [string] $CredentialName = 'YeastarPartner',

    [pscredential] $Credential,

    [ValidateRange(0, 366)]
    [int] $ExpiringWithinDays = 30,

    [Parameter(Mandatory = $true)]
    [ValidatePattern('^\d{1,19}$')]
    [string] $BillingContactId,

    [ValidateRange(0, 100000000)]
    [decimal] $MaxTotal = 0,

    [ValidatePattern('^[A-Za-z]{3}$')]
    [string] $Currency = 'USD',

    [uri] $BaseUri = 'https://openapi.partner.yeastar.com',

    [ValidateRange(0, 366)]
    [int] $SkipOrderedWithinDays = 7,

    [string] $JournalPath
)

# Written for both runtimes: no PowerShell 7-only syntax.
$ErrorActionPreference = 'Stop'
$ProgressPreference = 'SilentlyContinue'

function Get-PartnerCredential {
    if ($Credential) { return $Credential }
    if (-not (Get-Command Get-AutomationPSCredential -ErrorAction SilentlyContinue)) {
        throw 'No credential: outside Azure Automation pass -Credential (user name = client ID, password = client secret).'
    }
    $asset = Get-AutomationPSCredential -Name $CredentialName
    if (-not $asset) { throw "The Automation credential asset '$CredentialName' was not found. Create it under Shared Resources > Credentials, or pass -CredentialName." }
    $asset
}

function Get-DefaultJournalPath {
    # One journal per billing contact, in a folder that outlives the job on a Hybrid Runbook Worker.
    $base = if ([Environment]::OSVersion.Platform -eq 'Win32NT') { [Environment]::GetFolderPath('CommonApplicationData') } else { [Environment]::GetFolderPath('LocalApplicationData') }
    Join-Path (Join-Path (Join-Path $base 'YeastarPartner') 'Journals') "renewals-$BillingContactId.csv"
}

function ConvertTo-RowResult($Record) {
    if ($Record -is [System.Management.Automation.ErrorRecord]) {
        $target = $Record.TargetObject
        $serialNumber = if ($target -and $target.PSObject.Properties['ProductNo']) { $target.ProductNo } else { [string]$target }
        $errorId = ($Record.FullyQualifiedErrorId -split ',')[0]
        $outcome = if ($errorId -in 'OrderOutcomeUnknown', 'OrderOutcomeUnsettled') { 'Unknown' }
                   elseif ($errorId -in 'OrderLimitReached', 'BudgetExceeded', 'PriceUnknown') { 'Refused' }
                   else { 'Failed' }
        [pscustomobject]@{
            PSTypeName = 'YeastarPartner.RenewalRow'; SerialNumber = $serialNumber; Outcome = $outcome
            OrderNo = $null; Price = $null; Currency = $null; ErrorId = $errorId
            Message = if ($Record.ErrorDetails) { $Record.ErrorDetails.Message } else { $Record.Exception.Message }
        }
        return
    }
    [pscustomobject]@{
        PSTypeName = 'YeastarPartner.RenewalRow'; SerialNumber = $Record.SerialNumber; Outcome = $Record.Outcome
        OrderNo = $Record.OrderNo; Price = $Record.Price; Currency = $Record.Currency; ErrorId = $null; Message = $null
    }
}

$started = [DateTimeOffset]::Now
if (-not $JournalPath) { $JournalPath = Get-DefaultJournalPath }

Import-Module YeastarPartner
Connect-YeastarPartner -Credential (Get-PartnerCredential) -BaseUri $BaseUri
$counts = @{ Succeeded = 0; Skipped = 0; Refused = 0; Failed = 0; Unknown = 0 }
$spent = @{}
$products = @()
try {
    $products = @(Get-YsProduct -ExpiringWithin $ExpiringWithinDays)
    $order = @{
        Operation = 'Renew'; BillingContactId = $BillingContactId; JournalPath = $JournalPath; Reconcile = $true
        Confirm = $false; ErrorAction = 'Continue'; WarningAction = 'SilentlyContinue'
    }
    if ($MaxTotal -gt 0) { $order.MaxTotal = $MaxTotal; $order.Currency = $Currency }
    if ($SkipOrderedWithinDays -gt 0) { $order.SkipOrderedSince = $started.AddDays(-$SkipOrderedWithinDays).LocalDateTime }
    if ($products.Count -gt 0) {
        # Errors join the output (2>&1): every product, renewed or not, is one result in the order it completed.
        $products | New-YsPlanOrder @order 2>&1 | ForEach-Object {
            $result = ConvertTo-RowResult $_
            $counts[$result.Outcome]++
            if ($result.Outcome -eq 'Succeeded' -and $null -ne $result.Price) { $spent[$result.Currency] = [decimal]$spent[$result.Currency] + $result.Price }
            $result
        }
    }
}
finally {
    Disconnect-YeastarPartner
}

[pscustomobject]@{
    PSTypeName     = 'YeastarPartner.RenewalSummary'
    Expiring       = $products.Count
    Renewed        = $counts.Succeeded
    Skipped        = $counts.Skipped
    RefusedByCap   = $counts.Refused
    Failed         = $counts.Failed
    OutcomeUnknown = $counts.Unknown
    # The Partner Portal's prices before ordering, e.g. "400.00 USD"; the invoice is the final word.
    Total          = @($spent.Keys | Sort-Object | ForEach-Object { '{0} {1}' -f $spent[$_].ToString('0.00', [Globalization.CultureInfo]::InvariantCulture), $_ }) -join '; '
    JournalPath    = $JournalPath
    Started        = $started
    Finished       = [DateTimeOffset]::Now
}
