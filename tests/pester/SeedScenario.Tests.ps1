# The walking skeleton, through the staged module and a real sandbox process over loopback HTTP.
BeforeAll {
    Import-Module (Join-Path $PSScriptRoot 'TestSandbox.psm1') -Force
    Import-Module $env:YS_MODULE_PATH -Force
    $script:sandbox = Start-TestSandbox
    Connect-YeastarPartner -Credential (Get-TestCredential) -BaseUri $sandbox.Url
}

AfterAll {
    Disconnect-YeastarPartner
    Stop-TestSandbox $sandbox
}

Describe 'New-YsPlanOrder from a CSV file' {
    BeforeEach { Reset-Sandbox $sandbox }

    It 'buys one order per row of samples/devices.csv and returns typed results' {
        $csv = Join-Path $PSScriptRoot '../../samples/devices.csv'
        $orders = Import-Csv $csv | New-YsPlanOrder -Plan Enterprise -BillingContactId 3197218168379846218 -Confirm:$false

        $orders.Count | Should -Be 3
        $orders | ForEach-Object { $_ | Should -BeOfType 'YeastarPartner.Models.YsPlanOrder' }
        $orders.SerialNumber | Should -Be (Import-Csv $csv).SerialNumber
        $orders.OrderNo | Should -Be (Get-SandboxOrder $sandbox).orderNo
        $orders | ForEach-Object { $_.Outcome | Should -Be 'Succeeded' }
    }

    It 'binds SN and ProductNo columns from a CSV file' {
        $file = Join-Path $TestDrive 'mixed.csv'
        "SN`n1111AAAA`n2222BBBB" | Set-Content $file
        $first = Import-Csv $file | New-YsPlanOrder -Plan Standard -BillingContactId 3197218168379846218 -Confirm:$false
        "ProductNo`n3333CCCC" | Set-Content $file
        $second = Import-Csv $file | New-YsPlanOrder -Plan Standard -BillingContactId 3197218168379846218 -Confirm:$false

        @($first).Count + @($second).Count | Should -Be 3
        (Get-SandboxOrder $sandbox).productNo | Should -Be @('1111AAAA', '2222BBBB', '3333CCCC')
    }

    It 'sends nothing with -WhatIf' {
        Import-Csv (Join-Path $PSScriptRoot '../../samples/devices.csv') |
            New-YsPlanOrder -Plan Enterprise -BillingContactId 3197218168379846218 -WhatIf

        Get-SandboxOrder $sandbox | Should -BeNullOrEmpty
    }

    It 'reports a bad row by number, sends the good ones, and keeps going' {
        $file = Join-Path $TestDrive 'bad.csv'
        "SerialNumber,Plan,BillingCycle,MultiCycle`nAAAA1111,Enterprise,Monthly,0`nBBBB2222,Gold,Monthly,0`nCCCC3333,Ultimate,Annually,9`nDDDD4444,Standard,Annually,5" | Set-Content $file

        $orders = Import-Csv $file | New-YsPlanOrder -BillingContactId 3197218168379846218 -Confirm:$false -ErrorVariable rowErrors -ErrorAction SilentlyContinue

        $orders.SerialNumber | Should -Be @('AAAA1111', 'DDDD4444')
        $rowErrors.Count | Should -Be 2
        $rowErrors[0].FullyQualifiedErrorId | Should -BeLike 'PlanUnknown,*'
        $rowErrors[0].ErrorDetails.Message | Should -BeLike 'Row 2*BBBB2222*Gold*'
        $rowErrors[0].TargetObject.SerialNumber | Should -Be 'BBBB2222'
        $rowErrors[1].FullyQualifiedErrorId | Should -BeLike 'MultiCycleInvalid,*'
        $rowErrors[1].ErrorDetails.Message | Should -BeLike 'Row 3*CCCC3333*'
        (Get-SandboxOrder $sandbox).productNo | Should -Be @('AAAA1111', 'DDDD4444')
    }
}

Describe 'Billing contact IDs above 2^53' {
    BeforeEach { Reset-Sandbox $sandbox }

    It 'keeps every digit from Get-YsBillingContact to the order on the wire' {
        $contact = Get-YsBillingContact -Name 'Jonas*'
        $contact.BillingContactId | Should -BeOfType [long]
        $contact.BillingContactId | Should -Be 9007199254740993

        $order = New-YsPlanOrder -SerialNumber 3631E0997265 -Plan Enterprise -BillingContactId $contact.BillingContactId -Confirm:$false

        $order.BillingContactId | Should -Be 9007199254740993
        $stored = Get-SandboxOrder $sandbox
        $stored.billingId | Should -Be '9007199254740993'
        $stored.requestBody | Should -Match '"billingId":9007199254740993[,}]'
    }

    It 'binds BillingContactId from a piped contact' {
        $order = Get-YsBillingContact -Email 'billing@contoso*' |
            New-YsPlanOrder -SerialNumber 3631E0997265 -Plan Standard -Confirm:$false

        $order.BillingContactId | Should -Be 3076913644915998721
        (Get-SandboxOrder $sandbox).requestBody | Should -Match '"billingId":3076913644915998721[,}]'
    }
}

Describe 'Connect-YeastarPartner and Get-YsConnection' {
    It 'shows the connection without any secret or token' {
        $connection = Get-YsConnection
        $connection.ClientId | Should -Be 'sandbox-client-id'
        $connection.BaseUri | Should -Be ([uri]$sandbox.Url)
        $connection.TokenExpiresAt | Should -BeGreaterThan (Get-Date)
        ($connection | Format-List * | Out-String) | Should -Not -Match 'sandbox-client-secret|eyJ'
    }

    It 'fails once, clearly, with a wrong secret' {
        $bad = [pscredential]::new('sandbox-client-id', (ConvertTo-SecureString 'wrong' -AsPlainText -Force))
        { Connect-YeastarPartner -Credential $bad -BaseUri $sandbox.Url } |
            Should -Throw -ErrorId 'ConnectAuthenticationFailed,YeastarPartner.Commands.ConnectYeastarPartnerCommand'
        # The good default connection is still in place.
        (Get-YsConnection).ClientId | Should -Be 'sandbox-client-id'
    }
}
