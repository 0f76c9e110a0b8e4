# samples/AzureAutomation-Runbook.ps1 run the way a job worker runs it: a fresh pwsh -NonInteractive,
# the module found by name on PSModulePath, the sandbox as the Partner Portal.
BeforeAll {
    Import-Module (Join-Path $PSScriptRoot 'TestSandbox.psm1') -Force
    Import-Module (Join-Path $PSScriptRoot 'FreshPowerShell.psm1') -Force
    Import-Module $env:YS_MODULE_PATH -Force
    $script:runbook = Join-Path $PSScriptRoot '../../samples/AzureAutomation-Runbook.ps1'
    $script:sandbox = Start-TestSandbox

    # The runbook as a job starts it: a fresh pwsh, the module found by name. -Home: the user profile the job
    # runs with; a new folder is a fresh Azure sandbox, the same one a Hybrid Runbook Worker.
    # -Tail: what the job does with the runbook's output (by default, JSON for Read-RunbookOutput).
    function Start-Runbook([string] $Prelude, [string] $Arguments, [string] $HomeFolder = (Join-Path $TestDrive "home-$([guid]::NewGuid().ToString('N'))"), [string] $Tail = '| ConvertTo-Json -Depth 4 -Compress') {
        New-Item -ItemType Directory -Force $HomeFolder | Out-Null
        Start-FreshPowerShell -Script "$Prelude`n& `$env:YS_RUNBOOK $Arguments $Tail" -Environment @{
            # The staged module's parent folder: the runbook imports YeastarPartner by name, as in Azure Automation.
            PSModulePath  = (Split-Path (Split-Path $env:YS_MODULE_PATH)) + [IO.Path]::PathSeparator + $env:PSModulePath
            YS_RUNBOOK    = $runbook
            YS_BASE_URI   = $sandbox.Url
            HOME          = $HomeFolder
            XDG_DATA_HOME = $null
            TMPDIR        = $HomeFolder
        }
    }

    function Invoke-Runbook([string] $Prelude, [string] $Arguments, [string] $HomeFolder, [string] $Tail) {
        $start = @{ Prelude = $Prelude; Arguments = $Arguments }
        if ($HomeFolder) { $start.HomeFolder = $HomeFolder }
        if ($Tail) { $start.Tail = $Tail }
        Wait-FreshPowerShell (Start-Runbook @start)
    }

    # Serves one request on loopback, as blob storage serves a CSV: -Body with -Status. Returns the port and
    # what Stop-CsvServer needs.
    function Start-CsvServer([byte[]] $Body, [int] $Status = 200) {
        $free = [Net.Sockets.TcpListener]::new([Net.IPAddress]::Loopback, 0)
        $free.Start(); $port = $free.LocalEndpoint.Port; $free.Stop()
        $listener = [Net.HttpListener]::new()
        $listener.Prefixes.Add("http://127.0.0.1:$port/")
        $listener.Start()
        $job = Start-ThreadJob -ArgumentList $listener, $Body, $Status -ScriptBlock {
            param($listener, $body, $status)
            $context = $listener.GetContext()
            $context.Response.StatusCode = $status
            $context.Response.ContentType = 'application/octet-stream'
            $context.Response.OutputStream.Write($body, 0, $body.Length)
            $context.Response.Close()
        }
        [pscustomobject]@{ Port = $port; Listener = $listener; Job = $job }
    }

    function Stop-CsvServer($Server) {
        $Server.Listener.Stop()
        Receive-Job $Server.Job -Wait -AutoRemoveJob -ErrorAction SilentlyContinue | Out-Null
    }

    # Blob storage serves a CSV saved by Excel: a UTF-8 byte order mark, octet-stream content.
    $script:blobCsv = [byte[]]([Text.Encoding]::UTF8.GetPreamble() + [Text.Encoding]::UTF8.GetBytes("SerialNumber`r`nAAAA1111`r`nBBBB2222`r`n"))

    # The job output: a result object per row, then the summary.
    function Read-RunbookOutput($Child) {
        $objects = @(ConvertFrom-ChildJson $Child)
        [pscustomobject]@{ Rows = @($objects | Where-Object { $_.PSObject.Properties['Outcome'] }); Summary = $objects[-1] }
    }

    $script:sandboxCredential = "`$credential = [pscredential]::new('sandbox-client-id', (ConvertTo-SecureString 'sandbox-client-secret' -AsPlainText -Force))"
}

AfterAll {
    # A job a failed test left running (e.g. one meant to be killed mid-run) must not outlive the tests.
    Stop-FreshPowerShell
    Stop-TestSandbox $sandbox
}

Describe 'samples/AzureAutomation-Runbook.ps1' {
    BeforeEach { Reset-Sandbox $sandbox }

    It 'buys every row of a CSV, keeps a journal and writes a result per row and a summary of counts' {
        $csv = Join-Path $PSScriptRoot '../../samples/devices.csv'
        $journal = Join-Path $TestDrive 'journal.csv'

        $child = Invoke-Runbook $sandboxCredential "-Credential `$credential -CsvPath '$csv' -Plan Enterprise -BillingContactId 3197218168379846218 -BaseUri `$env:YS_BASE_URI -JournalPath '$journal'"

        $child.ExitCode | Should -Be 0 -Because $child.Errors
        $output = Read-RunbookOutput $child
        $output.Rows.SerialNumber | Should -Be (Import-Csv $csv).SerialNumber
        $output.Rows.OrderNo | Should -Be (Get-SandboxOrder $sandbox).orderNo
        $output.Summary.Rows | Should -Be 3
        $output.Summary.Succeeded | Should -Be 3
        $output.Summary.Failed | Should -Be 0
        $output.Summary.OutcomeUnknown | Should -Be 0
        $output.Summary.PSObject.Properties.Name | Should -Not -Contain 'Orders' -Because 'the summary holds counts only'
        # Each sent row has a Sending line (written before the order leaves) and its outcome line.
        $outcomes = Import-Csv $journal | Where-Object Stage -NE 'Sending'
        $outcomes.SerialNumber | Should -Be (Import-Csv $csv).SerialNumber
        $outcomes.Outcome | Should -Be @('Succeeded', 'Succeeded', 'Succeeded')
    }

    It 'reports a bad row as its result and buys the others' {
        $csv = Join-Path $TestDrive 'devices.csv'
        "SerialNumber,Plan`nAAAA1111,Enterprise`nBBBB2222,Gold`nCCCC3333,Standard" | Set-Content $csv

        $child = Invoke-Runbook $sandboxCredential "-Credential `$credential -CsvPath '$csv' -BillingContactId 3197218168379846218 -BaseUri `$env:YS_BASE_URI -JournalPath '$(Join-Path $TestDrive 'bad.csv')'"

        $output = Read-RunbookOutput $child
        $output.Summary.Rows | Should -Be 3
        $output.Summary.Succeeded | Should -Be 2
        $output.Summary.Failed | Should -Be 1
        $bad = $output.Rows | Where-Object Outcome -eq 'Failed'
        $bad.ErrorId | Should -Be 'PlanUnknown'
        $bad.SerialNumber | Should -Be 'BBBB2222'
        (Get-SandboxOrder $sandbox).productNo | Should -Be @('AAAA1111', 'CCCC3333')
    }

    It 'reads the client ID and secret from the Automation credential asset it is given' {
        $csv = Join-Path $PSScriptRoot '../../samples/devices.csv'
        $asked = Join-Path $TestDrive 'asset-name.txt'
        # Stands in for the Azure Automation cmdlet and records the asset name it was asked for.
        # (global: the runbook's own -Credential parameter would hide a $credential variable)
        $automation = $sandboxCredential + @"

`$global:assetCredential = `$credential
function Get-AutomationPSCredential([string] `$Name) { Set-Content -LiteralPath '$asked' -Value `$Name; `$global:assetCredential }
"@

        $child = Invoke-Runbook $automation "-CredentialName 'Yeastar-Prod' -CsvPath '$csv' -Plan Standard -BillingContactId 3197218168379846218 -BaseUri `$env:YS_BASE_URI -JournalPath '$(Join-Path $TestDrive 'asset.csv')'"

        $child.ExitCode | Should -Be 0 -Because $child.Errors
        Get-Content $asked | Should -Be 'Yeastar-Prod'
        (Read-RunbookOutput $child).Summary.Succeeded | Should -Be 3
    }

    It 'reads the CSV from a URL, as from a blob SAS URL, and never reports the query string' {
        $server = Start-CsvServer $blobCsv
        $port = $server.Port
        try {
            $child = Invoke-Runbook $sandboxCredential "-Credential `$credential -CsvPath 'http://127.0.0.1:$port/yeastar/devices.csv?sv=2024-11-04&sig=SECRETSIGNATURE' -Plan Standard -BillingContactId 3197218168379846218 -BaseUri `$env:YS_BASE_URI -JournalPath '$(Join-Path $TestDrive 'url.csv')'"
        }
        finally { Stop-CsvServer $server }

        $child.ExitCode | Should -Be 0 -Because $child.Errors
        $summary = (Read-RunbookOutput $child).Summary
        $summary.Source | Should -Be "http://127.0.0.1:$port/yeastar/devices.csv"
        $summary.Succeeded | Should -Be 2
        (Get-SandboxOrder $sandbox).productNo | Should -Be @('AAAA1111', 'BBBB2222')
        ($child.Output + $child.Errors) -join "`n" | Should -Not -Match 'SECRETSIGNATURE'
    }

    It 'writes the CSV URL''s query to no stream, with -Verbose and every preference at Continue' {
        $server = Start-CsvServer $blobCsv
        # Every stream (1 to 6) into the output, each record rendered with all it holds.
        $everyStream = '*>&1 | ForEach-Object { $_ | Format-List * -Force | Out-String -Width 4096; if ($_ -is [Management.Automation.ErrorRecord]) { $_ | Select-Object FullyQualifiedErrorId, TargetObject, ErrorDetails, @{ n = ''Exception''; e = { $_.Exception.ToString() } } | ConvertTo-Json -Depth 2 -WarningAction SilentlyContinue } }'
        $loud = $sandboxCredential + "`n`$VerbosePreference = 'Continue'; `$DebugPreference = 'Continue'; `$InformationPreference = 'Continue'"
        try {
            $child = Invoke-Runbook $loud "-Credential `$credential -CsvPath 'http://127.0.0.1:$($server.Port)/yeastar/devices.csv?sv=2024-11-04&sig=SECRETSIGNATURE' -Plan Standard -BillingContactId 3197218168379846218 -BaseUri `$env:YS_BASE_URI -JournalPath '$(Join-Path $TestDrive 'verbose.csv')' -Verbose" -Tail $everyStream
        }
        finally { Stop-CsvServer $server }

        $child.ExitCode | Should -Be 0 -Because $child.Errors
        $everything = ($child.Output + $child.Errors) -join "`n"
        $everything | Should -Match 'order/v1/save' -Because 'the verbose stream (each HTTP call) was written'
        $everything | Should -Not -Match 'SECRETSIGNATURE'
        $everything | Should -Not -Match 'sv=2024'
        (Get-SandboxOrder $sandbox).productNo | Should -Be @('AAAA1111', 'BBBB2222')
    }

    It 'reports a CSV URL that cannot be read by its address alone' {
        $server = Start-CsvServer ([Text.Encoding]::UTF8.GetBytes('AuthenticationFailed: Signature did not match')) -Status 403
        $everyStream = '*>&1 | ForEach-Object { $_ | Format-List * -Force | Out-String -Width 4096 }'
        try {
            $child = Invoke-Runbook ($sandboxCredential + "`n`$VerbosePreference = 'Continue'; `$DebugPreference = 'Continue'") "-Credential `$credential -CsvPath 'http://127.0.0.1:$($server.Port)/yeastar/devices.csv?sv=2024-11-04&sig=SECRETSIGNATURE' -Plan Standard -BaseUri `$env:YS_BASE_URI -Verbose" -Tail $everyStream
        }
        finally { Stop-CsvServer $server }

        $everything = ($child.Output + $child.Errors) -join "`n"
        # The error view wraps long lines, with a '|' at the start of each.
        ($everything -replace '[\s|]+', ' ') | Should -Match "could not be downloaded from http://127.0.0.1:$($server.Port)/yeastar/devices.csv \(.*403"
        $everything | Should -Not -Match 'SECRETSIGNATURE'
        Get-SandboxOrder $sandbox | Should -BeNullOrEmpty
    }

    It 'outside Azure Automation and without -Credential, stops before connecting and says what to pass' {
        $child = Invoke-Runbook '' "-CsvPath '$(Join-Path $PSScriptRoot '../../samples/devices.csv')' -BaseUri `$env:YS_BASE_URI"

        $child.ExitCode | Should -Not -Be 0
        $child.Errors | Should -Match 'pass -Credential'
        Get-SandboxRequest $sandbox | Should -BeNullOrEmpty
    }

    It 'uses no PowerShell 7-only syntax, so the 5.1 runtime can run it' {
        $ast = [Management.Automation.Language.Parser]::ParseFile($runbook, [ref]$null, [ref]$null)
        $sevenOnly = $ast.FindAll({
                param($node)
                $node -is [Management.Automation.Language.TernaryExpressionAst] -or
                $node -is [Management.Automation.Language.PipelineChainAst] -or
                ($node -is [Management.Automation.Language.BinaryExpressionAst] -and $node.Operator -eq 'QuestionQuestion') -or
                ($node -is [Management.Automation.Language.AssignmentStatementAst] -and $node.Operator -eq 'QuestionQuestionEquals') -or
                ($node -is [Management.Automation.Language.MemberExpressionAst] -and $node.NullConditional) -or
                ($node -is [Management.Automation.Language.IndexExpressionAst] -and $node.NullConditional)
            }, $true)
        $sevenOnly | ForEach-Object { "line $($_.Extent.StartLineNumber): $($_.Extent.Text)" } | Should -BeNullOrEmpty
    }
}

Describe 'samples/AzureAutomation-Runbook.ps1 run again' {
    BeforeAll {
        $script:csv = Join-Path $TestDrive 'thirty.csv'
        1..30 | ForEach-Object { [pscustomobject]@{ SerialNumber = 'RUNB{0:D6}' -f $_ } } | Export-Csv $csv -NoTypeInformation
        $script:arguments = "-Credential `$credential -CsvPath '$csv' -Plan Enterprise -BillingContactId 3197218168379846218 -BaseUri `$env:YS_BASE_URI"
        function script:Get-RunbookOrder { @(Get-SandboxOrder $sandbox | Where-Object productNo -like 'RUNB*') }
    }

    BeforeEach {
        Reset-Sandbox $sandbox
        # A history the portal check has to walk, listed oldest first in capped pages, as a real portal may.
        Set-SandboxSetting $sandbox @{ ignoreSort = $true; maxPageSize = 20; seedHistoryOrders = 70 } | Out-Null
    }

    AfterAll { Set-SandboxSetting $sandbox @{ ignoreSort = $false; maxPageSize = 0; seedHistoryOrders = 0 } | Out-Null }

    It 'twice with the same parameters, each time in a fresh sandbox, buys each device once' {
        $first = Invoke-Runbook $sandboxCredential $arguments
        $second = Invoke-Runbook $sandboxCredential $arguments

        $first.ExitCode | Should -Be 0 -Because $first.Errors
        $second.ExitCode | Should -Be 0 -Because $second.Errors
        (Read-RunbookOutput $first).Summary.Succeeded | Should -Be 30
        $again = Read-RunbookOutput $second
        $again.Summary.Skipped | Should -Be 30
        $again.Summary.Succeeded | Should -Be 0
        (Read-RunbookOutput $first).Summary.JournalPath | Should -Not -Be $again.Summary.JournalPath -Because 'each fresh sandbox starts without the journal'
        $orders = Get-RunbookOrder
        $orders.Count | Should -Be 30
        @($orders | Group-Object productNo | Where-Object Count -ne 1) | Should -BeNullOrEmpty
    }

    It 'killed after 10 of 30 orders and started again in a fresh sandbox leaves exactly one order per device' {
        Add-SandboxFault $sandbox @{ path = '/order/openapi/order/v1/save'; kind = 'Latency'; latencyMs = 300 } | Out-Null
        $job = Start-Runbook $sandboxCredential $arguments
        $deadline = [DateTime]::UtcNow.AddMinutes(2)
        while ((Get-RunbookOrder).Count -lt 10) {
            if ($job.Process.HasExited -or [DateTime]::UtcNow -gt $deadline) { throw "The first job never bought 10 devices: $($job.Errors.Result)" }
            Start-Sleep -Milliseconds 50
        }
        $job.Process.Kill($true)
        $job.Process.WaitForExit()
        $boughtBeforeKill = (Get-RunbookOrder).Count
        $boughtBeforeKill | Should -BeLessThan 30

        $restart = Invoke-Runbook $sandboxCredential $arguments

        $restart.ExitCode | Should -Be 0 -Because $restart.Errors
        $output = Read-RunbookOutput $restart
        $output.Summary.Skipped | Should -Be $boughtBeforeKill
        $output.Summary.Succeeded | Should -Be (30 - $boughtBeforeKill)
        $orders = Get-RunbookOrder
        $orders.Count | Should -Be 30
        @($orders | Group-Object productNo | Where-Object Count -ne 1) | Should -BeNullOrEmpty
    }

    It 'started twice at the same time with differently spelled parameters shares one journal and buys each device once' {
        $worker = Join-Path $TestDrive 'shared-worker'
        $folder = Split-Path $csv
        New-Item -ItemType Directory -Force (Join-Path $folder 'sub') | Out-Null
        # Orders take a moment, so the two runs overlap as two jobs started together do.
        Add-SandboxFault $sandbox @{ path = '/order/openapi/order/v1/save'; kind = 'Latency'; latencyMs = 100 } | Out-Null
        $spellings = @(
            "-CsvPath '$csv' -Plan Enterprise -BillingContactId 3197218168379846218"
            "-CsvPath '$(Join-Path $folder 'sub/../thirty.csv')' -Plan 'enterprise plan' -BillingContactId 0003197218168379846218"
            "-CsvPath './thirty.csv' -Plan ENTERPRISE -BillingContactId 03197218168379846218"
        )
        $jobs = foreach ($spelling in $spellings) {
            Start-Runbook ($sandboxCredential + "`nSet-Location -LiteralPath '$folder'") "-Credential `$credential $spelling -BaseUri `$env:YS_BASE_URI" -HomeFolder $worker
        }
        $runs = foreach ($job in $jobs) { Wait-FreshPowerShell $job }

        foreach ($run in $runs) { $run.ExitCode | Should -Be 0 -Because $run.Errors }
        $orders = Get-RunbookOrder
        @($orders | Group-Object productNo | Where-Object Count -ne 1 | ForEach-Object Name) | Should -BeNullOrEmpty -Because 'no device is bought twice'
        $orders.Count | Should -Be 30
        $summaries = foreach ($run in $runs) { (Read-RunbookOutput $run).Summary }
        @($summaries.JournalPath | Sort-Object -Unique).Count | Should -Be 1 -Because 'the same devices and the same kind of order share one journal'
        ($summaries | Measure-Object Succeeded -Sum).Sum | Should -Be 30
        ($summaries | Measure-Object Skipped -Sum).Sum | Should -Be 60
        @($orders.billingId | Sort-Object -Unique) | Should -Be '3197218168379846218'
    }

    It 'on a Hybrid Runbook Worker finds its journal again at the same derived path' {
        $worker = Join-Path $TestDrive 'hybrid-worker'
        $first = Invoke-Runbook $sandboxCredential ($arguments + ' -SkipOrderedWithinDays 0') -HomeFolder $worker
        $second = Invoke-Runbook $sandboxCredential ($arguments + ' -SkipOrderedWithinDays 0') -HomeFolder $worker

        $journal = (Read-RunbookOutput $first).Summary.JournalPath
        (Read-RunbookOutput $second).Summary.JournalPath | Should -Be $journal
        $journal | Should -BeLike "$worker*"
        (Read-RunbookOutput $second).Summary.Skipped | Should -Be 30
        (Import-Csv $journal | Where-Object { $_.Stage -eq 'Journal' -and $_.Outcome -eq 'Skipped' }).Count | Should -Be 30
        (Get-RunbookOrder).Count | Should -Be 30
    }
}

Describe 'samples/AzureAutomation-Runbook.ps1 with a journal in Azure Blob Storage' {
    BeforeAll {
        Import-Module (Join-Path $PSScriptRoot 'TestAzurite.psm1') -Force
        $script:azurite = Start-TestAzurite
    }

    AfterAll { Stop-TestAzurite $azurite }

    BeforeEach { Reset-Sandbox $sandbox }

    It 'given a URL naming only the container, keeps the journal under the derived name; a run in another fresh sandbox buys nothing; the SAS is never reported' {
        $csv = Join-Path $PSScriptRoot '../../samples/devices.csv'
        $container = New-TestBlobJournalUrl $azurite -Name ''
        $container = $container.Replace('/?', '?')
        $signature = Get-SasSignature $container
        $arguments = "-Credential `$credential -CsvPath '$csv' -Plan Enterprise -BillingContactId 3197218168379846218 -BaseUri `$env:YS_BASE_URI -SkipOrderedWithinDays 0 -JournalPath '$container'"

        $first = Invoke-Runbook $sandboxCredential $arguments
        $second = Invoke-Runbook $sandboxCredential $arguments

        foreach ($child in $first, $second) {
            $child.ExitCode | Should -Be 0 -Because $child.Errors
            ($child.Output -join "`n") + $child.Errors | Should -Not -BeLike "*$signature*"
        }
        $summary = (Read-RunbookOutput $first).Summary
        $summary.Succeeded | Should -Be 3
        $summary.JournalPath | Should -Match '/journals/journal-[0-9a-f]{16}\.csv$'
        (Read-RunbookOutput $second).Summary.Skipped | Should -Be 3 -Because 'the second job, in a fresh sandbox without the portal check, found the first one''s journal in the blob'
        @(Get-SandboxOrder $sandbox).Count | Should -Be 3
        @(Get-TestBlobJournalLine "$($summary.JournalPath)?$(New-AzuriteSas)" | Where-Object Outcome -eq 'Succeeded').Count | Should -Be 3
    }

    It '-UseManagedIdentity connects with the identity and passes the storage token it gets, as a string or a SecureString' -ForEach @(
        @{ Kind = 'string'; Token = "'managed-identity-token'" }
        @{ Kind = 'SecureString'; Token = "(ConvertTo-SecureString 'managed-identity-token' -AsPlainText -Force)" }
    ) {
        $csv = Join-Path $PSScriptRoot '../../samples/devices.csv'
        $journal = New-TestBlobJournalUrl $azurite -NoSas
        $calls = Join-Path $TestDrive "az-calls-$Kind.txt"
        # Az.Accounts as the runbook meets it in Azure Automation, recording how it was called.
        $prelude = @"
$sandboxCredential
function Connect-AzAccount { param([switch] `$Identity) "Connect-AzAccount -Identity:`$Identity" | Add-Content '$calls' }
function Get-AzAccessToken { param([string] `$ResourceUrl) "Get-AzAccessToken -ResourceUrl `$ResourceUrl" | Add-Content '$calls'; [pscustomobject]@{ Token = $Token } }
"@
        $child = Invoke-Runbook $prelude "-Credential `$credential -CsvPath '$csv' -Plan Enterprise -BillingContactId 3197218168379846218 -BaseUri `$env:YS_BASE_URI -JournalPath '$journal' -UseManagedIdentity"

        Get-Content $calls | Should -Be @('Connect-AzAccount -Identity:True', 'Get-AzAccessToken -ResourceUrl https://storage.azure.com')
        # Azurite takes bearer tokens only over https: its refusal shows the token was sent (without one the
        # module would refuse the URL itself, "Nothing authorises"), and that the token is not repeated.
        $child.ExitCode | Should -Not -Be 0
        $child.Errors | Should -BeLike '*Azure Storage refused*'
        ($child.Output -join "`n") + $child.Errors | Should -Not -BeLike '*managed-identity-token*'
        @(Get-SandboxOrder $sandbox).Count | Should -Be 0
    }
}
