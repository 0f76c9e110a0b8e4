# What every exported cmdlet writes, as real objects from a sandbox whose replies carry fields the module does
# not name and loose types (--undocumented): no Newtonsoft.Json value anywhere in them, however deep (nested
# objects, lists, Extra), and each object of a declared [OutputType]. Conventions.Tests.ps1 checks the types;
# this checks the values. A new cmdlet must be added to the table below.
BeforeDiscovery {
    Import-Module $env:YS_MODULE_PATH -Force
    $script:cmdlets = @((Get-Module YeastarPartner).ExportedCmdlets.Keys | Sort-Object | ForEach-Object { @{ Name = $_ } })
}

BeforeAll {
    Import-Module (Join-Path $PSScriptRoot 'TestSandbox.psm1') -Force
    Import-Module $env:YS_MODULE_PATH -Force
    $script:sandbox = Start-TestSandbox -ArgumentList '--undocumented', '--seed-history-orders', '5'
    $null = Connect-YeastarPartner -Credential (Get-TestCredential) -BaseUri $sandbox.Url
    $script:contact = 3197218168379846218

    # One command per cmdlet that writes what the cmdlet writes; $null for one that writes nothing.
    $script:runs = @{
        'Connect-YeastarPartner'    = { Connect-YeastarPartner -Credential (Get-TestCredential) -BaseUri $sandbox.Url -PassThru }
        'Disconnect-YeastarPartner' = $null
        'Get-YsConnection'          = { Get-YsConnection }
        'Get-YsBillingContact'      = { Get-YsBillingContact }
        'Get-YsAvailableProduct'    = { Get-YsAvailableProduct }
        'Get-YsOffering'            = { Get-YsOffering -ProductId 13 }
        'Get-YsPrice'               = { Get-YsOffering -ProductId 13 | Select-Object -First 1 | Get-YsPrice -BillingCycle Annually }
        'Get-YsProduct'             = { Get-YsProduct -ProductId 11 -First 3 }
        'Get-YsProductModel'        = { Get-YsProductModel -SerialNumber 3631E3418911 }
        'Get-YsActivationCode'      = { Get-YsProduct -ProductId 12 | Get-YsActivationCode }
        'Get-YsAutoRenewal'         = { Get-YsAutoRenewal -ProductId 11 -SerialNumber 3631E3418911 }
        'Enable-YsAutoRenewal'      = { Get-YsProduct -ProductId 11 -SerialNumber 3631E3418911 | Enable-YsAutoRenewal -Confirm:$false }
        'Get-YsRegion'              = { Get-YsRegion }
        'Test-YsPbxUrl'             = { Test-YsPbxUrl example.test.yeastar.com }
        'Get-YsSubordinateUser'     = { Get-YsSubordinateUser }
        'New-YsSubordinateUser'     = { New-YsSubordinateUser -YeastarId ann@acme.example -Company Acme -Country France -FirstName Ann -Confirm:$false }
        'Set-YsSubordinateUser'     = { Set-YsSubordinateUser -YeastarId color123@yeastar.com -Remark 'checked' -Confirm:$false -PassThru }
        'Get-YsCountry'             = { Get-YsCountry -First 3 }
        'Get-YsOrder'               = { Get-YsOrder -First 3 }
        'New-YsPlanOrder'           = { New-YsPlanOrder -SerialNumber 3631E0997265 -Plan Enterprise -BillingContactId $contact -Confirm:$false -WarningAction SilentlyContinue }
        'New-YsServiceOrder'        = { New-YsServiceOrder -ProductId 11 -SerialNumber 3631E3418911 -ServiceId 3299326068732223488 -BillingCycle Once -BillingContactId $contact -Confirm:$false -WarningAction SilentlyContinue }
        'Invoke-YsApiRequest'       = { Invoke-YsApiRequest -Path /pricing/openapi/purchase/v1/purchase_product_info -Query @{ productId = 13 } }
    }

    # Every place in a value that holds a Newtonsoft.Json object, as "path: type".
    function script:Find-LibraryValue($Value, [string] $Path, [int] $Depth = 0) {
        if ($null -eq $Value -or $Depth -gt 12) { return }
        $base = if ($Value -is [psobject]) { $Value.psobject.BaseObject } else { $Value }
        if ($null -eq $base) { return }
        $type = $base.GetType()
        if ($type.Assembly.GetName().Name -eq 'Newtonsoft.Json') { return "$($Path): $($type.FullName)" }
        if ($base -is [string] -or $type.IsPrimitive -or $type.IsEnum -or $base -is [decimal] -or $base -is [datetime] -or $base -is [datetimeoffset] -or $base -is [uri]) { return }
        if ($base -is [Collections.IDictionary]) { foreach ($key in $base.Keys) { Find-LibraryValue $base[$key] "$Path[$key]" ($Depth + 1) }; return }
        if ($type.IsGenericType -and $type.GetGenericTypeDefinition() -eq [Collections.Generic.KeyValuePair`2]) { Find-LibraryValue $base.Value "$Path[$($base.Key)]" ($Depth + 1); return }
        if ($base -is [Collections.IEnumerable]) { $i = 0; foreach ($item in $base) { Find-LibraryValue $item "$Path[$i]" ($Depth + 1); $i++ }; return }
        foreach ($property in $Value.psobject.Properties) { Find-LibraryValue $property.Value "$Path.$($property.Name)" ($Depth + 1) }
    }
}

AfterAll {
    Disconnect-YeastarPartner -ErrorAction SilentlyContinue
    Stop-TestSandbox $sandbox
}

Describe 'What <Name> writes' -ForEach $cmdlets {
    It 'holds no Newtonsoft.Json value and is of a declared [OutputType]' {
        $runs.Keys | Should -Contain $Name -Because 'every exported cmdlet needs a command in the table of this file'
        if ($null -eq $runs[$Name]) { Set-ItResult -Skipped -Because "$Name writes nothing"; return }
        $output = @(& $runs[$Name])
        $output | Should -Not -BeNullOrEmpty -Because 'the command of the table must write something to check'
        @(for ($i = 0; $i -lt $output.Count; $i++) { Find-LibraryValue $output[$i] "[$i]" }) | Should -BeNullOrEmpty
        $declared = @((Get-Command $Name).OutputType.Type)
        foreach ($object in $output) { $declared | Where-Object { $object -is $_ } | Should -Not -BeNullOrEmpty -Because "$Name declares $($declared.FullName -join ', ')" }
    }
}

Describe 'A billing contact on the pipeline' {
    It 'shows the table of the README and keeps its 19-digit ID an Int64' {
        $contact = Get-YsBillingContact -BillingContactId 3197218168379846218
        $contact.BillingContactId | Should -BeOfType [long]
        $contact.BillingContactId | Should -Be 3197218168379846218
        $lines = @(($contact | Format-Table | Out-String -Width 200) -split '\r?\n' | Where-Object { $_.Trim() })
        $lines[0] -split '\s+' | Where-Object { $_ } | Should -Be @('BillingContactId', 'Name', 'Company', 'EmailAddress', 'Country')
        $lines[2] | Should -Match '^\s*3197218168379846218 Alex Morgan\s+Northwind Telecom\s+alex\.morgan@northwind\.example\s+United Kingdom\s*$'
    }
}
