# Every default view fits a 120-column console without breaking a header: no label cut short, wrapped or
# dropped. Format-List shows what the table leaves out. Rendered on sample objects of every type the format
# file names, with values as wide as the Partner Portal's (19-digit IDs, product names, e-mail addresses).
BeforeDiscovery {
    $formatFile = Join-Path (Split-Path $env:YS_MODULE_PATH) 'YeastarPartner.format.ps1xml'
    $script:views = @(([xml](Get-Content $formatFile -Raw)).Configuration.ViewDefinitions.View | Where-Object { $_.TableControl } |
            ForEach-Object { @{ View = $_.Name; TypeName = $_.ViewSelectedBy.TypeName } })
}

BeforeAll {
    Import-Module $env:YS_MODULE_PATH -Force

    # Typical values of the widest kind the Partner Portal sends, by property name, then by type.
    $script:byName = @{
        SerialNumber = '3631E0997265'; ProductNo = '3631E0997265'; OrderNo = '2026120612345678901'; Plan = 'Enterprise Plan'
        PlanName = 'Enterprise Plan'; Name = 'P-Series Software Edition'; ProductName = 'P-Series Appliance Edition'
        EmailAddress = 'accounts.payable@contoso.example'; Email = 'accounts.payable@contoso.example'; Company = 'Contoso Telecom GmbH'
        Country = 'Germany'; FirstName = 'Alexandra'; LastName = 'Fitzgerald'; OrderStatus = 'succeed'; BillingCycle = 'Annually'
        Operation = 'Purchase'; Outcome = 'Succeeded'; CurrencyCode = 'EUR'; Status = 'Active'; Model = 'P570'
    }
    function script:New-Sample([string] $TypeName) {
        $type = (Get-Module YeastarPartner).ImplementingAssembly.GetType($TypeName) ??
            [AppDomain]::CurrentDomain.GetAssemblies().ForEach({ $_.GetType($TypeName) }).Where({ $_ }, 'First')[0]
        # Some output types are made only by the module (no public constructor): their properties are still set below.
        $sample = [Runtime.CompilerServices.RuntimeHelpers]::GetUninitializedObject($type)
        foreach ($property in $type.GetProperties() | Where-Object { $_.CanWrite -and $_.SetMethod }) {
            $kind = [Nullable]::GetUnderlyingType($property.PropertyType) ?? $property.PropertyType
            $value = if ($byName.ContainsKey($property.Name) -and $kind -eq [string]) { $byName[$property.Name] }
            elseif ($kind.IsEnum) { [Enum]::GetValues($kind)[0] }
            else {
                switch ($kind) {
                    ([string]) { 'Sample text' }
                    ([long]) { 3197218168379846218 }
                    ([int]) { 11 }
                    ([decimal]) { [decimal]'1234.50' }
                    ([bool]) { $true }
                    ([DateTimeOffset]) { [DateTimeOffset]::new(2026, 12, 6, 9, 30, 0, [TimeSpan]::FromHours(1)) }
                    ([DateTime]) { [DateTime]::new(2026, 12, 6, 9, 30, 0) }
                    default { $null }
                }
            }
            if ($null -ne $value) { $property.SetValue($sample, $value, [Reflection.BindingFlags]::NonPublic -bor [Reflection.BindingFlags]::Public -bor [Reflection.BindingFlags]::Instance, $null, $null, $null) }
        }
        $sample
    }
}

Describe 'The <View> table at 120 columns' -ForEach $views {
    It 'shows every header whole on one line' {
        $labels = @((Get-FormatData -TypeName $TypeName).FormatViewDefinition | Where-Object Name -eq $View |
                ForEach-Object { $_.Control.Headers.Label })
        $text = @(New-Sample $TypeName; New-Sample $TypeName) | Format-Table -View $View | Out-String -Width 120
        $lines = @($text -split '\r?\n' | Where-Object { $_.Trim() })
        $header = $lines[0]
        foreach ($label in $labels) { $header | Should -Match "(^|\s)$([regex]::Escape($label))(\s|$)" -Because "the $View table shows '$label' whole at 120 columns:`n$text" }
        $header | Should -Not -Match '…' -Because $text
        ($lines | Measure-Object Length -Maximum).Maximum | Should -BeLessOrEqual 120
    }
}

Describe 'One vocabulary in the default tables' {
    It 'shows a product''s plan and billing cycle as order results show them, and keeps the Partner Portal''s spelling in the list' {
        $product = New-Sample 'YeastarPartner.Client.Models.InstanceProduct'
        $product.PlanName = 'Enterprise Plan'
        $product.BillingCycle = 'monthly'
        $result = New-Sample 'YeastarPartner.Models.YsPlanOrder'
        $result.Plan = 'Enterprise'
        $result.BillingCycle = 'Monthly'

        $productRow = @($product | Format-Table | Out-String -Width 120) -split '\r?\n' | Where-Object { $_ -match $product.ProductNo }
        $resultRow = @($result | Format-Table | Out-String -Width 120) -split '\r?\n' | Where-Object { $_ -match $result.SerialNumber }
        foreach ($word in 'Enterprise', 'Monthly') {
            $productRow | Should -MatchExactly "(^|\s)$word(\s|$)" -Because 'Get-YsProduct says it as -Plan and -BillingCycle take it'
            $resultRow | Should -MatchExactly "(^|\s)$word(\s|$)"
        }
        $productRow | Should -Not -Match 'Enterprise Plan'
        $productRow | Should -Not -MatchExactly 'monthly'
        $list = $product | Format-List | Out-String -Width 120
        $list | Should -Match 'PlanName\s*: Enterprise Plan'
        $list | Should -Match 'BillingCycle\s*: monthly'
    }

    It 'shows an offering''s and a price''s billing cycle as -BillingCycle takes it' {
        foreach ($typeName in 'YeastarPartner.Client.Models.OfferingItem', 'YeastarPartner.Client.Models.PriceItem') {
            $item = New-Sample $typeName
            $item.BillingCycle = 'annually'
            ($item | Format-Table | Out-String -Width 120) | Should -MatchExactly '(^|\s)Annually(\s|$)' -Because $typeName
        }
    }
}
