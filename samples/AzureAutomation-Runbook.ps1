<#
.SYNOPSIS
    Azure Automation runbook: buys Yeastar plans for every device of a CSV, never twice, and writes one
    result per row and a summary of counts.
.DESCRIPTION
    Runs unattended on the Azure Automation PowerShell 5.1 and 7.4 runtimes, on a Hybrid Runbook Worker,
    or locally. The client ID and secret come from an Automation credential asset (user name = client ID,
    password = client secret) through Get-AutomationPSCredential; outside Azure Automation pass
    -Credential instead.

    Each row is one device: a SerialNumber (or SN, Serial, SerialNo, ProductNo) column, and optional Plan,
    BillingCycle, MultiCycle, BillingContactId and PoNumber columns. -Plan and -BillingContactId apply to
    every row. Purchases run with -Confirm:$false because a job cannot answer a prompt.

    Safe to run again, however the job ended. Two guards keep a device from being bought twice:
    - The Partner Portal itself (-SkipOrderedWithinDays, 7 by default): a device that already has an order
      of this kind created in that window is skipped. This needs no local state, so it holds in a fresh
      Azure sandbox: a job retried by the platform, stopped and started again, or re-run by a colleague.
    - The journal (-JournalPath): one CSV line per row, read with -Reconcile at the start of every run. Its
      default path is derived from the CSV, the plan, the billing contact and the kind of order, each
      normalised (the CSV's full path, in one case where the file system ignores case, or its URL without
      the query; the plan's name in any case, with or without " Plan"; the billing contact as a number, so
      leading zeros do not count), in a folder that lasts on a Hybrid Runbook Worker
      (ProgramData\YeastarPartner\Journals on Windows, ~/.local/share elsewhere): runs for the same devices
      and the same kind of order share one journal however their parameters are spelled, wait for each other
      and buy nothing twice. In an Azure sandbox it lives as long as the job.

    Recommended for cloud jobs: a journal in Azure Blob Storage (-JournalPath https://<account>.blob.core.windows.net/<container>,
    with a SAS in its query or -UseManagedIdentity). Every job reaches it, and one job at a time holds it (a
    blob lease), so it also guards what the portal check cannot: two jobs that overlap, a fair-share restart
    in a new sandbox, and new products without a serial number.

    The output is one small object per row as it completes (a stopped job keeps a record of what it bought)
    and a summary of counts at the end, far below Azure Automation's limits on job output.
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
    floating-point number; leading zeros are ignored); otherwise each row's BillingContactId column.
.PARAMETER BaseUri
    The Partner Portal API address; the default is the real portal.
.PARAMETER SkipOrderedWithinDays
    How far back the Partner Portal's orders are checked before buying: a device with an order of this
    kind created in the last N days is skipped. 7 by default; 0 turns the check off (then only the
    journal guards, and it does not survive an Azure sandbox). Each run reads every order of the window
    once (one call per 50 orders, plus one per order for its device).
.PARAMETER JournalPath
    The journal CSV file. By default a stable path derived from the CSV, the plan, the billing contact and
    the kind of order, each normalised (see the description). Or a blob URL (https://<account>.blob.core.windows.net/<container>/<name>.csv,
    a SAS in its query unless -UseManagedIdentity); a URL that names only the container gets the derived
    journal name. The URL's query is never logged.
.PARAMETER UseManagedIdentity
    Authorises a blob -JournalPath with the Automation account's managed identity (Az.Accounts:
    Connect-AzAccount -Identity, then a token for https://storage.azure.com). The identity needs the role
    Storage Blob Data Contributor on the container.
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

    # Digits; leading zeros are allowed (the ID is read as a 64-bit integer, so they vanish).
    [ValidatePattern('^\d{1,40}$')]
    [string] $BillingContactId,

    [uri] $BaseUri = 'https://openapi.partner.yeastar.com',

    [ValidateRange(0, 366)]
    [int] $SkipOrderedWithinDays = 7,

    [string] $JournalPath,

    [switch] $UseManagedIdentity
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

function Read-DeviceCsv([string] $Address) {
    if ($CsvPath -notmatch '^https?://') { return @(Import-Csv -LiteralPath $CsvPath) }
    # -UseBasicParsing: Windows PowerShell on Automation workers has no Internet Explorer engine.
    # -Verbose:$false -Debug:$false: both editions write the URL, query (a SAS signature) included, to the
    # verbose or debug stream; and a failure is reported by the address alone.
    try { $response = Invoke-WebRequest -Uri $CsvPath -UseBasicParsing -Verbose:$false -Debug:$false }
    catch {
        $reason = $_.Exception.Message.Replace($CsvPath, $Address)
        $query = ([uri]$CsvPath).Query
        if ($query) { $reason = $reason.Replace($query, '') }
        throw "The CSV could not be downloaded from $Address ($reason)."
    }
    $text = if ($response.Content -is [byte[]]) { [Text.Encoding]::UTF8.GetString($response.Content) } else { [string]$response.Content }
    @($text.TrimStart([char]0xFEFF) | ConvertFrom-Csv)
}

function Get-CsvSource {
    # Where the devices come from, as reported: a URL without its query (which may hold a SAS token, never
    # reported), scheme and host in lower case; a file by its full path ('..' and '.' resolved).
    if ($CsvPath -match '^https?://') { return ([uri]$CsvPath).GetLeftPart([UriPartial]::Path) }
    [IO.Path]::GetFullPath((Resolve-Path -LiteralPath $CsvPath).ProviderPath)
}

function Get-SourceKey([string] $Source) {
    # One spelling per file: in upper case where the file system ignores case (the path in another case
    # names a file too).
    if ($Source -match '^https?://') { return $Source }
    $upper = $Source.ToUpperInvariant()
    $otherCase = if ($upper -cne $Source) { $upper } else { $Source.ToLowerInvariant() }
    if ($otherCase -cne $Source -and (Test-Path -LiteralPath $otherCase)) { return $upper }
    $Source
}

function Get-OperationKey($Rows) {
    # The kind of order: each row's Operation column (New-YsPlanOrder binds it), Purchase when empty.
    $names = foreach ($row in $Rows) {
        $operation = if ($row.PSObject.Properties['Operation'] -and "$($row.Operation)".Trim()) { "$($row.Operation)".Trim() } else { 'Purchase' }
        $operation.ToLowerInvariant()
    }
    (@($names | Sort-Object -Unique)) -join '+'
}

function Get-PlanKey {
    # "Enterprise", "enterprise", " Enterprise Plan ": the plan New-YsPlanOrder -Plan takes them all for.
    $name = (($Plan -replace '\s+', ' ').Trim()) -replace '(?i) plan$', ''
    $name.ToLowerInvariant()
}

function Get-DefaultJournalPath([string] $Source, [string] $ContactId, [string] $Operations) {
    # The same devices and the same kind of order give the same journal, however the parameters are spelled:
    # the normalised source, plan and billing contact, and the order's kind (a plan order, its operations). In a folder
    # that outlives the job on a Hybrid Runbook Worker (an Azure sandbox discards it, and the Partner Portal
    # check covers that case).
    $base = if ([Environment]::OSVersion.Platform -eq 'Win32NT') { [Environment]::GetFolderPath('CommonApplicationData') } else { [Environment]::GetFolderPath('LocalApplicationData') }
    $identity = "plan-order|$Operations|$(Get-SourceKey $Source)|$(Get-PlanKey)|$ContactId"
    $sha = [Security.Cryptography.SHA256]::Create()
    try { $hash = $sha.ComputeHash([Text.Encoding]::UTF8.GetBytes($identity)) } finally { $sha.Dispose() }
    $name = -join ($hash[0..7] | ForEach-Object { $_.ToString('x2') })
    Join-Path (Join-Path (Join-Path $base 'YeastarPartner') 'Journals') "journal-$name.csv"
}

function ConvertTo-RowResult($Record) {
    # One small object per row: what the job output keeps if the job is stopped part way.
    if ($Record -is [System.Management.Automation.ErrorRecord]) {
        $target = $Record.TargetObject
        $serialNumber = if ($target -and $target.PSObject.Properties['SerialNumber']) { $target.SerialNumber } else { [string]$target }
        $errorId = ($Record.FullyQualifiedErrorId -split ',')[0]
        [pscustomobject]@{
            PSTypeName   = 'YeastarPartner.RunbookRow'
            SerialNumber = $serialNumber
            Outcome      = if ($errorId -in 'OrderOutcomeUnknown', 'OrderOutcomeUnsettled') { 'Unknown' } else { 'Failed' }
            OrderNo      = $null
            OrderStatus  = $null
            ErrorId      = $errorId
            Message      = if ($Record.ErrorDetails) { $Record.ErrorDetails.Message } else { $Record.Exception.Message }
        }
        return
    }
    [pscustomobject]@{
        PSTypeName   = 'YeastarPartner.RunbookRow'
        SerialNumber = $Record.SerialNumber
        Outcome      = $Record.Outcome
        OrderNo      = $Record.OrderNo
        OrderStatus  = $Record.OrderStatus
        ErrorId      = $null
        Message      = $null
    }
}

function Resolve-BlobJournalUrl([string] $Url, [string] $JournalName) {
    # A URL naming only the container (.../<container>, or .../<account>/<container> on the emulator) gets
    # the derived journal name; the query (a SAS) stays as it is, and is never shown.
    $left, $query = $Url -split '\?', 2
    $uri = [uri]$left
    $segments = @($uri.AbsolutePath.Trim('/').Split('/') | Where-Object { $_ })
    if ($segments.Count -ne $(if ($uri.IsLoopback) { 2 } else { 1 })) { return $Url }
    "$($left.TrimEnd('/'))/$JournalName$(if ($query) { "?$query" })"
}

function Get-StorageToken {
    # Az.Accounts 5 returns the token as a SecureString; older versions as a string.
    Connect-AzAccount -Identity | Out-Null
    $token = (Get-AzAccessToken -ResourceUrl 'https://storage.azure.com').Token
    if ($token -is [securestring]) { return $token }
    ConvertTo-SecureString $token -AsPlainText -Force
}

$started = [DateTimeOffset]::Now
# A URL's query string may hold a SAS token: report only the address.
$source = Get-CsvSource
# As a 64-bit integer: '0003197218168379846218' and '3197218168379846218' are one billing contact.
$contactId = if ($BillingContactId) {
    $parsed = [long]0
    if (-not [long]::TryParse($BillingContactId, [Globalization.NumberStyles]::None, [Globalization.CultureInfo]::InvariantCulture, [ref]$parsed)) {
        throw "-BillingContactId '$BillingContactId' is not a 64-bit integer: use the digits Get-YsBillingContact shows."
    }
    $parsed.ToString([Globalization.CultureInfo]::InvariantCulture)
}
else { '' }
$rows = Read-DeviceCsv $source
$derivedJournal = Get-DefaultJournalPath $source $contactId (Get-OperationKey $rows)
if (-not $JournalPath) { $JournalPath = $derivedJournal }
elseif ($JournalPath -match '^https?://') { $JournalPath = Resolve-BlobJournalUrl $JournalPath (Split-Path -Leaf $derivedJournal) }
$journalAccessToken = if ($UseManagedIdentity) { Get-StorageToken } else { $null }

Import-Module YeastarPartner
Connect-YeastarPartner -Credential (Get-PartnerCredential) -BaseUri $BaseUri
$counts = @{ Succeeded = 0; Skipped = 0; Failed = 0; Unknown = 0 }
try {
    $order = @{ JournalPath = $JournalPath; Reconcile = $true; Confirm = $false; ErrorAction = 'Continue'; WarningAction = 'SilentlyContinue' }
    if ($journalAccessToken) { $order.JournalAccessToken = $journalAccessToken }
    if ($Plan) { $order.Plan = $Plan }
    if ($contactId) { $order.BillingContactId = $contactId }
    if ($SkipOrderedWithinDays -gt 0) { $order.SkipOrderedSince = $started.AddDays(-$SkipOrderedWithinDays).LocalDateTime }
    # Errors join the output (2>&1) so that every row, bought or not, is one result object in the order it completed.
    $rows | New-YsPlanOrder @order 2>&1 | ForEach-Object {
        $result = ConvertTo-RowResult $_
        $counts[$result.Outcome]++
        $result
    }
}
finally {
    Disconnect-YeastarPartner
}

[pscustomobject]@{
    PSTypeName     = 'YeastarPartner.RunbookSummary'
    Source         = $source
    Rows           = $rows.Count
    Succeeded      = $counts.Succeeded
    Skipped        = $counts.Skipped
    Failed         = $counts.Failed
    OutcomeUnknown = $counts.Unknown
    JournalPath    = ($JournalPath -split '\?', 2)[0]
    Started        = $started
    Finished       = [DateTimeOffset]::Now
}
