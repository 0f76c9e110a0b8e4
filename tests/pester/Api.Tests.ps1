# Every wrapped endpoint of API reference section 5 (besides orders), through the staged module and a real sandbox process.
BeforeAll {
    Import-Module (Join-Path $PSScriptRoot 'TestSandbox.psm1') -Force
    Import-Module $env:YS_MODULE_PATH -Force
    $script:sandbox = Start-TestSandbox
    $script:connection = Connect-YeastarPartner -Credential (Get-TestCredential) -BaseUri $sandbox.Url -PassThru
    function script:Get-RequestCount([string] $Path) { @((Get-SandboxRequest $sandbox).path -eq $Path).Count }
}

AfterAll {
    Disconnect-YeastarPartner
    Stop-TestSandbox $sandbox
}

Describe 'Pricing' {
    BeforeEach { Reset-Sandbox $sandbox }

    It 'Get-YsAvailableProduct lists the products with their IDs, filtered by wildcard' {
        $all = Get-YsAvailableProduct -Connection $connection
        $all.ProductId | Should -Contain 11
        $all | ForEach-Object { $_ | Should -BeOfType 'YeastarPartner.Client.Models.AvailableProduct' }
        (Get-YsAvailableProduct '*Appliance*').ProductId | Should -Be 11
    }

    It 'Get-YsOffering returns plans and services with exact 19-digit IDs' {
        $items = Get-YsOffering -ProductId 11 -SerialNumber 3631E3418911
        $enterprise = $items | Where-Object Name -eq 'Enterprise Plan'
        $enterprise.Id | Should -BeOfType [long]
        $enterprise.Id | Should -Be 3048560232537899008
        $enterprise.ServiceType | Should -Be 'plan'
        ($items | Where-Object Name -eq 'Hotel Module').Id | Should -Be 3299326068732223488
        $enterprise.OfferingId | Should -Not -BeNullOrEmpty
    }

    It 'Get-YsOffering reports the API''s validation error when product 11 has no serial number' {
        Get-YsOffering -ProductId 11 -ErrorVariable err -ErrorAction SilentlyContinue | Should -BeNullOrEmpty
        $err[0].FullyQualifiedErrorId | Should -BeLike 'ApiRequestRejected,*'
    }

    It 'Get-YsOffering -PricingPlanId gives renewal terms of a plan, its product bound from the offering' {
        $plan = Get-YsOffering -ProductId 13 | Where-Object Name -eq 'Enterprise Plan'
        $detail = $plan | Get-YsOffering -PricingPlanId $plan.PricingId -Operation Renew -SerialNumber PCE000000013
        $detail.Id | Should -Be 3048571730026938368
        $detail.PurchaseType | Should -Be 'renew'
        (Get-SandboxRequest $sandbox).path | Should -Contain "/pricing/openapi/purchase/v1/renew/plan_info/$($plan.PricingId)"
    }

    It 'Get-YsOffering -PricingServiceId gives trial terms of a service' {
        $service = Get-YsOffering -ProductId 21 | Select-Object -First 1
        $detail = Get-YsOffering -ProductId 21 -PricingServiceId $service.PricingId -Operation Trial
        $detail.PurchaseType | Should -Be 'trial'
        $detail.ServiceType | Should -Be 'service'
    }

    It 'Get-YsPrice prices an offering piped from Get-YsOffering, as decimals' {
        $prices = Get-YsOffering -ProductId 13 | Select-Object -First 1 | Get-YsPrice -BillingCycle Annually
        $prices.Count | Should -BeGreaterThan 1
        $prices[0].Price | Should -BeOfType [decimal]
        $prices[0].BillingCycle | Should -Be 'annually'
    }
}

Describe 'Purchased products' {
    BeforeEach { Reset-Sandbox $sandbox }

    It 'Get-YsProduct lists products of a kind and Get-YsProduct -SerialNumber gives one' {
        $all = Get-YsProduct -ProductId 11
        $all.Count | Should -Be 7
        $all[0] | Should -BeOfType 'YeastarPartner.Client.Models.InstanceProduct'
        $one = Get-YsProduct -ProductId 11 -SerialNumber 3631E3418911
        $one.PlanId | Should -Be 3048560232537899008
    }

    It 'Get-YsProduct -First fetches only the pages it needs, and -Skip starts later' {
        (Get-YsProduct 11 -First 2).ProductNo | Should -Be @('3631E3418911', '3631E0000001')
        Get-RequestCount '/product/openapi/instance_product/v1/client/instance_product_list' | Should -Be 1
        (Get-YsProduct 11 -Skip 5).ProductNo | Should -Be @('3631E0000005', '3631E0000006')
    }

    It 'a product pipes into Get-YsAutoRenewal, Enable-YsAutoRenewal and Get-YsProductModel' {
        $product = Get-YsProduct -ProductId 11 -SerialNumber 3631E3418911
        ($product | Get-YsAutoRenewal).AutoRenew | Should -BeFalse
        $enabled = $product | Enable-YsAutoRenewal -Confirm:$false
        $enabled.AutoRenew | Should -BeTrue
        $enabled.PlanOrServiceId | Should -Be 3048560232537899008
        ($product | Get-YsAutoRenewal).AutoRenew | Should -BeTrue
        ($product | Get-YsProductModel).Model | Should -Not -BeNullOrEmpty
    }

    It 'Enable-YsAutoRenewal -WhatIf sends nothing' {
        Enable-YsAutoRenewal -ProductId 11 -SerialNumber 3631E3418911 -PlanId 3048560232537899008 -WhatIf
        (Get-SandboxRequest $sandbox).path | Should -Not -Contain '/product/openapi/instance_subscription/v1/active'
        (Get-YsAutoRenewal 11 3631E3418911).AutoRenew | Should -BeFalse
    }

    It 'an unknown serial number is a non-terminating ObjectNotFound error naming it' {
        Get-YsAutoRenewal -ProductId 11 -SerialNumber NOPE0001 -ErrorVariable err -ErrorAction SilentlyContinue
        $err[0].FullyQualifiedErrorId | Should -BeLike 'ApiObjectNotFound,*'
        $err[0].TargetObject | Should -Be 'NOPE0001'
    }

    It 'Get-YsActivationCode gives the code of each Software Edition license piped from Get-YsProduct' {
        $license = Get-YsProduct -ProductId 12 -SerialNumber 3651A0009415
        $code = Get-YsProduct -ProductId 12 | Get-YsActivationCode
        $code | Should -BeOfType 'YeastarPartner.Client.Models.ActivationCode'
        $code.SerialNumber | Should -Be '3651A0009415'
        $code.Code | Should -Be $license.ActivationCode
        $code.GenerateTime | Should -BeOfType [DateTimeOffset]
        $code.GenerateTime | Should -Be ([DateTimeOffset]::FromUnixTimeMilliseconds($license.CreateTime))
        $code.GenerateTimeRaw | Should -Be $license.CreateTime
        (Get-SandboxRequest $sandbox).path | Should -Contain '/product/openapi/instance_product/v1/activation_code'
    }

    It 'Get-YsActivationCode reports an unknown license and a product of another kind per record and goes on' {
        $codes = 'NOPE0001', '3651A0009415' | Get-YsActivationCode -ErrorVariable err -ErrorAction SilentlyContinue
        $codes.SerialNumber | Should -Be '3651A0009415'
        $err[0].FullyQualifiedErrorId | Should -BeLike 'ApiObjectNotFound,*'
        $err[0].TargetObject | Should -Be 'NOPE0001'
        Get-YsProduct -ProductId 11 -SerialNumber 3631E3418911 | Get-YsActivationCode -ErrorVariable wrongKind -ErrorAction SilentlyContinue
        $wrongKind[0].FullyQualifiedErrorId | Should -BeLike 'ApiRequestRejected,*'
        $wrongKind[0].TargetObject | Should -Be '3631E3418911'
    }
}

Describe 'Cloud Edition placement' {
    It 'Get-YsRegion lists regions with their domain suffixes' {
        $regions = Get-YsRegion
        $regions.Count | Should -Be 3
        $regions[0].Domains[0].PbxSubDomainId | Should -Not -BeNullOrEmpty
        (Get-YsRegion '*Frankfurt*').Id | Should -Be '1'
    }

    It 'Test-YsPbxUrl is true for a taken URL and false for a free one' {
        Test-YsPbxUrl example.test.yeastar.com | Should -BeTrue
        'free-name.eu.yeastarcloud.example' | Test-YsPbxUrl | Should -BeFalse
    }
}

Describe 'Subordinate users and countries' {
    BeforeEach { Reset-Sandbox $sandbox }

    It 'Get-YsSubordinateUser lists, filters and fetches one by partner ID or email' {
        (Get-YsSubordinateUser).Count | Should -Be 2
        $user = Get-YsSubordinateUser 'Color*'
        $user.PartnerId | Should -Be '3076913644890832901'
        (Get-YsSubordinateUser -PartnerId color123@yeastar.com).PartnerId | Should -Be '3076913644890832901'
        ($user | Get-YsSubordinateUser).Company | Should -Be 'Color Hotels'
    }

    It 'New-YsSubordinateUser creates users from CSV rows and returns them' {
        $rows = "YeastarId,Company,Country,FirstName`nann@acme.example,Acme,France,Ann`nbob@initech.example,Initech,Spain,Bob" | ConvertFrom-Csv
        $created = $rows | New-YsSubordinateUser -Confirm:$false
        $created.Company | Should -Be @('Acme', 'Initech')
        $created[0].PartnerId | Should -Not -BeNullOrEmpty
        (Get-YsSubordinateUser).Count | Should -Be 4
    }

    It 'New-YsSubordinateUser without a name fails for that row only' {
        New-YsSubordinateUser -YeastarId x@y.example -Company X -Country France -Confirm:$false -ErrorVariable err -ErrorAction SilentlyContinue
        $err[0].FullyQualifiedErrorId | Should -BeLike 'SubordinateUserNameMissing,*'
        (Get-SandboxRequest $sandbox).path | Should -Not -Contain '/user/openapi/user/v1/client/save_user'
    }

    It 'Set-YsSubordinateUser changes only the fields given and honours -WhatIf' {
        Set-YsSubordinateUser -YeastarId color123@yeastar.com -TaxType VAT_number -TaxNum GB123 -WhatIf
        (Get-YsSubordinateUser -PartnerId color123@yeastar.com).TaxNum | Should -Be ''
        $user = Set-YsSubordinateUser -YeastarId color123@yeastar.com -TaxType VAT_number -TaxNum GB123 -Confirm:$false -PassThru
        $user.TaxNum | Should -Be 'GB123'
        $user.Company | Should -Be 'Color Hotels'
    }

    It 'Get-YsCountry streams every page, searches by name and sorts' {
        $all = Get-YsCountry
        $all.Count | Should -Be 49
        Get-RequestCount '/user/openapi/area/v1/page' | Should -Be 2
        (Get-YsCountry -Name 'land').Name | Should -Contain 'Switzerland'
        (Get-YsCountry -Descending -First 1).Name | Should -Be 'Vietnam'
    }

    It 'Get-YsCountry writes the first object before the last page is requested' {
        # Page 2 is held back for 3 s; when the first country reaches the pipeline only page 1 has completed.
        Add-SandboxFault $sandbox @{ path = '/user/openapi/area/v1/page'; kind = 'Latency'; latencyMs = 3000; everyNth = 2 } | Out-Null
        $seen = $null
        Get-YsCountry -PageSize 10 | ForEach-Object { if ($null -eq $seen) { $seen = Get-RequestCount '/user/openapi/area/v1/page' } }
        $seen | Should -BeLessThan 2
        Get-RequestCount '/user/openapi/area/v1/page' | Should -Be 5
    }
}

Describe 'Invoke-YsApiRequest' {
    BeforeEach { Reset-Sandbox $sandbox }

    It 'GETs any endpoint with -Query and keeps 19-digit numbers exact' {
        $offering = Invoke-YsApiRequest -Path /pricing/openapi/purchase/v1/purchase_product_info -Query @{ productId = 13 }
        $offering.planList[0].planId | Should -BeOfType [long]
        $offering.planList[0].planId | Should -Be 3048571730026938368
    }

    It 'writes an array result one element at a time' {
        (Invoke-YsApiRequest /pricing/openapi/purchase/v1/product_list | Measure-Object).Count | Should -Be 9
    }

    It 'POSTs a hashtable body once, with the 19-digit ID as a JSON number' {
        $ok = Invoke-YsApiRequest -Method POST -Path /product/openapi/instance_subscription/v1/active -Confirm:$false `
            -Body @{ productNo = '3631E3418911'; productId = '11'; planOrServiceId = 3048560232537899008 }
        $ok | Should -BeTrue
        (Get-YsAutoRenewal 11 3631E3418911).AutoRenew | Should -BeTrue
    }

    It 'never resends a POST after a server error, and maps it to a stable error' {
        Add-SandboxFault $sandbox @{ path = '/user/openapi/user/v1/client/save_user'; kind = 'Status'; status = 503; times = 1 } | Out-Null
        Invoke-YsApiRequest -Method POST -Path /user/openapi/user/v1/client/save_user -Confirm:$false -ErrorVariable err -ErrorAction SilentlyContinue `
            -Body '{"userType":"Customer","yeastarId":"z@z.example","company":"Z","country":"France","firstName":"Z"}'
        $err[0].FullyQualifiedErrorId | Should -BeLike 'ApiServerError,*'
        Get-RequestCount '/user/openapi/user/v1/client/save_user' | Should -Be 1
    }

    It 'shows the call with -Verbose without the token' {
        $verbose = Invoke-YsApiRequest /user/openapi/user/v1/client/partner_list -Verbose 4>&1 | Where-Object { $_ -is [System.Management.Automation.VerboseRecord] }
        ($verbose.Message -join "`n") | Should -BeLike '*partner_list*'
        ($verbose.Message -join "`n") | Should -Not -BeLike '*eyJ*'
    }
}
