# build.ps1 Package: the zip Azure Automation and Install-Module users import. Azure Automation requires
# the zip, the folder in it and the manifest to share one name.
BeforeAll {
    Import-Module (Join-Path $PSScriptRoot 'TestSandbox.psm1') -Force
    Import-Module (Join-Path $PSScriptRoot 'FreshPowerShell.psm1') -Force
    Add-Type -AssemblyName System.IO.Compression, System.IO.Compression.FileSystem
    $script:zipPath = Join-Path (Split-Path (Split-Path $env:YS_MODULE_PATH)) 'YeastarPartner.zip'
    if (-not (Test-Path $zipPath)) { throw "$zipPath is missing: run build.ps1 Package (build.ps1 Test does)." }
    $zip = [IO.Compression.ZipFile]::OpenRead($zipPath)
    try { $script:entries = @($zip.Entries.FullName) } finally { $zip.Dispose() }
}

Describe 'out/YeastarPartner.zip' {
    It 'holds the manifest directly in a folder of the same name' {
        $entries | Should -Contain 'YeastarPartner/YeastarPartner.psd1'
        $entries | Should -Contain 'YeastarPartner/YeastarPartner.dll'
        $entries | ForEach-Object { $_ | Should -BeLike 'YeastarPartner/*' }
    }

    It 'uses forward slashes in every entry name' {
        $entries | Where-Object { $_.Contains('\') } | Should -BeNullOrEmpty
    }

    It 'holds exactly the staged module' {
        $moduleDir = Split-Path $env:YS_MODULE_PATH
        $staged = Get-ChildItem $moduleDir -File -Recurse | ForEach-Object { 'YeastarPartner/' + [IO.Path]::GetRelativePath($moduleDir, $_.FullName).Replace('\', '/') }
        ($entries | Sort-Object) | Should -Be ($staged | Sort-Object)
    }

    It 'is under the 100 MB Azure Automation limit' {
        (Get-Item $zipPath).Length | Should -BeLessThan 100MB
    }
}

Describe 'The unzipped package in a fresh PSModulePath' {
    BeforeAll {
        $script:modules = Join-Path $TestDrive 'Modules'
        [IO.Compression.ZipFile]::ExtractToDirectory($zipPath, $modules)
        $script:sandbox = Start-TestSandbox
    }

    AfterAll { Stop-TestSandbox $sandbox }

    It 'imports by name and buys against the sandbox' {
        $child = Invoke-FreshPowerShell -Environment @{ PSModulePath = $modules + [IO.Path]::PathSeparator + $env:PSModulePath; YS_BASE_URI = $sandbox.Url } -Script @'
$ErrorActionPreference = 'Stop'
Import-Module YeastarPartner
$credential = [pscredential]::new('sandbox-client-id', (ConvertTo-SecureString 'sandbox-client-secret' -AsPlainText -Force))
Connect-YeastarPartner -Credential $credential -BaseUri $env:YS_BASE_URI
$order = New-YsPlanOrder -SerialNumber 3631E0997265 -Plan Enterprise -BillingContactId 3197218168379846218 -Confirm:$false
[pscustomobject]@{ ModuleBase = (Get-Module YeastarPartner).ModuleBase; OrderType = $order.GetType().FullName; OrderNo = $order.OrderNo } | ConvertTo-Json -Compress
'@
        $child.ExitCode | Should -Be 0 -Because $child.Errors
        $result = ConvertFrom-ChildJson $child
        $result.ModuleBase | Should -Be (Join-Path $modules 'YeastarPartner')
        $result.OrderType | Should -Be 'YeastarPartner.Models.YsPlanOrder'
        $result.OrderNo | Should -Be (Get-SandboxOrder $sandbox -SerialNumber 3631E0997265).orderNo
    }
}
