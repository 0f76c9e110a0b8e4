# Know what you buy (issue 21): every row's price before it is bought, -MaxOrders and -MaxTotal held at
# send time whatever -ThrottleLimit, the price on the output and in the journal, and -WhatIf's totals.
BeforeAll {
    Import-Module (Join-Path $PSScriptRoot 'TestSandbox.psm1') -Force
    Import-Module $env:YS_MODULE_PATH -Force
    $script:sandbox = Start-TestSandbox
    Connect-YeastarPartner -Credential (Get-TestCredential) -BaseUri $sandbox.Url
    $script:contact = '3197218168379846218'

    # Ten new Appliance Edition devices, each a monthly Enterprise plan: 100 USD a row in the sandbox.
    function script:New-Rows([string] $Prefix) {
        foreach ($i in 1..10) { [pscustomobject]@{ SerialNumber = '{0}{1:D6}' -f $Prefix, $i; Plan = 'Enterprise'; BillingCycle = 'Monthly' } }
    }
    function script:Get-StoredOrder([string] $Prefix) { @(Get-SandboxOrder $sandbox | Where-Object { $_.productNo -like "$Prefix*" }) }
}

AfterAll {
    Disconnect-YeastarPartner
    Stop-TestSandbox $sandbox
}

Describe 'Caps on what one command buys' -ForEach @(
    @{ Throttle = 1 }
    @{ Throttle = 8 }
) {
    BeforeEach {
        Reset-Sandbox $sandbox
        Set-SandboxSetting $sandbox @{ noPrices = $false } | Out-Null
    }

    It '-MaxOrders 4 over 10 rows sends 4 and refuses 6 with OrderLimitReached (ThrottleLimit <Throttle>)' {
        $journal = Join-Path $TestDrive "maxorders-$Throttle.csv"
        $out = New-Rows "MO$Throttle" | New-YsPlanOrder -BillingContactId $contact -MaxOrders 4 -ThrottleLimit $Throttle -JournalPath $journal -Confirm:$false -ErrorVariable errs -ErrorAction SilentlyContinue
        @($out).Count | Should -Be 4
        (Get-StoredOrder "MO$Throttle").Count | Should -Be 4
        $errs.Count | Should -Be 6
        $errs | ForEach-Object { $_.FullyQualifiedErrorId | Should -BeLike 'OrderLimitReached*'; $_.CategoryInfo.Category | Should -Be 'QuotaExceeded' }
        $errs[0].ErrorDetails.Message | Should -Match '-MaxOrders cap of 4'
        $lines = Import-Csv $journal | Where-Object Stage -eq 'Checked'
        @($lines).Count | Should -Be 6
        $lines | ForEach-Object { $_.Outcome | Should -Be 'Failed' }
    }

    It '-MaxTotal 450 -Currency USD at 100 USD a row sends 4 and refuses 6 with BudgetExceeded (ThrottleLimit <Throttle>)' {
        $out = New-Rows "MT$Throttle" | New-YsPlanOrder -BillingContactId $contact -MaxTotal 450 -Currency USD -ThrottleLimit $Throttle -Confirm:$false -ErrorVariable errs -ErrorAction SilentlyContinue
        @($out).Count | Should -Be 4
        (Get-StoredOrder "MT$Throttle").Count | Should -Be 4
        $errs.Count | Should -Be 6
        $errs | ForEach-Object { $_.FullyQualifiedErrorId | Should -BeLike 'BudgetExceeded*'; $_.CategoryInfo.Category | Should -Be 'QuotaExceeded' }
        $errs[0].ErrorDetails.Message | Should -Match '400\.00 USD so far .*-MaxTotal cap of 450\.00 USD'
    }
}

Describe 'What the caps count' {
    BeforeEach { Reset-Sandbox $sandbox }

    It 'an order with an unknown outcome counts as spent; one the Partner Portal certainly refused does not' {
        # Row 2 is stored but its reply lost (Unknown); row 3 is refused before it is stored (HTTP 400).
        Add-SandboxFault $sandbox @{ path = '/order/openapi/order/v1/save'; kind = 'DropAfterCommit'; serialNumber = 'UK000002'; times = 1 } | Out-Null
        Add-SandboxFault $sandbox @{ path = '/order/openapi/order/v1/save'; kind = 'Status'; status = 400; serialNumber = 'UK000003'; times = 1 } | Out-Null
        $out = New-Rows 'UK' | Select-Object -First 6 | New-YsPlanOrder -BillingContactId $contact -MaxTotal 350 -Currency USD -Confirm:$false -ErrorVariable errs -ErrorAction SilentlyContinue
        # 1 bought, 2 Unknown (100 USD counted), 3 refused (given back), 4 bought: 300 USD; 5 would make 400.
        @($out).SerialNumber | Should -Be @('UK000001', 'UK000004')
        ($errs | ForEach-Object { ($_.FullyQualifiedErrorId -split ',')[0] }) | Should -Be @('OrderOutcomeUnknown', 'ApiRequestRejected', 'BudgetExceeded', 'BudgetExceeded')
        @(Get-StoredOrder 'UK').productNo | Should -Be @('UK000001', 'UK000002', 'UK000004')
    }
}

Describe 'Prices on what is bought' {
    BeforeEach {
        Reset-Sandbox $sandbox
        Set-SandboxSetting $sandbox @{ noPrices = $false } | Out-Null
    }
    AfterAll { Set-SandboxSetting $sandbox @{ noPrices = $false } | Out-Null }

    It 'bought rows carry Price as a decimal and Currency, and the journal has both' {
        $journal = Join-Path $TestDrive 'priced.csv'
        $annual = [pscustomobject]@{ SerialNumber = 'PR000002'; Plan = 'Enterprise'; BillingCycle = 'Annually'; MultiCycle = '3' }
        $out = @([pscustomobject]@{ SerialNumber = 'PR000001'; Plan = 'Enterprise'; BillingCycle = 'Monthly' }, $annual) |
            New-YsPlanOrder -BillingContactId $contact -JournalPath $journal -Confirm:$false
        $out[0].Price | Should -BeOfType [decimal]
        $out[0].Price | Should -Be 100
        $out[0].Currency | Should -Be 'USD'
        # An annual plan: the year's price (1000 USD in the sandbox) times its three years.
        $out[1].Price | Should -Be 3000
        $sent = Import-Csv $journal | Where-Object Stage -eq 'Sent'
        $sent.Price | Should -Be @('100', '3000')
        $sent.Currency | Should -Be @('USD', 'USD')
    }

    It 'a service priced per unit costs its price times the quantity' {
        $out = New-YsServiceOrder -ProductId 13 -SerialNumber PCE000000013 -ServiceId 3048573516041273344 -Quantity 5 -BillingCycle Annually -BillingContactId $contact -Confirm:$false
        # The year's price of one extension (100 USD in the sandbox) times five.
        $out.Price | Should -Be 500
    }

    It 'with prices switched off, -MaxTotal sends nothing and says PriceUnknown; without a cap rows are bought with no price' {
        Set-SandboxSetting $sandbox @{ noPrices = $true } | Out-Null
        $out = New-Rows 'NP' | Select-Object -First 3 | New-YsPlanOrder -BillingContactId $contact -MaxTotal 1000 -Currency USD -Confirm:$false -ErrorVariable errs -ErrorAction SilentlyContinue
        $out | Should -BeNullOrEmpty
        (Get-StoredOrder 'NP').Count | Should -Be 0
        $errs.Count | Should -Be 3
        $errs | ForEach-Object { $_.FullyQualifiedErrorId | Should -BeLike 'PriceUnknown*' }
        $errs[0].ErrorDetails.Message | Should -Match 'price is unknown'

        $bought = New-YsPlanOrder -SerialNumber NP000099 -Plan Enterprise -BillingContactId $contact -Confirm:$false
        $bought.Outcome | Should -Be 'Succeeded'
        $bought.Price | Should -BeNullOrEmpty
    }

    It '-MaxTotal in another currency refuses a USD row with PriceUnknown' {
        New-YsPlanOrder -SerialNumber CU000001 -Plan Enterprise -BillingContactId $contact -MaxTotal 1000 -Currency EUR -Confirm:$false -ErrorVariable errs -ErrorAction SilentlyContinue | Should -BeNullOrEmpty
        $errs[0].FullyQualifiedErrorId | Should -BeLike 'PriceUnknown*'
        $errs[0].ErrorDetails.Message | Should -Match 'in USD, not EUR'
    }

    It '-MaxTotal without -Currency stops before anything is sent' {
        { New-YsPlanOrder -SerialNumber CU000002 -Plan Enterprise -BillingContactId $contact -MaxTotal 10 -Confirm:$false -ErrorAction Stop } |
            Should -Throw -ErrorId 'MaxTotalNeedsCurrency*'
        (Get-StoredOrder 'CU').Count | Should -Be 0
    }

    It 'asks the price once per product, cycle and customer, and ends with the total bought per currency' {
        $info = New-Rows 'TB' | Select-Object -First 3 | New-YsPlanOrder -BillingContactId $contact -Confirm:$false 6>&1 |
            Where-Object { $_ -is [System.Management.Automation.InformationRecord] -and $_.Tags -contains 'Summary' }
        @($info).Count | Should -Be 1
        "$($info[-1].MessageData)" | Should -Be 'New-YsPlanOrder: 3 row(s): 3 bought, 0 skipped, 0 refused, 0 failed, 0 Unknown, total 300.00 USD.'
        @(Get-SandboxRequest $sandbox | Where-Object path -like '*/my_price_info').Count | Should -Be 1
    }

    It '-WhatIf shows each price, says which rows a cap would refuse and ends with the total' {
        # The What if lines go to the host: a transcript records them.
        $transcript = Join-Path $TestDrive 'whatif.txt'
        Start-Transcript -LiteralPath $transcript | Out-Null
        try { $output = New-Rows 'WI' | New-YsPlanOrder -BillingContactId $contact -MaxTotal 450 -Currency USD -WhatIf 3>&1 6>&1 }
        finally { Stop-Transcript | Out-Null }
        @(Select-String -LiteralPath $transcript -Pattern 'What if: .*Buy the Enterprise plan.*, at 100\.00 USD').Count | Should -Be 4
        (Get-StoredOrder 'WI').Count | Should -Be 0
        $warnings = @($output | Where-Object { $_ -is [System.Management.Automation.WarningRecord] })
        $warnings.Count | Should -Be 6
        $warnings[0].Message | Should -Match '^What if: Row 5 .*BudgetExceeded'
        $spend = @($output | Where-Object { $_ -is [System.Management.Automation.InformationRecord] -and $_.Tags -contains 'YeastarPartner.Spend' })
        "$($spend[-1].MessageData)" | Should -Be 'What if: would buy 4 orders, total 400.00 USD; 6 row(s) would be refused by a cap'
    }
}
