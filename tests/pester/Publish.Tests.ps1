# build.ps1 Publish: Publish-PSResource to a registered repository, then Install-PSResource and Import-Module by
# name, as an admin installs it from the PowerShell Gallery. The repository is a folder; HOME points into the
# test drive so the repository registration and the CurrentUser install touch nothing of this machine's.
BeforeAll {
    Import-Module (Join-Path $PSScriptRoot 'TestSandbox.psm1') -Force
    Import-Module (Join-Path $PSScriptRoot 'FreshPowerShell.psm1') -Force
    $script:buildScript = Join-Path $PSScriptRoot '../../build.ps1'
    $script:repository = New-Item -ItemType Directory -Path (Join-Path $TestDrive 'repository')
    $script:userHome = New-Item -ItemType Directory -Path (Join-Path $TestDrive 'home')
    $script:apiKey = "not-a-real-key-$([guid]::NewGuid().ToString('N'))"
    # A user profile of its own; no inherited module path, so only the default paths (with the user's) are searched.
    $script:environment = @{ HOME = $userHome.FullName; XDG_DATA_HOME = $null; XDG_CONFIG_HOME = $null; XDG_CACHE_HOME = $null; PSModulePath = $null
        YS_BUILD = (Resolve-Path $buildScript).Path; YS_REPOSITORY = $repository.FullName; YS_API_KEY = $apiKey }
    $script:sandbox = Start-TestSandbox
}

AfterAll { Stop-TestSandbox $sandbox }

Describe 'build.ps1 Publish, then Install-PSResource' {
    BeforeAll {
        $script:published = Invoke-FreshPowerShell -Environment $environment -Script @'
$ErrorActionPreference = 'Stop'
Register-PSResourceRepository -Name YsTestRepository -Uri $env:YS_REPOSITORY -Trusted
& $env:YS_BUILD Publish -NoBuild -Repository YsTestRepository -ApiKey $env:YS_API_KEY -Verbose *>&1 | Out-String
$installed = Install-PSResource YeastarPartner -Repository YsTestRepository -Scope CurrentUser -PassThru
"installed=$($installed.InstalledLocation)"
'@
    }

    It 'publishes the staged module as a package of the repository' {
        $published.ExitCode | Should -Be 0 -Because $published.Errors
        $version = (Import-PowerShellDataFile $env:YS_MODULE_PATH).ModuleVersion
        Join-Path $repository "YeastarPartner.$version.nupkg" | Should -Exist
    }

    It 'never writes the API key' {
        ($published.Output + $published.Errors) -join "`n" | Should -Not -Match ([regex]::Escape($apiKey))
    }

    It 'installs into the user''s module path' {
        $published.Output | Should -Contain "installed=$(Join-Path $userHome '.local/share/powershell/Modules')"
    }

    It 'imports by name in a fresh pwsh and buys a plan against the sandbox' {
        $child = Invoke-FreshPowerShell -Environment ($environment + @{ YS_BASE_URI = $sandbox.Url }) -Script @'
$ErrorActionPreference = 'Stop'
Import-Module YeastarPartner
$credential = [pscredential]::new('sandbox-client-id', (ConvertTo-SecureString 'sandbox-client-secret' -AsPlainText -Force))
Connect-YeastarPartner -Credential $credential -BaseUri $env:YS_BASE_URI
$order = New-YsPlanOrder -SerialNumber 3631E3418911 -Plan Enterprise -BillingContactId 9007199254740993 -Confirm:$false
[pscustomobject]@{ ModuleBase = (Get-Module YeastarPartner).ModuleBase; OrderNo = $order.OrderNo; BillingContactId = "$($order.BillingContactId)" } | ConvertTo-Json -Compress
'@
        $child.ExitCode | Should -Be 0 -Because $child.Errors
        $result = ConvertFrom-ChildJson $child
        $version = (Import-PowerShellDataFile $env:YS_MODULE_PATH).ModuleVersion
        $result.ModuleBase | Should -Be (Join-Path $userHome ".local/share/powershell/Modules/YeastarPartner/$version")
        $stored = Get-SandboxOrder $sandbox -SerialNumber 3631E3418911
        $result.OrderNo | Should -Be $stored.orderNo
        $result.BillingContactId | Should -Be '9007199254740993'
    }
}
