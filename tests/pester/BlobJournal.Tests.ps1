# A journal in Azure Blob Storage (Azurite here), shared by every machine: one writer by a blob lease, so two
# runs that share no disk still buy each device once. Issue 19's "Done when", against Azurite and the sandbox.
BeforeAll {
    Import-Module (Join-Path $PSScriptRoot 'TestSandbox.psm1') -Force
    Import-Module (Join-Path $PSScriptRoot 'TestAzurite.psm1') -Force
    Import-Module (Join-Path $PSScriptRoot 'FreshPowerShell.psm1') -Force
    Import-Module (Join-Path $PSScriptRoot 'TestJournal.psm1') -Force
    Import-Module $env:YS_MODULE_PATH -Force
    $script:sandbox = Start-TestSandbox
    $script:azurite = Start-TestAzurite
    $script:connection = Connect-YeastarPartner -Credential (Get-TestCredential) -BaseUri $sandbox.Url -PassThru
    $script:contact = '3197218168379846218'
    $script:customer = '3076913644890832901'
    $script:devices = 1..20 | ForEach-Object { 'BLOB{0:D6}' -f $_ }

    function script:Get-StoredOrder { @(Get-SandboxOrder $sandbox | Where-Object productNo -like 'BLOB*') }

    function script:New-DeviceCsv([string] $Path) {
        $devices | ForEach-Object { [pscustomobject]@{ SerialNumber = $_ } } | Export-Csv $Path -NoTypeInformation
    }

    # A child process, started in its own folder, running the 20 devices against the blob journal.
    function script:Get-ChildScript([string] $Csv, [string] $Journal, [string] $Folder, [string] $Extra = '') {
        @"
`$ErrorActionPreference = 'Stop'
Set-Location '$Folder'
Import-Module '$($env:YS_MODULE_PATH)'
Connect-YeastarPartner -Credential ([pscredential]::new('sandbox-client-id', (ConvertTo-SecureString 'sandbox-client-secret' -AsPlainText -Force))) -BaseUri '$($sandbox.Url)'
`$rows = @(Import-Csv '$Csv' | New-YsPlanOrder -Plan Enterprise -BillingContactId $contact -JournalPath '$Journal' -ThrottleLimit 2 -Confirm:`$false -WarningAction SilentlyContinue -WarningVariable waited $Extra)
[pscustomobject]@{ Succeeded = @(`$rows | Where-Object Outcome -eq Succeeded).Count; Skipped = @(`$rows | Where-Object Outcome -eq Skipped).Count; Waited = @(`$waited | Where-Object { `$_ -like '*leased by another run*' }).Count } | ConvertTo-Json -Compress
"@
    }

    function script:New-Folder([string] $Name) { (New-Item -ItemType Directory -Path (Join-Path $TestDrive "$Name-$([guid]::NewGuid().ToString('N'))")).FullName }
}

AfterAll {
    Disconnect-YeastarPartner
    Stop-TestSandbox $sandbox
    Stop-TestAzurite $azurite
}

Describe 'Runs that share no disk, one blob journal' {
    BeforeEach {
        Reset-Sandbox $sandbox
        # Slow orders, so that two runs overlap however the machine schedules them.
        Add-SandboxFault $sandbox @{ path = '/order/openapi/order/v1/save'; kind = 'Latency'; latencyMs = 150 } | Out-Null
    }

    It 'two processes in two folders started together on the same 20 devices leave exactly 20 orders' {
        $csv = Join-Path $TestDrive 'devices.csv'
        New-DeviceCsv $csv
        $journal = New-TestBlobJournalUrl $azurite
        $first = Start-FreshPowerShell -Script (Get-ChildScript $csv $journal (New-Folder 'a'))
        $second = Start-FreshPowerShell -Script (Get-ChildScript $csv $journal (New-Folder 'b'))
        $results = @((Wait-FreshPowerShell $first), (Wait-FreshPowerShell $second))

        foreach ($result in $results) { $result.ExitCode | Should -Be 0 -Because $result.Errors }
        $counts = $results | ForEach-Object { ConvertFrom-ChildJson $_ }
        $stored = Get-StoredOrder
        $stored.Count | Should -Be 20
        @($stored | Group-Object productNo | Where-Object Count -ne 1) | Should -BeNullOrEmpty
        ($counts | Measure-Object Succeeded -Sum).Sum | Should -Be 20
        ($counts | Measure-Object Skipped -Sum).Sum | Should -Be 20
        ($counts | Measure-Object Waited -Sum).Sum | Should -Be 1 -Because 'the run that came second waited for the lease and said so once'
        $lines = Get-TestBlobJournalLine $journal
        foreach ($device in $devices) {
            @($lines | Where-Object { $_.SerialNumber -eq $device -and $_.Outcome -eq 'Succeeded' }).Count | Should -Be 1 -Because "$device was bought once"
        }

        # The same batch again, from a third folder and process that has only the blob journal: nothing is bought.
        $again = Invoke-FreshPowerShell -Script (Get-ChildScript $csv $journal (New-Folder 'c'))
        $again.ExitCode | Should -Be 0 -Because $again.Errors
        (ConvertFrom-ChildJson $again).Skipped | Should -Be 20
        (Get-StoredOrder).Count | Should -Be 20
    }

    It 'two runspaces of one process (ForEach-Object -Parallel) leave exactly one order per device' {
        $journal = New-TestBlobJournalUrl $azurite
        $outcomes = Invoke-ParallelPurchase -Devices $devices -JournalPath $journal -BillingContactId $contact -Connection $connection

        $stored = Get-StoredOrder
        $stored.Count | Should -Be 20
        @($stored | Group-Object productNo | Where-Object Count -ne 1) | Should -BeNullOrEmpty
        @($outcomes | Where-Object Outcome -eq 'Succeeded').Count | Should -Be 20
        @($outcomes | Where-Object Outcome -eq 'Skipped').Count | Should -Be 20
    }

    It 'waits while someone else holds the lease, saying so once with the blob and since when, then buys each device once' {
        $journal = New-TestBlobJournalUrl $azurite
        New-TestAppendBlob $journal
        Invoke-TestBlobLease $journal -Action acquire -Duration 15
        $ps = [powershell]::Create()
        $ps.AddScript({
                param($module, $connection, $journal, $contact, $devices)
                Import-Module $module
                $devices | New-YsPlanOrder -Plan Enterprise -BillingContactId $contact -JournalPath $journal -Connection $connection -Confirm:$false
            }).AddParameters(@{ module = $env:YS_MODULE_PATH; connection = $connection; journal = $journal; contact = $contact; devices = $devices }) | Out-Null
        $async = $ps.BeginInvoke()
        $deadline = [DateTime]::UtcNow.AddSeconds(60)
        while ($ps.Streams.Warning.Count -eq 0 -and [DateTime]::UtcNow -lt $deadline) { Start-Sleep -Milliseconds 100 }
        Get-StoredOrder | Should -BeNullOrEmpty -Because 'nothing is sent while another holds the lease'
        $async.IsCompleted | Should -BeFalse
        $output = $ps.EndInvoke($async)
        $warnings = @($ps.Streams.Warning)
        $ps.Dispose()

        $warnings.Count | Should -Be 1
        $warnings[0].Message | Should -BeLike "*'$(($journal -split '\?')[0])' is leased by another run*UTC*Waiting*"
        $warnings[0].Message | Should -Not -BeLike '*sig=*'
        @($output | Where-Object Outcome -eq 'Succeeded').Count | Should -Be 20
        (Get-StoredOrder).Count | Should -Be 20
    }
}

Describe 'A run that loses the journal mid-batch' {
    BeforeEach {
        Reset-Sandbox $sandbox
        Add-SandboxFault $sandbox @{ path = '/order/openapi/order/v1/save'; kind = 'Latency'; latencyMs = 300 } | Out-Null
    }

    It 'killed with SIGKILL mid-batch, then run again, leaves at most one order per device and accounts for every device' {
        $csv = Join-Path $TestDrive 'devices-kill.csv'
        New-DeviceCsv $csv
        $journal = New-TestBlobJournalUrl $azurite
        $victim = Start-FreshPowerShell -Script (Get-ChildScript $csv $journal (New-Folder 'kill'))
        $deadline = [DateTime]::UtcNow.AddSeconds(120)
        while ((Get-StoredOrder).Count -lt 4 -and [DateTime]::UtcNow -lt $deadline -and -not $victim.Process.HasExited) { Start-Sleep -Milliseconds 100 }
        $victim.Process.Kill() # SIGKILL on Linux and macOS: no finally block runs, the lease is not released
        $victim.Process.WaitForExit()
        $boughtBefore = (Get-StoredOrder).Count
        $boughtBefore | Should -BeLessThan 20 -Because 'the run was killed mid-batch'

        # The lease of the dead run expires by itself (60 s); -Reconcile settles what it left in flight.
        $rerun = @($devices | New-YsPlanOrder -Plan Enterprise -BillingContactId $contact -JournalPath $journal -Reconcile -Confirm:$false `
                -WarningAction SilentlyContinue -ErrorVariable failures -ErrorAction SilentlyContinue)

        $stored = Get-StoredOrder
        @($stored | Group-Object productNo | Where-Object Count -ne 1) | Should -BeNullOrEmpty -Because 'no device was bought twice'
        foreach ($device in $devices) {
            $bought = @($stored | Where-Object productNo -eq $device).Count
            $reported = @($rerun | Where-Object SerialNumber -eq $device).Count + @($failures | Where-Object { $_.ErrorDetails.Message -like "*'$device'*" }).Count
            ($bought -eq 1 -or $reported -ge 1) | Should -BeTrue -Because "$device is bought once, or the rerun says what became of it"
        }
        @($failures | Where-Object { $_.FullyQualifiedErrorId -notlike 'OrderOutcomeUnsettled,*' -and $_.FullyQualifiedErrorId -notlike 'ReconcileOutcomeUnknown*' }) | Should -BeNullOrEmpty
    }

    It 'a lease broken by a third party stops sending at once: every order sent has its Sending line, every other row is JournalUnavailable, and the command ends in error' {
        $journal = New-TestBlobJournalUrl $azurite
        $ps = [powershell]::Create()
        $ps.AddScript({
                param($module, $connection, $journal, $contact, $devices)
                Import-Module $module
                $caught = $null
                try {
                    $devices | New-YsPlanOrder -Plan Enterprise -BillingContactId $contact -JournalPath $journal -Connection $connection -Confirm:$false `
                        -ErrorAction SilentlyContinue -ErrorVariable rowErrors
                }
                catch { $caught = $_ }
                [pscustomobject]@{ Terminating = $caught; RowErrors = @($rowErrors) }
            }).AddParameters(@{ module = $env:YS_MODULE_PATH; connection = $connection; journal = $journal; contact = $contact; devices = $devices }) | Out-Null
        $async = $ps.BeginInvoke()
        $deadline = [DateTime]::UtcNow.AddSeconds(120)
        while ((Get-StoredOrder).Count -lt 3 -and [DateTime]::UtcNow -lt $deadline) { Start-Sleep -Milliseconds 50 }
        Invoke-TestBlobLease $journal -Action break
        $sentAtBreak = (Get-StoredOrder).Count
        $output = @($ps.EndInvoke($async))
        $ps.Dispose()
        $result = $output[-1]
        $orders = @($output | Select-Object -SkipLast 1)

        $result.Terminating | Should -Not -BeNullOrEmpty -Because 'a run that lost its journal ends with a terminating error'
        $result.Terminating.FullyQualifiedErrorId | Should -BeLike 'JournalWriteFailed*'
        $result.Terminating.ErrorDetails.Message | Should -BeLike '*lease*'
        $result.Terminating.ErrorDetails.RecommendedAction | Should -BeLike '*-Reconcile*'
        $stored = Get-StoredOrder
        $stored.Count | Should -BeLessOrEqual ($sentAtBreak + 1) -Because 'at most the order in flight when the lease broke was sent after it'
        $notSent = @($result.RowErrors | Where-Object { $_.FullyQualifiedErrorId -like 'JournalUnavailable,*' })
        ($stored.Count + $notSent.Count) | Should -Be 20 -Because 'every row is bought or reported not sent'
        @($orders | Where-Object Outcome -eq 'Succeeded').Count | Should -Be $stored.Count
        $sending = @(Get-TestBlobJournalLine $journal | Where-Object Stage -eq 'Sending')
        foreach ($order in $stored) { @($sending | Where-Object SerialNumber -eq $order.productNo).Count | Should -Be 1 -Because "$($order.productNo) was sent only after its Sending line was stored" }
    }
}

Describe 'New products, which the Partner Portal guard cannot see' {
    It 'Software Edition licenses run twice from two fresh folders sharing the blob journal are bought once' {
        Reset-Sandbox $sandbox
        $journal = New-TestBlobJournalUrl $azurite
        $script = {
            param($Folder)
            @"
`$ErrorActionPreference = 'Stop'
Set-Location '$Folder'
Import-Module '$($env:YS_MODULE_PATH)'
Connect-YeastarPartner -Credential ([pscredential]::new('sandbox-client-id', (ConvertTo-SecureString 'sandbox-client-secret' -AsPlainText -Force))) -BaseUri '$($sandbox.Url)'
`$rows = @(1..3 | ForEach-Object { [pscustomobject]@{ OrderKey = "LIC-`$_"; ProductId = 12; Plan = 'Ultimate'; BillingCycle = 'Annually'; Quantity = 50; PartnerId = '$customer' } } |
    New-YsPlanOrder -BillingContactId $contact -JournalPath '$journal' -Confirm:`$false -WarningAction SilentlyContinue)
[pscustomobject]@{ Succeeded = @(`$rows | Where-Object Outcome -eq Succeeded).Count; Skipped = @(`$rows | Where-Object Outcome -eq Skipped).Count } | ConvertTo-Json -Compress
"@
        }
        $first = Invoke-FreshPowerShell -Script (& $script (New-Folder 'lic1'))
        $second = Invoke-FreshPowerShell -Script (& $script (New-Folder 'lic2'))

        $first.ExitCode | Should -Be 0 -Because $first.Errors
        $second.ExitCode | Should -Be 0 -Because $second.Errors
        (ConvertFrom-ChildJson $first).Succeeded | Should -Be 3
        (ConvertFrom-ChildJson $second).Skipped | Should -Be 3
        @(Get-SandboxOrder $sandbox | Where-Object { ($_.requestBody | ConvertFrom-Json)[0].productId -eq 12 }).Count | Should -Be 3
    }
}

Describe 'A blob journal that cannot be used stops the command before any order' {
    BeforeEach { Reset-Sandbox $sandbox }

    It 'an expired SAS: JournalAccessDenied, saying it expired, without the signature' {
        $journal = New-TestBlobJournalUrl $azurite -Expiry ([DateTimeOffset]::UtcNow.AddHours(-1))
        $thrown = { New-YsPlanOrder -SerialNumber BLOB000001 -Plan Enterprise -BillingContactId $contact -JournalPath $journal -Confirm:$false } |
            Should -Throw -ErrorId 'JournalAccessDenied*' -PassThru
        $thrown.Exception.Message | Should -BeLike '*expired*'
        $signature = Get-SasSignature $journal
        foreach ($text in $thrown.ToString(), $thrown.Exception.ToString(), "$($thrown.TargetObject)", $thrown.ErrorDetails.RecommendedAction) {
            $text | Should -Not -BeLike "*$signature*"
            $text | Should -Not -BeLike '*sig=*'
        }
        Get-StoredOrder | Should -BeNullOrEmpty
    }

    It 'a missing container: JournalContainerNotFound, naming it' {
        $journal = (New-TestBlobJournalUrl $azurite).Replace('/journals/', '/no-such-container/')
        $thrown = { New-YsPlanOrder -SerialNumber BLOB000001 -Plan Enterprise -BillingContactId $contact -JournalPath $journal -Confirm:$false } |
            Should -Throw -ErrorId 'JournalContainerNotFound*' -PassThru
        $thrown.Exception.Message | Should -BeLike "*'no-such-container' does not exist*"
        Get-StoredOrder | Should -BeNullOrEmpty
    }

    It 'plain http to a host that is not loopback: JournalOpenFailed, without the query' {
        $thrown = { New-YsPlanOrder -SerialNumber BLOB000001 -Plan Enterprise -BillingContactId $contact -JournalPath 'http://acct.blob.core.windows.net/journals/j.csv?sig=SECRET' -Confirm:$false } |
            Should -Throw -ErrorId 'JournalOpenFailed*' -PassThru
        $thrown.Exception.Message | Should -BeLike '*plain http*'
        $thrown.ToString() | Should -Not -BeLike '*SECRET*'
        "$($thrown.TargetObject)" | Should -Not -BeLike '*SECRET*'
    }

    It '-JournalAccessToken with a file journal is refused as an argument error' {
        $token = ConvertTo-SecureString 'not-used' -AsPlainText -Force
        { New-YsPlanOrder -SerialNumber BLOB000001 -Plan Enterprise -BillingContactId $contact -JournalPath (Join-Path $TestDrive 'j.csv') -JournalAccessToken $token -Confirm:$false } |
            Should -Throw -ErrorId 'JournalAccessTokenNeedsBlob*'
    }
}

Describe 'The SAS is a secret' {
    It 'appears in no stream (verbose, warning, output, error) and not in the journal of a run' {
        Reset-Sandbox $sandbox
        $journal = New-TestBlobJournalUrl $azurite
        $signature = Get-SasSignature $journal
        $all = @(& { 'BLOB000001' | New-YsPlanOrder -Plan Enterprise -BillingContactId $contact -JournalPath $journal -Confirm:$false -Verbose -Debug } *>&1 | ForEach-Object { "$_" })
        $outputs = @(& { 'BLOB000001' | New-YsPlanOrder -Plan Enterprise -BillingContactId $contact -JournalPath $journal -Confirm:$false })

        @($all | Where-Object { $_ -like '*PUT*' }).Count | Should -BeGreaterThan 0 -Because '-Verbose shows each storage call'
        foreach ($text in $all + ($outputs | Out-String) + ($outputs | ConvertTo-Json -Depth 3) + (Get-TestBlobText $journal)) {
            $text | Should -Not -BeLike "*$signature*"
            $text | Should -Not -BeLike '*sig=*'
        }
        (Get-StoredOrder).Count | Should -Be 1
    }
}
