# Windows PowerShell on .NET Framework older than 4.7.2 cannot load the module's netstandard2.0 assemblies, and
# says so only as "Could not load file or assembly 'netstandard'". The staged YeastarPartner.Requirements.psm1
# (running YeastarPartner.Requirements.Desktop.ps1 on Windows PowerShell) stops the import first with a message
# that names the fix. Windows PowerShell cannot run here, so the check
# is judged with the edition and release number passed in, and its place in the import is proven in pwsh.
BeforeAll {
    Import-Module (Join-Path $PSScriptRoot 'FreshPowerShell.psm1') -Force
    $script:moduleDir = Split-Path $env:YS_MODULE_PATH
    $script:check = Join-Path $moduleDir 'YeastarPartner.Requirements.Desktop.ps1'
    function Invoke-Check([string] $Edition, $Release) { & $check $Edition $Release }
}

Describe 'The .NET Framework check of the staged module' {
    It 'stops Windows PowerShell on .NET Framework 4.6.2 with a message naming what is installed and what to do' {
        { Invoke-Check Desktop 394802 } | Should -Throw -ExpectedMessage '*needs .NET Framework 4.7.2 or later*has .NET Framework 4.6.2*Install .NET Framework 4.8*PowerShell 7.4*'
    }

    It 'stops on 4.7.1 too, the last release before 4.7.2' {
        { Invoke-Check Desktop 461308 } | Should -Throw -ExpectedMessage '*has .NET Framework 4.7.1*'
    }

    It 'lets Windows PowerShell on 4.7.2 and 4.8 through' {
        { Invoke-Check Desktop 461808 } | Should -Not -Throw
        { Invoke-Check Desktop 528040 } | Should -Not -Throw
    }

    It 'does nothing on PowerShell 7, whatever the number' {
        { Invoke-Check Core 1 } | Should -Not -Throw
    }

    It 'is not even run on PowerShell 7: the nested module runs it on Windows PowerShell only' {
        $copy = Join-Path $TestDrive 'Refusing'
        Copy-Item $moduleDir $copy -Recurse
        Set-Content (Join-Path $copy 'YeastarPartner.Requirements.Desktop.ps1') "throw 'refused by the check'"
        { Import-Module (Join-Path $copy 'YeastarPartner.Requirements.psm1') -Force -ErrorAction Stop } | Should -Not -Throw
        Remove-Module YeastarPartner.Requirements -ErrorAction SilentlyContinue
    }

    It 'is listed in the manifest as a nested module, so it runs before any type of the module is inspected' {
        (Import-PowerShellDataFile $env:YS_MODULE_PATH).NestedModules | Should -Be @('YeastarPartner.Requirements.psm1')
        # A copy whose check always refuses: the import must stop with its message before PowerShell inspects the
        # cmdlet assembly's types, which is where .NET Framework 4.6 fails (they derive from netstandard types).
        # PowerShell may already have read YeastarPartner.dll itself; inspecting its types would load the client.
        $copy = Join-Path $TestDrive 'YeastarPartner'
        Copy-Item $moduleDir $copy -Recurse
        Set-Content (Join-Path $copy 'YeastarPartner.Requirements.psm1') "throw 'refused by the check'" # stands in for Windows PowerShell
        $child = Invoke-FreshPowerShell -Environment @{ YS_COPY = $copy } -Script @'
try { Import-Module (Join-Path $env:YS_COPY 'YeastarPartner.psd1') -ErrorAction Stop; 'imported' } catch { "failed: $($_.Exception.Message)" }
[pscustomobject]@{
    ClientLoaded = [bool]([AppDomain]::CurrentDomain.GetAssemblies() | Where-Object { $_.GetName().Name -eq 'YeastarPartner.Client' })
    Commands     = @(Get-Command -Noun Ys*, YeastarPartner -ErrorAction SilentlyContinue).Count
} | ConvertTo-Json -Compress
'@
        $child.Output | Should -Contain 'failed: refused by the check'
        $result = ConvertFrom-ChildJson $child
        $result.ClientLoaded | Should -BeFalse
        $result.Commands | Should -Be 0
    }
}
