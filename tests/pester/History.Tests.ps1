# The history after (issue 21): Get-YsOrder's filters and piping, -Detailed, amounts; Get-YsProduct
# -ExpiringWithin over every product line; the renewal runbook, run twice, renews each product once.
BeforeAll {
    Import-Module (Join-Path $PSScriptRoot 'TestSandbox.psm1') -Force
    Import-Module (Join-Path $PSScriptRoot 'FreshPowerShell.psm1') -Force
    Import-Module $env:YS_MODULE_PATH -Force
    $script:sandbox = Start-TestSandbox
    Connect-YeastarPartner -Credential (Get-TestCredential) -BaseUri $sandbox.Url
    $script:contact = '3197218168379846218'

    # Every product expires in 90 days but two, of two product lines: Linkus (9) in 20 days, Appliance Edition (11) in 10.
    function script:Set-TwoExpiring {
        Set-SandboxProductExpiry $sandbox -InDays 90
        Set-SandboxProductExpiry $sandbox -InDays 20 -SerialNumber 3631E0000009
        Set-SandboxProductExpiry $sandbox -InDays 10 -SerialNumber 3631E3418911
    }
}

AfterAll {
    Disconnect-YeastarPartner
    Stop-TestSandbox $sandbox
}

Describe 'Get-YsOrder' {
    BeforeAll {
        Reset-Sandbox $sandbox
        Set-SandboxSetting $sandbox @{ paidOrderStatus = 'succeed' } | Out-Null
        'HI000001', 'HI000002' | ForEach-Object { New-YsPlanOrder -SerialNumber $_ -Plan Enterprise -BillingContactId $contact -Confirm:$false } | Out-Null
        Set-SandboxSetting $sandbox @{ paidOrderStatus = 'pending' } | Out-Null
        New-YsPlanOrder -SerialNumber HI000003 -Plan Standard -BillingCycle Annually -MultiCycle 2 -BillingContactId $contact -Confirm:$false | Out-Null
        Set-SandboxSetting $sandbox @{ paidOrderStatus = 'succeed' } | Out-Null
        New-YsServiceOrder -ProductId 13 -SerialNumber PCE000000013 -ServiceId 3048573516041273344 -Quantity 5 -BillingCycle Annually -BillingContactId $contact -Confirm:$false | Out-Null
    }

    It '-Status Succeeded returns what -Status succeed returns' {
        $module = @(Get-YsOrder -Status Succeeded)
        $wire = @(Get-YsOrder -Status succeed)
        $module.Count | Should -Be 3
        $module.OrderNo | Should -Be $wire.OrderNo
        (Get-YsOrder -Status Pending).OrderNo | Should -Be (Get-YsOrder -Status pending).OrderNo
        @(Get-YsOrder -Status Pending, Succeeded).Count | Should -Be 4
    }

    It 'refuses a word that is no order status, naming the ones it takes' {
        { Get-YsOrder -Status Bought -ErrorAction Stop } | Should -Throw '*not an order status*Succeeded, Failed, Pending*'
    }

    It 'Get-YsOrder -First 2 | Get-YsOrder returns the two orders (the order binds its number)' {
        $first = @(Get-YsOrder -First 2)
        $again = @($first | Get-YsOrder -ErrorAction Stop)
        $again.Count | Should -Be 2
        $again.OrderNo | Should -Be $first.OrderNo
        $again[0].SerialNumber | Should -Not -BeNullOrEmpty -Because 'O3 names the device'
    }

    It 'amounts are decimals; -Detailed adds the device, the product and the billing contact' {
        $orders = @(Get-YsOrder -Detailed)
        $orders.Count | Should -Be 4
        $annual = $orders | Where-Object SerialNumber -eq 'HI000003'
        $annual.Amount | Should -BeOfType [decimal]
        $annual.Amount | Should -Be 2000
        $annual.CurrencyCode | Should -Be 'USD'
        $annual.ProductId | Should -Be '11'
        $annual.BillingContactId | Should -Be $contact
        ($orders | Where-Object SerialNumber -eq 'PCE000000013').Amount | Should -Be 500
    }

    It '-ProductId, -SerialNumber, -Since and -Until filter the orders' {
        @(Get-YsOrder -ProductId 13).SerialNumber | Should -Be @('PCE000000013')
        @(Get-YsOrder -ProductId 11).Count | Should -Be 3
        @(Get-YsOrder -SerialNumber HI000002).Count | Should -Be 1
        @(Get-YsOrder -Since (Get-Date).AddHours(-1)).Count | Should -Be 4
        @(Get-YsOrder -Until (Get-Date).AddHours(-1)) | Should -BeNullOrEmpty
    }

    It 'the default table fits 120 columns and has no column O2 leaves empty' {
        $lines = Get-YsOrder | Format-Table | Out-String -Width 120 -Stream | Where-Object { $_.Trim() }
        $header = $lines[0] -split '\s+' | Where-Object { $_ }
        $header | Should -Be @('OrderNo', 'CreateTime', 'OrderStatus', 'Amount', 'CurrencyCode')
        $lines | ForEach-Object { $_.TrimEnd().Length | Should -BeLessOrEqual 120 }
    }
}

Describe 'Get-YsProduct -ExpiringWithin' {
    BeforeAll {
        Reset-Sandbox $sandbox
        Set-TwoExpiring
        Set-SandboxProductExpiry $sandbox -InDays 31 -SerialNumber 3651A0009415
    }

    It 'without -ProductId returns the products of every line that expire within 30 days, soonest first, and none later' {
        $expiring = @(Get-YsProduct -ExpiringWithin 30)
        $expiring.ProductNo | Should -Be @('3631E3418911', '3631E0000009')
        $expiring.ProductId | Should -Be @(11, 9)
    }

    It 'with -ProductId looks at that line only' {
        @(Get-YsProduct -ProductId 9 -ExpiringWithin 30).ProductNo | Should -Be @('3631E0000009')
    }

    It 'without -ProductId or -ExpiringWithin says what to give' {
        { Get-YsProduct -ErrorAction Stop } | Should -Throw -ErrorId 'ProductIdRequired*'
    }

    It 'pipes unchanged into New-YsPlanOrder -Operation Renew' {
        $renewed = @(Get-YsProduct -ExpiringWithin 30 | New-YsPlanOrder -Operation Renew -BillingContactId $contact -Confirm:$false -ErrorAction Stop)
        $renewed.SerialNumber | Should -Be @('3631E3418911', '3631E0000009')
        $renewed.Outcome | Should -Be @('Succeeded', 'Succeeded')
        (Get-SandboxOrder $sandbox).operationType | Should -Be @('renew_plan', 'renew_plan')
    }
}

Describe 'samples/Renew-Expiring-Runbook.ps1' {
    BeforeAll {
        Reset-Sandbox $sandbox
        Set-TwoExpiring
        $script:runbook = Join-Path $PSScriptRoot '../../samples/Renew-Expiring-Runbook.ps1'
        $script:journal = Join-Path $TestDrive 'renewals.csv'
        function script:Invoke-Renewal {
            $child = Start-FreshPowerShell -Script @"
`$credential = [pscredential]::new('sandbox-client-id', (ConvertTo-SecureString 'sandbox-client-secret' -AsPlainText -Force))
& `$env:YS_RUNBOOK -Credential `$credential -BillingContactId $contact -MaxTotal 2000 -Currency USD -BaseUri `$env:YS_BASE_URI -JournalPath '$journal' | ConvertTo-Json -Depth 4 -Compress
"@ -Environment @{
                PSModulePath = (Split-Path (Split-Path $env:YS_MODULE_PATH)) + [IO.Path]::PathSeparator + $env:PSModulePath
                YS_RUNBOOK   = $runbook
                YS_BASE_URI  = $sandbox.Url
            }
            $child = Wait-FreshPowerShell $child
            $child.ExitCode | Should -Be 0 -Because $child.Errors
            @(ConvertFrom-ChildJson $child)
        }
    }

    It 'run twice renews each expiring product once, with one result per product and a summary with the total' {
        $first = Invoke-Renewal
        $summary = $first[-1]
        $summary.Expiring | Should -Be 2
        $summary.Renewed | Should -Be 2
        # A month of the Enterprise plan (100 USD) and a year of Linkus Cloud Service (1000 USD).
        $summary.Total | Should -Be '1100.00 USD'
        @($first | Where-Object { $_.PSObject.Properties['Outcome'] }).SerialNumber | Should -Be @('3631E3418911', '3631E0000009')

        # The second run sees the same products expiring (as if the portal had not moved their dates yet).
        Set-TwoExpiring
        $second = Invoke-Renewal
        $second[-1].Expiring | Should -Be 2
        $second[-1].Renewed | Should -Be 0
        $second[-1].Skipped | Should -Be 2
        @(Get-SandboxOrder $sandbox).Count | Should -Be 2
    }
}
