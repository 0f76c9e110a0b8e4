# The journal at its edges (issue 18): re-saved in another encoding, sorted in a spreadsheet, reached by
# another path, its .lock file deleted, cut short by a full disk. Each of these once bought devices twice,
# or left a lock that made the next run wait for ever.
BeforeAll {
    Import-Module (Join-Path $PSScriptRoot 'TestSandbox.psm1') -Force
    Import-Module (Join-Path $PSScriptRoot 'FreshPowerShell.psm1') -Force
    Import-Module (Join-Path $PSScriptRoot 'TestJournal.psm1') -Force
    Import-Module $env:YS_MODULE_PATH -Force
    $script:sandbox = Start-TestSandbox
    $script:connection = Connect-YeastarPartner -Credential (Get-TestCredential) -BaseUri $sandbox.Url -PassThru
    $script:contact = '3197218168379846218'

    function script:Get-StoredOrder([string] $Like = 'EDGE*') { @(Get-SandboxOrder $sandbox | Where-Object productNo -like $Like) }

    function script:Assert-OneOrderPerDevice([string[]] $Devices) {
        $stored = Get-StoredOrder
        $stored.Count | Should -Be $Devices.Count
        @($stored | Group-Object productNo | Where-Object Count -ne 1) | Should -BeNullOrEmpty
        ($stored.productNo | Sort-Object) | Should -Be ($Devices | Sort-Object)
    }

    function script:Buy([string[]] $Devices, [string] $Journal) {
        @($Devices | New-YsPlanOrder -Plan Enterprise -BillingContactId $contact -JournalPath $Journal -Confirm:$false -WarningAction SilentlyContinue)
    }

    # A child pwsh that buys $Devices with the journal at $Journal and prints its outcomes as JSON.
    function script:Get-BuyScript([string[]] $Devices, [string] $Journal) {
        @"
`$ErrorActionPreference = 'Stop'
Import-Module '$($env:YS_MODULE_PATH)'
Connect-YeastarPartner -Credential ([pscredential]::new('sandbox-client-id', (ConvertTo-SecureString 'sandbox-client-secret' -AsPlainText -Force))) -BaseUri '$($sandbox.Url)'
`$rows = @('$($Devices -join "','")' | New-YsPlanOrder -Plan Enterprise -BillingContactId $contact -JournalPath '$Journal' -ThrottleLimit 2 -Confirm:`$false -WarningAction SilentlyContinue -WarningVariable warned)
[pscustomobject]@{ Succeeded = @(`$rows | Where-Object Outcome -eq Succeeded).Count; Skipped = @(`$rows | Where-Object Outcome -eq Skipped).Count; Waited = @(`$warned | Where-Object { `$_ -like '*in use by another run*' }).Count } | ConvertTo-Json -Compress
"@
    }
}

AfterAll {
    Disconnect-YeastarPartner
    Stop-TestSandbox $sandbox
}

Describe 'A journal re-saved in <_>' -ForEach 'Unicode', 'BigEndianUnicode', 'UTF32' {
    BeforeEach { Reset-Sandbox $sandbox }

    It 'is appended in that encoding, so the next run buys nothing twice' {
        $journal = Join-Path $TestDrive "resaved-$_.csv"
        $devices = 1..6 | ForEach-Object { 'EDGE{0:D6}' -f $_ }
        Buy $devices[0..2] $journal | Out-Null
        $lines = @(Import-Csv $journal)
        $lines | Export-Csv $journal -Encoding $_ -NoTypeInformation

        $second = Buy $devices $journal
        $third = Buy $devices $journal

        @($second | Where-Object Outcome -eq Succeeded).Count | Should -Be 3
        @($third | Where-Object Outcome -eq Skipped).Count | Should -Be 6
        Assert-OneOrderPerDevice $devices
        # Read back in the encoding it was saved in: every line whole, and every device bought once.
        $reread = @(Import-Csv $journal -Encoding $_)
        @($reread | Where-Object Outcome -eq Succeeded).Count | Should -Be 6
        (Get-Content $journal -Encoding $_ -Raw) | Should -Not -Match "`u{FFFD}"
    }
}

Describe 'A journal sorted by a column in a spreadsheet' {
    BeforeEach { Reset-Sandbox $sandbox }

    It 'keeps a device whose last order has an unknown outcome from being bought again' {
        $journal = Join-Path $TestDrive 'sorted.csv'
        $device = 'EDGE000100'
        # First order refused by the API, the second stored but its reply lost.
        Add-SandboxFault $sandbox @{ path = '/order/openapi/order/v1/save'; serialNumber = $device; kind = 'Status'; status = 400; times = 1 } | Out-Null
        New-YsPlanOrder -SerialNumber $device -Plan Enterprise -BillingContactId $contact -JournalPath $journal -Confirm:$false -ErrorAction SilentlyContinue | Out-Null
        Add-SandboxFault $sandbox @{ path = '/order/openapi/order/v1/save'; serialNumber = $device; kind = 'DropAfterCommit'; times = 1 } | Out-Null
        New-YsPlanOrder -SerialNumber $device -Plan Enterprise -BillingContactId $contact -JournalPath $journal -Confirm:$false -ErrorAction SilentlyContinue | Out-Null
        (Get-StoredOrder).Count | Should -Be 1
        $lines = @(Import-Csv $journal)
        # Sorted by Outcome, Z to A: the refusal of the first order becomes the device's last line.
        $lines | Sort-Object Outcome -Descending -Stable | Export-Csv $journal -NoTypeInformation -UseQuotes AsNeeded

        New-YsPlanOrder -SerialNumber $device -Plan Enterprise -BillingContactId $contact -JournalPath $journal -Confirm:$false -ErrorVariable refused -ErrorAction SilentlyContinue | Out-Null

        (Get-StoredOrder).Count | Should -Be 1
        $refused[0].FullyQualifiedErrorId | Should -BeLike 'OrderOutcomeUnsettled,*'
    }
}

Describe 'A journal reached by another path' -Skip:$IsWindows {
    BeforeEach {
        Reset-Sandbox $sandbox
        Add-SandboxFault $sandbox @{ path = '/order/openapi/order/v1/save'; kind = 'Latency'; latencyMs = 150 } | Out-Null
    }

    It 'through a symbolic link and a hard link, in two processes started together, buys each device once' {
        $devices = 1..20 | ForEach-Object { 'EDGE{0:D6}' -f (200 + $_) }
        $folder = New-Item -ItemType Directory (Join-Path $TestDrive 'real')
        $journal = Join-Path $folder 'journal.csv'
        New-Item -ItemType File $journal | Out-Null
        $symbolic = (New-Item -ItemType SymbolicLink (Join-Path $TestDrive 'link.csv') -Target $journal).FullName
        $hard = (New-Item -ItemType HardLink (Join-Path $TestDrive 'other-name.csv') -Target $journal).FullName

        $first = Start-FreshPowerShell -Script (Get-BuyScript $devices $symbolic)
        $second = Start-FreshPowerShell -Script (Get-BuyScript $devices $hard)
        $results = @((Wait-FreshPowerShell $first), (Wait-FreshPowerShell $second))

        foreach ($result in $results) { $result.ExitCode | Should -Be 0 -Because $result.Errors }
        $counts = $results | ForEach-Object { ConvertFrom-ChildJson $_ }
        Assert-OneOrderPerDevice $devices
        ($counts | Measure-Object Succeeded -Sum).Sum | Should -Be 20
        ($counts | Measure-Object Skipped -Sum).Sum | Should -Be 20
        $lines = Get-JournalLine $journal
        @($lines | Where-Object Outcome -eq Succeeded).Count | Should -Be 20 -Because 'no run wrote over the other one''s lines'
    }

    It 'whose .lock file is deleted while a run holds it still has one writer' {
        $devices = 1..10 | ForEach-Object { 'EDGE{0:D6}' -f (300 + $_) }
        $journal = Join-Path $TestDrive 'unlocked.csv'
        # The first run's last order is slow: it holds the journal until the second pwsh has surely started.
        Add-SandboxFault $sandbox @{ path = '/order/openapi/order/v1/save'; serialNumber = $devices[-1]; kind = 'Latency'; latencyMs = 15000 } | Out-Null
        $first = Start-FreshPowerShell -Script (Get-BuyScript $devices $journal)
        $deadline = [DateTime]::UtcNow.AddSeconds(60)
        while (-not (Test-Path "$journal.lock") -or @(Get-StoredOrder).Count -eq 0) {
            if ([DateTime]::UtcNow -gt $deadline) { throw 'The first run did not start ordering.' }
            Start-Sleep -Milliseconds 50
        }
        Remove-Item "$journal.lock"
        # Readers are not locked out while a run appends.
        @(Import-Csv $journal).Count | Should -BeGreaterThan 0

        $second = Start-FreshPowerShell -Script (Get-BuyScript $devices $journal)
        $results = @((Wait-FreshPowerShell $first), (Wait-FreshPowerShell $second))

        foreach ($result in $results) { $result.ExitCode | Should -Be 0 -Because $result.Errors }
        $counts = $results | ForEach-Object { ConvertFrom-ChildJson $_ }
        Assert-OneOrderPerDevice $devices
        ($counts | Measure-Object Skipped -Sum).Sum | Should -Be 10
        ($counts | Measure-Object Waited -Sum).Sum | Should -Be 1 -Because 'the second run waited for the first'
    }
}

Describe 'A journal whose last line was cut short' {
    BeforeEach { Reset-Sandbox $sandbox }

    It 'does not read a cut Sending line: that order was never sent, and is bought at once' {
        $journal = Join-Path $TestDrive 'torn.csv'
        Buy 'EDGE000400' $journal | Out-Null
        # What a process killed half way through writing the next Sending line leaves.
        Buy 'EDGE000401' (Join-Path $TestDrive 'whole.csv') | Out-Null
        $sending = @(Get-Content (Join-Path $TestDrive 'whole.csv') | Where-Object { $_ -like '*"Sending"*' })[0]
        [IO.File]::AppendAllText($journal, $sending.Substring(0, 90), [Text.UTF8Encoding]::new($false))
        Reset-Sandbox $sandbox

        $rows = @('EDGE000400', 'EDGE000401' | New-YsPlanOrder -Plan Enterprise -BillingContactId $contact -JournalPath $journal -Confirm:$false -WarningVariable warned -WarningAction SilentlyContinue -ErrorVariable failed -ErrorAction SilentlyContinue)

        $failed | Should -BeNullOrEmpty
        ($rows | Where-Object SerialNumber -eq 'EDGE000400').Outcome | Should -Be 'Skipped'
        ($rows | Where-Object SerialNumber -eq 'EDGE000401').Outcome | Should -Be 'Succeeded'
        @(Get-StoredOrder).productNo | Should -Be 'EDGE000401'
        @($warned | Where-Object { $_ -like '*cut short*never sent*' }).Count | Should -Be 1
        @(Get-JournalLine $journal 'EDGE000401' | Where-Object Outcome -eq Succeeded).Count | Should -Be 1
    }
}

Describe 'A journal on a full disk' -Skip:(-not $IsLinux) {
    BeforeAll {
        # A file system too small for the journal; remounted larger when the test wants room again.
        $script:mount = Join-Path ([IO.Path]::GetTempPath()) "ys-edge-full-$([guid]::NewGuid().ToString('N'))"
        New-Item -ItemType Directory $mount | Out-Null
        & mount -t tmpfs -o size=8k tmpfs $mount 2>$null
        $script:mounted = $LASTEXITCODE -eq 0
    }

    AfterAll {
        if ($mounted) { & umount $mount 2>$null; if ($LASTEXITCODE -ne 0) { & umount -l $mount } }
        Remove-Item $mount -Recurse -Force -ErrorAction SilentlyContinue
    }

    It 'releases the journal when the run fails, so a re-run here and in another process goes on at once' {
        if (-not $mounted) {
            # CI runs as root: there the test must run, never be skipped.
            if ($env:CI -eq 'true') { throw "CI could not mount a small tmpfs at $mount." }
            Set-ItResult -Skipped -Because 'mounting a small tmpfs needs root (CAP_SYS_ADMIN) on this machine'; return
        }
        Reset-Sandbox $sandbox
        $journal = Join-Path $mount 'journal.csv'
        $devices = 1..60 | ForEach-Object { 'EDGE{0:D6}' -f (500 + $_) }
        # A halted batch ends with JournalWriteFailed as its terminating error.
        $terminating = $null
        try { $devices | New-YsPlanOrder -Plan Enterprise -BillingContactId $contact -JournalPath $journal -Confirm:$false -ErrorAction SilentlyContinue | Out-Null }
        catch { $terminating = $_ }
        $terminating.FullyQualifiedErrorId | Should -BeLike 'JournalWriteFailed,*'
        $bought = @(Get-StoredOrder).Count
        & mount -o remount,size=64k $mount

        # The same session: a runspace of this process, given 60 seconds (the lock once leaked here for ever).
        $ps = [powershell]::Create()
        $null = $ps.AddScript({
            param($module, $connection, $journal, $contact, $device)
            Import-Module $module
            New-YsPlanOrder -SerialNumber $device -Plan Enterprise -BillingContactId $contact -JournalPath $journal -Connection $connection -Confirm:$false -WarningAction SilentlyContinue
        }).AddParameters(@{ module = $env:YS_MODULE_PATH; connection = $connection; journal = $journal; contact = $contact; device = 'EDGE000599' })
        $async = $ps.BeginInvoke()
        $finished = $async.AsyncWaitHandle.WaitOne(60000)
        if (-not $finished) { $ps.Stop() }
        $sameSession = if ($finished) { $ps.EndInvoke($async) }
        $waitedHere = @($ps.Streams.Warning | Where-Object Message -like '*in use by another run*').Count
        $ps.Dispose()
        $finished | Should -BeTrue -Because 'nothing holds the journal after the failed run'
        $waitedHere | Should -Be 0
        $sameSession.Outcome | Should -Be 'Succeeded'

        $other = Wait-FreshPowerShell (Start-FreshPowerShell -Script (Get-BuyScript 'EDGE000600' $journal))
        $other.ExitCode | Should -Be 0 -Because $other.Errors
        (ConvertFrom-ChildJson $other).Waited | Should -Be 0
        @(Get-StoredOrder).Count | Should -Be ($bought + 2)
    }
}
