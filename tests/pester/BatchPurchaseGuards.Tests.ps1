# The guards around batch purchasing: row errors that name the row, a journal that cannot be written,
# and a host that cannot prompt.
BeforeAll {
    Import-Module (Join-Path $PSScriptRoot 'TestSandbox.psm1') -Force
    Import-Module $env:YS_MODULE_PATH -Force
    $script:sandbox = Start-TestSandbox
    Connect-YeastarPartner -Credential (Get-TestCredential) -BaseUri $sandbox.Url
    function script:Get-StoredOrder { @(Get-SandboxOrder $sandbox | ForEach-Object { $_ }) }
}

AfterAll {
    Disconnect-YeastarPartner
    Stop-TestSandbox $sandbox
}

Describe 'New-YsPlanOrder guards' {
    BeforeEach { Reset-Sandbox $sandbox }

    It 'reports a BillingContactId that is not a 64-bit integer as that row''s error and buys the others' {
        $rows = "SerialNumber,BillingContactId`nAA11,3197218168379846218`nBB22,abc`nCC33,3197218168379846218" | ConvertFrom-Csv
        $orders = $rows | New-YsPlanOrder -Plan Standard -Confirm:$false -ErrorVariable bad -ErrorAction SilentlyContinue

        $orders.SerialNumber | Should -Be @('AA11', 'CC33')
        $bad.Count | Should -Be 1
        $bad[0].FullyQualifiedErrorId | Should -BeLike 'BillingContactIdInvalid,*'
        $bad[0].CategoryInfo.Category | Should -Be 'InvalidArgument'
        $bad[0].ErrorDetails.Message | Should -BeLike "Row 2*BB22*'abc'*"
        $bad[0].TargetObject.SerialNumber | Should -Be 'BB22'
    }

    It 'stops before sending anything when the journal cannot be opened' {
        $dir = Join-Path $TestDrive 'journal-is-a-directory.csv'
        New-Item -ItemType Directory $dir | Out-Null
        { New-YsPlanOrder -SerialNumber AA11 -Plan Standard -BillingContactId 3197218168379846218 -JournalPath $dir -Confirm:$false -ErrorAction Stop } |
            Should -Throw -ErrorId 'JournalOpenFailed*'
        Get-StoredOrder | Should -BeNullOrEmpty
    }

    It 'refuses a device whose earlier order has an unknown outcome, until -Reconcile settles it' {
        $journal = Join-Path $TestDrive 'unknown.csv'
        Add-SandboxFault $sandbox @{ path = '/order/openapi/order/v1/save'; kind = 'DropAfterCommit'; serialNumber = 'AA11'; times = 1 }
        New-YsPlanOrder -SerialNumber AA11 -Plan Standard -BillingContactId 3197218168379846218 -JournalPath $journal -Confirm:$false -ErrorVariable first -ErrorAction SilentlyContinue
        $first[0].FullyQualifiedErrorId | Should -BeLike 'OrderOutcomeUnknown,*'

        New-YsPlanOrder -SerialNumber AA11 -Plan Standard -BillingContactId 3197218168379846218 -JournalPath $journal -Confirm:$false -ErrorVariable second -ErrorAction SilentlyContinue
        $second[0].FullyQualifiedErrorId | Should -BeLike 'OrderOutcomeUnsettled,*'

        $third = New-YsPlanOrder -SerialNumber AA11 -Plan Standard -BillingContactId 3197218168379846218 -JournalPath $journal -Reconcile -Confirm:$false -WarningVariable warned -WarningAction SilentlyContinue
        $third.Outcome | Should -Be 'Skipped'
        $third.OrderNo | Should -Be (Get-StoredOrder).orderNo
        (Get-StoredOrder).Count | Should -Be 1
    }

    It 'tells a host that cannot prompt to add -Confirm:$false' {
        $module = $env:YS_MODULE_PATH
        $script = "Import-Module '$module'; Connect-YeastarPartner -ClientId sandbox-client-id -ClientSecret (ConvertTo-SecureString sandbox-client-secret -AsPlainText -Force) -BaseUri '$($sandbox.Url)'; New-YsPlanOrder -SerialNumber AA11 -Plan Standard -BillingContactId 3197218168379846218"
        $output = & (Join-Path $PSHOME 'pwsh') -NoProfile -NonInteractive -Command $script 2>&1 | Out-String

        $output | Should -Match 'Confirm:\$false'
        Get-StoredOrder | Should -BeNullOrEmpty
    }
}
