# Batch purchasing through a real sandbox process: faults after commit, an interruption part way, and a
# re-run with the same journal and -Reconcile must leave exactly one order per valid device.
BeforeAll {
    Import-Module (Join-Path $PSScriptRoot 'TestSandbox.psm1') -Force
    Import-Module (Join-Path $PSScriptRoot 'TestJournal.psm1') -Force
    Import-Module $env:YS_MODULE_PATH -Force
    $script:sandbox = Start-TestSandbox
    Connect-YeastarPartner -Credential (Get-TestCredential) -BaseUri $sandbox.Url
    $script:contact = '3197218168379846218'

    # Invoke-RestMethod emits a JSON array as one object: unroll it so each order is one pipeline object.
    function script:Get-StoredOrder { @(Get-SandboxOrder $sandbox | ForEach-Object { $_ }) }

    function script:SerialOf([int] $row) { 'BP{0:D6}' -f $row }

    # 200 rows; rows 17, 58, 99, 133 and 171 are invalid, each in a different way.
    function script:New-BatchCsv([string] $Path) {
        $rows = foreach ($i in 1..200) {
            $row = [ordered]@{ SerialNumber = (SerialOf $i); Plan = 'Enterprise'; BillingCycle = 'Monthly'; MultiCycle = '0'; BillingContactId = $contact }
            switch ($i) {
                17 { $row.SerialNumber = 'BP-000017' }
                58 { $row.Plan = 'Gold' }
                99 { $row.BillingCycle = 'Annually'; $row.MultiCycle = '9' }
                133 { $row.BillingContactId = 'abc' }
                171 { $row.SerialNumber = 'BP 000171' }
            }
            [pscustomobject]$row
        }
        $rows | Export-Csv $Path -NoTypeInformation
        $rows
    }
}

AfterAll {
    Disconnect-YeastarPartner
    Stop-TestSandbox $sandbox
}

Describe 'A 200-row batch with faults and an interruption, then a re-run with -Reconcile' -ForEach @(
    @{ Throttle = 1 }
    @{ Throttle = 8 }
) {
    BeforeAll {
        Reset-Sandbox $sandbox
        $script:csv = Join-Path $TestDrive "devices-$Throttle.csv"
        $script:journal = Join-Path $TestDrive "journal-$Throttle.csv"
        $script:rows = New-BatchCsv $csv
        $script:invalid = @('BP-000017', (SerialOf 58), (SerialOf 99), (SerialOf 133), 'BP 000171')
        foreach ($i in 10, 50, 90) { Add-SandboxFault $sandbox @{ path = '/order/openapi/order/v1/save'; kind = 'DropAfterCommit'; serialNumber = (SerialOf $i); times = 1 } }
        foreach ($i in 30, 120) { Add-SandboxFault $sandbox @{ path = '/order/openapi/order/v1/save'; kind = 'StatusAfterCommit'; status = 500; serialNumber = (SerialOf $i); times = 1 } }
        # Row 150 hangs until the command is stopped; the sandbox does not store an order whose request was aborted.
        Add-SandboxFault $sandbox @{ path = '/order/openapi/order/v1/save'; kind = 'Latency'; latencyMs = 600000; serialNumber = (SerialOf 150); times = 1 }
        # Rows after 150 are slow, so that with -ThrottleLimit 8 the seven free slots cannot finish the batch
        # before the test sees row 150 in flight and stops the command (on an idle machine they otherwise would).
        foreach ($i in 151..200) { Add-SandboxFault $sandbox @{ path = '/order/openapi/order/v1/save'; kind = 'Latency'; latencyMs = 3000; serialNumber = (SerialOf $i); times = 1 } | Out-Null }

        # First run in its own PowerShell instance, stopped (as Ctrl+C does) while row 150 is in flight.
        $ps = [powershell]::Create()
        $null = $ps.AddScript({
            param($module, $url, $credential, $csv, $journal, $throttle)
            Import-Module $module
            Connect-YeastarPartner -Credential $credential -BaseUri $url
            Import-Csv $csv | New-YsPlanOrder -JournalPath $journal -ThrottleLimit $throttle -Confirm:$false -ErrorAction SilentlyContinue -WarningAction SilentlyContinue
        }).AddParameters(@{ module = $env:YS_MODULE_PATH; url = $sandbox.Url; credential = (Get-TestCredential); csv = $csv; journal = $journal; throttle = $Throttle })
        $async = $ps.BeginInvoke()
        $deadline = [DateTime]::UtcNow.AddMinutes(5)
        while (-not ((Test-Path $journal) -and (Get-Content $journal -Raw) -match '"BP000150"[^\r\n]*"Sending"')) {
            if ($async.IsCompleted -or [DateTime]::UtcNow -gt $deadline) { throw "The first run never reached row 150: $($ps.Streams.Error | Out-String)" }
            Start-Sleep -Milliseconds 100
        }
        $ps.Stop()
        $ps.Dispose()
        # The slowed rows' faults have done their part; the re-run must not wait on them.
        Invoke-RestMethod -Method Delete -Uri "$($sandbox.Url)/_sandbox/faults" | Out-Null
        $script:firstRunLines = @(Import-Csv $journal)
        $script:storedAfterFirstRun = Get-StoredOrder

        $script:secondRun = @(Import-Csv $csv | New-YsPlanOrder -JournalPath $journal -Reconcile -ThrottleLimit $Throttle -Confirm:$false `
                -ErrorAction SilentlyContinue -ErrorVariable secondRunErrors -WarningAction SilentlyContinue)
        $script:secondRunErrors = $secondRunErrors
        $script:storedAfterSecondRun = Get-StoredOrder
        # The rows in flight at the stop never reached the store, but right after the stop a late request could
        # still land: the second run leaves them Unknown. An hour later (the journal's times moved back) that
        # can no longer happen, and a third run settles them as not bought and buys them.
        Move-JournalTime -Path $journal -By ([TimeSpan]::FromHours(1))
        $script:thirdRun = @(Import-Csv $csv | New-YsPlanOrder -JournalPath $journal -Reconcile -ThrottleLimit $Throttle -Confirm:$false `
                -ErrorAction SilentlyContinue -ErrorVariable thirdRunErrors -WarningAction SilentlyContinue)
        $script:thirdRunErrors = $thirdRunErrors
        $script:stored = Get-StoredOrder
        $script:lines = @(Import-Csv $journal)
    }

    It 'stops part way with every sent row journaled Succeeded or Unknown, the faulted rows and the row in flight Unknown' {
        $storedAfterFirstRun.productNo | Should -Not -Contain (SerialOf 200)
        $unknown = ($firstRunLines | Where-Object { $_.Stage -eq 'Sent' -and $_.Outcome -eq 'Unknown' }).SerialNumber
        foreach ($i in 10, 30, 50, 90, 120, 150) { $unknown | Should -Contain (SerialOf $i) }
        ($firstRunLines | Where-Object SerialNumber -eq (SerialOf 150) | Select-Object -Last 1).Error | Should -BeLike '*stopped*'
        foreach ($sent in $firstRunLines | Where-Object Stage -eq 'Sending') {
            $outcome = @($firstRunLines | Where-Object { $_.SerialNumber -eq $sent.SerialNumber -and $_.Stage -eq 'Sent' })
            $outcome.Count | Should -Be 1 -Because "$($sent.SerialNumber) was sent"
            $outcome[0].Outcome | Should -BeIn 'Succeeded', 'Unknown'
        }
        foreach ($order in $storedAfterFirstRun) {
            ($firstRunLines | Where-Object { $_.SerialNumber -eq $order.productNo } | Select-Object -Last 1).Outcome | Should -BeIn 'Succeeded', 'Unknown'
        }
    }

    It 'holds exactly one order for each valid serial number and none for the invalid rows' {
        $valid = $rows.SerialNumber | Where-Object { $_ -notin $invalid }
        @($valid).Count | Should -Be 195
        $perDevice = $stored | Group-Object productNo
        @($perDevice | Where-Object Count -ne 1) | Should -BeNullOrEmpty
        @($stored.productNo | Sort-Object) | Should -Be @($valid | Sort-Object)
    }

    It 'journals every row, each valid device ending bought with the order the store holds' {
        foreach ($row in $rows) {
            $own = @($lines | Where-Object SerialNumber -eq $row.SerialNumber.Trim())
            $own.Count | Should -BeGreaterThan 0 -Because "row $($row.SerialNumber) must be in the journal"
            if ($row.SerialNumber -in $invalid) {
                $own.Outcome | Should -Not -Contain 'Succeeded'
                continue
            }
            $bought = @($own | Where-Object Outcome -in 'Succeeded')
            $bought.Count | Should -Be 1 -Because "$($row.SerialNumber) was bought once"
            $bought[0].OrderNo | Should -Be ($stored | Where-Object productNo -eq $row.SerialNumber).orderNo
        }
    }

    It 'in the second run right after the stop, skips what was bought, settles the faulted rows bought and keeps the rows in flight Unknown' {
        @($secondRun | Where-Object Outcome -eq 'Skipped').Count | Should -BeGreaterThan 100
        $settled = ($lines | Where-Object { $_.Stage -eq 'Reconciled' -and $_.Outcome -eq 'Succeeded' }).SerialNumber
        foreach ($i in 10, 30, 50, 90, 120) { $settled | Should -Contain (SerialOf $i) }
        $unsettled = @($secondRunErrors | Where-Object { $_.FullyQualifiedErrorId -like 'OrderOutcomeUnsettled,*' })
        $unsettled.TargetObject.SerialNumber | Should -Contain (SerialOf 150)
        $storedAfterSecondRun.productNo | Should -Not -Contain (SerialOf 150)
        @($secondRunErrors).Count | Should -Be (5 + $unsettled.Count)
    }

    It 'in a third run, once no late request can land, settles the rows in flight as not bought and buys them' {
        @($thirdRunErrors).Count | Should -Be 5
        ($lines | Where-Object { $_.Stage -eq 'Reconciled' -and $_.Outcome -eq 'Failed' }).SerialNumber | Should -Contain (SerialOf 150)
        ($thirdRun | Where-Object SerialNumber -eq (SerialOf 150)).Outcome | Should -Be 'Succeeded'
    }

    It 'buys nothing on a fourth run with the same journal' {
        $before = (Get-StoredOrder).Count
        $before | Should -Be 195
        $fourth = @(Import-Csv $csv | New-YsPlanOrder -JournalPath $journal -ThrottleLimit $Throttle -Confirm:$false -ErrorAction SilentlyContinue -WarningAction SilentlyContinue)
        (Get-StoredOrder).Count | Should -Be $before
        @($fourth | Where-Object Outcome -ne 'Skipped') | Should -BeNullOrEmpty
        $fourth.Count | Should -Be 195
    }
}
