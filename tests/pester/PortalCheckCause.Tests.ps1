# When one order's look-up (O3) fails during the Partner Portal check, the error names that look-up and
# its cause, not the cancellation of the look-ups it stopped; and nothing is bought.
BeforeAll {
    Import-Module (Join-Path $PSScriptRoot 'TestSandbox.psm1') -Force
    Import-Module $env:YS_MODULE_PATH -Force
    # A long history in small pages, so the list is still being read when the look-up fails.
    $script:sandbox = Start-TestSandbox -ArgumentList '--ignore-sort', '--max-page-size', '5', '--seed-history-orders', '70'
    Connect-YeastarPartner -Credential (Get-TestCredential) -BaseUri $sandbox.Url
    $script:contact = '3197218168379846218'
}

AfterAll {
    Disconnect-YeastarPartner
    Stop-TestSandbox $sandbox
}

Describe 'A failed order look-up during the Partner Portal check' {
    BeforeAll {
        Reset-Sandbox $sandbox
        1..12 | ForEach-Object { 'CAUSE{0:D5}' -f $_ } | New-YsPlanOrder -Plan Enterprise -BillingContactId $contact -Confirm:$false -WarningAction SilentlyContinue | Out-Null
        $script:failing = (Get-SandboxOrder $sandbox | Where-Object productNo -EQ 'CAUSE00001').orderNo
        Add-SandboxFault $sandbox @{ path = '/order/openapi/order/v1/page'; kind = 'Latency'; latencyMs = 100 } | Out-Null
        Add-SandboxFault $sandbox @{ path = "/order/openapi/order/v1/get/$failing"; kind = 'Status'; status = 500; times = 1 } | Out-Null
        $script:failure = $null
        try {
            New-YsPlanOrder -SerialNumber CAUSE09999 -Plan Enterprise -BillingContactId $contact -SkipOrderedSince (Get-Date).AddDays(-30) -Confirm:$false -ErrorAction Stop
        }
        catch { $script:failure = $_ }
    }

    It 'names the order whose look-up failed, its HTTP status, API code and request ID' {
        $failure | Should -Not -BeNullOrEmpty
        $failure.FullyQualifiedErrorId | Should -BeLike 'ApiServerError,*'
        $message = $failure.ErrorDetails.Message
        $message | Should -BeLike "*could not be checked, so no order was sent: The look-up of order $failing (O3) failed: *"
        $message | Should -Match "HTTP 500, code 'internal_error'"
        $message | Should -Match 'requestId [0-9a-f]{8,}'
        $message | Should -Not -Match 'cancel'
        $failure.Exception.HttpStatus | Should -Be 500
        $failure.Exception.RequestId | Should -Not -BeNullOrEmpty
    }

    It 'buys nothing' {
        @(Get-SandboxOrder $sandbox -SerialNumber CAUSE09999).Count | Should -Be 0
    }
}
