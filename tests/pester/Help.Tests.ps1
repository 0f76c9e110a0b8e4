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

    It 'shows the default value of every parameter that has one in the code' {
        # The cmdlet as PowerShell creates it before binding: a parameter left out keeps this value.
        $instance = [Activator]::CreateInstance($command.ImplementingType)
        $visible = $command.Parameters.Values | Where-Object { $_.Name -notin $common -and -not ($_.Attributes | Where-Object { $_ -is [Parameter] -and $_.DontShow }) }
        $wrong = foreach ($parameter in $visible) {
            $property = $command.ImplementingType.GetProperty($parameter.Name)
            if (-not $property) { continue }
            $declared = $property.GetCustomAttributes([System.Management.Automation.PSDefaultValueAttribute], $true) | Select-Object -First 1
            $value = $property.GetValue($instance)
            $requiredEverywhere = -not ($parameter.ParameterSets.Values | Where-Object { -not $_.IsMandatory })
            $expected = if ($declared) { $declared.Help }
            elseif ($requiredEverywhere -or $null -eq $value -or $value -is [switch] -or ($value -is [bool] -and -not $value) -or "$value" -eq '') { 'None' }
            else { "$value" }
            $shown = @(Get-Help $Name -Parameter $parameter.Name)[0].defaultValue
            if ($shown -cne $expected) { "-$($parameter.Name): shows '$shown', the code says '$expected'" }
        }
        $wrong | Should -BeNullOrEmpty
    }

    It 'names exactly the [OutputType] types under OUTPUTS' {
        $declared = @($command.OutputType | ForEach-Object { if ($_.Type -eq [void]) { 'None' } else { $_.Type.FullName } })
        @($help.returnValues.returnValue | ForEach-Object { $_.type.name }) | Should -Be $declared
    }

    It 'links back to about_YeastarPartner' {
        $help.relatedLinks.navigationLink.linkText | Should -Contain 'about_YeastarPartner'
    }
}

Describe 'Default values in Get-Help' {
    It 'shows the throttle limit of New-YsPlanOrder and the timeout of Connect-YeastarPartner' {
        (Get-Help New-YsPlanOrder -Parameter ThrottleLimit).defaultValue | Should -Be '1'
        (Get-Help Connect-YeastarPartner -Parameter TimeoutSec).defaultValue | Should -Be '100'
        (Get-Help New-YsPlanOrder -Parameter ThrottleLimit | Out-String) | Should -Match 'Default value\s+1\r?\n'
    }

    It 'shows the defaults the order cmdlets apply per row, from [PSDefaultValue]' {
        (Get-Help New-YsPlanOrder -Parameter Operation).defaultValue | Should -Be 'Purchase'
        (Get-Help New-YsPlanOrder -Parameter BillingCycle).defaultValue | Should -BeLike 'Monthly*'
        (Get-Help New-YsPlanOrder -Parameter ProductId).defaultValue | Should -BeLike '11 *'
        (Get-Help New-YsPlanOrder -Parameter MultiCycle).defaultValue | Should -BeLike '0; 1 *'
    }

    It 'shows None for a mandatory parameter and for a switch' {
        (Get-Help Connect-YeastarPartner -Parameter ClientId).defaultValue | Should -Be 'None'
        (Get-Help Connect-YeastarPartner -Parameter PassThru).defaultValue | Should -Be 'None'
    }
}

Describe 'Get-Help -Online' -Skip:(-not $IsLinux) {
    BeforeAll {
        Import-Module (Join-Path $PSScriptRoot 'FreshPowerShell.psm1') -Force
        # .NET opens a URL with xdg-open on Linux: a stand-in earlier on PATH records what would be opened.
        $script:bin = New-Item -ItemType Directory -Path (Join-Path $TestDrive 'bin')
        $script:opened = Join-Path $TestDrive 'opened.txt'
        Set-Content -Path (Join-Path $bin 'xdg-open') -Value "#!/bin/sh`necho `"`$1`" >> '$opened'"
        chmod +x (Join-Path $bin 'xdg-open')
    }

    It 'opens the page of every exported cmdlet' {
        $child = Invoke-FreshPowerShell -Environment @{ PATH = "$bin$([IO.Path]::PathSeparator)$env:PATH"; YS_MODULE_PATH = $env:YS_MODULE_PATH } -Script @'
$ErrorActionPreference = 'Stop'
Import-Module $env:YS_MODULE_PATH
foreach ($command in (Get-Module YeastarPartner).ExportedCmdlets.Keys) { Get-Help $command -Online }
'@
        $child.ExitCode | Should -Be 0 -Because $child.Errors
        # xdg-open runs detached from Get-Help: wait for every line rather than a fixed time.
        $expected = @((Get-Module YeastarPartner).ExportedCmdlets.Keys | ForEach-Object { "https://github.com/yeastarpartner/YeastarPartner/blob/main/docs/help/$_.md" } | Sort-Object)
        $deadline = [DateTime]::UtcNow.AddSeconds(30)
        while (@(Get-Content $opened -ErrorAction SilentlyContinue).Count -lt $expected.Count -and [DateTime]::UtcNow -lt $deadline) { Start-Sleep -Milliseconds 100 }
        @(Get-Content $opened | Sort-Object) | Should -Be $expected
    }
}

Describe 'about_YeastarPartner' {
    It 'links the online page of every exported cmdlet' {
        $text = (Get-Help about_YeastarPartner | Out-String) -replace '\s+', ' '
        foreach ($name in (Get-Module YeastarPartner).ExportedCmdlets.Keys) { $text | Should -Match ([regex]::Escape("$name ($((Get-Command $name).HelpUri))")) }
    }

    It 'explains connections, safety, the journal and Azure Automation' {
        $text = Get-Help about_YeastarPartner | Out-String
        $text | Should -Match 'Connect-YeastarPartner'
        $text | Should -Match 'never sent twice'
        $text | Should -Match '-WhatIf'
        $text | Should -Match '-JournalPath'
        $text | Should -Match 'Get-AutomationPSCredential'
    }
}
