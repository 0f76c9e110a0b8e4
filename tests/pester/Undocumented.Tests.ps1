# The module against a Partner Portal that answers every way the docs allow but do not show
# (docs/portal-assumptions.md): the sandbox runs with --undocumented (sort ignored, pages capped at 20 silently,
# bare text/plain 401s, U1/U2/R5 as one object, loose types) and a history of older orders.
BeforeAll {
    Import-Module (Join-Path $PSScriptRoot 'TestSandbox.psm1') -Force
    Import-Module $env:YS_MODULE_PATH -Force
    # 38 more Appliance Edition products make 45; 45 older orders span the last 30 days.
    $script:sandbox = Start-TestSandbox -ArgumentList '--undocumented', '--seed-products', '38', '--seed-history-orders', '45'
    $script:connection = Connect-YeastarPartner -Credential (Get-TestCredential) -BaseUri $sandbox.Url -PassThru
    $script:orderPath = '/order/openapi/order/v1/save'
    $script:tokenPath = '/auth/openapi/v1/oauth/token'
}

AfterAll {
    Disconnect-YeastarPartner
    Stop-TestSandbox $sandbox
}

Describe 'Listings when the server caps pages at 20 without saying so' {
    BeforeAll { Reset-Sandbox $sandbox }

    It 'Get-YsProduct lists all 45 products of product 11, in the server''s order' {
        $truth = Get-SandboxProduct $sandbox -ProductId 11
        @($truth).Count | Should -Be 45
        (Get-YsProduct -ProductId 11).ProductNo | Should -Be $truth.productNo
    }

    It 'Get-YsProduct -Skip and -First still pick the right products' {
        $truth = (Get-SandboxProduct $sandbox -ProductId 11).productNo
        (Get-YsProduct -ProductId 11 -Skip 42).ProductNo | Should -Be $truth[42..44]
        (Get-YsProduct -ProductId 11 -Skip 19 -First 3).ProductNo | Should -Be $truth[19..21]
    }

    It 'Get-YsCountry lists every country' {
        @(Get-YsCountry).Count | Should -Be 49
    }

    It 'Get-YsOrder lists all 45 orders of the history' {
        $truth = Get-SandboxOrder $sandbox
        @($truth).Count | Should -Be 45
        $listed = Get-YsOrder
        @($listed).Count | Should -Be 45
        @($listed.OrderNo | Sort-Object) | Should -Be @($truth.orderNo | Sort-Object)
        $listed | ForEach-Object { $_.CreateTime | Should -BeLessThan ([DateTimeOffset]::UtcNow) }
    }
}

Describe 'Lists the docs type as one object' {
    It 'Get-YsBillingContact lists the single contact it is sent' {
        $contact = Get-YsBillingContact
        @($contact).Count | Should -Be 1
        $contact.BillingContactId | Should -Be 3197218168379846218
        $contact.BillingContactId | Should -BeOfType [long]
        $contact.Extra.Keys | Should -Contain 'extInfo' -Because 'fields the module does not name stay reachable'
        (Get-YsBillingContact -BillingContactId 3197218168379846218).Company | Should -Be 'Northwind Telecom'
    }

    It 'Get-YsSubordinateUser and Get-YsRegion list the single entry they are sent' {
        $user = Get-YsSubordinateUser
        @($user).Count | Should -Be 1
        $user.PartnerId | Should -Be '3076913644890832901' -Because 'a 19-digit ID sent as a JSON number stays exact'
        @(Get-YsRegion).Count | Should -Be 1
    }
}

Describe 'Loosely typed fields' {
    It 'reads numbers sent as strings and "" for no value, and keeps the unknown field' {
        $addOn = Get-YsProduct -ProductId 19 | Select-Object -First 1
        $addOn.ProductId | Should -Be 19
        $addOn.PlanId | Should -BeNullOrEmpty
        $addOn.CreateTime | Should -BeOfType [long]
        $addOn.Extra.Keys | Should -Contain 'extInfo'
    }

    It 'Get-YsActivationCode returns the code of a Software Edition license' {
        $code = Get-YsProduct -ProductId 12 | Get-YsActivationCode
        $code.Code | Should -Be 'AC-3651A0009415'
        $code.GenerateTime | Should -BeOfType [DateTimeOffset]
        $code.GenerateTime | Should -BeLessOrEqual ([DateTimeOffset]::UtcNow)
    }
}

Describe 'Token failures without the envelope' {
    BeforeEach { Reset-Sandbox $sandbox }

    It 'a bare 401 on an order renews the token and places the order exactly once' {
        Add-SandboxFault $sandbox @{ path = $orderPath; kind = 'Status'; status = 401; times = 1 } | Out-Null

        $order = New-YsPlanOrder -SerialNumber 3631E0997265 -Plan Enterprise -BillingContactId 3197218168379846218 -Confirm:$false

        $order.Outcome | Should -Be 'Succeeded'
        @(Get-SandboxOrder $sandbox -SerialNumber 3631E0997265).Count | Should -Be 1
        $log = Get-SandboxRequest $sandbox
        @($log | Where-Object path -eq $orderPath).status | Should -Be @(401, 200)
        @($log | Where-Object { $_.path -eq $tokenPath -and $_.detail -eq 'grant_type=refresh_token' }).Count | Should -Be 1
    }

    It 'revoked tokens answered with bare 401s are replaced and the read goes through' {
        Invoke-RestMethod -Method Post -Uri "$($sandbox.Url)/_sandbox/revoke-tokens" | Out-Null

        @(Get-YsRegion).Count | Should -Be 1
        (Get-SandboxRequest $sandbox | Where-Object path -eq $tokenPath).detail | Should -Contain 'grant_type=pp_credentials'
    }
}
