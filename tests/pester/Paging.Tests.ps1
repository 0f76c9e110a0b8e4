# -IncludeTotalCount, -Skip and -First of the cmdlets that declare paging, as PowerShell's paging convention has
# them: the total count first (a UInt64 with an Accuracy, "Total count: N"), then the objects -Skip and -First
# leave, the count being that of the whole list.
BeforeAll {
    Import-Module (Join-Path $PSScriptRoot 'TestSandbox.psm1') -Force
    Import-Module $env:YS_MODULE_PATH -Force
    $script:sandbox = Start-TestSandbox -ArgumentList '--seed-history-orders', '12'
    $script:connection = Connect-YeastarPartner -Credential (Get-TestCredential) -BaseUri $sandbox.Url -PassThru

    function script:Assert-TotalCount($Count, [long] $Expected) {
        $Count | Should -BeOfType [UInt64]
        $Count | Should -Be $Expected
        $Count.Accuracy | Should -Be 1.0
        ($Count | Out-String).Trim() | Should -Be "Total count: $Expected" -Because 'the console shows the count this way'
    }
}

AfterAll {
    Disconnect-YeastarPartner
    Stop-TestSandbox $sandbox
}

Describe 'Get-YsProduct -IncludeTotalCount' {
    It 'writes the number of products of the kind first, then only the page asked for' {
        $truth = @(Get-SandboxProduct $sandbox -ProductId 11).productNo
        $out = @(Get-YsProduct -ProductId 11 -IncludeTotalCount -Skip 1 -First 2)
        $out.Count | Should -Be 3
        Assert-TotalCount $out[0] $truth.Count
        $out[1..2].ProductNo | Should -Be $truth[1..2]
    }

    It 'writes the count alone with -First 0' {
        $out = @(Get-YsProduct -ProductId 11 -IncludeTotalCount -First 0)
        $out.Count | Should -Be 1
        Assert-TotalCount $out[0] @(Get-SandboxProduct $sandbox -ProductId 11).Count
    }

    It 'counts the one product of -SerialNumber, and -Skip leaves it out' {
        $out = @(Get-YsProduct -ProductId 11 -SerialNumber 3631E3418911 -IncludeTotalCount)
        Assert-TotalCount $out[0] 1
        $out[1].ProductNo | Should -Be '3631E3418911'
        @(Get-YsProduct -ProductId 11 -SerialNumber 3631E3418911 -Skip 1) | Should -BeNullOrEmpty
    }

    It 'writes no count without the switch' {
        @(Get-YsProduct -ProductId 11 -First 2) | ForEach-Object { $_ | Should -BeOfType 'YeastarPartner.Client.Models.InstanceProduct' }
    }
}

Describe 'Get-YsCountry -IncludeTotalCount' {
    It 'counts the countries the name search finds, before the first of them' {
        $all = @(Get-YsCountry -Name 'land')
        $out = @(Get-YsCountry -Name 'land' -IncludeTotalCount -First 1)
        Assert-TotalCount $out[0] $all.Count
        $out[1].Name | Should -Be $all[0].Name
        $out.Count | Should -Be 2
    }
}

Describe 'Get-YsOrder -IncludeTotalCount' {
    It 'writes the number of orders first, from the Partner Portal''s total' {
        $truth = @(Get-SandboxOrder $sandbox)
        $truth.Count | Should -BeGreaterThan 2
        $out = @(Get-YsOrder -IncludeTotalCount -First 2)
        $out.Count | Should -Be 3
        Assert-TotalCount $out[0] $truth.Count
        $out[1..2] | ForEach-Object { $_ | Should -BeOfType 'YeastarPartner.Models.YsOrder' }
    }

    It 'says the total is unknown when a filter keeps only some of the orders' {
        $out = @(Get-YsOrder -Status succeed -IncludeTotalCount -First 1)
        $out[0].Accuracy | Should -Be 0.0
        ($out[0] | Out-String).Trim() | Should -Be 'Unknown total count'
        $out[1] | Should -BeOfType 'YeastarPartner.Models.YsOrder'
    }

    It 'counts the one order of -OrderNo' {
        $orderNo = @(Get-YsOrder -First 1)[0].OrderNo
        $out = @(Get-YsOrder -OrderNo $orderNo -IncludeTotalCount)
        Assert-TotalCount $out[0] 1
        $out[1].OrderNo | Should -Be $orderNo
    }
}
