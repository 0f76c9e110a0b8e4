# The help converter (build/help) rejects malformed markdown with the file, line and fix, so a broken help
# file fails the build instead of shipping empty help.
BeforeAll {
    Import-Module (Join-Path $PSScriptRoot '../../build/help/HelpMarkdown.psm1') -Force
    $script:valid = @'
# Get-YsThing
## SYNOPSIS
Gets things.
## DESCRIPTION
Long text.
## EXAMPLES
### Example 1: One
```powershell
Get-YsThing
```
Gets them.
### Example 2: Two
```powershell
Get-YsThing | Export-Csv things.csv
```
Saves them.
## PARAMETERS
### -Name
A name.
## INPUTS
### None
Nothing.
## OUTPUTS
### YsThing
A thing.
## RELATED LINKS
- [about_YeastarPartner](about_YeastarPartner.md)
'@
    function Read-Sample([string] $Text) {
        $path = Join-Path $TestDrive 'Get-YsThing.md'
        Set-Content -Path $path -Value $Text
        Read-CommandHelp $path
    }
}

Describe 'Read-CommandHelp' {
    It 'reads every section of a well-formed file' {
        $help = Read-Sample $valid
        $help.Synopsis | Should -Be 'Gets things.'
        $help.Examples.Count | Should -Be 2
        $help.Examples[1].Code | Should -Be 'Get-YsThing | Export-Csv things.csv'
        $help.Parameters['Name'] | Should -Be 'A name.'
        $help.Outputs[0].Type | Should -Be 'YsThing'
        $help.Links[0].Text | Should -Be 'about_YeastarPartner'
    }

    It 'names the file, the line and the expected section when a section is missing' {
        { Read-Sample ($valid -replace '(?s)## OUTPUTS.*?(?=## RELATED)', '') } |
            Should -Throw "*Get-YsThing.md:1: the section '## OUTPUTS' is missing*"
    }

    It 'rejects an example without a powershell code block, at its line' {
        { Read-Sample ($valid -replace '```powershell\r?\nGet-YsThing\r?\n```', 'just words') } |
            Should -Throw "*Get-YsThing.md:7: '### Example 1: One' must start with one *powershell code block*"
    }

    It 'reads the mark of an example that cannot run against the sandbox, and rejects an unknown mark at its line' {
        $help = Read-Sample ($valid -replace '```powershell\r?\nGet-YsThing\r?\n```', "``````powershell azure-automation`nGet-YsThing`n``````")
        $help.Examples[0].NotRunBecause | Should -Match 'Azure Automation'
        $help.Examples[0].Code | Should -Be 'Get-YsThing'
        $help.Examples[1].NotRunBecause | Should -BeNullOrEmpty
        { Read-Sample ($valid -replace '```powershell\r?\nGet-YsThing\r?\n```', "``````powershell later`nGet-YsThing`n``````") } |
            Should -Throw "*Get-YsThing.md:8: 'later' is not an example mark*"
    }

    It 'rejects sections out of order and unknown sections' {
        $swapped = $valid -replace '## SYNOPSIS\r?\nGets things.\r?\n## DESCRIPTION\r?\nLong text.', "## DESCRIPTION`nLong text.`n## SYNOPSIS`nGets things."
        { Read-Sample $swapped } | Should -Throw '*out of order*'
        { Read-Sample ($valid -replace '## NOTES|## INPUTS', '## INPUT') } | Should -Throw "*unknown section '## INPUT'*"
    }

    It 'rejects a title that is not the file name and an unclosed code block' {
        { Read-Sample ($valid -replace '# Get-YsThing', '# Get-YsOther') } | Should -Throw "*title 'Get-YsOther' must be the file name*"
        { Read-Sample ($valid -replace '(?s)```\r?\nSaves them.*', 'Saves them.') } | Should -Throw '*not closed*'
    }
}

Describe 'Convert-Help.ps1' {
    It 'fails with a message naming the parameter a file documents but the cmdlet lacks' {
        $docs = New-Item -ItemType Directory (Join-Path $TestDrive 'docs')
        $valid -replace 'Get-YsThing', 'Get-YsConnection' | Set-Content (Join-Path $docs 'Get-YsConnection.md')
        $pwsh = (Get-Process -Id $PID).Path
        $arguments = @('-NoProfile', '-NonInteractive', '-File', (Join-Path $PSScriptRoot '../../build/help/Convert-Help.ps1'),
            '-HelpPath', $docs, '-ModulePath', $env:YS_MODULE_PATH, '-OutputPath', (Join-Path $TestDrive 'en-US'))
        if ($pwsh -notmatch 'pwsh(\.exe)?$') { $arguments = @((Join-Path $PSHOME 'pwsh.dll')) + $arguments }
        $output = (& $pwsh @arguments 2>&1 | Out-String) -replace '\s+', ' '

        $LASTEXITCODE | Should -Not -Be 0
        $output | Should -Match 'Get-YsConnection.md: documents -Name, which Get-YsConnection does not have'
        Join-Path $TestDrive 'en-US/YeastarPartner.dll-Help.xml' | Should -Not -Exist
    }
}
