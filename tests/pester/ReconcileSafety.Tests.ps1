# -Reconcile concludes "not bought" only when it is certain: not while a timed-out request can still land,
# never from an order of another kind, and whatever order the Partner Portal lists its orders in.
BeforeAll {
    Import-Module (Join-Path $PSScriptRoot 'TestSandbox.psm1') -Force
    Import-Module (Join-Path $PSScriptRoot 'TestJournal.psm1') -Force
    Import-Module $env:YS_MODULE_PATH -Force
    $script:sandbox = Start-TestSandbox
    Connect-YeastarPartner -Credential (Get-TestCredential) -BaseUri $sandbox.Url
    $script:contact = '3197218168379846218'
    $script:orderPath = '/order/openapi/order/v1/save'

    function script:Get-StoredOrder([string] $SerialNumber) { @(Get-SandboxOrder $sandbox -SerialNumber $SerialNumber) }
}

AfterAll {
    Disconnect-YeastarPartner
    Stop-TestSandbox $sandbox
}

Describe '-Reconcile right after a timed-out order whose request lands late' {
    BeforeAll {
        Reset-Sandbox $sandbox
        $script:journal = Join-Path $TestDrive 'late.csv'
        $script:short = Connect-YeastarPartner -Credential (Get-TestCredential) -BaseUri $sandbox.Url -TimeoutSec 2 -PassThru
        # The order reaches the portal only after the client has given up, as a slow gateway can deliver it.
        Add-SandboxFault $sandbox @{ path = $orderPath; kind = 'Latency'; latencyMs = 6000; ignoreClientAbort = $true; serialNumber = 'LATE0001'; times = 1 } | Out-Null

        New-YsPlanOrder -SerialNumber LATE0001 -Plan Enterprise -BillingContactId $contact -JournalPath $journal -Connection $short `
            -Confirm:$false -ErrorVariable script:first -ErrorAction SilentlyContinue
        # At once, as the OrderOutcomeUnknown error recommends.
        $script:second = @(New-YsPlanOrder -SerialNumber LATE0001 -Plan Enterprise -BillingContactId $contact -JournalPath $journal -Reconcile -Connection $short `
                -Confirm:$false -ErrorVariable script:secondErrors -ErrorAction SilentlyContinue -WarningVariable script:secondWarnings -WarningAction SilentlyContinue)
        $script:storedAfterSecond = Get-StoredOrder LATE0001

        $deadline = [DateTime]::UtcNow.AddSeconds(30)
        while ((Get-StoredOrder LATE0001).Count -eq 0 -and [DateTime]::UtcNow -lt $deadline) { Start-Sleep -Milliseconds 200 }
        $script:third = @(New-YsPlanOrder -SerialNumber LATE0001 -Plan Enterprise -BillingContactId $contact -JournalPath $journal -Reconcile -Connection $short `
                -Confirm:$false -WarningAction SilentlyContinue)
    }

    It 'reports the first order Unknown' {
        $first[0].FullyQualifiedErrorId | Should -BeLike 'OrderOutcomeUnknown,*'
        $first[0].ErrorDetails.Message | Should -BeLike '*timed out*'
    }

    It 'does not declare it "not bought" while the request can still land, and says when it can' {
        $storedAfterSecond | Should -BeNullOrEmpty -Because 'the second run sent nothing'
        $second | Should -BeNullOrEmpty
        $secondErrors[0].FullyQualifiedErrorId | Should -BeLike 'OrderOutcomeUnsettled,*'
        ($secondWarnings -join ' ') | Should -BeLike '*still unknown*late request could still land until*'
        (Get-JournalLine $journal LATE0001 | Where-Object Stage -eq 'Reconciled' | Select-Object -First 1).Outcome | Should -Be 'Unknown'
    }

    It 'settles it as bought once the late order is there, leaving one order' {
        $stored = Get-StoredOrder LATE0001
        $stored.Count | Should -Be 1
        $third.Outcome | Should -Be 'Skipped'
        $third.OrderNo | Should -Be $stored[0].orderNo
        (Get-JournalLine $journal LATE0001 | Where-Object Outcome -eq 'Succeeded').Stage | Should -Be 'Reconciled'
    }
}

Describe '-Reconcile of an order that never reached the portal' {
    BeforeAll {
        Reset-Sandbox $sandbox
        $script:journal = Join-Path $TestDrive 'dropped.csv'
        Add-SandboxFault $sandbox @{ path = $orderPath; kind = 'Drop'; serialNumber = '3631E3418911'; times = 1 } | Out-Null
        New-YsPlanOrder -Operation Renew -SerialNumber 3631E3418911 -Plan Enterprise -BillingContactId $contact -JournalPath $journal `
            -Confirm:$false -ErrorAction SilentlyContinue
        # Meanwhile the device gets an order of another kind: a Hotel Module.
        $script:hotel = New-YsServiceOrder -ProductId 11 -SerialNumber 3631E3418911 -ServiceId 3299326068732223488 -BillingCycle Once `
            -BillingContactId $contact -Confirm:$false
        # An hour later, no late request can still land.
        Move-JournalTime -Path $journal -By ([TimeSpan]::FromHours(1))
        $script:settled = @(New-YsPlanOrder -Operation Renew -SerialNumber 3631E3418911 -Plan Enterprise -BillingContactId $contact -JournalPath $journal -Reconcile `
                -Confirm:$false -WarningVariable script:warned -WarningAction SilentlyContinue)
    }

    It 'does not take an order of another kind for it, and so renews the device once' {
        $hotel.Outcome | Should -Be 'Succeeded'
        $orders = Get-StoredOrder 3631E3418911
        @($orders | Where-Object operationType -eq 'renew_plan').Count | Should -Be 1
        @($orders | Where-Object operationType -eq 'purchase_service').Count | Should -Be 1
        $settled.Outcome | Should -Be 'Succeeded'
        $line = Get-JournalLine $journal 3631E3418911 | Where-Object Stage -eq 'Reconciled'
        $line.Outcome | Should -Be 'Failed'
        $line.Error | Should -BeLike '*no renew_plan order*'
    }
}

Describe '-Reconcile against a portal that answers every way its docs allow, with a history of 90 older orders' {
    BeforeAll {
        Reset-Sandbox $sandbox
        Set-SandboxSetting $sandbox @{ ignoreSort = $true; maxPageSize = 20; plainUnauthorized = $true; singleObjectLists = $true; looseTypes = $true; seedHistoryOrders = 90 } | Out-Null
        $script:journal = Join-Path $TestDrive 'history.csv'
        $script:devices = 1..10 | ForEach-Object { 'HIST{0:D6}' -f $_ }
        foreach ($i in 3, 7) { Add-SandboxFault $sandbox @{ path = $orderPath; kind = 'DropAfterCommit'; serialNumber = $devices[$i]; times = 1 } | Out-Null }
        $devices | New-YsPlanOrder -Plan Enterprise -BillingContactId $contact -JournalPath $journal -Confirm:$false -ErrorAction SilentlyContinue
        $script:rerun = @($devices | New-YsPlanOrder -Plan Enterprise -BillingContactId $contact -JournalPath $journal -Reconcile -Confirm:$false `
                -ErrorVariable script:rerunErrors -ErrorAction SilentlyContinue -WarningAction SilentlyContinue)
    }

    AfterAll { Set-SandboxSetting $sandbox @{ ignoreSort = $false; maxPageSize = 0; plainUnauthorized = $false; singleObjectLists = $false; looseTypes = $false; seedHistoryOrders = 0 } | Out-Null }

    It 'finds the dropped orders beyond the first page, settles them bought, and leaves one order per device' {
        $rerunErrors | Should -BeNullOrEmpty
        @($rerun | Where-Object Outcome -ne 'Skipped') | Should -BeNullOrEmpty
        $rerun.Count | Should -Be 10
        foreach ($device in $devices) { (Get-StoredOrder $device).Count | Should -Be 1 -Because "$device was bought once" }
        foreach ($i in 3, 7) {
            (Get-JournalLine $journal $devices[$i] | Where-Object Stage -eq 'Reconciled').Outcome | Should -Be 'Succeeded'
        }
    }
}
