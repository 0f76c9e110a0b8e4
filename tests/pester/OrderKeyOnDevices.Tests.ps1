# A row with a serial number is keyed by its device, whatever its OrderKey: the OrderKey is a label in the
# journal and on the output. Each test is one of the ways an OrderKey used to buy a device twice.
BeforeAll {
    Import-Module (Join-Path $PSScriptRoot 'TestSandbox.psm1') -Force
    Import-Module (Join-Path $PSScriptRoot 'TestJournal.psm1') -Force
    Import-Module $env:YS_MODULE_PATH -Force
    $script:sandbox = Start-TestSandbox
    Connect-YeastarPartner -Credential (Get-TestCredential) -BaseUri $sandbox.Url
    $script:contact = '3197218168379846218'
    $script:devices = 'KEYS00001', 'KEYS00002', 'KEYS00003'

    function script:Get-OrderCount([string] $SerialNumber) { @(Get-SandboxOrder $sandbox -SerialNumber $SerialNumber).Count }
    function script:Assert-OneOrderPerDevice([string[]] $SerialNumbers) {
        foreach ($device in $SerialNumbers) { Get-OrderCount $device | Should -Be 1 -Because "$device is bought once" }
    }
    # The rows of a CSV with a PO reference per row.
    function script:New-Rows([string] $Suffix) {
        $devices | ForEach-Object { [pscustomobject]@{ SerialNumber = $_; OrderKey = "PO-$_-$Suffix" } }
    }
    # A journal as the module wrote it before a device always won: the OrderKey in Key on a device line.
    function script:Write-OldJournal([string] $Path, [string[]] $Lines) {
        $header = '"SerialNumber","Plan","BillingCycle","MultiCycle","BillingContactId","Outcome","OrderNo","OrderStatus","RequestId","Time","Error","Stage","Key","Operation","ProductId","ItemId","SettleAfter"'
        Set-Content -LiteralPath $Path -Value (@($header) + $Lines) -Encoding utf8BOM
    }
}

AfterAll {
    Disconnect-YeastarPartner
    Stop-TestSandbox $sandbox
}

Describe 'An OrderKey on a row with a serial number' {
    BeforeEach { Reset-Sandbox $sandbox }

    It 'does not make the same device twice in one run two orders: the second row is SerialNumberRepeated' {
        $rows = @([pscustomobject]@{ SerialNumber = 'KEYS00001'; OrderKey = 'PO-1' }, [pscustomobject]@{ SerialNumber = 'keys00001'; OrderKey = 'PO-2' })

        $orders = @($rows | New-YsPlanOrder -Plan Enterprise -BillingContactId $contact -Confirm:$false -ErrorVariable repeated -ErrorAction SilentlyContinue)

        $orders.Count | Should -Be 1
        $repeated.Count | Should -Be 1
        $repeated[0].FullyQualifiedErrorId | Should -BeLike 'SerialNumberRepeated,*'
        $repeated[0].ErrorDetails.Message | Should -BeLike "Row 2*already appeared in row 1*"
        Assert-OneOrderPerDevice 'KEYS00001'
    }

    It 'is kept in the journal and on the output, and the journal key stays the serial number' {
        $journal = Join-Path $TestDrive 'label.csv'

        $orders = @(New-Rows 'A' | New-YsPlanOrder -Plan Enterprise -BillingContactId $contact -JournalPath $journal -Confirm:$false -WarningAction SilentlyContinue)

        $orders.OrderKey | Should -Be @('PO-KEYS00001-A', 'PO-KEYS00002-A', 'PO-KEYS00003-A')
        $lines = Get-JournalLine $journal | Where-Object Outcome -EQ 'Succeeded'
        $lines.Key | Should -Be $devices
        $lines.OrderKey | Should -Be $orders.OrderKey
    }

    It 'a run with an OrderKey column after one without buys nothing again' {
        $journal = Join-Path $TestDrive 'without-then-with.csv'
        $devices | New-YsPlanOrder -Plan Enterprise -BillingContactId $contact -JournalPath $journal -Confirm:$false | Out-Null

        $again = @(New-Rows 'B' | New-YsPlanOrder -Plan Enterprise -BillingContactId $contact -JournalPath $journal -Confirm:$false -WarningAction SilentlyContinue)

        $again.Outcome | Should -Be @('Skipped', 'Skipped', 'Skipped')
        Assert-OneOrderPerDevice $devices
    }

    It 'a run without an OrderKey column after one with it, or with other OrderKeys, buys nothing again' {
        $journal = Join-Path $TestDrive 'with-then-without.csv'
        New-Rows 'C' | New-YsPlanOrder -Plan Enterprise -BillingContactId $contact -JournalPath $journal -Confirm:$false | Out-Null

        $without = @($devices | New-YsPlanOrder -Plan Enterprise -BillingContactId $contact -JournalPath $journal -Confirm:$false -WarningAction SilentlyContinue)
        $otherKeys = @(New-Rows 'D' | New-YsPlanOrder -Plan Enterprise -BillingContactId $contact -JournalPath $journal -Confirm:$false -WarningAction SilentlyContinue)

        $without.Outcome | Should -Be @('Skipped', 'Skipped', 'Skipped')
        $otherKeys.Outcome | Should -Be @('Skipped', 'Skipped', 'Skipped')
        Assert-OneOrderPerDevice $devices
    }

    It 'an Unknown row settled by -Reconcile under its serial number is not bought again under an OrderKey' {
        $journal = Join-Path $TestDrive 'reconciled.csv'
        Add-SandboxFault $sandbox @{ path = '/order/openapi/order/v1/save'; kind = 'DropAfterCommit'; serialNumber = 'KEYS00002'; times = 1 } | Out-Null
        $devices | New-YsPlanOrder -Plan Enterprise -BillingContactId $contact -JournalPath $journal -Confirm:$false -ErrorVariable lost -ErrorAction SilentlyContinue | Out-Null
        $lost[0].FullyQualifiedErrorId | Should -BeLike 'OrderOutcomeUnknown,*'

        $rerun = @(New-Rows 'E' | New-YsPlanOrder -Plan Enterprise -BillingContactId $contact -JournalPath $journal -Reconcile -Confirm:$false -WarningAction SilentlyContinue)

        $rerun.Outcome | Should -Be @('Skipped', 'Skipped', 'Skipped')
        Assert-OneOrderPerDevice $devices
    }
}

Describe 'A journal written with OrderKeys as the keys of device lines' {
    BeforeEach { Reset-Sandbox $sandbox }

    It 'still reads: its devices are skipped, with or without an OrderKey, and it is appended to' {
        $journal = Join-Path $TestDrive 'old-bought.csv'
        $bought = @(New-YsPlanOrder -SerialNumber KEYS00001 -Plan Enterprise -BillingContactId $contact -Confirm:$false -WarningAction SilentlyContinue)
        $time = [DateTimeOffset]::Now.AddMinutes(-5).ToString('o')
        Write-OldJournal $journal "`"KEYS00001`",`"Enterprise`",`"Monthly`",`"0`",`"$contact`",`"Succeeded`",`"$($bought[0].OrderNo)`",`"succeed`",`"`",`"$time`",`"`",`"Sent`",`"key:PO-OLD-1`",`"purchase_plan`",`"11`",`"`",`"`""

        $without = @(New-YsPlanOrder -SerialNumber KEYS00001 -Plan Enterprise -BillingContactId $contact -JournalPath $journal -Confirm:$false -WarningAction SilentlyContinue)
        $otherKey = @([pscustomobject]@{ SerialNumber = 'KEYS00001'; OrderKey = 'PO-NEW-1' } | New-YsPlanOrder -Plan Enterprise -BillingContactId $contact -JournalPath $journal -Confirm:$false -WarningAction SilentlyContinue)

        $without.Outcome | Should -Be 'Skipped'
        $without.OrderNo | Should -Be $bought[0].OrderNo
        $otherKey.Outcome | Should -Be 'Skipped'
        Assert-OneOrderPerDevice 'KEYS00001'
        (Get-JournalLine $journal -SerialNumber KEYS00001 | Where-Object Outcome -EQ 'Skipped').Count | Should -Be 2
    }

    It 'settles an old Unknown line under its device with -Reconcile' {
        $journal = Join-Path $TestDrive 'old-unknown.csv'
        $sent = [DateTimeOffset]::Now.AddMinutes(-2)
        # The order reached the portal; its reply was lost, and the journal kept the line under its OrderKey.
        New-YsPlanOrder -SerialNumber KEYS00002 -Plan Enterprise -BillingContactId $contact -Confirm:$false -WarningAction SilentlyContinue | Out-Null
        Write-OldJournal $journal "`"KEYS00002`",`"Enterprise`",`"Monthly`",`"0`",`"$contact`",`"Unknown`",`"`",`"`",`"`",`"$($sent.ToString('o'))`",`"Sending.`",`"Sending`",`"key:PO-OLD-2`",`"purchase_plan`",`"11`",`"`",`"$($sent.AddMinutes(1).ToString('o'))`""

        $rerun = @(New-YsPlanOrder -SerialNumber KEYS00002 -Plan Enterprise -BillingContactId $contact -JournalPath $journal -Reconcile -Confirm:$false -WarningAction SilentlyContinue)

        $rerun.Outcome | Should -Be 'Skipped'
        Assert-OneOrderPerDevice 'KEYS00002'
        $settled = Get-JournalLine $journal -SerialNumber KEYS00002 | Where-Object Stage -EQ 'Reconciled'
        $settled.Outcome | Should -Be 'Succeeded'
    }
}
