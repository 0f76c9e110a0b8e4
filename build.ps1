<#
.SYNOPSIS
    Builds, tests and demonstrates the YeastarPartner module.
.DESCRIPTION
    Build  : compiles the solution and stages the importable module at out/YeastarPartner/.
    Package: Build, then out/YeastarPartner.zip to import into an Azure Automation account or unzip into a
             module path: the folder YeastarPartner/ with the manifest directly in it, forward-slash entries.
    Test   : Package, then the xUnit tests and the Pester tests (against the staged module and a real
             sandbox process); the last line is "N passed, N failed"; exits non-zero on any failure
             or when no test ran.
    Demo   : Build, start the local sandbox, buy plans for samples/devices.csv through the module,
             print the results, stop the sandbox.
    Bench  : Build, then the benchmarks of docs/benchmarks.md against the sandbox; rewrites that file.
    Publish: Build (unless -NoBuild), then publishes out/YeastarPartner with Publish-PSResource to the
             registered repository -Repository (PSGallery, or any other Register-PSResourceRepository name).
.EXAMPLE
    dotnet tool restore && dotnet pwsh ./build.ps1 Test
.EXAMPLE
    dotnet pwsh ./build.ps1 Test -PesterPath tests/pester/JournalFile.Tests.ps1 -XunitFilter 'FullyQualifiedName~Journal'

    Runs only the journal tests of both suites while working on the journal.
.EXAMPLE
    dotnet pwsh ./build.ps1 Test; dotnet pwsh ./build.ps1 Publish -NoBuild -Repository PSGallery -ApiKey $env:PSGALLERY_API_KEY

    Publishes exactly the module the tests just ran against.
#>
[CmdletBinding()]
param(
    [Parameter(Position = 0)]
    [ValidateSet('Build', 'Test', 'Demo', 'Package', 'Bench', 'Publish')]
    [string] $Task = 'Build',

    [ValidateSet('Debug', 'Release')]
    [string] $Configuration = 'Release',

    # Bench only: small sizes, to check the harness quickly (the figures are then not the documented ones).
    [switch] $Quick,

    # Bench only: run just these benchmarks by name (e.g. BlobJournal) and print them; docs/benchmarks.md is not rewritten.
    [string[]] $Only,

    # Publish only: the registered PSResourceGet repository to publish to (Get-PSResourceRepository lists them).
    [string] $Repository,

    # Publish only: the repository's API key (the PowerShell Gallery's). Passed to Publish-PSResource, never written out.
    [string] $ApiKey,

    # Publish only: publish what out/YeastarPartner holds now, e.g. what build.ps1 Test just tested.
    [switch] $NoBuild,

    # Test only: run just these Pester files or folders, comma-separated (with no -XunitFilter, the xUnit tests are skipped).
    [string[]] $PesterPath,

    # Test only: run just the xUnit tests this dotnet test --filter expression selects (with no -PesterPath,
    # the Pester tests are skipped), e.g. 'FullyQualifiedName~Journal'.
    [string] $XunitFilter
)

$ErrorActionPreference = 'Stop'
Set-StrictMode -Version Latest
$env:NO_COLOR = '1'
$env:POWERSHELL_TELEMETRY_OPTOUT = '1'
$env:POWERSHELL_UPDATECHECK = 'Off'
$env:DOTNET_CLI_TELEMETRY_OPTOUT = '1'
$env:DOTNET_NOLOGO = '1'
if ($PSStyle) { $PSStyle.OutputRendering = 'PlainText' }

$Root = $PSScriptRoot
$Out = Join-Path $Root 'out'
$ModuleDir = Join-Path $Out 'YeastarPartner'
$PackagePath = Join-Path $Out 'YeastarPartner.zip'
$SandboxDll = Join-Path $Root "src/YeastarPartner.Sandbox/bin/$Configuration/net10.0/YeastarPartner.Sandbox.dll"
$DesktopSmokeExe = Join-Path $Root "tests/YeastarPartner.DesktopSmoke/bin/$Configuration/net472/YeastarPartner.DesktopSmoke.exe"
$AzuriteDir = Join-Path $Root 'tests/azurite'
$AzuriteBlob = Join-Path $AzuriteDir "node_modules/.bin/$(if ($IsWindows) { 'azurite-blob.cmd' } else { 'azurite-blob' })"

function Invoke-Native {
    # Runs a native command and stops the build when it fails.
    param([Parameter(Mandatory)] [string] $FilePath, [string[]] $ArgumentList)
    & $FilePath @ArgumentList
    if ($LASTEXITCODE -ne 0) { throw "$FilePath $($ArgumentList -join ' ') failed with exit code $LASTEXITCODE." }
}

function Invoke-Build {
    Invoke-Native dotnet @('build', (Join-Path $Root 'YeastarPartner.sln'), '-c', $Configuration, '--nologo', '-v', 'q', '-clp:NoSummary')

    # Stage the module: the manifest, the format file and the assemblies the module needs at run time.
    $publish = Join-Path $Out 'publish'
    Invoke-Native dotnet @('publish', (Join-Path $Root 'src/YeastarPartner/YeastarPartner.csproj'), '-c', $Configuration, '--no-build', '--nologo', '-v', 'q', '-o', $publish)
    if (Test-Path $ModuleDir) { Remove-Item $ModuleDir -Recurse -Force }
    New-Item -ItemType Directory -Path $ModuleDir | Out-Null
    Copy-ModuleAssembly -From $publish
    Copy-Item (Join-Path $Root 'YeastarPartner.psd1') $ModuleDir
    Copy-Item (Join-Path $Root 'src/YeastarPartner/YeastarPartner.format.ps1xml') $ModuleDir
    Copy-Item (Join-Path $Root 'src/YeastarPartner/YeastarPartner.Requirements.psm1'), (Join-Path $Root 'src/YeastarPartner/YeastarPartner.Requirements.Desktop.ps1') $ModuleDir
    Set-StagedReleaseNote
    Remove-Item $publish -Recurse -Force
    Build-Help

    $manifest = Test-ModuleManifest (Join-Path $ModuleDir 'YeastarPartner.psd1') -ErrorAction Stop
    Write-Host "Staged $($manifest.Name) $($manifest.Version) at $ModuleDir"
}

function Set-StagedReleaseNote {
    # The Gallery shows ReleaseNotes as text: the staged manifest gets the CHANGELOG.md section of its
    # ModuleVersion ('## 0.2.0 ...' or '## Unreleased (0.2.0)'), so the two cannot drift. Written as a
    # single-quoted string by hand: Update-PSModuleManifest drops apostrophes from the text.
    $manifestPath = Join-Path $ModuleDir 'YeastarPartner.psd1'
    $version = (Import-PowerShellDataFile $manifestPath).ModuleVersion
    $lines = Get-Content (Join-Path $Root 'CHANGELOG.md')
    $start = @(0..($lines.Count - 1) | Where-Object { $lines[$_] -match "^## .*\b$([regex]::Escape($version))\b" })
    if ($start.Count -ne 1) { throw "CHANGELOG.md needs exactly one '## ' heading naming version $version (found $($start.Count))." }
    $end = $start[0] + 1
    while ($end -lt $lines.Count -and $lines[$end] -notmatch '^## ') { $end++ }
    $notes = ($lines[($start[0] + 1)..($end - 1)] -join "`n").Trim()
    # PowerShell ends a single-quoted string at any of these quote characters; doubling one escapes it.
    $quoted = "'" + [regex]::Replace($notes, "['\u2018\u2019\u201A\u201B]", '$0$0') + "'"
    $text = Get-Content $manifestPath -Raw
    $pattern = "(?m)^(\s*ReleaseNotes\s*=\s*)'[^']*'"
    if ($text -notmatch $pattern) { throw "$manifestPath has no single-line ReleaseNotes = '...' to fill." }
    Set-Content -Path $manifestPath -Value ([regex]::Replace($text, $pattern, { param($m) $m.Groups[1].Value + $quoted })) -NoNewline -Encoding utf8BOM
}

function Build-Help {
    # docs/help/*.md -> en-US/ MAML and about topics. A fresh pwsh: the converter imports the staged module.
    Push-Location $Root
    try { Invoke-Native dotnet @('tool', 'run', 'pwsh', '--', '-NoProfile', '-NonInteractive', '-File', (Join-Path $Root 'build/help/Convert-Help.ps1'), '-HelpPath', (Join-Path $Root 'docs/help'), '-ModulePath', (Join-Path $ModuleDir 'YeastarPartner.psd1'), '-OutputPath', (Join-Path $ModuleDir 'en-US')) }
    finally { Pop-Location }
}

# Every supported PowerShell 7 already provides these: the .NET 8 shared framework (PowerShell 7.4) holds
# the System.* ones and PowerShell ships Newtonsoft.Json 13. The runtime binds its own copies first, so only
# Windows PowerShell needs the module's: they go to Desktop/, where the module initializer resolves them.
# An assembly not listed here stays next to the module, where both editions find it.
$DesktopOnlyAssemblies = @(
    'Newtonsoft.Json', 'System.Buffers', 'System.Memory', 'System.Numerics.Vectors', 'System.Runtime.CompilerServices.Unsafe',
    'System.Text.Encodings.Web', 'System.Text.Json', 'System.Threading.Tasks.Extensions'
)

function Copy-ModuleAssembly {
    param([Parameter(Mandatory)] [string] $From)
    $desktop = New-Item -ItemType Directory -Path (Join-Path $ModuleDir 'Desktop')
    foreach ($dll in Get-ChildItem $From -Filter '*.dll') {
        $destination = if ($dll.BaseName -in $DesktopOnlyAssemblies) { $desktop.FullName } else { $ModuleDir }
        Copy-Item $dll.FullName -Destination $destination
    }
}

function Invoke-Package {
    Invoke-Build
    if (Test-Path $PackagePath) { Remove-Item $PackagePath }
    # Entries are written one by one: Compress-Archive on Windows PowerShell writes backslashes, which
    # Azure Automation and Linux tools do not read as folders.
    Add-Type -AssemblyName System.IO.Compression, System.IO.Compression.FileSystem
    $zip = [IO.Compression.ZipFile]::Open($PackagePath, [IO.Compression.ZipArchiveMode]::Create)
    try {
        foreach ($file in Get-ChildItem $ModuleDir -File -Recurse) {
            $entry = 'YeastarPartner/' + [IO.Path]::GetRelativePath($ModuleDir, $file.FullName).Replace('\', '/')
            [IO.Compression.ZipFileExtensions]::CreateEntryFromFile($zip, $file.FullName, $entry, [IO.Compression.CompressionLevel]::Optimal) | Out-Null
        }
    }
    finally { $zip.Dispose() }
    $size = (Get-Item $PackagePath).Length
    # Azure Automation refuses module zips of 100 MB or more.
    if ($size -ge 100MB) { throw "$PackagePath is $([math]::Round($size / 1MB)) MB; Azure Automation accepts less than 100 MB." }
    Write-Host "Packaged $PackagePath ($([math]::Round($size / 1KB)) KB)"
}

function Install-Azurite {
    # The blob journal tests run against Azurite, the Azure Storage emulator, pinned in tests/azurite (npm).
    # Installed when missing or when the lock file changed since; a failure stops the tests (they never skip).
    $installed = Join-Path $AzuriteDir 'node_modules/.package-lock.json'
    if ((Test-Path $AzuriteBlob) -and (Test-Path $installed) -and
        (Get-Item $installed -Force).LastWriteTimeUtc -ge (Get-Item (Join-Path $AzuriteDir 'package-lock.json')).LastWriteTimeUtc) { return }
    if (-not (Get-Command npm -ErrorAction SilentlyContinue)) { throw 'npm is needed to install Azurite for the blob journal tests (tests/azurite): install Node.js 20 or later.' }
    Push-Location $AzuriteDir
    try { Invoke-Native npm @('ci', '--no-audit', '--no-fund', '--loglevel', 'error') }
    finally { Pop-Location }
    if (-not (Test-Path $AzuriteBlob)) { throw "npm ci in $AzuriteDir did not install $AzuriteBlob." }
}

function Get-PesterManifest {
    # The PowerShell Gallery is not reachable: Pester comes from NuGet through a restore-only project.
    Invoke-Native dotnet @('restore', (Join-Path $Root 'tests/restore/PesterRestore.csproj'), '--nologo', '-v', 'q')
    $line = (& dotnet nuget locals global-packages --list) -replace '^global-packages:\s*', ''
    $path = Join-Path $line.Trim() 'pester/5.7.1/tools/Pester.psd1'
    if (-not (Test-Path $path)) { throw "Pester 5.7.1 was not found at $path after restore." }
    $path
}

function Invoke-XunitTests {
    $results = Join-Path $Out 'test-results'
    $trx = Join-Path $results 'xunit.trx'
    if (Test-Path $trx) { Remove-Item $trx }
    $filter = if ($XunitFilter) { @('--filter', $XunitFilter) } else { @() }
    & dotnet test (Join-Path $Root 'tests/YeastarPartner.Tests/YeastarPartner.Tests.csproj') -c $Configuration --no-build --nologo @filter `
        --logger "trx;LogFileName=xunit.trx" --logger 'console;verbosity=minimal' --results-directory $results | Out-Host
    if (-not (Test-Path $trx)) { return [pscustomobject]@{ Passed = 0; Failed = 1; Name = 'xUnit (no results file)' } }
    $counters = ([xml](Get-Content $trx -Raw)).TestRun.ResultSummary.Counters
    [pscustomobject]@{ Passed = [int]$counters.passed; Failed = [int]$counters.failed + [int]$counters.error + [int]$counters.timeout + [int]$counters.aborted; Name = 'xUnit' }
}

function Invoke-PesterTests {
    $pester = Get-PesterManifest
    $summary = Join-Path $Out 'test-results/pester-summary.json'
    New-Item -ItemType Directory -Force -Path (Split-Path $summary) | Out-Null
    if (Test-Path $summary) { Remove-Item $summary }
    # A fresh pwsh: one process cannot import the same module assembly from two paths.
    # The tests never see a copy of the module installed on this machine: the installed-module folders leave PSModulePath.
    $script = @"
`$ErrorActionPreference = 'Stop'
Import-Module '$(Join-Path $Root 'tests/pester/FreshPowerShell.psm1')'
Invoke-Expression (Get-CleanModulePathScript)
Import-Module '$pester'
`$env:YS_MODULE_PATH = '$(Join-Path $ModuleDir 'YeastarPartner.psd1')'
`$env:YS_SANDBOX_DLL = '$SandboxDll'
`$env:YS_DESKTOP_SMOKE_EXE = '$DesktopSmokeExe'
`$env:YS_AZURITE_BLOB = '$AzuriteBlob'
`$config = New-PesterConfiguration
`$config.Run.Path = @($((@(if ($PesterPath) { $PesterPath -split ',' | ForEach-Object { (Resolve-Path $_.Trim()).Path } } else { Join-Path $Root 'tests/pester' }) | ForEach-Object { "'$_'" }) -join ', '))
`$config.Run.PassThru = `$true
`$config.Output.Verbosity = 'Normal'
`$config.Output.RenderMode = 'Plaintext'
`$result = Invoke-Pester -Configuration `$config
if (-not `$result) { throw 'Invoke-Pester returned no result.' }
@{ Passed = `$result.PassedCount; Failed = `$result.FailedCount + `$result.FailedBlocksCount + `$result.FailedContainersCount } | ConvertTo-Json | Set-Content '$summary'
"@
    Push-Location $Root
    try { & dotnet tool run pwsh -- -NoProfile -NonInteractive -Command $script | Out-Host }
    finally { Pop-Location }
    if (-not (Test-Path $summary)) { return [pscustomobject]@{ Passed = 0; Failed = 1; Name = 'Pester (did not finish)' } }
    $counts = Get-Content $summary -Raw | ConvertFrom-Json
    # A Pester run that executed nothing is a failure, not a pass.
    if ([int]$counts.Passed + [int]$counts.Failed -eq 0) { return [pscustomobject]@{ Passed = 0; Failed = 1; Name = 'Pester (ran no test)' } }
    [pscustomobject]@{ Passed = [int]$counts.Passed; Failed = [int]$counts.Failed; Name = 'Pester' }
}

function Invoke-Test {
    Invoke-Package
    Install-Azurite
    # -PesterPath or -XunitFilter alone runs that part only: a quick loop while working on one area.
    $all = -not $PesterPath -and -not $XunitFilter
    $runs = @(if ($all -or $XunitFilter) { Invoke-XunitTests }; if ($all -or $PesterPath) { Invoke-PesterTests })
    foreach ($run in $runs) { Write-Host "$($run.Name): $($run.Passed) passed, $($run.Failed) failed" }
    $passed = ($runs | Measure-Object Passed -Sum).Sum
    $failed = ($runs | Measure-Object Failed -Sum).Sum
    Write-Output "$passed passed, $failed failed"
    if ($failed -gt 0 -or $passed -eq 0) { exit 1 }
}

function Start-Sandbox {
    $urlFile = Join-Path ([IO.Path]::GetTempPath()) "ys-sandbox-$PID-$([guid]::NewGuid().ToString('N')).url"
    $process = Start-Process dotnet -ArgumentList @($SandboxDll, '--port', '0', '--url-file', $urlFile) -PassThru `
        -RedirectStandardOutput "$urlFile.out" -RedirectStandardError "$urlFile.err"
    $deadline = [DateTime]::UtcNow.AddSeconds(30)
    while (-not (Test-Path $urlFile) -or -not (Get-Content $urlFile -Raw)) {
        if ($process.HasExited -or [DateTime]::UtcNow -gt $deadline) { throw "The sandbox did not start: $(Get-Content "$urlFile.err" -Raw)" }
        Start-Sleep -Milliseconds 100
    }
    [pscustomobject]@{ Url = (Get-Content $urlFile -Raw).Trim(); Process = $process; UrlFile = $urlFile }
}

function Stop-Sandbox($sandbox) {
    try { Invoke-RestMethod -Method Post -Uri "$($sandbox.Url)/_sandbox/shutdown" -TimeoutSec 5 | Out-Null } catch { Write-Verbose "Shutdown request failed: $_" }
    if (-not $sandbox.Process.WaitForExit(5000)) { $sandbox.Process.Kill() }
    Remove-Item "$($sandbox.UrlFile)*" -ErrorAction SilentlyContinue
}

function Invoke-Demo {
    Invoke-Build
    $sandbox = Start-Sandbox
    try {
        Write-Host "Sandbox: $($sandbox.Url)"
        Push-Location $Root
        try {
            & dotnet tool run pwsh -- -NoProfile -NonInteractive -File (Join-Path $Root 'samples/Demo.ps1') `
                -ModulePath (Join-Path $ModuleDir 'YeastarPartner.psd1') -BaseUri $sandbox.Url -CsvPath (Join-Path $Root 'samples/devices.csv')
            if ($LASTEXITCODE -ne 0) { throw "The demo failed with exit code $LASTEXITCODE." }
        }
        finally { Pop-Location }
    }
    finally {
        Stop-Sandbox $sandbox
    }
}

function Invoke-Publish {
    if (-not $Repository) { throw 'Publish needs -Repository: PSGallery, or a name from Get-PSResourceRepository.' }
    if ($NoBuild) {
        if (-not (Test-Path (Join-Path $ModuleDir 'YeastarPartner.psd1'))) { throw "$ModuleDir holds no staged module: run build.ps1 Build (or Test) first, or drop -NoBuild." }
    }
    else { Invoke-Build }
    $manifest = Test-ModuleManifest (Join-Path $ModuleDir 'YeastarPartner.psd1') -ErrorAction Stop
    $publish = @{ Path = $ModuleDir; Repository = $Repository }
    if ($ApiKey) { $publish.ApiKey = $ApiKey }
    Publish-PSResource @publish
    Write-Host "Published $($manifest.Name) $($manifest.Version) to $Repository"
}

function Invoke-Bench {
    Invoke-Build
    Install-Azurite
    $env:YS_AZURITE_BLOB = $AzuriteBlob
    $only = if ($Only) { @{ Only = $Only } } else { @{} }
    & (Join-Path $Root 'tests/bench/Invoke-Benchmarks.ps1') -ModulePath (Join-Path $ModuleDir 'YeastarPartner.psd1') `
        -SandboxDll $SandboxDll -OutFile (Join-Path $Root 'docs/benchmarks.md') -Quick:$Quick @only
}

switch ($Task) {
    'Build' { Invoke-Build }
    'Test' { Invoke-Test }
    'Demo' { Invoke-Demo }
    'Package' { Invoke-Package }
    'Bench' { Invoke-Bench }
    'Publish' { Invoke-Publish }
}
