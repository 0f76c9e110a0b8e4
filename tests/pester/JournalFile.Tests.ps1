# The journal as a file: what it takes to open, what people do to it between runs, and what happens when
# it can no longer be written.
BeforeAll {
    Import-Module (Join-Path $PSScriptRoot 'TestSandbox.psm1') -Force
    Import-Module (Join-Path $PSScriptRoot 'TestJournal.psm1') -Force
    Import-Module $env:YS_MODULE_PATH -Force
    $script:sandbox = Start-TestSandbox
    Connect-YeastarPartner -Credential (Get-TestCredential) -BaseUri $sandbox.Url
    $script:contact = '3197218168379846218'

    function script:Get-StoredOrder { @(Get-SandboxOrder $sandbox) }
}

AfterAll {
    Disconnect-YeastarPartner
    Stop-TestSandbox $sandbox
}

Describe 'Opening a journal' {
    BeforeEach { Reset-Sandbox $sandbox }

    It 'that holds only a byte order mark starts it with the header, and the next run reads it' {
        $journal = Join-Path $TestDrive 'bom-only.csv'
        [IO.File]::WriteAllBytes($journal, [byte[]](0xEF, 0xBB, 0xBF))
        $first = New-YsPlanOrder -SerialNumber 3631E0000001 -Plan Enterprise -BillingContactId $contact -JournalPath $journal -Confirm:$false
        $second = New-YsPlanOrder -SerialNumber 3631E0000001 -Plan Enterprise -BillingContactId $contact -JournalPath $journal -Confirm:$false -WarningAction SilentlyContinue

        $first.Outcome | Should -Be 'Succeeded'
        $second.Outcome | Should -Be 'Skipped'
        (Get-Content $journal -TotalCount 1) | Should -BeLike '"SerialNumber","Plan",*'
        (Get-StoredOrder).Count | Should -Be 1
    }

    It 'on a path that is not a file is refused before anything is bought' {
        { New-YsPlanOrder -SerialNumber 3631E0000001 -Plan Enterprise -BillingContactId $contact -JournalPath variable:journal -Confirm:$false -ErrorAction Stop } |
            Should -Throw -ErrorId 'JournalOpenFailed*'
        Get-Variable journal -Scope Global -ErrorAction SilentlyContinue | Should -BeNullOrEmpty
        Test-Path (Join-Path (Get-Location) 'variable') | Should -BeFalse
        Get-StoredOrder | Should -BeNullOrEmpty
    }

    It 'that a spreadsheet re-saved with semicolons is read, and appended in its own format' {
        $journal = Join-Path $TestDrive 'excel.csv'
        New-YsPlanOrder -SerialNumber 3631E0000001 -Plan Enterprise -BillingContactId $contact -JournalPath $journal -Confirm:$false | Out-Null
        # What Excel with a European locale writes on Save: semicolons, quotes only where needed.
        $text = (Import-Csv $journal | ConvertTo-Csv -Delimiter ';' -UseQuotes AsNeeded) -join "`r`n"
        [IO.File]::WriteAllText($journal, $text + "`r`n", [Text.UTF8Encoding]::new($true))

        $again = New-YsPlanOrder -SerialNumber 3631E0000001 -Plan Enterprise -BillingContactId $contact -JournalPath $journal -Confirm:$false -WarningAction SilentlyContinue
        $other = New-YsPlanOrder -SerialNumber 3631E0000002 -Plan Enterprise -BillingContactId $contact -JournalPath $journal -Confirm:$false

        $again.Outcome | Should -Be 'Skipped'
        $other.Outcome | Should -Be 'Succeeded'
        $lines = @(Import-Csv $journal -Delimiter ';')
        ($lines | Where-Object { $_.SerialNumber -eq '3631E0000002' -and $_.Outcome -eq 'Succeeded' }).OrderNo | Should -Be $other.OrderNo
        (Get-StoredOrder).Count | Should -Be 2
    }

    It 'whose first line is not the header is refused with the way to fix it' {
        $journal = Join-Path $TestDrive 'not-a-journal.csv'
        "Name;Value`nx;y" | Set-Content $journal
        $thrown = { New-YsPlanOrder -SerialNumber 3631E0000001 -Plan Enterprise -BillingContactId $contact -JournalPath $journal -Confirm:$false -ErrorAction Stop } |
            Should -Throw -ErrorId 'JournalOpenFailed*' -PassThru
        $thrown.Exception.Message | Should -BeLike "*CSV UTF-8 (comma delimited)*"
        Get-StoredOrder | Should -BeNullOrEmpty
    }
}

Describe 'A journal that can no longer be written' {
    BeforeAll {
        # A file system too small for the journal: the only way to make writes fail under a handle that is already open.
        $script:mount = Join-Path ([IO.Path]::GetTempPath()) "ys-full-$([guid]::NewGuid().ToString('N'))"
        New-Item -ItemType Directory $mount | Out-Null
        & mount -t tmpfs -o size=8k tmpfs $mount 2>$null
        $script:mounted = $LASTEXITCODE -eq 0
    }

    AfterAll {
        # However the test ended: a journal still open keeps the mount busy, so a lazy unmount detaches it then.
        if ($mounted) {
            & umount $mount 2>$null
            if ($LASTEXITCODE -ne 0) { & umount -l $mount }
        }
        Remove-Item $mount -Recurse -Force -ErrorAction SilentlyContinue
    }

    It 'stops sending, says so for each row left, and loses none of the orders already bought' {
        if (-not $mounted) {
            # CI runs as root: there the test must run, never be skipped.
            if ($env:CI -eq 'true') { throw "CI could not mount a small tmpfs at $mount." }
            Set-ItResult -Skipped -Because 'mounting a small tmpfs needs root (CAP_SYS_ADMIN) on this machine'; return
        }
        Reset-Sandbox $sandbox
        $devices = 1..60 | ForEach-Object { 'FULL{0:D6}' -f $_ }
        # The batch ends with JournalWriteFailed as its terminating error; -OutVariable keeps what was bought.
        $terminating = $null
        try {
            $devices | New-YsPlanOrder -Plan Enterprise -BillingContactId $contact -JournalPath (Join-Path $mount 'journal.csv') -Confirm:$false `
                -OutVariable orders -ErrorVariable failures -ErrorAction SilentlyContinue | Out-Null
        }
        catch { $terminating = $_ }

        $stored = Get-StoredOrder
        $stored.Count | Should -BeLessThan 60 -Because 'the batch stopped when the journal filled up'
        $terminating.FullyQualifiedErrorId | Should -BeLike 'JournalWriteFailed,*'
        $notSent = @($failures | Where-Object { $_.FullyQualifiedErrorId -like 'JournalUnavailable,*' })
        ($stored.Count + $notSent.Count) | Should -Be 60
        # Every order the portal holds reached the caller as an output object.
        ($orders.SerialNumber | Sort-Object) | Should -Be ($stored.productNo | Sort-Object)
        $notSent[0].ErrorDetails.Message | Should -BeLike 'Row *not sent, because the journal*'
    }
}
