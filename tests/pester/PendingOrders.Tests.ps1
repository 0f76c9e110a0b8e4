# A row Skipped because of a pending order (awaiting payment in the portal) is looked up again on the next
# run: once that order has failed, been cancelled, refunded or become invalid, the device is bought.
BeforeAll {
    Import-Module (Join-Path $PSScriptRoot 'TestSandbox.psm1') -Force
    Import-Module (Join-Path $PSScriptRoot 'TestJournal.psm1') -Force
    Import-Module $env:YS_MODULE_PATH -Force
    $script:sandbox = Start-TestSandbox
    Connect-YeastarPartner -Credential (Get-TestCredential) -BaseUri $sandbox.Url
    $script:contact = '3197218168379846218'
    $script:devices = 'PEND00001', 'PEND00002', 'PEND00003'

    function script:Get-StoredOrder([string] $SerialNumber) { @(Get-SandboxOrder $sandbox -SerialNumber $SerialNumber) }
    function script:Invoke-Run([string] $Journal, [hashtable] $Extra = @{}) {
        @($devices | New-YsPlanOrder -Plan Enterprise -BillingContactId $contact -JournalPath $Journal -Confirm:$false @Extra)
    }
}

AfterAll {
    Disconnect-YeastarPartner
    Stop-TestSandbox $sandbox
}

Describe 'A device skipped because of a pending order' {
    BeforeAll {
        Reset-Sandbox $sandbox
        # Bought elsewhere (no journal here), awaiting payment in the portal.
        Set-SandboxSetting $sandbox @{ paidOrderStatus = 'pending' } | Out-Null
        $devices | New-YsPlanOrder -Plan Enterprise -BillingContactId $contact -Confirm:$false -WarningAction SilentlyContinue | Out-Null
        Set-SandboxSetting $sandbox @{ paidOrderStatus = 'succeed' } | Out-Null
        $script:firstOrder = @{}
        foreach ($device in $devices) { $firstOrder[$device] = (Get-StoredOrder $device)[0].orderNo }
        $script:journal = Join-Path $TestDrive 'pending.csv'
        # The portal check skips all three for their pending orders, and the journal says so.
        $script:guarded = Invoke-Run $journal @{ SkipOrderedSince = (Get-Date).AddHours(-1); WarningAction = 'SilentlyContinue' }
    }

    AfterAll { Set-SandboxSetting $sandbox @{ paidOrderStatus = 'succeed' } | Out-Null }

    It 'is skipped for the pending order at first' {
        $guarded.Outcome | Should -Be @('Skipped', 'Skipped', 'Skipped')
        $guarded.OrderStatus | Should -Be @('pending', 'pending', 'pending')
    }

    It 'is bought on the next run once its order has failed; one whose order is still pending stays skipped' {
        Set-SandboxOrderStatus $sandbox -OrderNo $firstOrder['PEND00001'] -Status failed | Out-Null

        $next = Invoke-Run $journal @{ WarningVariable = 'script:warned'; WarningAction = 'SilentlyContinue' }

        ($next | Where-Object SerialNumber -EQ 'PEND00001').Outcome | Should -Be 'Succeeded'
        ($next | Where-Object SerialNumber -EQ 'PEND00002').Outcome | Should -Be 'Skipped'
        ($next | Where-Object SerialNumber -EQ 'PEND00003').Outcome | Should -Be 'Skipped'
        (Get-StoredOrder PEND00001).Count | Should -Be 2
        (Get-StoredOrder PEND00002).Count | Should -Be 1
        (Get-StoredOrder PEND00003).Count | Should -Be 1
        $rechecked = @(Get-JournalLine $journal -SerialNumber PEND00001 | Where-Object Stage -EQ 'Reconciled')
        $rechecked.Count | Should -Be 1
        $rechecked[0].Outcome | Should -Be 'Failed'
        $rechecked[0].OrderNo | Should -Be $firstOrder['PEND00001']
        $rechecked[0].OrderStatus | Should -Be 'failed'
        $rechecked[0].Error | Should -BeLike "*order $($firstOrder['PEND00001'])*is now failed*"
        @($warned | Where-Object { $_ -like "Serial number 'PEND00001'*pending order $($firstOrder['PEND00001'])*now failed*" }).Count | Should -Be 1
    }

    It 'skipped by the journal for a pending order, is bought once that order is cancelled; a paid one stays skipped' {
        Set-SandboxOrderStatus $sandbox -OrderNo $firstOrder['PEND00002'] -Status cancelled | Out-Null
        Set-SandboxOrderStatus $sandbox -OrderNo $firstOrder['PEND00003'] -Status succeed | Out-Null

        $next = Invoke-Run $journal @{ WarningAction = 'SilentlyContinue' }
        $after = Invoke-Run $journal @{ WarningAction = 'SilentlyContinue' }

        ($next | Where-Object SerialNumber -EQ 'PEND00002').Outcome | Should -Be 'Succeeded'
        ($next | Where-Object SerialNumber -EQ 'PEND00003').Outcome | Should -Be 'Skipped'
        ($next | Where-Object SerialNumber -EQ 'PEND00003').OrderStatus | Should -Be 'succeed'
        $after.Outcome | Should -Be @('Skipped', 'Skipped', 'Skipped')
        foreach ($device in $devices) { (Get-StoredOrder $device | Where-Object orderStatus -NE 'failed' | Where-Object orderStatus -NE 'cancelled').Count | Should -Be 1 -Because "$device has one order that bought it" }
    }
}

Describe 'A pending order that cannot be looked up again' {
    BeforeAll {
        Reset-Sandbox $sandbox
        Set-SandboxSetting $sandbox @{ paidOrderStatus = 'pending' } | Out-Null
        New-YsPlanOrder -SerialNumber PEND00009 -Plan Enterprise -BillingContactId $contact -Confirm:$false -WarningAction SilentlyContinue | Out-Null
        Set-SandboxSetting $sandbox @{ paidOrderStatus = 'succeed' } | Out-Null
        $script:orderNo = (Get-StoredOrder PEND00009)[0].orderNo
        $script:journal = Join-Path $TestDrive 'unreadable.csv'
        New-YsPlanOrder -SerialNumber PEND00009 -Plan Enterprise -BillingContactId $contact -JournalPath $journal -SkipOrderedSince (Get-Date).AddHours(-1) -Confirm:$false -WarningAction SilentlyContinue | Out-Null
        Set-SandboxOrderStatus $sandbox -OrderNo $orderNo -Status failed | Out-Null
    }

    AfterAll { Set-SandboxSetting $sandbox @{ paidOrderStatus = 'succeed' } | Out-Null }

    It 'stays skipped, and a warning says so' {
        Add-SandboxFault $sandbox @{ path = "/order/openapi/order/v1/get/$orderNo"; kind = 'Status'; status = 500 } | Out-Null

        $next = @(New-YsPlanOrder -SerialNumber PEND00009 -Plan Enterprise -BillingContactId $contact -JournalPath $journal -Confirm:$false -WarningVariable warned -WarningAction SilentlyContinue)

        $next.Outcome | Should -Be 'Skipped'
        (Get-StoredOrder PEND00009).Count | Should -Be 1
        @($warned | Where-Object { $_ -like "Serial number 'PEND00009'*pending order $orderNo*could not be looked up again*stays skipped*" }).Count | Should -Be 1
    }
}
