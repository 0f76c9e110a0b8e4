# Get-Help answers for every exported cmdlet: the staged module's compiled help, checked generically so
# cmdlets added later are held to the same standard.
BeforeDiscovery {
    Import-Module $env:YS_MODULE_PATH -Force
    $script:cmdlets = @((Get-Module YeastarPartner).ExportedCmdlets.Values | ForEach-Object { @{ Name = $_.Name } })
}

BeforeAll {
    Import-Module $env:YS_MODULE_PATH -Force
    $script:common = [System.Management.Automation.PSCmdlet]::CommonParameters + [System.Management.Automation.PSCmdlet]::OptionalCommonParameters
}

Describe 'Help of <Name>' -ForEach $cmdlets {
    BeforeAll {
        $script:help = Get-Help $Name -Full
        $script:command = Get-Command $Name
    }

    It 'has a synopsis and a description from the compiled help' {
        # Without a help file, Get-Help makes the synopsis from the syntax, which starts with the name.
        $help.Synopsis | Should -Not -BeNullOrEmpty
        $help.Synopsis | Should -Not -BeLike "$Name *"
        ($help.description.Text -join '') | Should -Not -BeNullOrEmpty
    }

    It 'has at least two examples, each with code and an explanation' {
        $examples = @($help.examples.example)
        $examples.Count | Should -BeGreaterOrEqual 2
        foreach ($example in $examples) {
            $example.code | Should -Not -BeNullOrEmpty
            ($example.remarks.Text -join '') | Should -Not -BeNullOrEmpty
        }
    }

    It 'describes every parameter that is not common or hidden' {
        $visible = $command.Parameters.Values | Where-Object {
            $_.Name -notin $common -and -not ($_.Attributes | Where-Object { $_ -is [Parameter] -and $_.DontShow })
        }
        $undescribed = foreach ($parameter in $visible) {
            $entry = @($help.parameters.parameter) | Where-Object { $_ -and $_.name -eq $parameter.Name }
            if (-not $entry -or -not ($entry.description.Text -join '').Trim()) { $parameter.Name }
        }
        $undescribed | Should -BeNullOrEmpty -Because "docs/help/$Name.md must describe every parameter"
    }

    It 'links back to about_YeastarPartner' {
        $help.relatedLinks.navigationLink.linkText | Should -Contain 'about_YeastarPartner'
    }
}

Describe 'about_YeastarPartner' {
    It 'explains connections, safety, the journal and Azure Automation' {
        $text = Get-Help about_YeastarPartner | Out-String
        $text | Should -Match 'Connect-YeastarPartner'
        $text | Should -Match 'never sent twice'
        $text | Should -Match '-WhatIf'
        $text | Should -Match '-JournalPath'
        $text | Should -Match 'Get-AutomationPSCredential'
    }
}
