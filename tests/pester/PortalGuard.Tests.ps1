# -SkipOrderedSince: the Partner Portal as the journal of last resort, against a portal that lists its
# orders oldest first, caps its pages and holds a history of older orders.
BeforeAll {
    Import-Module (Join-Path $PSScriptRoot 'TestSandbox.psm1') -Force
    Import-Module (Join-Path $PSScriptRoot 'TestJournal.psm1') -Force
    Import-Module $env:YS_MODULE_PATH -Force
    $script:sandbox = Start-TestSandbox -ArgumentList '--ignore-sort', '--max-page-size', '20', '--seed-history-orders', '70'
    Connect-YeastarPartner -Credential (Get-TestCredential) -BaseUri $sandbox.Url
    $script:contact = '3197218168379846218'
    $script:orderPath = '/order/openapi/order/v1/save'
    $script:devices = 1..10 | ForEach-Object { 'GUARD{0:D5}' -f $_ }

    function script:Get-StoredOrder([string] $SerialNumber) { @(Get-SandboxOrder $sandbox -SerialNumber $SerialNumber) }
}

AfterAll {
    Disconnect-YeastarPartner
    Stop-TestSandbox $sandbox
}

Describe 'A re-run without any journal, with -SkipOrderedSince' {
    BeforeAll {
        Reset-Sandbox $sandbox
        # The first run loses the reply of one order: the portal has it, this machine does not know.
        Add-SandboxFault $sandbox @{ path = $orderPath; kind = 'DropAfterCommit'; serialNumber = $devices[3]; times = 1 } | Out-Null
        $devices | New-YsPlanOrder -Plan Enterprise -BillingContactId $contact -Confirm:$false -ErrorAction SilentlyContinue -WarningAction SilentlyContinue
        # 3631H0000005's only order is a seeded one, about four weeks old.
        $script:rerun = @($devices + '3631H0000005' | New-YsPlanOrder -Plan Enterprise -BillingContactId $contact -SkipOrderedSince (Get-Date).AddDays(-1) `
                -Confirm:$false -WarningVariable script:warned -WarningAction SilentlyContinue -ErrorVariable script:rerunErrors -ErrorAction SilentlyContinue -Verbose 4>&1)
    }

    It 'buys nothing twice: every device of the first run, the lost reply included, is skipped with the order found, quietly' {
        $rerunErrors | Should -BeNullOrEmpty
        foreach ($device in $devices) { (Get-StoredOrder $device).Count | Should -Be 1 -Because "$device was bought once" }
        $skipped = @($rerun | Where-Object { $_.PSObject.Properties['Outcome'] -and $_.Outcome -eq 'Skipped' })
        $skipped.SerialNumber | Should -Be $devices
        ($skipped | Where-Object SerialNumber -eq $devices[3]).OrderNo | Should -Be (Get-StoredOrder $devices[3])[0].orderNo
        # A skipped row needs no action: it says why in -Verbose, not in a warning.
        $warned | Should -BeNullOrEmpty
        $verbose = @($rerun | Where-Object { $_ -is [Management.Automation.VerboseRecord] }).Message
        @($verbose -like 'Row * skipped, the Partner Portal holds a purchase_plan order for this device since *').Count | Should -Be 10
        @($verbose -like "Row 4 (serial number '$($devices[3])'): skipped, the Partner Portal holds*").Count | Should -Be 1
    }

    It 'buys a device whose only order is older than the time' {
        ($rerun | Where-Object { $_.PSObject.Properties['Outcome'] -and $_.SerialNumber -eq '3631H0000005' }).Outcome | Should -Be 'Succeeded'
        (Get-StoredOrder 3631H0000005).Count | Should -Be 2
    }

    It 'says in -Verbose how many orders and devices it found' {
        $verbose = @($rerun | Where-Object { $_ -is [Management.Automation.VerboseRecord] }).Message
        # The ten devices of the first run, and the seeded history orders of the last day.
        $found = @($verbose | Where-Object { $_ -match '^-SkipOrderedSince .*: (\d+) order\(s\) in the Partner Portal, for (\d+) device\(s\)' })
        $found.Count | Should -Be 1
        $null = $found[0] -match ': (\d+) order\(s\) in the Partner Portal, for (\d+) device\(s\)'
        [int]$Matches[2] | Should -BeGreaterOrEqual 10
        [int]$Matches[1] | Should -Be ([int]$Matches[2])
    }
}

Describe '-SkipOrderedSince and the kinds and statuses of orders' {
    BeforeEach { Reset-Sandbox $sandbox }

    It 'does not count an order that bought nothing, and counts a pending one' {
        Set-SandboxSetting $sandbox @{ paidOrderStatus = 'cancelled' } | Out-Null
        New-YsPlanOrder -SerialNumber GUARD00001 -Plan Enterprise -BillingContactId $contact -Confirm:$false -WarningAction SilentlyContinue | Out-Null
        Set-SandboxSetting $sandbox @{ paidOrderStatus = 'pending' } | Out-Null
        New-YsPlanOrder -SerialNumber GUARD00002 -Plan Enterprise -BillingContactId $contact -Confirm:$false -WarningAction SilentlyContinue | Out-Null
        Set-SandboxSetting $sandbox @{ paidOrderStatus = 'succeed' } | Out-Null

        $again = @('GUARD00001', 'GUARD00002' | New-YsPlanOrder -Plan Enterprise -BillingContactId $contact -SkipOrderedSince (Get-Date).AddHours(-1) -Confirm:$false -WarningAction SilentlyContinue)

        ($again | Where-Object SerialNumber -eq GUARD00001).Outcome | Should -Be 'Succeeded'
        ($again | Where-Object SerialNumber -eq GUARD00002).Outcome | Should -Be 'Skipped'
        (Get-StoredOrder GUARD00001).Count | Should -Be 2
        (Get-StoredOrder GUARD00002).Count | Should -Be 1
    }

    It 'does not take an order of another kind for the row''s' {
        New-YsServiceOrder -ProductId 11 -SerialNumber 3631E3418911 -ServiceId 3299326068732223488 -BillingCycle Once -BillingContactId $contact -Confirm:$false -WarningAction SilentlyContinue | Out-Null

        $renewal = New-YsPlanOrder -Operation Renew -SerialNumber 3631E3418911 -Plan Enterprise -BillingContactId $contact -SkipOrderedSince (Get-Date).AddHours(-1) -Confirm:$false
        $hotelAgain = New-YsServiceOrder -ProductId 11 -SerialNumber 3631E3418911 -ServiceId 3299326068732223488 -BillingCycle Once -BillingContactId $contact `
            -SkipOrderedSince (Get-Date).AddHours(-1) -Confirm:$false -WarningAction SilentlyContinue

        $renewal.Outcome | Should -Be 'Succeeded'
        $hotelAgain.Outcome | Should -Be 'Skipped'
        (Get-StoredOrder 3631E3418911).Count | Should -Be 2
    }

    It 'consults the journal first, then the portal, and journals what the portal showed' {
        $journal = Join-Path $TestDrive 'guarded.csv'
        New-YsPlanOrder -SerialNumber GUARD00003 -Plan Enterprise -BillingContactId $contact -Confirm:$false -WarningAction SilentlyContinue | Out-Null
        $rows = @('GUARD00003', 'GUARD00004')
        $first = @($rows | New-YsPlanOrder -Plan Enterprise -BillingContactId $contact -JournalPath $journal -SkipOrderedSince (Get-Date).AddHours(-1) -Confirm:$false -WarningAction SilentlyContinue)
        $requestsBefore = @(Get-SandboxRequest $sandbox).Count
        $second = @($rows | New-YsPlanOrder -Plan Enterprise -BillingContactId $contact -JournalPath $journal -Confirm:$false -WarningAction SilentlyContinue)

        ($first | Where-Object SerialNumber -eq GUARD00003).Outcome | Should -Be 'Skipped'
        ($first | Where-Object SerialNumber -eq GUARD00004).Outcome | Should -Be 'Succeeded'
        (Get-JournalLine $journal GUARD00003 | Where-Object Outcome -eq 'Skipped' | Select-Object -First 1).Stage | Should -Be 'Portal'
        $second.Outcome | Should -Be @('Skipped', 'Skipped')
        @(Get-SandboxRequest $sandbox | Select-Object -Skip $requestsBefore | Where-Object path -like '/order/*') | Should -BeNullOrEmpty -Because 'the journal alone settled both rows'
    }

    It 'says, per row, that it cannot check a new product' {
        $null = New-YsPlanOrder -ProductId 12 -Plan Enterprise -BillingCycle Annually -Quantity 20 -BillingContactId $contact -SkipOrderedSince (Get-Date).AddHours(-1) `
            -Confirm:$false -WarningVariable warned -WarningAction SilentlyContinue
        $warned.Count | Should -Be 1
        $warned[0] | Should -BeLike 'Row 1 (new product 12): -SkipOrderedSince cannot check a new product*-JournalPath*'
    }

    It 'walks the order list once when -Reconcile and -SkipOrderedSince both need it' {
        $journal = Join-Path $TestDrive 'both.csv'
        Add-SandboxFault $sandbox @{ path = $orderPath; kind = 'DropAfterCommit'; serialNumber = 'GUARD00006'; times = 1 } | Out-Null
        'GUARD00006', 'GUARD00007' | New-YsPlanOrder -Plan Enterprise -BillingContactId $contact -JournalPath $journal -Confirm:$false -ErrorAction SilentlyContinue
        Invoke-RestMethod -Method Delete -Uri "$($sandbox.Url)/_sandbox/requests" | Out-Null

        $both = @('GUARD00006', 'GUARD00007' | New-YsPlanOrder -Plan Enterprise -BillingContactId $contact -JournalPath $journal -Reconcile `
                -SkipOrderedSince (Get-Date).AddDays(-40) -Confirm:$false -WarningAction SilentlyContinue)

        $both.Outcome | Should -Be @('Skipped', 'Skipped')
        $orders = @(Get-SandboxOrder $sandbox).Count
        # Oldest first and capped at 20 a page: one walk reads every page once.
        @(Get-SandboxRequest $sandbox | Where-Object path -eq '/order/openapi/order/v1/page').Count | Should -Be ([math]::Ceiling($orders / 20))
    }

    It 'warns when a command runs with neither a journal nor the portal check' {
        $null = New-YsPlanOrder -SerialNumber GUARD00005 -Plan Enterprise -BillingContactId $contact -Confirm:$false -WarningVariable warned -WarningAction SilentlyContinue
        $warned.Count | Should -Be 1
        $warned[0] | Should -BeLike '*without -JournalPath or -SkipOrderedSince*twice*'
    }
}
