# Starts and stops Azurite's blob service (the Azure Storage emulator, tests/azurite) for Pester tests, and
# makes SAS tokens of its published development account. A missing Azurite fails the tests: never skipped.
Set-StrictMode -Version Latest

$script:Account = 'devstoreaccount1'
# Azurite's well-known development key, published in its documentation; it opens nothing but a local emulator.
$script:AccountKey = 'Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw=='
$script:Container = 'journals'

function Start-TestAzurite {
    <# Starts Azurite's blob service in memory on a free loopback port and creates the container 'journals'. #>
    $bin = $env:YS_AZURITE_BLOB
    if (-not $bin) { $bin = Join-Path $PSScriptRoot "../azurite/node_modules/.bin/$($IsWindows ? 'azurite-blob.cmd' : 'azurite-blob')" }
    if (-not (Test-Path $bin)) { throw "Azurite is not installed at '$bin': run 'npm ci' in tests/azurite (build.ps1 Test does it)." }
    $start = [Diagnostics.ProcessStartInfo]::new($bin)
    foreach ($a in '--blobHost', '127.0.0.1', '--blobPort', '0', '--inMemoryPersistence', '--skipApiVersionCheck', '--loose', '--disableTelemetry', '--silent') { $start.ArgumentList.Add($a) }
    $start.RedirectStandardOutput = $true
    $start.RedirectStandardError = $true
    $start.UseShellExecute = $false
    $process = [Diagnostics.Process]::Start($start)
    $deadline = [DateTime]::UtcNow.AddSeconds(60)
    $url = $null
    while (-not $url) {
        $line = $process.StandardOutput.ReadLineAsync()
        if (-not $line.Wait([Math]::Max(1, ($deadline - [DateTime]::UtcNow).TotalMilliseconds)) -or $null -eq $line.Result) {
            $process.Kill($true)
            throw "Azurite did not say which port it listens on: $($process.StandardError.ReadToEnd())"
        }
        if ($line.Result -match 'listens on (http://127\.0\.0\.1:\d+)') { $url = $Matches[1] }
    }
    # Keep reading so that a full pipe never blocks it.
    $null = $process.StandardOutput.ReadToEndAsync()
    $null = $process.StandardError.ReadToEndAsync()
    $azurite = [pscustomobject]@{ Url = $url; Process = $process }
    Invoke-WebRequest -Method Put -Uri "$url/$Account/$Container`?restype=container&$(New-AzuriteSas)" -Headers @{ 'x-ms-version' = '2021-12-02' } | Out-Null
    $azurite
}

function Stop-TestAzurite {
    param([Parameter(Mandatory)] $Azurite)
    if (-not $Azurite.Process.HasExited) { $Azurite.Process.Kill($true); $null = $Azurite.Process.WaitForExit(10000) }
}

function New-AzuriteSas {
    <# An account SAS (version 2019-12-12) of the development account, for blobs; valid until -Expiry. #>
    param([DateTimeOffset] $Expiry = [DateTimeOffset]::UtcNow.AddHours(2), [string] $Permissions = 'racwdl')
    $se = $Expiry.UtcDateTime.ToString('yyyy-MM-ddTHH:mm:ssZ', [Globalization.CultureInfo]::InvariantCulture)
    $toSign = ($Account, $Permissions, 'b', 'sco', '', $se, '', 'https,http', '2019-12-12', '') -join "`n"
    $hmac = [Security.Cryptography.HMACSHA256]::new([Convert]::FromBase64String($AccountKey))
    try { $sig = [Convert]::ToBase64String($hmac.ComputeHash([Text.Encoding]::UTF8.GetBytes($toSign))) } finally { $hmac.Dispose() }
    "sv=2019-12-12&ss=b&srt=sco&sp=$Permissions&se=$([uri]::EscapeDataString($se))&spr=$([uri]::EscapeDataString('https,http'))&sig=$([uri]::EscapeDataString($sig))"
}

function New-TestBlobJournalUrl {
    <# The URL of a new blob journal in the container, with a SAS (or -NoSas); a unique name unless -Name. #>
    param([Parameter(Mandatory)] $Azurite, [string] $Name = "journal-$([guid]::NewGuid().ToString('N')).csv", [DateTimeOffset] $Expiry = [DateTimeOffset]::UtcNow.AddHours(2), [switch] $NoSas)
    $url = "$($Azurite.Url)/$Account/$Container/$Name"
    if ($NoSas) { $url } else { "$url`?$(New-AzuriteSas -Expiry $Expiry)" }
}

function Get-SasSignature {
    <# The signature of a SAS URL, unescaped: the secret no output may contain. #>
    param([Parameter(Mandatory)] [string] $Url)
    [uri]::UnescapeDataString(($Url -split 'sig=')[1].Split('&')[0])
}

function Get-TestBlobText {
    <# The blob's content as text (UTF-8, without its byte order mark). #>
    param([Parameter(Mandatory)] [string] $Url)
    $response = Invoke-WebRequest -Uri $Url -Headers @{ 'x-ms-version' = '2021-12-02' }
    [Text.Encoding]::UTF8.GetString($response.RawContentStream.ToArray()).TrimStart([char]0xFEFF)
}

function Get-TestBlobJournalLine {
    <# The blob journal's lines as objects, optionally of one serial number. #>
    param([Parameter(Mandatory)] [string] $Url, [string] $SerialNumber)
    @(Get-TestBlobText $Url | ConvertFrom-Csv | Where-Object { -not $SerialNumber -or $_.SerialNumber -eq $SerialNumber })
}

function Invoke-TestBlobLease {
    <# Acquires (with -Duration seconds, 15 to 60) or breaks (at once) the blob's lease, as another holder would. #>
    param([Parameter(Mandatory)] [string] $Url, [Parameter(Mandatory)] [ValidateSet('acquire', 'break')] [string] $Action, [int] $Duration = 15)
    $query = if ($Url.Contains('?')) { $Url.Replace('?', '?comp=lease&') } else { "$Url`?comp=lease" }
    $headers = @{ 'x-ms-version' = '2021-12-02'; 'x-ms-lease-action' = $Action }
    if ($Action -eq 'acquire') { $headers['x-ms-lease-duration'] = "$Duration" } else { $headers['x-ms-lease-break-period'] = '0' }
    Invoke-WebRequest -Method Put -Uri $query -Headers $headers | Out-Null
}

function New-TestAppendBlob {
    <# Creates an empty append blob, as the module would for a new journal. #>
    param([Parameter(Mandatory)] [string] $Url)
    Invoke-WebRequest -Method Put -Uri $Url -Headers @{ 'x-ms-version' = '2021-12-02'; 'x-ms-blob-type' = 'AppendBlob' } | Out-Null
}

Export-ModuleMember -Function Start-TestAzurite, Stop-TestAzurite, New-AzuriteSas, New-TestBlobJournalUrl, Get-SasSignature, Get-TestBlobText, Get-TestBlobJournalLine, Invoke-TestBlobLease, New-TestAppendBlob
