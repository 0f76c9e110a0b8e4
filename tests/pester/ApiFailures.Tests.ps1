# The error convention of docs/conventions.md, through the staged module and a real sandbox process: with every
# API call failing (HTTP 500), each exported API cmdlet writes one non-terminating error per input record,
# with a stable ErrorId, a category that says what failed, the input as TargetObject and the requestId, and
# the next record and the next statement still run. The order cmdlets are left out: their rows report
# their own errors (BatchPurchase.Tests.ps1, OrderKinds.Tests.ps1). A cmdlet added later without a case
# below fails here.
BeforeDiscovery {
    Import-Module $env:YS_MODULE_PATH -Force
    $module = Get-Module YeastarPartner
    $apiBase = $module.ImplementingAssembly.GetType('YeastarPartner.Base.YsApiCmdlet')
    $orderBase = $module.ImplementingAssembly.GetType('YeastarPartner.Base.YsOrderCmdlet')
    $script:apiCmdlets = @($module.ExportedCmdlets.Values |
            Where-Object { $_.ImplementingType.IsSubclassOf($apiBase) -and -not $_.ImplementingType.IsSubclassOf($orderBase) } |
            ForEach-Object { @{ Name = $_.Name } })
}

BeforeAll {
    Import-Module (Join-Path $PSScriptRoot 'TestSandbox.psm1') -Force
    Import-Module $env:YS_MODULE_PATH -Force
    # Every switch of docs/sandbox.md on: the error convention holds against the unfriendly server too.
    $script:sandbox = Start-TestSandbox -ArgumentList '--undocumented'
    Connect-YeastarPartner -Credential (Get-TestCredential) -BaseUri $sandbox.Url
    # From here on every API call fails (the token is already held, so no token call is needed).
    Add-SandboxFault $sandbox @{ path = '*'; kind = 'Status'; status = 500 } | Out-Null

    function script:Row([hashtable] $Values) { [pscustomobject]$Values }
    # Each case: how to call the cmdlet (splatting the common parameters in $c) and the TargetObject of each error, in order.
    $script:cases = @{
        'Enable-YsAutoRenewal'   = @{ Targets = '3631E3418911', '3631E0000001'; Run = { param($c) (Row @{ ProductId = 11; SerialNumber = '3631E3418911'; PlanId = 3048560232537899008 }), (Row @{ ProductId = 11; SerialNumber = '3631E0000001'; PlanId = 3048558946648207360 }) | Enable-YsAutoRenewal -Confirm:$false @c } }
        'Get-YsActivationCode'   = @{ Targets = '3651A0009415', '3651A0009416'; Run = { param($c) '3651A0009415', '3651A0009416' | Get-YsActivationCode @c } }
        'Get-YsAutoRenewal'      = @{ Targets = '3631E3418911', '3631E0000001'; Run = { param($c) (Row @{ ProductId = 11; SerialNumber = '3631E3418911' }), (Row @{ ProductId = 11; SerialNumber = '3631E0000001' }) | Get-YsAutoRenewal @c } }
        'Get-YsAvailableProduct' = @{ Targets = , 'Linkus*'; Run = { param($c) Get-YsAvailableProduct -Name 'Linkus*' @c } }
        'Get-YsBillingContact'   = @{ Targets = 3197218168379846218, 9007199254740993; Run = { param($c) (Row @{ BillingContactId = 3197218168379846218 }), (Row @{ BillingContactId = 9007199254740993 }) | Get-YsBillingContact @c } }
        'Get-YsCountry'          = @{ Targets = , 'Ger'; Run = { param($c) Get-YsCountry -Name 'Ger' @c } }
        'Get-YsOffering'         = @{ Targets = 13, 15; Run = { param($c) (Row @{ ProductId = 13 }), (Row @{ ProductId = 15 }) | Get-YsOffering @c } }
        'Get-YsOrder'            = @{ Targets = 'EU3206205224534151169', 'EU3206205224534151170'; Run = { param($c) (Row @{ OrderNo = 'EU3206205224534151169' }), (Row @{ OrderNo = 'EU3206205224534151170' }) | Get-YsOrder @c } }
        'Get-YsPrice'            = @{ Targets = 13, 15; Run = { param($c) (Row @{ ProductId = 13; OfferingId = 'off0013' }), (Row @{ ProductId = 15; OfferingId = 'off0015' }) | Get-YsPrice @c } }
        'Get-YsProduct'          = @{ Targets = '3631E3418911', '3631E0000001'; Run = { param($c) (Row @{ ProductId = 11; SerialNumber = '3631E3418911' }), (Row @{ ProductId = 11; SerialNumber = '3631E0000001' }) | Get-YsProduct @c } }
        'Get-YsProductModel'     = @{ Targets = '3631E3418911', '3631E0000001'; Run = { param($c) (Row @{ ProductId = 11; SerialNumber = '3631E3418911' }), (Row @{ ProductId = 11; SerialNumber = '3631E0000001' }) | Get-YsProductModel @c } }
        'Get-YsRegion'           = @{ Targets = , 'Eu*'; Run = { param($c) Get-YsRegion -Name 'Eu*' @c } }
        'Get-YsSubordinateUser'  = @{ Targets = 'color123@yeastar.com', 'it@bluebay.example'; Run = { param($c) 'color123@yeastar.com', 'it@bluebay.example' | Get-YsSubordinateUser @c } }
        'Invoke-YsApiRequest'    = @{ Targets = , '/product/openapi/instance/v1/region_list'; Run = { param($c) Invoke-YsApiRequest -Path /product/openapi/instance/v1/region_list @c } }
        'New-YsSubordinateUser'  = @{ Targets = 'ann@acme.example', 'bob@initech.example'; Run = { param($c) (Row @{ YeastarId = 'ann@acme.example'; Company = 'Acme'; Country = 'France'; FirstName = 'Ann' }), (Row @{ YeastarId = 'bob@initech.example'; Company = 'Initech'; Country = 'Spain'; FirstName = 'Bob' }) | New-YsSubordinateUser -Confirm:$false @c } }
        'Set-YsSubordinateUser'  = @{ Targets = 'color123@yeastar.com', 'it@bluebay.example'; Run = { param($c) (Row @{ YeastarId = 'color123@yeastar.com'; City = 'York' }), (Row @{ YeastarId = 'it@bluebay.example'; City = 'Kiel' }) | Set-YsSubordinateUser -Confirm:$false @c } }
        'Test-YsPbxUrl'          = @{ Targets = 'one.eu.yeastarcloud.example', 'two.eu.yeastarcloud.example'; Run = { param($c) 'one.eu.yeastarcloud.example', 'two.eu.yeastarcloud.example' | Test-YsPbxUrl @c } }
    }
}

AfterAll {
    Disconnect-YeastarPartner
    Stop-TestSandbox $sandbox
}

Describe '<Name> reports a server failure per record and goes on' -ForEach $apiCmdlets {
    It 'has a failure case in this file' {
        $cases.Keys | Should -Contain $Name -Because 'every API cmdlet is held to the error convention'
    }

    It 'writes one categorised, targeted non-terminating error per record, with the requestId, and the next statement runs' {
        $case = $cases[$Name]
        $failures = $null; $terminating = $null; $reached = $false
        try {
            # Dot-sourced, so -ErrorVariable lands in this scope.
            . $case.Run @{ ErrorVariable = 'failures'; ErrorAction = 'SilentlyContinue' } | Out-Null
            $reached = $true
        }
        catch { $terminating = $_ }

        $terminating | Should -BeNullOrEmpty -Because 'an API failure must not stop the pipeline'
        $reached | Should -BeTrue
        @($failures).Count | Should -Be @($case.Targets).Count -Because 'each input record is tried and reported'
        @($failures.TargetObject) | Should -Be @($case.Targets)
        foreach ($failure in $failures) {
            $failure.FullyQualifiedErrorId | Should -BeLike "ApiServerError,*"
            $failure.CategoryInfo.Category | Should -Be 'ResourceUnavailable'
            $failure.ErrorDetails.Message | Should -Match 'requestId [0-9a-f]{32}'
            $failure.Exception.RequestId | Should -Match '^[0-9a-f]{32}$'
        }
    }
}
