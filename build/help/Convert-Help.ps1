<#
.SYNOPSIS
    Compiles docs/help/*.md into the module's external help: en-US/<Module>.dll-Help.xml (MAML, one entry
    per cmdlet that has a Verb-Noun.md) and en-US/about_*.help.txt.
.DESCRIPTION
    Imports the staged module so syntax, parameter types, positions, aliases, pipeline input, default values
    and output types come from the cmdlets themselves. Fails, naming file and line, when a file is
    malformed, when a file names a cmdlet the module does not export, when it describes a parameter the
    cmdlet does not have, or when its OUTPUTS do not name exactly the cmdlet's [OutputType] types.
    Completeness (every cmdlet and parameter described, two examples) is checked by the Pester tests.
    Run in a fresh pwsh: it imports the module.
#>
[CmdletBinding()]
param(
    [Parameter(Mandatory)] [string] $HelpPath,
    [Parameter(Mandatory)] [string] $ModulePath,
    # Where the help files go: the module's en-US folder.
    [Parameter(Mandatory)] [string] $OutputPath
)
$ErrorActionPreference = 'Stop'
Set-StrictMode -Version Latest
$env:NO_COLOR = '1'
$env:POWERSHELL_TELEMETRY_OPTOUT = '1'
$env:POWERSHELL_UPDATECHECK = 'Off'

Import-Module (Join-Path $PSScriptRoot 'HelpMarkdown.psm1')
Import-Module (Join-Path $PSScriptRoot 'CommandMetadata.psm1')
Import-Module (Join-Path $PSScriptRoot 'MamlWriter.psm1')
Import-Module (Join-Path $PSScriptRoot 'AboutTopicWriter.psm1')
$module = Import-Module (Resolve-Path $ModulePath).Path -PassThru
New-Item -ItemType Directory -Force -Path $OutputPath | Out-Null

$problems = [Collections.Generic.List[string]]::new()
$entries = foreach ($file in Get-ChildItem $HelpPath -Filter '*-*.md' | Sort-Object Name) {
    $command = $module.ExportedCmdlets[$file.BaseName]
    if (-not $command) { $problems.Add("$($file.Name): $($module.Name) exports no cmdlet named '$($file.BaseName)'."); continue }
    try { $help = Read-CommandHelp $file.FullName }
    catch { $problems.Add($_.Exception.Message); continue }
    $known = @(Get-DocumentedParameter $command | ForEach-Object Name)
    foreach ($name in $help.Parameters.Keys | Where-Object { $_ -notin $known }) {
        $problems.Add("$($file.Name): documents -$name, which $($command.Name) does not have (it has $(if ($known) { $known -join ', ' } else { 'none' })).")
    }
    foreach ($problem in Test-OutputSection $help $command) { $problems.Add((New-HelpProblem $file.FullName $problem.Line $problem.Message)) }
    [pscustomobject]@{ Help = $help; Command = $command }
}
$abouts = foreach ($file in Get-ChildItem $HelpPath -Filter 'about_*.md') {
    try { [pscustomobject]@{ Name = $file.BaseName; Text = ConvertTo-AboutTopicText $file.FullName } }
    catch { $problems.Add($_.Exception.Message) }
}
if ($problems.Count -gt 0) {
    # Plain lines on stderr, not an error record: the build log should read as a list of fixes.
    [Console]::Error.WriteLine("The help in $HelpPath is malformed; fix these lines:")
    foreach ($problem in $problems) { [Console]::Error.WriteLine("  $problem") }
    exit 1
}

# Get-Help looks for the file each cmdlet names: <assembly file name>-Help.xml.
if ($entries) { Write-MamlFile -Path (Join-Path $OutputPath @($entries)[0].Command.HelpFile) -Entries @($entries) }
foreach ($about in $abouts) { Set-Content -Path (Join-Path $OutputPath "$($about.Name).help.txt") -Value $about.Text -NoNewline -Encoding utf8NoBOM }
Write-Host "Compiled help: $(@($entries).Count) cmdlets, $(@($abouts).Count) about topics -> $OutputPath"
