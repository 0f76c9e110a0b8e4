# One journal, one writer: two runs on the same journal, in two processes or two runspaces of one, buy
# each device once. Before the lock, two processes bought 30 devices 59 times: on Linux and macOS
# FileShare.Read is a shared lock any number of writers hold, and appends interleaved.
BeforeAll {
    Import-Module (Join-Path $PSScriptRoot 'TestSandbox.psm1') -Force
    Import-Module (Join-Path $PSScriptRoot 'FreshPowerShell.psm1') -Force
    Import-Module (Join-Path $PSScriptRoot 'TestJournal.psm1') -Force
    Import-Module $env:YS_MODULE_PATH -Force
    $script:sandbox = Start-TestSandbox
    $script:connection = Connect-YeastarPartner -Credential (Get-TestCredential) -BaseUri $sandbox.Url -PassThru
    $script:contact = '3197218168379846218'
    $script:devices = 1..20 | ForEach-Object { 'LOCK{0:D6}' -f $_ }

    function script:Get-StoredOrder { @(Get-SandboxOrder $sandbox | Where-Object productNo -like 'LOCK*') }

    function script:New-DeviceCsv([string] $Path) {
        $devices | ForEach-Object { [pscustomobject]@{ SerialNumber = $_ } } | Export-Csv $Path -NoTypeInformation
    }
}

AfterAll {
    Stop-FreshPowerShell
    Disconnect-YeastarPartner
    Stop-TestSandbox $sandbox
}

Describe 'Two runs on one journal' {
    BeforeEach {
        Reset-Sandbox $sandbox
        # Slow orders, so that the two runs overlap however the machine schedules them.
        Add-SandboxFault $sandbox @{ path = '/order/openapi/order/v1/save'; kind = 'Latency'; latencyMs = 150 } | Out-Null
    }

    It 'in two processes started together on the same 20 devices leaves exactly one order per device' {
        $csv = Join-Path $TestDrive 'devices.csv'
        $journal = Join-Path $TestDrive 'shared-journal.csv'
        New-DeviceCsv $csv
        $script = @"
`$ErrorActionPreference = 'Stop'
Import-Module '$($env:YS_MODULE_PATH)'
Connect-YeastarPartner -Credential ([pscredential]::new('sandbox-client-id', (ConvertTo-SecureString 'sandbox-client-secret' -AsPlainText -Force))) -BaseUri '$($sandbox.Url)'
`$rows = @(Import-Csv '$csv' | New-YsPlanOrder -Plan Enterprise -BillingContactId $contact -JournalPath '$journal' -ThrottleLimit 2 -Confirm:`$false -WarningAction SilentlyContinue -WarningVariable waited)
[pscustomobject]@{ Succeeded = @(`$rows | Where-Object Outcome -eq Succeeded).Count; Skipped = @(`$rows | Where-Object Outcome -eq Skipped).Count; Waited = @(`$waited | Where-Object { `$_ -like '*in use by another run*' }).Count } | ConvertTo-Json -Compress
"@
        $first = Start-FreshPowerShell -Script $script
        $second = Start-FreshPowerShell -Script $script
        $results = @((Wait-FreshPowerShell $first), (Wait-FreshPowerShell $second))

        foreach ($result in $results) { $result.ExitCode | Should -Be 0 -Because $result.Errors }
        $counts = $results | ForEach-Object { ConvertFrom-ChildJson $_ }
        $stored = Get-StoredOrder
        $stored.Count | Should -Be 20
        @($stored | Group-Object productNo | Where-Object Count -ne 1) | Should -BeNullOrEmpty
        ($counts | Measure-Object Succeeded -Sum).Sum | Should -Be 20
        ($counts | Measure-Object Skipped -Sum).Sum | Should -Be 20
        $lines = Get-JournalLine $journal
        foreach ($device in $devices) {
            @($lines | Where-Object { $_.SerialNumber -eq $device -and $_.Outcome -eq 'Succeeded' }).Count | Should -Be 1 -Because "$device was bought once"
        }
    }

    It 'in two runspaces of one process (ForEach-Object -Parallel) leaves exactly one order per device' {
        $journal = Join-Path $TestDrive 'parallel-journal.csv'
        $outcomes = Invoke-ParallelPurchase -Devices $devices -JournalPath $journal -BillingContactId $contact -Connection $connection

        $stored = Get-StoredOrder
        $stored.Count | Should -Be 20
        @($stored | Group-Object productNo | Where-Object Count -ne 1) | Should -BeNullOrEmpty
        @($outcomes | Where-Object Outcome -eq 'Succeeded').Count | Should -Be 20
        @($outcomes | Where-Object Outcome -eq 'Skipped').Count | Should -Be 20
    }

    It 'waits, saying so once, while another run holds the journal, and goes on when it ends' {
        $journal = Join-Path $TestDrive 'held-journal.csv'
        $holder = [IO.FileStream]::new("$journal.lock", 'OpenOrCreate', 'ReadWrite', 'None')
        $ps = [powershell]::Create()
        try {
            $null = $ps.AddScript({
                param($module, $connection, $journal, $contact)
                Import-Module $module
                New-YsPlanOrder -SerialNumber LOCK000001 -Plan Enterprise -BillingContactId $contact -JournalPath $journal -Connection $connection -Confirm:$false
            }).AddParameters(@{ module = $env:YS_MODULE_PATH; connection = $connection; journal = $journal; contact = $contact })
            $async = $ps.BeginInvoke()
            $deadline = [DateTime]::UtcNow.AddSeconds(60)
            while ($ps.Streams.Warning.Count -eq 0 -and [DateTime]::UtcNow -lt $deadline) { Start-Sleep -Milliseconds 100 }
            Get-StoredOrder | Should -BeNullOrEmpty -Because 'nothing is sent while the journal is held'
            $async.IsCompleted | Should -BeFalse
        }
        finally {
            $holder.Dispose()
        }
        $output = $ps.EndInvoke($async)
        $warnings = @($ps.Streams.Warning)
        $ps.Dispose()

        $warnings.Count | Should -Be 1
        $warnings[0].Message | Should -BeLike "*'$journal' is in use by another run*Waiting*"
        $output.Outcome | Should -Be 'Succeeded'
        (Get-StoredOrder).Count | Should -Be 1
    }
}
