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
    BeforeAll {
        # Runs the converter in a fresh pwsh over one Get-YsConnection.md; its output as one line.
        function Invoke-Converter([string] $Markdown) {
            $docs = New-Item -ItemType Directory (Join-Path $TestDrive ([guid]::NewGuid()))
            Set-Content -Path (Join-Path $docs 'Get-YsConnection.md') -Value $Markdown
            $pwsh = (Get-Process -Id $PID).Path
            $arguments = @('-NoProfile', '-NonInteractive', '-File', (Join-Path $PSScriptRoot '../../build/help/Convert-Help.ps1'),
                '-HelpPath', $docs, '-ModulePath', $env:YS_MODULE_PATH, '-OutputPath', (Join-Path $docs 'en-US'))
            if ($pwsh -notmatch 'pwsh(\.exe)?$') { $arguments = @((Join-Path $PSHOME 'pwsh.dll')) + $arguments }
            $output = (& $pwsh @arguments 2>&1 | Out-String) -replace '\s+', ' '
            [pscustomobject]@{ ExitCode = $LASTEXITCODE; Output = $output; Maml = Join-Path $docs 'en-US/YeastarPartner.dll-Help.xml' }
        }
        # Get-YsConnection has no parameters of its own and declares [OutputType(YsConnection)].
        $script:connectionHelp = ($valid -replace 'Get-YsThing', 'Get-YsConnection' -replace '### -Name\r?\nA name.\r?\n', '' -replace
            '### YsThing', '### YeastarPartner.Connections.YsConnection')
    }

    It 'compiles a file whose OUTPUTS name the cmdlet''s [OutputType]' {
        $run = Invoke-Converter $connectionHelp
        $run.ExitCode | Should -Be 0 -Because $run.Output
        $run.Maml | Should -Exist
    }

    It 'fails with a message naming the parameter a file documents but the cmdlet lacks' {
        $run = Invoke-Converter ($valid -replace 'Get-YsThing', 'Get-YsConnection' -replace '### YsThing', '### YeastarPartner.Connections.YsConnection')
        $run.ExitCode | Should -Not -Be 0
        $run.Output | Should -Match 'Get-YsConnection.md: documents -Name, which Get-YsConnection does not have'
        $run.Maml | Should -Not -Exist
    }

    It 'fails at the line of an OUTPUTS type the cmdlet does not declare in [OutputType]' {
        $run = Invoke-Converter ($connectionHelp -replace '### YeastarPartner.Connections.YsConnection', '### YeastarPartner.Models.YsConnection')
        $run.ExitCode | Should -Not -Be 0
        $run.Output | Should -Match 'Get-YsConnection.md:22: OUTPUTS names YeastarPartner.Models.YsConnection, but Get-YsConnection declares \[OutputType\] YeastarPartner.Connections.YsConnection'
        $run.Maml | Should -Not -Exist
    }

    It 'fails at the OUTPUTS heading when a declared [OutputType] is not described' {
        $run = Invoke-Converter ($connectionHelp -replace '(?s)(## OUTPUTS\r?\n).*?(?=## RELATED)', '$1')
        $run.ExitCode | Should -Not -Be 0
        $run.Output | Should -Match 'Get-YsConnection.md:21: OUTPUTS does not describe YeastarPartner.Connections.YsConnection'
        $run.Maml | Should -Not -Exist
    }
}

Describe 'Write-MamlFile' {
    BeforeAll {
        Import-Module (Join-Path $PSScriptRoot '../../build/help/MamlWriter.psm1') -Force
        # A command whose -Id is mandatory and positional in one set and optional by name in the other.
        function global:Get-YsSample {
            [CmdletBinding(DefaultParameterSetName = 'ById')]
            [OutputType([string])]
            param(
                [Parameter(ParameterSetName = 'ById', Mandatory, Position = 0, ValueFromPipelineByPropertyName)]
                [Parameter(ParameterSetName = 'ByName')]
                [string] $Id,
                [Parameter(ParameterSetName = 'ByName', Mandatory)]
                [string] $Name,
                [PSDefaultValue(Help = 'ten, the server''s page')]
                [int] $Size
            )
        }
        $help = [pscustomobject]@{
            Synopsis = 'Gets samples.'; Description = @('Long text.'); Examples = @(); Notes = @(); Links = @(); Inputs = @()
            Parameters = [ordered]@{ Id = @('An ID.'); Name = @('A name.'); Size = @('How many.') }
            Outputs = @([pscustomobject]@{ Type = 'System.String'; Description = @('A sample.') })
        }
        $path = Join-Path $TestDrive 'sample-Help.xml'
        Write-MamlFile -Path $path -Entries @([pscustomobject]@{ Help = $help; Command = (Get-Command Get-YsSample) })
        $script:xml = [xml](Get-Content $path -Raw)
        $script:ns = [System.Xml.XmlNamespaceManager]::new($xml.NameTable)
        $ns.AddNamespace('command', 'http://schemas.microsoft.com/maml/dev/command/2004/10')
        $ns.AddNamespace('maml', 'http://schemas.microsoft.com/maml/2004/10')
        $ns.AddNamespace('dev', 'http://schemas.microsoft.com/maml/dev/2004/10')
    }

    AfterAll { Remove-Item function:Get-YsSample }

    It 'gives a parameter one entry per way it binds, each naming its parameter sets' {
        $entries = @($xml.SelectNodes('//command:parameters/command:parameter[maml:name="Id"]', $ns))
        $entries.Count | Should -Be 2
        $byId = $entries | Where-Object { $_.description.para[0] -eq 'In the parameter set ById:' }
        $byId.required | Should -Be 'true'
        $byId.position | Should -Be '0'
        $byId.pipelineInput | Should -Be 'True (ByPropertyName)'
        $byName = $entries | Where-Object { $_.description.para[0] -eq 'In the parameter set ByName:' }
        $byName.required | Should -Be 'false'
        $byName.position | Should -Be 'named'
        $byName.pipelineInput | Should -Be 'False'
        @($byName.description.para)[1] | Should -Be 'An ID.'
    }

    It 'keeps one entry, without set names, for a parameter that binds the same way everywhere' {
        $entries = @($xml.SelectNodes('//command:parameters/command:parameter[maml:name="Size"]', $ns))
        $entries.Count | Should -Be 1
        @($entries[0].description.para) | Should -Be @('How many.')
    }

    It 'writes the binding of each set into its syntax item' {
        $ids = @($xml.SelectNodes('//command:syntaxItem/command:parameter[maml:name="Id"]', $ns))
        @($ids | ForEach-Object required) | Should -Be @('true', 'false')
        @($ids | ForEach-Object position) | Should -Be @('0', 'named')
    }

    It 'takes a default from [PSDefaultValue] and the output types from [OutputType]' {
        $xml.SelectSingleNode('//command:parameters/command:parameter[maml:name="Size"]/dev:defaultValue', $ns).InnerText | Should -Be 'ten, the server''s page'
        $xml.SelectSingleNode('//command:parameters/command:parameter[maml:name="Name"]/dev:defaultValue', $ns).InnerText | Should -Be 'None'
        $xml.SelectSingleNode('//command:returnValues/command:returnValue/dev:type/maml:name', $ns).InnerText | Should -Be 'System.String'
    }
}
