# The conventions of docs/conventions.md, checked over every exported cmdlet so that cmdlets added later
# are held to them. Exceptions are listed here by name, each with its reason.
BeforeDiscovery {
    Import-Module $env:YS_MODULE_PATH -Force
    $script:cmdlets = @((Get-Module YeastarPartner).ExportedCmdlets.Values | ForEach-Object { @{ Name = $_.Name } })
}

BeforeAll {
    Import-Module $env:YS_MODULE_PATH -Force
    # Verbs that change something outside the session: the cmdlet must support -WhatIf and -Confirm.
    $script:changingVerbs = @('New', 'Set', 'Add', 'Remove', 'Clear', 'Enable', 'Disable', 'Update', 'Invoke', 'Start', 'Stop',
        'Reset', 'Restore', 'Submit', 'Register', 'Unregister', 'Grant', 'Revoke', 'Approve', 'Deny', 'Move', 'Rename', 'Copy',
        'Install', 'Uninstall', 'Publish', 'Unpublish', 'Send')
    # Cmdlets without -Connection: Connect makes connections; Get-YsConnection reads the session's default.
    $script:withoutConnection = @('Connect-YeastarPartner', 'Get-YsConnection')
    # Cmdlets named after the module rather than a Ys noun: the session verbs of the connection.
    $script:moduleNouns = @('Connect-YeastarPartner', 'Disconnect-YeastarPartner')
    # Cmdlets that write no output and declare [OutputType([void])].
    $script:noOutput = @('Disconnect-YeastarPartner')
    # The escape hatch for endpoints without a cmdlet: it writes whatever JSON the endpoint returns.
    $script:untypedOutput = @('Invoke-YsApiRequest')
}

Describe '<Name> follows the module conventions' -ForEach $cmdlets {
    BeforeAll {
        $script:command = Get-Command $Name
        $script:cmdletAttribute = $command.ImplementingType.GetCustomAttributes([System.Management.Automation.CmdletAttribute], $true)[0]
        $script:outputTypes = @($command.ImplementingType.GetCustomAttributes([System.Management.Automation.OutputTypeAttribute], $true) |
                ForEach-Object { $_.Type } | ForEach-Object { $_.Type })
    }

    It 'has a HelpUri: its page of docs/help, which Get-Help -Online opens' {
        $command.HelpUri | Should -BeExactly "https://github.com/yeastarpartner/YeastarPartner/blob/main/docs/help/$Name.md"
        Join-Path $PSScriptRoot "../../docs/help/$Name.md" | Should -Exist
    }

    It 'uses an approved verb' {
        $command.Verb | Should -BeIn (Get-Verb).Verb
    }

    It 'has a singular noun with the Ys prefix' {
        if ($Name -notin $moduleNouns) { $command.Noun | Should -MatchExactly '^Ys[A-Z]' }
        $command.Noun | Should -Not -Match '(?<![su])s$' -Because 'PowerShell nouns are singular'
    }

    It 'takes -Connection unless it is an explicit exception' {
        if ($Name -in $withoutConnection) { Set-ItResult -Skipped -Because "$Name is an explicit exception"; return }
        $command.Parameters.Keys | Should -Contain 'Connection'
        $command.Parameters['Connection'].ParameterType.Name | Should -Be 'YsConnection'
    }

    It 'supports -WhatIf and -Confirm when its verb changes state' {
        if ($command.Verb -notin $changingVerbs) { Set-ItResult -Skipped -Because "$($command.Verb) does not change state"; return }
        $cmdletAttribute.SupportsShouldProcess | Should -BeTrue
        $command.Parameters.Keys | Should -Contain 'WhatIf'
    }

    It 'declares a typed [OutputType], never a string or a PSObject' {
        $outputTypes | Should -Not -BeNullOrEmpty
        if ($Name -in $untypedOutput) { Set-ItResult -Skipped -Because "$Name is an explicit exception"; return }
        foreach ($type in $outputTypes) {
            $type | Should -Not -BeIn @([string], [psobject], [object], [hashtable])
            if ($type -eq [void]) { $Name | Should -BeIn $noOutput -Because 'only cmdlets listed as writing no output declare [void]' }
        }
    }
}

Describe 'The module manifest' {
    BeforeAll {
        $script:manifest = Import-PowerShellDataFile $env:YS_MODULE_PATH
        $script:module = Get-Module YeastarPartner
    }

    It 'exports an explicit list naming every cmdlet of the assembly' {
        $manifest.CmdletsToExport | Should -Not -Contain '*'
        $declared = $module.ImplementingAssembly.GetExportedTypes() |
            Where-Object { $_.IsSubclassOf([System.Management.Automation.Cmdlet]) -and -not $_.IsAbstract } |
            ForEach-Object { $attribute = $_.GetCustomAttributes([System.Management.Automation.CmdletAttribute], $false)[0]; "$($attribute.VerbName)-$($attribute.NounName)" }
        @($manifest.CmdletsToExport | Sort-Object) | Should -Be @($declared | Sort-Object) -Because 'a cmdlet missing from CmdletsToExport is invisible to users'
    }

    It 'runs on Windows PowerShell 5.1 and PowerShell 7 and loads the views' {
        $manifest.CompatiblePSEditions | Should -Be @('Desktop', 'Core')
        $manifest.PowerShellVersion | Should -Be '5.1'
        $manifest.FormatsToProcess | Should -Contain 'YeastarPartner.format.ps1xml'
    }

    It 'has gallery metadata' {
        $data = $manifest.PrivateData.PSData
        $data.Tags | Should -Not -BeNullOrEmpty
        $data.Tags | Where-Object { $_ -match '\s' } | Should -BeNullOrEmpty -Because 'the Gallery refuses tags with spaces'
        $data.ProjectUri | Should -Be 'https://github.com/yeastarpartner/YeastarPartner'
        $data.LicenseUri | Should -Be 'https://github.com/yeastarpartner/YeastarPartner/blob/main/LICENSE'
    }

    It 'does not present the module as Yeastar''s own' {
        $manifest.CompanyName | Should -Not -Match '^\s*Yeastar(\s|$|,|\.)' -Because 'the Gallery shows CompanyName as the publisher'
        $manifest.CompanyName | Should -Match 'independent'
        $manifest.Description | Should -Match 'not made or supported by Yeastar'
    }

    It 'carries the CHANGELOG.md section of its version as release notes' {
        # The section under the '## ' heading that names ModuleVersion, up to the next '## ' heading.
        $changelog = Get-Content (Join-Path $PSScriptRoot '../../CHANGELOG.md') -Raw
        $section = [regex]::Match($changelog, "(?ms)^## [^\n]*\b$([regex]::Escape($manifest.ModuleVersion))\b[^\n]*\n(.*?)(?=^## |\z)")
        $section.Success | Should -BeTrue -Because "CHANGELOG.md must have a section for $($manifest.ModuleVersion)"
        $manifest.PrivateData.PSData.ReleaseNotes.Replace("`r`n", "`n") | Should -BeExactly $section.Groups[1].Value.Replace("`r`n", "`n").Trim()
    }
}
