# Every type an exported cmdlet declares in [OutputType] has a default view in YeastarPartner.format.ps1xml,
# and detail objects (more than five properties) also have a list view. Generic: new cmdlets are held to it.
BeforeDiscovery {
    Import-Module $env:YS_MODULE_PATH -Force
    $script:types = @((Get-Module YeastarPartner).ExportedCmdlets.Values |
            ForEach-Object { $_.ImplementingType.GetCustomAttributes([System.Management.Automation.OutputTypeAttribute], $true) } |
            ForEach-Object { $_.Type.Type } |
            # [bool] (Test-YsPbxUrl) and [psobject] (Invoke-YsApiRequest's raw JSON) format as PowerShell does.
            Where-Object { $_ -and $_ -ne [void] -and -not $_.IsPrimitive -and $_ -ne [psobject] } | Sort-Object FullName -Unique |
            ForEach-Object { @{ TypeName = $_.FullName; PropertyCount = $_.GetProperties().Count } })
}

BeforeAll { Import-Module $env:YS_MODULE_PATH -Force }

Describe 'Views of <TypeName>' -ForEach $types {
    BeforeAll { $script:controls = @(Get-FormatData -TypeName $TypeName | ForEach-Object FormatViewDefinition | ForEach-Object { $_.Control.GetType().Name }) }

    It 'has a view' {
        $controls | Should -Not -BeNullOrEmpty -Because "add a view for $TypeName to src/YeastarPartner/YeastarPartner.format.ps1xml"
    }

    It 'has a list view when it is a detail object' {
        if ($PropertyCount -le 5) { Set-ItResult -Skipped -Because 'it has five properties or fewer'; return }
        $controls | Should -Contain 'ListControl'
        $controls | Should -Contain 'TableControl'
    }

    It 'shows a narrow default table' {
        $table = Get-FormatData -TypeName $TypeName | ForEach-Object FormatViewDefinition | Where-Object { $_.Control -is [System.Management.Automation.TableControl] } | Select-Object -First 1
        if (-not $table) { Set-ItResult -Skipped -Because 'its default view is a list'; return }
        $table.Control.Headers.Count | Should -BeLessOrEqual 8 -Because 'a default table shows the columns an admin needs first'
    }
}
