# Runs a script in a new PowerShell process, the way a scheduler or an Azure Automation worker starts a
# job: -NoProfile -NonInteractive, no console input. One process cannot import the module from two paths,
# and import-order tests need a process nothing was loaded into yet.
Set-StrictMode -Version Latest

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
    # The test run itself may be `dotnet pwsh.dll` (the local tool) or an installed pwsh.
    $pwshExe = Join-Path $PSHOME ($IsWindows ? 'pwsh.exe' : 'pwsh')
    $start = [Diagnostics.ProcessStartInfo]::new()
    if (Test-Path $pwshExe) { $start.FileName = $pwshExe }
    else { $start.FileName = 'dotnet'; $start.ArgumentList.Add((Join-Path $PSHOME 'pwsh.dll')) }
    $encoded = [Convert]::ToBase64String([Text.Encoding]::Unicode.GetBytes($Script))
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
    $process.StandardInput.Close() # nobody is there to answer a prompt
    $stderr = $process.StandardError.ReadToEndAsync()
    $stdout = $process.StandardOutput.ReadToEnd()
    # Generous: a cold pwsh on a loaded 2-core machine takes seconds to start.
    if (-not $process.WaitForExit(180000)) { $process.Kill($true); throw "The child pwsh did not finish within 3 minutes. Output: $stdout" }
    [pscustomobject]@{
        ExitCode = $process.ExitCode
        Output   = @($stdout -split '\r?\n' | Where-Object { $_ })
        Errors   = $stderr.GetAwaiter().GetResult()
    }
}

function ConvertFrom-ChildJson {
    <# Reads the JSON a child script wrote as its last output line. #>
    param([Parameter(Mandatory)] $Result)
    if ($Result.Output.Count -eq 0) { throw "The child wrote no output (exit code $($Result.ExitCode)). Errors: $($Result.Errors)" }
    $Result.Output[-1] | ConvertFrom-Json
}

Export-ModuleMember -Function Invoke-FreshPowerShell, ConvertFrom-ChildJson
