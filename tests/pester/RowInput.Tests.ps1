# What a row can hold and what the module makes of it: every bad value is that row's error with its
# number (nothing dropped by the binder, nothing silently defaulted), serial numbers in one spelling, new
# products known by what they order, and products piped from Get-YsProduct renewed as they are.
BeforeAll {
    Import-Module (Join-Path $PSScriptRoot 'TestSandbox.psm1') -Force
    Import-Module (Join-Path $PSScriptRoot 'TestJournal.psm1') -Force
    Import-Module $env:YS_MODULE_PATH -Force
    $script:sandbox = Start-TestSandbox
    Connect-YeastarPartner -Credential (Get-TestCredential) -BaseUri $sandbox.Url
    $script:contact = '3197218168379846218'
    $script:hotelModule = '3299326068732223488'

    function script:Get-StoredOrder { @(Get-SandboxOrder $sandbox | Where-Object { $_.productNo -notlike '3631H*' }) }
}

AfterAll {
    Disconnect-YeastarPartner
    Stop-TestSandbox $sandbox
}

Describe 'Row values bound as text' {
    BeforeEach { Reset-Sandbox $sandbox }

    It 'sends nothing for a row whose Operation or ProductId cannot be read, reports each with its true row number, and sends the rest' {
        $journal = Join-Path $TestDrive 'services.csv'
        $rows = @'
SerialNumber,ProductId,ServiceId,BillingCycle,Operation
3631E3418911,11,3299326068732223488,Once,Purchase
3631E0000001,eleven,3299326068732223488,Once,Purchase
3631E0000002,11,3299326068732223488,Once,Renewal
3631E0000003,11,3299326068732223488,Once,
'@ | ConvertFrom-Csv
        $orders = @($rows | New-YsServiceOrder -BillingContactId $contact -JournalPath $journal -Confirm:$false -ErrorVariable bad -ErrorAction SilentlyContinue)

        $orders.SerialNumber | Should -Be @('3631E3418911', '3631E0000003')
        $orders.Operation | Should -Be @('Purchase', 'Purchase')
        (Get-StoredOrder).productNo | Should -Be @('3631E3418911', '3631E0000003')
        $bad.Count | Should -Be 2
        $bad[0].FullyQualifiedErrorId | Should -BeLike 'ProductIdInvalid,*'
        $bad[0].ErrorDetails.Message | Should -BeLike "Row 2 (serial number '3631E0000001'): product ID 'eleven' is not a whole number*"
        $bad[1].FullyQualifiedErrorId | Should -BeLike 'OperationInvalid,*'
        $bad[1].ErrorDetails.Message | Should -BeLike "Row 3 (serial number '3631E0000002'): operation 'Renewal' is not one of Purchase, Renew, Trial*"
        $bad[1].TargetObject.Operation | Should -Be 'Renewal'
        foreach ($serialNumber in $rows.SerialNumber) { Get-JournalLine $journal $serialNumber | Should -Not -BeNullOrEmpty -Because "row $serialNumber is journaled" }
    }

    It 'refuses a typo in a plan order''s Operation instead of buying a paid plan, and reads an empty Quantity as not given' {
        $rows = "SerialNumber,Operation,Quantity`n3631E0000001,Trail,`n3631E0000002,,`n3631E0000003,Purchase,0" | ConvertFrom-Csv
        $orders = @($rows | New-YsPlanOrder -Plan Enterprise -BillingContactId $contact -Confirm:$false -ErrorVariable bad -ErrorAction SilentlyContinue)

        $bad.Count | Should -Be 1
        $bad[0].FullyQualifiedErrorId | Should -BeLike 'OperationInvalid,*'
        $bad[0].ErrorDetails.Message | Should -BeLike "Row 1*'Trail'*"
        $orders.SerialNumber | Should -Be @('3631E0000002', '3631E0000003')
        foreach ($order in Get-StoredOrder) { ($order.requestBody | ConvertFrom-Json).serviceList[0].PSObject.Properties.Name | Should -Not -Contain 'quantity' }
    }

    It 'reports a Quantity that is not a whole number as the row''s error' {
        $rows = "SerialNumber,Quantity`nPCE000000013,twenty" | ConvertFrom-Csv
        $rows | New-YsServiceOrder -ProductId 13 -ServiceId 3048573516041273344 -BillingCycle Annually -BillingContactId $contact -Confirm:$false -ErrorVariable bad -ErrorAction SilentlyContinue
        $bad[0].FullyQualifiedErrorId | Should -BeLike 'QuantityInvalid,*'
        Get-StoredOrder | Should -BeNullOrEmpty
    }
}

Describe 'Serial numbers' {
    BeforeEach { Reset-Sandbox $sandbox }

    It 'are trimmed and sent, journaled and output in upper case' {
        $journal = Join-Path $TestDrive 'case.csv'
        $order = New-YsPlanOrder -SerialNumber ' 3631e0abcd12 ' -Plan Enterprise -BillingContactId $contact -JournalPath $journal -Confirm:$false
        $order.SerialNumber | Should -BeExactly '3631E0ABCD12'
        (Get-StoredOrder).productNo | Should -BeExactly '3631E0ABCD12'
        (Get-JournalLine $journal | Where-Object Outcome -eq Succeeded).SerialNumber | Should -BeExactly '3631E0ABCD12'
    }

    It 'of an implausible length are refused' {
        New-YsPlanOrder -SerialNumber ('A' * 62) -Plan Enterprise -BillingContactId $contact -Confirm:$false -ErrorVariable bad -ErrorAction SilentlyContinue
        $bad[0].FullyQualifiedErrorId | Should -BeLike 'SerialNumberInvalid,*'
        $bad[0].ErrorDetails.Message | Should -BeLike '*has 62 characters*'
        Get-StoredOrder | Should -BeNullOrEmpty
    }

    It 'are never a CSV file''s header or line read as plain text' {
        $file = Join-Path $TestDrive 'plain.csv'
        "SerialNumber`n3631E0000001`n3631E0000002,Enterprise`n3631E0000003" | Set-Content $file
        $orders = @(Get-Content $file | New-YsPlanOrder -Plan Enterprise -BillingContactId $contact -Confirm:$false -ErrorVariable bad -ErrorAction SilentlyContinue)

        $orders.SerialNumber | Should -Be @('3631E0000001', '3631E0000003')
        (Get-StoredOrder).productNo | Should -Not -Contain 'SERIALNUMBER'
        $bad.Count | Should -Be 2
        $bad | ForEach-Object { $_.FullyQualifiedErrorId | Should -BeLike 'InputIsCsvText,*' }
        $bad[0].ErrorDetails.Message | Should -BeLike "Row 1*'SerialNumber'*header*"
        $bad[0].ErrorDetails.RecommendedAction | Should -BeLike '*Import-Csv*'
        $bad[1].ErrorDetails.Message | Should -BeLike 'Row 3*line of CSV text*'
    }
}

Describe 'New products without a serial number' {
    BeforeEach { Reset-Sandbox $sandbox }

    BeforeAll {
        $script:licenses = @'
ProductId,Plan,BillingCycle,Quantity,PartnerId
12,Enterprise,Annually,20,
12,Enterprise,Annually,30,3076913644890832901
12,Ultimate,Annually,40,3076913644890832902
'@ | ConvertFrom-Csv
        function script:Get-LicenseOrder { @(Get-StoredOrder | Where-Object { $_.productId -eq 12 -and -not $_.productNo }) }
    }

    It 'are bought once when the CSV is re-ordered between runs' {
        $journal = Join-Path $TestDrive 'licenses.csv'
        $first = @($licenses | New-YsPlanOrder -BillingContactId $contact -JournalPath $journal -Confirm:$false)
        $second = @($licenses | Sort-Object Quantity -Descending | New-YsPlanOrder -BillingContactId $contact -JournalPath $journal -Confirm:$false -WarningAction SilentlyContinue)

        @($first | Where-Object Outcome -eq Succeeded).Count | Should -Be 3
        @($second | Where-Object Outcome -eq Skipped).Count | Should -Be 3
        (Get-LicenseOrder).Count | Should -Be 3
    }

    It 'follow the README''s retry workflow: the fixed failed row is bought, no other row twice' {
        $journal = Join-Path $TestDrive 'retry.csv'
        $rows = $licenses | ForEach-Object { $_.PSObject.Copy() }
        $rows[1].Quantity = 'thirty'
        $null = $rows | New-YsPlanOrder -BillingContactId $contact -JournalPath $journal -Confirm:$false -ErrorVariable failed -ErrorAction SilentlyContinue
        $failed.Count | Should -Be 1

        $fixed = $failed | ForEach-Object { $_.TargetObject.Quantity = '30'; $_.TargetObject }
        $retry = @($fixed | New-YsPlanOrder -BillingContactId $contact -JournalPath $journal -Confirm:$false)

        $retry.Outcome | Should -Be 'Succeeded'
        $retry.PartnerId | Should -Be '3076913644890832901'
        (Get-LicenseOrder).Count | Should -Be 3
    }

    It 'ordered twice with the same values in one run need an OrderKey each' {
        $twice = @($licenses[0], $licenses[0].PSObject.Copy())
        $null = $twice | New-YsPlanOrder -BillingContactId $contact -Confirm:$false -ErrorVariable repeated -ErrorAction SilentlyContinue
        $repeated[0].FullyQualifiedErrorId | Should -BeLike 'OrderRepeated,*'
        $repeated[0].ErrorDetails.Message | Should -BeLike 'Row 2*row 1 of this run already orders the same new product 12*'
        (Get-LicenseOrder).Count | Should -Be 1

        $keyed = @($twice | ForEach-Object -Begin { $n = 0 } -Process { $copy = $_.PSObject.Copy(); $copy | Add-Member OrderKey ('PO-7-{0}' -f ++$n); $copy })
        $orders = @($keyed | New-YsPlanOrder -BillingContactId $contact -Confirm:$false)
        $orders.Count | Should -Be 2
        (Get-LicenseOrder).Count | Should -Be 3
    }
}

Describe 'The renewal sweep' {
    BeforeAll { Reset-Sandbox $sandbox }

    It 'renews the devices that expire soon with their own plan and cycle' {
        $products = @(Get-YsProduct -ProductId 11)
        $products[0].ExpireDate | Should -BeOfType [datetime]
        $expiring = @($products | Where-Object ExpireDate -lt (Get-Date).AddDays(45))
        $expiring.Count | Should -BeGreaterThan 0
        $expiring.Count | Should -BeLessThan $products.Count

        $renewed = @(Get-YsProduct -ProductId 11 | Where-Object ExpireDate -lt (Get-Date).AddDays(45) |
                New-YsPlanOrder -Operation Renew -BillingContactId $contact -Confirm:$false)

        $renewed.Count | Should -Be $expiring.Count
        @($renewed | Where-Object Outcome -ne 'Succeeded') | Should -BeNullOrEmpty
        $stored = Get-StoredOrder
        ($stored.productNo | Sort-Object) | Should -Be ($expiring.ProductNo | Sort-Object)
        foreach ($order in $stored) {
            $product = $expiring | Where-Object ProductNo -eq $order.productNo
            $item = ($order.requestBody | ConvertFrom-Json -AsHashtable).serviceList[0]
            $order.operationType | Should -Be 'renew_plan'
            $item.serviceId | Should -Be $product.PlanId
            $item.billingCycle | Should -Be $product.BillingCycle
            $item.Keys | Should -Not -Contain 'quantity'
        }
        # The sandbox moved their expiry on: renewed devices no longer expire within 45 days.
        @(Get-YsProduct -ProductId 11 | Where-Object ExpireDate -lt (Get-Date).AddDays(45)).Count | Should -Be 0
    }
}
