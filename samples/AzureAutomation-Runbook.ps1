<#
.SYNOPSIS
    Azure Automation runbook: buys Yeastar plans for every device of a CSV, keeps a journal, and writes
    one summary object.
.DESCRIPTION
    Runs unattended on the Azure Automation PowerShell 5.1 and 7.4 runtimes, on a Hybrid Runbook Worker,
    or locally. The client ID and secret come from an Automation credential asset (user name = client ID,
    password = client secret) through Get-AutomationPSCredential; outside Azure Automation pass
    -Credential instead.

    Each row is one device: a SerialNumber (or SN, Serial, SerialNo, ProductNo) column, and optional Plan,
    BillingCycle, MultiCycle, BillingContactId and PoNumber columns. -Plan and -BillingContactId apply to
    every row. Purchases run with -Confirm:$false because a job cannot answer a prompt.

    Azure Automation caps what a job stream holds, so the detail is in objects and the journal, not in
    host text: the summary lists every order and every failed row, and the journal (New-YsPlanOrder
    -JournalPath) holds one line per row. In the Azure sandbox the journal lives only as long as the job;
    on a Hybrid Runbook Worker point -JournalPath at a lasting folder, so that running the same CSV again
    skips the rows already bought.
.PARAMETER CredentialName
    The name of the Automation credential asset that holds the Partner Portal client ID and secret.
.PARAMETER Credential
    The client ID (user name) and client secret (password), for runs outside Azure Automation.
.PARAMETER CsvPath
    The CSV of devices: a file path, or an http(s) URL such as a storage blob SAS URL (never logged).
.PARAMETER Plan
    The plan for every row (Standard, Enterprise or Ultimate); otherwise each row's Plan column.
.PARAMETER BillingContactId
    The billing contact for every row, as digits (a string, so no job input can round it through a
    floating-point number); otherwise each row's BillingContactId column.
.PARAMETER BaseUri
    The Partner Portal API address; the default is the real portal.
.PARAMETER JournalPath
    The journal CSV file; by default a new file in the temporary folder.
.EXAMPLE
    Start-AzAutomationRunbook -AutomationAccountName ops -ResourceGroupName rg -Name Buy-YeastarPlans -Parameters @{
        CsvPath = 'https://contoso.blob.core.windows.net/yeastar/devices.csv?sv=...'; Plan = 'Enterprise'; BillingContactId = '3197218168379846218' }

    Starts the runbook in Azure Automation with the credential asset named YeastarPartner.
.EXAMPLE
    ./AzureAutomation-Runbook.ps1 -Credential (Get-Credential) -CsvPath ./devices.csv -Plan Enterprise -BillingContactId 3197218168379846218 -BaseUri http://127.0.0.1:5199

    Rehearses the runbook locally against the sandbox.
#>
[CmdletBinding()]
[OutputType([pscustomobject])]
param(
    [ValidateNotNullOrEmpty()]
    [string] $CredentialName = 'YeastarPartner',

    [pscredential] $Credential,

    [Parameter(Mandatory = $true)]
    [ValidateNotNullOrEmpty()]
    [string] $CsvPath,

    [string] $Plan,

    [ValidatePattern('^\d{1,19}$')]
    [string] $BillingContactId,

    [uri] $BaseUri = 'https://openapi.partner.yeastar.com',

    [string] $JournalPath = (Join-Path ([IO.Path]::GetTempPath()) "YeastarPartner-journal-$([DateTime]::UtcNow.ToString('yyyyMMdd-HHmmss')).csv")
)

# Written for both runtimes: no PowerShell 7-only syntax (the tests check).
$ErrorActionPreference = 'Stop'
# Progress records add nothing to a job's output and slow it down.
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

function Read-DeviceCsv {
    if ($CsvPath -notmatch '^https?://') { return @(Import-Csv -LiteralPath $CsvPath) }
    # -UseBasicParsing: Windows PowerShell on Automation workers has no Internet Explorer engine.
    $response = Invoke-WebRequest -Uri $CsvPath -UseBasicParsing
    $text = if ($response.Content -is [byte[]]) { [Text.Encoding]::UTF8.GetString($response.Content) } else { [string]$response.Content }
    @($text.TrimStart([char]0xFEFF) | ConvertFrom-Csv)
}

function Get-ErrorSummary([System.Management.Automation.ErrorRecord] $ErrorRecord) {
    $target = $ErrorRecord.TargetObject
    $serialNumber = if ($target -and $target.PSObject.Properties['SerialNumber']) { $target.SerialNumber } else { [string]$target }
    $message = if ($ErrorRecord.ErrorDetails) { $ErrorRecord.ErrorDetails.Message } else { $ErrorRecord.Exception.Message }
    [pscustomobject]@{
        SerialNumber = $serialNumber
        ErrorId      = ($ErrorRecord.FullyQualifiedErrorId -split ',')[0]
        Message      = $message
    }
}

$started = [DateTimeOffset]::Now
# A URL's query string may hold a SAS token: report only the address.
$source = if ($CsvPath -match '^https?://') { ([uri]$CsvPath).GetLeftPart([UriPartial]::Path) } else { $CsvPath }
$rows = Read-DeviceCsv

Import-Module YeastarPartner
Connect-YeastarPartner -Credential (Get-PartnerCredential) -BaseUri $BaseUri
try {
    $perRow = @{}
    if ($Plan) { $perRow.Plan = $Plan }
    if ($BillingContactId) { $perRow.BillingContactId = [long]::Parse($BillingContactId, [Globalization.CultureInfo]::InvariantCulture) }
    # Row errors stay non-terminating: the batch goes on, the job's error stream shows them, and
    # -ErrorVariable collects them for the summary.
    $orders = @($rows | New-YsPlanOrder @perRow -JournalPath $JournalPath -Confirm:$false -ErrorAction Continue -ErrorVariable rowErrors)
}
finally {
    Disconnect-YeastarPartner
}

$errors = @($rowErrors | ForEach-Object { Get-ErrorSummary $_ })
[pscustomobject]@{
    PSTypeName     = 'YeastarPartner.RunbookSummary'
    Source         = $source
    Rows           = $rows.Count
    Succeeded      = @($orders | Where-Object Outcome -EQ 'Succeeded').Count
    Skipped        = @($orders | Where-Object Outcome -EQ 'Skipped').Count
    Failed         = @($errors | Where-Object ErrorId -NE 'OrderOutcomeUnknown').Count
    OutcomeUnknown = @($errors | Where-Object ErrorId -EQ 'OrderOutcomeUnknown').Count
    JournalPath    = $JournalPath
    Started        = $started
    Finished       = [DateTimeOffset]::Now
    Orders         = $orders
    Errors         = $errors
}
