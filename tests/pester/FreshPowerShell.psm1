# Runs a script in a new PowerShell process, the way a scheduler or an Azure Automation worker starts a
# job: -NoProfile -NonInteractive, no console input. One process cannot import the module from two paths,
# and import-order tests need a process nothing was loaded into yet. The child never sees a copy of the
# module installed on this machine: pwsh adds the user's and the machine's module folders to PSModulePath
# at start, so the child's first line takes them out again (Get-CleanModulePathScript).
Set-StrictMode -Version Latest

# Every child started, so that Stop-FreshPowerShell can end the ones a failed test left running.
$script:Started = [Collections.Generic.List[Diagnostics.Process]]::new()

function Stop-FreshPowerShell {
    <# Kills every child of this module that is still running (with its own children); for AfterAll, however the tests ended. #>
    foreach ($process in $script:Started) {
        if (-not $process.HasExited) { $process.Kill($true); [void]$process.WaitForExit(10000) }
    }
    $script:Started.Clear()
}

function Get-InstalledModuleFolder {
    <# The module folders pwsh adds for the real user and the machine: where an installed YeastarPartner lives. #>
    $userFolder = if ($IsWindows) { Join-Path ([Environment]::GetFolderPath('MyDocuments')) 'PowerShell/Modules' }
    else { Join-Path ([Environment]::GetFolderPath('LocalApplicationData')) 'powershell/Modules' }
    $machineFolder = if ($IsWindows) { Join-Path $env:ProgramFiles 'PowerShell/Modules' } else { '/usr/local/share/powershell/Modules' }
    @($userFolder, $machineFolder) | ForEach-Object { [IO.Path]::GetFullPath($_).TrimEnd('/', '\') }
}

function Get-CleanModulePathScript {
    <#
    .SYNOPSIS
        A line that removes the installed-module folders from the running process's PSModulePath. A test that
        wants a folder of its own on the path (a package, a fake home) passes it in -Environment and keeps it.
    #>
    $folders = (Get-InstalledModuleFolder | ForEach-Object { "'$($_ -replace "'", "''")'" }) -join ', '
    "`$env:PSModulePath = (`$env:PSModulePath -split [IO.Path]::PathSeparator | Where-Object { `$_ -and [IO.Path]::GetFullPath(`$_).TrimEnd('/', '\') -notin @($folders) }) -join [IO.Path]::PathSeparator"
}

function Start-FreshPowerShell {
    <#
    .SYNOPSIS
        Starts -Script in a fresh pwsh and returns at once; Wait-FreshPowerShell collects the result. Two
        started one after the other run at the same time, as two scheduled jobs would.
    .PARAMETER Environment
        Variables set for the child only (a value of $null removes the variable).
    #>
    param(
        [Parameter(Mandatory)] [string] $Script,
        [hashtable] $Environment = @{}
    )
    # The test run itself may be `dotnet pwsh.dll` (the local tool) or an installed pwsh.
    $pwshExe = Join-Path $PSHOME ($IsWindows ? 'pwsh.exe' : 'pwsh')
    $start = [Diagnostics.ProcessStartInfo]::new()
    if (Test-Path $pwshExe) { $start.FileName = $pwshExe }
    else { $start.FileName = 'dotnet'; $start.ArgumentList.Add((Join-Path $PSHOME 'pwsh.dll')) }
    $encoded = [Convert]::ToBase64String([Text.Encoding]::Unicode.GetBytes((Get-CleanModulePathScript) + "`n" + $Script))
    foreach ($argument in '-NoProfile', '-NonInteractive', '-OutputFormat', 'Text', '-EncodedCommand', $encoded) { $start.ArgumentList.Add($argument) }
    $start.RedirectStandardInput = $true
    $start.RedirectStandardOutput = $true
    $start.RedirectStandardError = $true
    $start.UseShellExecute = $false
    foreach ($name in 'NO_COLOR', 'POWERSHELL_TELEMETRY_OPTOUT') { $start.Environment[$name] = '1' }
    $start.Environment['POWERSHELL_UPDATECHECK'] = 'Off'
    foreach ($name in $Environment.Keys) {
        if ($null -eq $Environment[$name]) { [void]$start.Environment.Remove($name) } else { $start.Environment[$name] = [string]$Environment[$name] }
    }

    $process = [Diagnostics.Process]::Start($start)
    $script:Started.Add($process)
    $process.StandardInput.Close() # nobody is there to answer a prompt
    [pscustomobject]@{
        Process = $process
        Output  = $process.StandardOutput.ReadToEndAsync()
        Errors  = $process.StandardError.ReadToEndAsync()
    }
}

function Wait-FreshPowerShell {
    <# Waits for a child started by Start-FreshPowerShell; returns its exit code, output lines and error text. #>
    param([Parameter(Mandatory)] $Child)
    # Generous: a cold pwsh on a loaded 2-core machine takes seconds to start.
    if (-not $Child.Process.WaitForExit(180000)) { $Child.Process.Kill($true); throw "The child pwsh did not finish within 3 minutes. Output: $($Child.Output.GetAwaiter().GetResult())" }
    $stdout = $Child.Output.GetAwaiter().GetResult()
    [pscustomobject]@{
        ExitCode = $Child.Process.ExitCode
        Output   = @($stdout -split '\r?\n' | Where-Object { $_ })
        Errors   = $Child.Errors.GetAwaiter().GetResult()
    }
}

function Invoke-FreshPowerShell {
    <#
    .SYNOPSIS
        Runs -Script in a fresh pwsh and returns its exit code, its output lines and its error text.
    .PARAMETER Environment
        Variables set for the child only (a value of $null removes the variable).
    #>
    param(
        [Parameter(Mandatory)] [string] $Script,
        [hashtable] $Environment = @{}
    )
    Wait-FreshPowerShell (Start-FreshPowerShell -Script $Script -Environment $Environment)
}

function ConvertFrom-ChildJson {
    <# Reads the JSON a child script wrote as its last output line. #>
    param([Parameter(Mandatory)] $Result)
    if ($Result.Output.Count -eq 0) { throw "The child wrote no output (exit code $($Result.ExitCode)). Errors: $($Result.Errors)" }
    $Result.Output[-1] | ConvertFrom-Json
}

Export-ModuleMember -Function Start-FreshPowerShell, Wait-FreshPowerShell, Invoke-FreshPowerShell, ConvertFrom-ChildJson, Get-CleanModulePathScript, Stop-FreshPowerShell
