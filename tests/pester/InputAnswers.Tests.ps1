# Bad input gets one clear answer and a re-run is quiet: a file shaped wrong for every row is one error
# before anything is sent, an unknown billing contact is the row's error even under -WhatIf, and a re-run
# that buys nothing writes its Skipped objects and one summary line, not a warning per row.
BeforeAll {
    Import-Module (Join-Path $PSScriptRoot 'TestSandbox.psm1') -Force
    Import-Module (Join-Path $PSScriptRoot 'TestJournal.psm1') -Force
    Import-Module (Join-Path $PSScriptRoot 'FreshPowerShell.psm1') -Force
    Import-Module $env:YS_MODULE_PATH -Force
    $script:sandbox = Start-TestSandbox
    Connect-YeastarPartner -Credential (Get-TestCredential) -BaseUri $sandbox.Url
    $script:contact = '3197218168379846218'
    $script:contactListPath = '/user/openapi/user/v1/client/billing_contact_list'

    function script:Get-StoredOrder { @(Get-SandboxOrder $sandbox | Where-Object { $_.productNo -notlike '3631H*' }) }
    function script:Get-ContactListCount { @(Get-SandboxRequest $sandbox | Where-Object path -eq $contactListPath).Count }
}

AfterAll {
    Disconnect-YeastarPartner
    Stop-TestSandbox $sandbox
}

Describe 'Input shaped wrong for every row' {
    BeforeEach { Reset-Sandbox $sandbox }

    It 'answers a semicolon CSV of 3 rows with exactly one error that says -Delimiter, and sends nothing' {
        $csv = Join-Path $TestDrive 'semi.csv'
        "SerialNumber;Plan`n3631E0000001;Enterprise`n3631E0000002;Enterprise`n3631E0000003;Enterprise" | Set-Content $csv
        $journal = Join-Path $TestDrive 'semi-journal.csv'
        # The error stops the command: ErrorVariable holds every error it wrote, the terminating one included.
        $thrown = try { Import-Csv $csv | New-YsPlanOrder -BillingContactId $contact -JournalPath $journal -Confirm:$false -ErrorVariable errors -ErrorAction SilentlyContinue } catch { $_ }

        $errors.Count | Should -Be 1
        $errors = @($thrown)
        $errors[0].FullyQualifiedErrorId | Should -BeLike 'InputLooksSemicolonSeparated,*'
        $errors[0].ErrorDetails.Message | Should -BeLike "Row 1: *wrong delimiter*Import-Csv -Delimiter ';'*"
        Get-StoredOrder | Should -BeNullOrEmpty
        # Nothing was about to be sent: no Sending line, no line at all.
        if (Test-Path $journal) { @(Import-Csv $journal).Count | Should -Be 0 }
    }

    It 'says which -Delimiter a tab-separated file needs' {
        $rows = "SerialNumber`tPlan`n3631E0000001`tEnterprise" | ConvertFrom-Csv
        { $rows | New-YsPlanOrder -BillingContactId $contact -Confirm:$false -ErrorAction Stop } | Should -Throw -ErrorId 'InputLooksTabSeparated,*' -ExpectedMessage '*-Delimiter "``t"*'
        Get-StoredOrder | Should -BeNullOrEmpty
    }

    It 'answers a CSV with a Device column with one SerialNumberColumnMissing that names SerialNumber and Device' {
        $rows = "Device,Plan`n3631E0000001,Enterprise`n3631E0000002,Enterprise`n3631E0000003,Enterprise" | ConvertFrom-Csv
        $thrown = try { $rows | New-YsPlanOrder -BillingContactId $contact -Confirm:$false -ErrorVariable errors -ErrorAction SilentlyContinue } catch { $_ }

        $errors.Count | Should -Be 1
        $errors = @($thrown)
        $errors[0].FullyQualifiedErrorId | Should -BeLike 'SerialNumberColumnMissing,*'
        $errors[0].ErrorDetails.Message | Should -BeLike "*'Device'*SerialNumber*"
        $errors[0].CategoryInfo.Category | Should -Be 'InvalidData'
        Get-StoredOrder | Should -BeNullOrEmpty
    }

    It 'answers hashtables piped in, whose keys PowerShell never binds, with one InputIsHashtable' {
        $rows = @{ SerialNumber = '3631E0000001'; Plan = 'Enterprise' }, @{ SerialNumber = '3631E0000002'; Plan = 'Enterprise' }
        { $rows | New-YsPlanOrder -BillingContactId $contact -Confirm:$false -ErrorAction Stop } |
            Should -Throw -ErrorId 'InputIsHashtable,*' -ExpectedMessage '*hashtables*SerialNumber*'
        # Even with the serial number on the command line: the hashtable's other values would be lost.
        { @{ Plan = 'Ultimate' } | New-YsPlanOrder -SerialNumber 3631E0000003 -Plan Enterprise -BillingContactId $contact -Confirm:$false -ErrorAction Stop } |
            Should -Throw -ErrorId 'InputIsHashtable,*'
        Get-StoredOrder | Should -BeNullOrEmpty
    }

    It 'keeps one empty serial number cell of a proper CSV that row''s error, and buys the rest' {
        $rows = "SerialNumber,Plan`n3631E0000001,Enterprise`n,Enterprise`n3631E0000003,Enterprise" | ConvertFrom-Csv
        $orders = @($rows | New-YsPlanOrder -BillingContactId $contact -Confirm:$false -ErrorVariable bad -ErrorAction SilentlyContinue -WarningAction SilentlyContinue)

        $orders.SerialNumber | Should -Be @('3631E0000001', '3631E0000003')
        $bad.Count | Should -Be 1
        $bad[0].FullyQualifiedErrorId | Should -BeLike 'SerialNumberRequired,*'
        $bad[0].ErrorDetails.Message | Should -BeLike 'Row 2*'
    }

    It 'asks no serial number column of orders for new products' {
        # New Software Edition licenses have no serial number yet: a file of customers is the right shape.
        $rows = "Customer,PoNumber`nContoso,PO-1" | ConvertFrom-Csv
        $orders = @($rows | New-YsPlanOrder -ProductId 12 -Plan Ultimate -BillingCycle Annually -Quantity 50 -BillingContactId $contact -Confirm:$false -ErrorVariable bad -ErrorAction SilentlyContinue -WarningAction SilentlyContinue)
        @($bad | Where-Object { $_.FullyQualifiedErrorId -like 'SerialNumberColumnMissing,*' }) | Should -BeNullOrEmpty
        $orders.Count | Should -Be 1
    }
}

Describe 'The billing contact is checked before any order' {
    BeforeEach { Reset-Sandbox $sandbox }

    It 'gives BillingContactUnknown for -BillingContactId 1234 under -WhatIf, naming the row and where the IDs are' {
        New-YsPlanOrder -SerialNumber 3631E0000001 -Plan Enterprise -BillingContactId 1234 -WhatIf -ErrorVariable bad -ErrorAction SilentlyContinue 6>$null
        $bad.Count | Should -Be 1
        $bad[0].FullyQualifiedErrorId | Should -BeLike 'BillingContactUnknown,*'
        $bad[0].ErrorDetails.Message | Should -BeLike "Row 1 (serial number '3631E0000001'): billing contact 1234 *"
        $bad[0].ErrorDetails.RecommendedAction | Should -BeLike '*Get-YsBillingContact*Tab*'
    }

    It 'counts what -WhatIf would send apart from what it refused' {
        $rows = "SerialNumber,BillingContactId`n3631E0000001,1234`n3631E0000002,$contact" | ConvertFrom-Csv
        $rows | New-YsPlanOrder -Plan Enterprise -WhatIf -ErrorAction SilentlyContinue -InformationVariable counted 6>$null
        "$(@($counted | Where-Object { $_.Tags -contains 'Summary' })[0].MessageData)" |
            Should -Be 'New-YsPlanOrder: 2 row(s): 0 bought, 0 skipped, 1 refused, 0 failed, 0 Unknown, 1 not sent (-WhatIf or not confirmed).'
    }

    It 'sends nothing for an unknown billing contact for real, and buys the rows whose contact is known' {
        $journal = Join-Path $TestDrive 'contacts.csv'
        $rows = "SerialNumber,BillingContactId`n3631E0000001,1234`n3631E0000002,$contact`n3631E0000003,1234" | ConvertFrom-Csv
        $orders = @($rows | New-YsPlanOrder -Plan Enterprise -JournalPath $journal -Confirm:$false -ErrorVariable bad -ErrorAction SilentlyContinue 6>$null)

        $orders.SerialNumber | Should -Be '3631E0000002'
        (Get-StoredOrder).productNo | Should -Be '3631E0000002'
        $bad.Count | Should -Be 2
        $bad.ErrorDetails.Message | Should -BeLike 'Row [13] *billing contact 1234*'
        @(Get-SandboxRequest $sandbox | Where-Object path -eq '/order/openapi/order/v1/save').Count | Should -Be 1
        (Get-JournalLine $journal '3631E0000001').Outcome | Should -Be 'Failed'
    }

    It 'reads the billing contacts once per connection, and again once for an ID not among them' {
        $before = Get-ContactListCount
        1..2 | ForEach-Object { New-YsPlanOrder -SerialNumber "3631E000000$_" -Plan Enterprise -BillingContactId $contact -WhatIf 6>$null }
        $afterKnown = Get-ContactListCount
        '3631E0000004', '3631E0000005' | New-YsPlanOrder -Plan Enterprise -BillingContactId 1234 -WhatIf -ErrorAction SilentlyContinue 6>$null
        $afterUnknown = Get-ContactListCount

        ($afterKnown - $before) | Should -BeLessOrEqual 1 -Because 'the list is cached on the connection'
        ($afterUnknown - $afterKnown) | Should -Be 1 -Because 'an ID not seen reads the list again, once'
    }
}

Describe 'A quiet re-run' {
    BeforeAll {
        Reset-Sandbox $sandbox
        $script:journal = Join-Path $TestDrive 'rerun.csv'
        $script:devices = 1..5 | ForEach-Object { 'QUIET{0:D5}' -f $_ }
        $null = $devices | New-YsPlanOrder -Plan Enterprise -BillingContactId $contact -JournalPath $journal -Confirm:$false 6>$null
        $script:rerun = @($devices | New-YsPlanOrder -Plan Enterprise -BillingContactId $contact -JournalPath $journal -Confirm:$false `
                -WarningVariable script:warned -InformationVariable script:informed -Verbose 4>&1 6>$null)
    }

    It 're-runs 5 bought rows as 5 Skipped objects with no warning and one summary line' {
        $skipped = @($rerun | Where-Object { $_ -isnot [Management.Automation.VerboseRecord] })
        $skipped.Outcome | Should -Be (@('Skipped') * 5)
        $skipped.SerialNumber | Should -Be $devices
        $warned | Should -BeNullOrEmpty
        $summary = @($informed | Where-Object { $_.Tags -contains 'Summary' })
        $summary.Count | Should -Be 1
        $summary[0].Tags | Should -Contain 'YeastarPartner'
        "$($summary[0].MessageData)" | Should -Be 'New-YsPlanOrder: 5 row(s): 0 bought, 5 skipped, 0 refused, 0 failed, 0 Unknown.'
        (Get-StoredOrder).Count | Should -Be 5
    }

    It 'says in -Verbose why each row was skipped' {
        $verbose = @($rerun | Where-Object { $_ -is [Management.Automation.VerboseRecord] }).Message
        @($verbose -like "Row * skipped, the journal shows it was bought*").Count | Should -Be 5
        # One date format in messages: ISO 8601 in local time with its offset, to the second.
        @($verbose -match 'skipped, the journal shows it was bought \([^,]+, \d{4}-\d\d-\d\dT\d\d:\d\d:\d\d[+-]\d\d:\d\d\)\.$').Count | Should -Be 5
    }

    It 'counts refused, failed and Unknown rows apart' {
        Reset-Sandbox $sandbox
        Add-SandboxFault $sandbox @{ path = '/order/openapi/order/v1/save'; kind = 'DropAfterCommit'; serialNumber = 'COUNT00003'; times = 1 } | Out-Null
        $rows = 'COUNT00001', 'bad serial!', 'COUNT00003'
        $null = $rows | New-YsPlanOrder -Plan Enterprise -BillingContactId $contact -Confirm:$false -ErrorAction SilentlyContinue -WarningAction SilentlyContinue -InformationVariable counted 6>$null
        "$(@($counted | Where-Object { $_.Tags -contains 'Summary' })[0].MessageData)" |
            Should -BeLike 'New-YsPlanOrder: 3 row(s): 1 bought, 0 skipped, 1 refused, 0 failed, 1 Unknown, total 100.00 USD. *-Reconcile*'
    }

    It 'shows the summary line in a console and silences it with -InformationAction Ignore' {
        $script = @"
Import-Module '$env:YS_MODULE_PATH'
Connect-YeastarPartner -Credential ([pscredential]::new('sandbox-client-id', (ConvertTo-SecureString 'sandbox-client-secret' -AsPlainText -Force))) -BaseUri '$($sandbox.Url)' | Out-Null
'$($devices -join "','")' | New-YsPlanOrder -Plan Enterprise -BillingContactId $contact -JournalPath '$journal' -Confirm:`$false | Out-Null
'--- ignored'
'$($devices -join "','")' | New-YsPlanOrder -Plan Enterprise -BillingContactId $contact -JournalPath '$journal' -Confirm:`$false -InformationAction Ignore | Out-Null
"@
        $child = Invoke-FreshPowerShell -Script $script
        $child.Errors | Should -BeNullOrEmpty
        $split = [array]::IndexOf($child.Output, '--- ignored')
        $split | Should -BeGreaterThan 0
        @($child.Output[0..($split - 1)] -like 'New-YsPlanOrder: 5 row(s): 0 bought, 5 skipped*').Count | Should -Be 1
        @($child.Output[$split..($child.Output.Count - 1)] -like 'New-YsPlanOrder:*').Count | Should -Be 0
    }
}
