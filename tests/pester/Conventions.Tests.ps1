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

Describe 'Output types: one policy (docs/conventions.md, Output)' {
    BeforeAll {
        $script:module = Get-Module YeastarPartner
        $script:clientAssembly = [YeastarPartner.Client.Models.ApiObject].Assembly
        $script:apiObject = [YeastarPartner.Client.Models.ApiObject]
        # What the cmdlets write, but for the exceptions of 'declares a typed [OutputType]': Test-YsPbxUrl's
        # [bool], Invoke-YsApiRequest's raw JSON and Disconnect-YeastarPartner's nothing.
        $script:written = @($module.ExportedCmdlets.Values | ForEach-Object { $_.OutputType.Type } |
                Where-Object { $_ -and $_ -notin @([void], [bool], [psobject]) } | Sort-Object FullName -Unique)
        $script:ownTypes = @($written | Where-Object { $_.Assembly -eq $module.ImplementingAssembly })
        $script:clientModels = @($clientAssembly.GetExportedTypes() | Where-Object { $_.IsSubclassOf($apiObject) -and -not $_.IsAbstract })
        # Types whose public members are walked: the module's own; others (System.*) are leaves but for their type arguments.
        $script:moduleAssemblies = @($module.ImplementingAssembly, $clientAssembly)
    }

    It 'writes either a client model or a type of the cmdlet layer' {
        $others = $written | Where-Object { -not ($_.IsSubclassOf($apiObject) -and $_.Namespace -eq 'YeastarPartner.Client.Models') -and $_ -notin $ownTypes }
        $others | Should -BeNullOrEmpty -Because 'an API object goes out as the client''s model, anything else as a type of src/YeastarPartner'
    }

    It 'has no cmdlet-layer type built from a client model or copying its fields' {
        $copies = foreach ($type in $ownTypes) {
            $fromModel = $type.GetConstructors([Reflection.BindingFlags]'Instance, Public, NonPublic') |
                Where-Object { $_.GetParameters() | Where-Object { $_.ParameterType.IsSubclassOf($apiObject) } }
            if ($fromModel) { "$($type.Name) is built from a $(($fromModel.GetParameters().ParameterType | Where-Object { $_.IsSubclassOf($apiObject) })[0].Name): write the client model instead" }
            $names = @($type.GetProperties().Name | Where-Object { $_ -ne 'Extra' } | Sort-Object)
            foreach ($model in $clientModels) {
                $modelNames = @($model.GetProperties().Name | Where-Object { $_ -ne 'Extra' } | Sort-Object)
                if (-not (Compare-Object $names $modelNames)) { "$($type.Name) has exactly the properties of $($model.Name): write $($model.Name) instead" }
            }
        }
        $copies | Should -BeNullOrEmpty
    }

    It 'reaches no Newtonsoft.Json type through any public property of any output type' {
        $seen = [Collections.Generic.HashSet[type]]::new()
        $found = [Collections.Generic.List[string]]::new()
        $queue = [Collections.Generic.Queue[object]]::new()
        foreach ($type in $written) { $queue.Enqueue([pscustomobject]@{ Type = $type; Path = $type.Name }) }
        while ($queue.Count) {
            $item = $queue.Dequeue()
            $type = $item.Type
            if (-not $seen.Add($type)) { continue }
            if ($type.Assembly.GetName().Name -eq 'Newtonsoft.Json') { $found.Add("$($item.Path): $($type.FullName)"); continue }
            $next = @()
            if ($type.HasElementType) { $next += $type.GetElementType() }
            if ($type.IsGenericType) { $next += $type.GetGenericArguments() }
            if ($type.Assembly -in $moduleAssemblies) {
                foreach ($member in @($type.GetProperties()) + @($type.GetFields())) {
                    $memberType = if ($member -is [Reflection.PropertyInfo]) { $member.PropertyType } else { $member.FieldType }
                    $queue.Enqueue([pscustomobject]@{ Type = $memberType; Path = "$($item.Path).$($member.Name)" })
                }
            }
            foreach ($t in $next) { $queue.Enqueue([pscustomobject]@{ Type = $t; Path = "$($item.Path)[$($t.Name)]" }) }
        }
        $found | Should -BeNullOrEmpty -Because 'JSON the module does not model goes out as plain values (JsonValues, ApiObject.Extra)'
        $seen.Count | Should -BeGreaterThan $written.Count -Because 'the walk must reach the properties of the output types'
    }

    It 'builds the cmdlet assembly without any reference to Newtonsoft.Json' {
        # Windows PowerShell loads the cmdlet assembly before the module's resolver can find Newtonsoft.Json.
        $module.ImplementingAssembly.GetReferencedAssemblies().Name | Should -Not -Contain 'Newtonsoft.Json'
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
