# Connections and tokens through the staged module and a real sandbox process: long runs across token
# lifetimes, revoked tokens, wrong secrets, Retry-After, eight runspaces sharing one connection, and no
# secret or token in any stream.
BeforeAll {
    Import-Module (Join-Path $PSScriptRoot 'TestSandbox.psm1') -Force
    Import-Module $env:YS_MODULE_PATH -Force

    # A secret of its own, so a leak of it cannot be confused with any other text.
    $script:secretText = "pester-secret-$([guid]::NewGuid().ToString('N'))"
    $script:sandbox = Start-TestSandbox -ArgumentList '--client-secret', $secretText
    $script:credential = [pscredential]::new('sandbox-client-id', (ConvertTo-SecureString $secretText -AsPlainText -Force))
    $script:contactId = 3197218168379846218
    $script:tokenPath = '/auth/openapi/v1/oauth/token'
    $script:orderPath = '/order/openapi/order/v1/save'
    $script:contactsPath = '/user/openapi/user/v1/client/billing_contact_list'

    function Set-TokenLifetime([int] $Seconds) {
        Invoke-RestMethod -Method Post -Uri "$($sandbox.Url)/_sandbox/settings" -ContentType 'application/json' `
            -Body (@{ accessTokenLifetimeSeconds = $Seconds } | ConvertTo-Json) | Out-Null
    }
    function Clear-SandboxRequest { Invoke-RestMethod -Method Delete -Uri "$($sandbox.Url)/_sandbox/requests" | Out-Null }
    # Get-SandboxRequest writes the log as one array object: assign it before filtering.
    function Get-TokenRequest([string] $Grant) {
        $log = Get-SandboxRequest $sandbox
        @($log | Where-Object { $_.path -eq $tokenPath -and $_.detail -eq "grant_type=$Grant" })
    }
    function Get-ApiRequest([string] $Path) {
        $log = Get-SandboxRequest $sandbox
        @($log | Where-Object path -EQ $Path)
    }
    function Get-SecondsBetween($First, $Second) { ([datetimeoffset]$Second.time - [datetimeoffset]$First.time).TotalSeconds }
    function Connect-Sandbox { Connect-YeastarPartner -Credential $credential -BaseUri $sandbox.Url -PassThru @args }
}

AfterAll {
    Stop-TestSandbox $sandbox
}

Describe 'A connection outlives its access tokens' {
    BeforeEach { Reset-Sandbox $sandbox }
    AfterEach { Set-TokenLifetime 1800 }

    It 'places orders across three token lifetimes without an error' {
        Set-TokenLifetime 4
        $connection = Connect-Sandbox
        # Each order takes at least 0.4 s, so 32 orders span more than three 4-second tokens.
        Add-SandboxFault $sandbox @{ path = $orderPath; kind = 'Latency'; latencyMs = 400 } | Out-Null
        $serials = 1..32 | ForEach-Object { 'LIFE{0:D4}' -f $_ }

        $orders = $serials | ForEach-Object { [pscustomobject]@{ SerialNumber = $_ } } |
            New-YsPlanOrder -Plan Standard -BillingContactId $contactId -Connection $connection -Confirm:$false -ErrorVariable orderErrors

        $orderErrors | Should -BeNullOrEmpty
        $orders.SerialNumber | Should -Be $serials
        (Get-SandboxOrder $sandbox).productNo | Should -Be $serials
        $sent = Get-ApiRequest $orderPath
        Get-SecondsBetween $sent[0] $sent[-1] | Should -BeGreaterThan 12
        (Get-TokenRequest 'refresh_token').Count | Should -BeGreaterOrEqual 3
    }

    It 'recovers from revoked tokens with one re-authentication' {
        $connection = Connect-Sandbox
        New-YsPlanOrder -SerialNumber 'REVOKE0000' -Plan Standard -BillingContactId $contactId -Connection $connection -Confirm:$false | Out-Null
        Invoke-RestMethod -Method Post -Uri "$($sandbox.Url)/_sandbox/revoke-tokens" | Out-Null
        Clear-SandboxRequest

        $serials = 1..5 | ForEach-Object { 'REVOKE{0:D4}' -f $_ }
        $orders = $serials | ForEach-Object { [pscustomobject]@{ SerialNumber = $_ } } |
            New-YsPlanOrder -Plan Standard -BillingContactId $contactId -Connection $connection -Confirm:$false -ErrorVariable orderErrors

        $orderErrors | Should -BeNullOrEmpty
        $orders.Outcome | Should -Be (@('Succeeded') * 5)
        # The first call after the revocation (the first row's price query) was refused (401) and resent
        # once; the refresh token was revoked too, so the client fell back to its credentials exactly once.
        # (An order refused with 401 and resent: Undocumented.Tests.ps1.)
        (Get-TokenRequest 'pp_credentials').status | Should -Be @(200)
        $calls = @(Get-SandboxRequest $sandbox | Where-Object path -NE $tokenPath)
        $calls[0].status | Should -Be 401
        @($calls | Where-Object status -EQ 401).Count | Should -Be 1
        (Get-ApiRequest $orderPath).status | Should -Be (@(200) * 5)
        (Get-SandboxOrder $sandbox).productNo | Should -Be (@('REVOKE0000') + $serials)
    }
}

Describe 'Connect-YeastarPartner' {
    BeforeEach { Reset-Sandbox $sandbox }

    It 'fails with one AuthenticationError and exactly one token request when the secret is wrong' {
        $wrong = ConvertTo-SecureString 'not-the-pester-secret-77' -AsPlainText -Force

        $failure = $null
        try { Connect-YeastarPartner -ClientId 'sandbox-client-id' -ClientSecret $wrong -BaseUri $sandbox.Url -MaxRetry 5 }
        catch { $failure = $_ }

        $failure.FullyQualifiedErrorId | Should -Be 'ConnectAuthenticationFailed,YeastarPartner.Commands.ConnectYeastarPartnerCommand'
        $failure.CategoryInfo.Category | Should -Be 'AuthenticationError'
        $failure.TargetObject | Should -Be 'sandbox-client-id'
        ($failure | Format-List * -Force | Out-String) | Should -Not -Match 'not-the-pester-secret-77'
        $requests = Get-SandboxRequest $sandbox
        $requests.Count | Should -Be 1
        $requests[0].path | Should -Be $tokenPath
        $requests[0].status | Should -Be 401
    }

    It 'refuses plain http to a host that is not loopback, before sending anything' {
        { Connect-YeastarPartner -Credential $credential -BaseUri 'http://partner.example.com' } |
            Should -Throw -ErrorId 'InvalidConnectionSettings,YeastarPartner.Commands.ConnectYeastarPartnerCommand' -ExpectedMessage '*not https*loopback*'
        Get-SandboxRequest $sandbox | Should -BeNullOrEmpty
    }

    It 'refuses a -BaseUri that carries a user name and password, and shows the password nowhere' {
        $uri = $sandbox.Url -replace '^http://', 'http://admin:Hunter2-in-the-uri@'
        $thrown = { Connect-YeastarPartner -Credential $credential -BaseUri $uri } |
            Should -Throw -ErrorId 'InvalidConnectionSettings,YeastarPartner.Commands.ConnectYeastarPartnerCommand' -ExpectedMessage '*must not contain a user name or password*' -PassThru
        ($thrown | Format-List * -Force | Out-String) | Should -Not -Match 'Hunter2'
        "$($thrown.TargetObject)" | Should -Not -Match 'Hunter2'
        Get-SandboxRequest $sandbox | Should -BeNullOrEmpty
    }

    It 'connects from YEASTAR_CLIENT_ID, YEASTAR_CLIENT_SECRET and YEASTAR_BASE_URI' {
        $env:YEASTAR_CLIENT_ID = 'sandbox-client-id'; $env:YEASTAR_CLIENT_SECRET = $secretText; $env:YEASTAR_BASE_URI = $sandbox.Url
        try { $connection = Connect-YeastarPartner -FromEnvironment -PassThru }
        finally { Remove-Item env:YEASTAR_CLIENT_ID, env:YEASTAR_CLIENT_SECRET, env:YEASTAR_BASE_URI }

        $connection.BaseUri | Should -Be ([uri]$sandbox.Url)
        (Get-YsConnection).ClientId | Should -Be 'sandbox-client-id'
        (Get-TokenRequest 'pp_credentials').Count | Should -Be 1
    }

    It 'says which variables are missing for -FromEnvironment' {
        { Connect-YeastarPartner -FromEnvironment } |
            Should -Throw -ErrorId 'EnvironmentCredentialsMissing,YeastarPartner.Commands.ConnectYeastarPartnerCommand' -ExpectedMessage '*YEASTAR_CLIENT_ID*YEASTAR_CLIENT_SECRET*'
    }

    It 'makes the connection the default of this runspace, and Disconnect-YeastarPartner forgets it' {
        Connect-Sandbox | Out-Null
        Get-YsBillingContact | Should -Not -BeNullOrEmpty

        Disconnect-YeastarPartner

        Get-YsConnection | Should -BeNullOrEmpty
        { Get-YsBillingContact } | Should -Throw -ErrorId 'NotConnected,YeastarPartner.Commands.GetYsBillingContactCommand'
    }
}

Describe 'Transient faults' {
    BeforeAll { $script:connection = Connect-Sandbox }
    BeforeEach { Reset-Sandbox $sandbox }

    It 'honours Retry-After in seconds on a GET and warns naming the call and the wait' {
        Add-SandboxFault $sandbox @{ path = $contactsPath; kind = 'Status'; status = 429; retryAfter = '2'; times = 1 } | Out-Null

        $contacts = Get-YsBillingContact -Connection $connection -WarningVariable warnings -WarningAction SilentlyContinue

        $contacts | Should -Not -BeNullOrEmpty
        $warnings.Count | Should -Be 1
        $warnings[0].Message | Should -Be "GET $contactsPath failed (HTTP 429); retry 1 of 3 in 2 s."
        $sent = Get-ApiRequest $contactsPath
        $sent.status | Should -Be @(429, 200)
        Get-SecondsBetween $sent[0] $sent[1] | Should -BeGreaterOrEqual 1.9
    }

    It 'honours Retry-After as an HTTP date on a GET' {
        $until = [datetimeoffset]::UtcNow.AddSeconds(3)
        Add-SandboxFault $sandbox @{ path = $contactsPath; kind = 'Status'; status = 429; retryAfter = $until.ToString('r'); times = 1 } | Out-Null

        Get-YsBillingContact -Connection $connection -WarningAction SilentlyContinue | Should -Not -BeNullOrEmpty

        $sent = Get-ApiRequest $contactsPath
        $sent.status | Should -Be @(429, 200)
        # The date has whole seconds, so the wait is between 2 and 3 seconds.
        [datetimeoffset]$sent[1].time | Should -BeGreaterThan $until.AddSeconds(-1.1)
    }

    It 'resends an order refused with 429 after Retry-After, and buys it once' {
        Add-SandboxFault $sandbox @{ path = $orderPath; kind = 'Status'; status = 429; retryAfter = '1'; times = 1 } | Out-Null

        $order = New-YsPlanOrder -SerialNumber 'RATE0001' -Plan Standard -BillingContactId $contactId -Connection $connection -Confirm:$false -WarningVariable warnings -WarningAction SilentlyContinue

        $order.Outcome | Should -Be 'Succeeded'
        $warnings.Message | Should -Contain "POST $orderPath failed (HTTP 429); retry 1 of 3 in 1 s."
        $sent = Get-ApiRequest $orderPath
        $sent.status | Should -Be @(429, 200)
        Get-SecondsBetween $sent[0] $sent[1] | Should -BeGreaterOrEqual 0.9
        $stored = Get-SandboxOrder $sandbox -SerialNumber 'RATE0001'
        @($stored).Count | Should -Be 1
    }

    It 'never resends an order that failed with 503' {
        Add-SandboxFault $sandbox @{ path = $orderPath; kind = 'Status'; status = 503; times = 1 } | Out-Null

        New-YsPlanOrder -SerialNumber 'FAIL0001' -Plan Standard -BillingContactId $contactId -Connection $connection -Confirm:$false -ErrorVariable orderErrors -ErrorAction SilentlyContinue

        $orderErrors.Count | Should -Be 1
        (Get-ApiRequest $orderPath).Count | Should -Be 1
    }

    It 'retries a GET whose connection was dropped' {
        Add-SandboxFault $sandbox @{ path = $contactsPath; kind = 'Drop'; times = 1 } | Out-Null

        Get-YsBillingContact -Connection $connection -WarningVariable warnings -WarningAction SilentlyContinue | Should -Not -BeNullOrEmpty

        $warnings.Count | Should -Be 1
        (Get-ApiRequest $contactsPath).Count | Should -Be 2
    }

    It 'retries a GET answered with <_>' -ForEach 502, 503, 504 {
        Add-SandboxFault $sandbox @{ path = $contactsPath; kind = 'Status'; status = $_; times = 2 } | Out-Null

        Get-YsBillingContact -Connection $connection -WarningVariable warnings -WarningAction SilentlyContinue | Should -Not -BeNullOrEmpty

        $warnings.Count | Should -Be 2
        (Get-ApiRequest $contactsPath).status | Should -Be @($_, $_, 200)
    }

    It 'reports a timeout as a timeout naming the call and the limit' {
        $impatient = Connect-Sandbox -TimeoutSec 1 -MaxRetry 0
        Add-SandboxFault $sandbox @{ path = $contactsPath; kind = 'Latency'; latencyMs = 4000; times = 1 } | Out-Null

        Get-YsBillingContact -Connection $impatient -ErrorVariable callErrors -ErrorAction SilentlyContinue

        $callErrors.Count | Should -Be 1
        $callErrors[0].FullyQualifiedErrorId | Should -BeLike 'ApiTimeout,*'
        $callErrors[0].CategoryInfo.Category | Should -Be 'OperationTimeout'
        $callErrors[0].ToString() | Should -Be "GET $contactsPath timed out: no reply within 1 s (the connection's TimeoutSec)."
    }
}

Describe 'Eight runspaces sharing one connection' {
    BeforeAll {
        Reset-Sandbox $sandbox
        # Short tokens, so the runspaces also renew them concurrently.
        Set-TokenLifetime 3
        $script:shared = Connect-Sandbox
        Clear-SandboxRequest
    }
    AfterAll { Set-TokenLifetime 1800 }

    It 'places 200 orders with no error and no duplicate' {
        $modulePath = $env:YS_MODULE_PATH
        $orders = 1..200 | ForEach-Object -ThrottleLimit 8 -Parallel {
            Import-Module $using:modulePath
            New-YsPlanOrder -SerialNumber ('PAR{0:D5}' -f $_) -Plan Standard -BillingContactId $using:contactId -Connection $using:shared -Confirm:$false
        } -ErrorVariable parallelErrors

        $parallelErrors | Should -BeNullOrEmpty
        $orders.Count | Should -Be 200
        $expected = 1..200 | ForEach-Object { 'PAR{0:D5}' -f $_ }
        $orders.SerialNumber | Sort-Object | Should -Be $expected
        $stored = Get-SandboxOrder $sandbox
        $stored.Count | Should -Be 200
        $stored.productNo | Sort-Object -Unique | Should -Be $expected
        # Refresh tokens work once: two runspaces refreshing at the same time would burn one and fall
        # back to the client credentials. One shared renewal at a time never needs them.
        Get-TokenRequest 'pp_credentials' | Should -BeNullOrEmpty
    }
}

Describe 'Nothing secret in any stream' {
    BeforeAll { Reset-Sandbox $sandbox }

    It 'shows neither the secret nor any token with -Verbose -Debug, in all six streams, $Error and Format-List *' {
        $Error.Clear()
        $captured = & {
            # The refused order below must stay a non-terminating error, whatever the runner's preference.
            $ErrorActionPreference = 'Continue'
            $connection = Connect-YeastarPartner -ClientId 'sandbox-client-id' -ClientSecret (ConvertTo-SecureString $secretText -AsPlainText -Force) -BaseUri $sandbox.Url -PassThru -Verbose -Debug
            $connection | Format-List * | Out-String
            Get-YsBillingContact -Verbose -Debug | Out-String
            # -Debug turns warnings into prompts unless -WarningAction says otherwise (an order without a journal warns).
            New-YsPlanOrder -SerialNumber 'LEAK0001' -Plan Standard -BillingContactId $contactId -Confirm:$false -Verbose -Debug -WarningAction Continue
            # A revoked token: 401, refused refresh, new token from the credentials.
            Invoke-RestMethod -Method Post -Uri "$($sandbox.Url)/_sandbox/revoke-tokens" | Out-Null
            New-YsPlanOrder -SerialNumber 'LEAK0002' -Plan Standard -BillingContactId $contactId -Confirm:$false -Verbose -Debug -WarningAction Continue
            # A retry warning and a refused order.
            Add-SandboxFault $sandbox @{ path = $contactsPath; kind = 'Status'; status = 429; retryAfter = '0'; times = 1 } | Out-Null
            # -Debug turns warnings into prompts unless -WarningAction says otherwise.
            Get-YsBillingContact -Verbose -Debug -WarningAction Continue | Out-Null
            New-YsPlanOrder -SerialNumber 'LEAK0003' -Plan Standard -BillingContactId 1 -Confirm:$false -Verbose -Debug -WarningAction Continue
            Write-Information 'information stream' -InformationAction Continue
            Get-YsConnection | Format-List * | Out-String
            Get-YsConnection | Format-Table | Out-String
            Get-YsConnection | Select-Object * | ConvertTo-Json | Out-String
            $connection.ToString()
            try { Connect-YeastarPartner -ClientId 'sandbox-client-id' -ClientSecret (ConvertTo-SecureString $secretText -AsPlainText -Force) -BaseUri "$($sandbox.Url)/wrong" -MaxRetry 0 -Verbose -Debug } catch { $_ | Format-List * -Force | Out-String }
            Disconnect-YeastarPartner -Verbose
        } *>&1 | Out-String -Width 4096
        $errors = $Error | ForEach-Object { $_ | Format-List * -Force | Out-String; $_.Exception | Format-List * -Force | Out-String; $_.ErrorDetails | Out-String } | Out-String -Width 4096
        $everything = $captured + $errors

        # The capture really holds every stream (so the absence below means something).
        $everything | Should -Match 'Request body of POST /auth/openapi/v1/oauth/token: client_id=sandbox-client-id&client_secret=\*\*\*'
        $everything | Should -Match 'Authorization: Bearer \*\*\*'
        $everything | Should -Match '"token":"\*\*\*"'
        $everything | Should -Match 'GET /user/openapi/user/v1/client/billing_contact_list -> 200 in \d+ ms'
        $everything | Should -Match 'retry 1 of 3'
        $everything | Should -Match 'LEAK0003'
        $everything | Should -Match 'information stream'

        $tokens = Invoke-RestMethod -Uri "$($sandbox.Url)/_sandbox/tokens"
        $tokens.Count | Should -BeGreaterOrEqual 4
        $everything.Contains($secretText) | Should -BeFalse -Because 'the client secret must never be shown'
        foreach ($token in $tokens) {
            $everything.Contains($token) | Should -BeFalse -Because 'no access or refresh token may be shown'
            # Not even the random part of a token (the JWT-like header and payload are predictable).
            $everything.Contains($token.Split('.')[-1]) | Should -BeFalse
        }
    }
}
