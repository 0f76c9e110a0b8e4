# Orders of every operationType through New-YsPlanOrder and New-YsServiceOrder: the body the sandbox
# received, rule violations as row errors that send nothing, -WhatIf, and the journal's Unknown outcome.
BeforeAll {
    Import-Module (Join-Path $PSScriptRoot 'TestSandbox.psm1') -Force
    Import-Module $env:YS_MODULE_PATH -Force
    $script:sandbox = Start-TestSandbox
    Connect-YeastarPartner -Credential (Get-TestCredential) -BaseUri $sandbox.Url
    $script:contact = '3197218168379846218'
    $script:customer = '3076913644890832901'
    $script:savePath = '/order/openapi/order/v1/save'
    # The body of each order the sandbox stored, oldest first.
    function script:Get-OrderBody { @(Get-SandboxOrder $sandbox | ForEach-Object { $_ } | ForEach-Object { $_.requestBody | ConvertFrom-Json }) }
}

AfterAll {
    Disconnect-YeastarPartner
    Stop-TestSandbox $sandbox
}

Describe 'New-YsPlanOrder -Operation' {
    BeforeEach { Reset-Sandbox $sandbox }

    It 'renews an Appliance plan (renew_plan) keeping its cycle' {
        $order = New-YsPlanOrder -Operation Renew -SerialNumber 3631E3418911 -Plan Enterprise -BillingContactId $contact -Confirm:$false

        $order.Outcome | Should -Be 'Succeeded'
        $order.Operation | Should -Be 'Renew'
        $body = Get-OrderBody
        $body.Count | Should -Be 1
        $body[0].operationType | Should -Be 'renew_plan'
        $body[0].productNo | Should -Be '3631E3418911'
        $body[0].serviceList[0].purchaseType | Should -Be 'renew'
        $body[0].serviceList[0].serviceId | Should -Be 3048560232537899008
        $body[0].serviceList[0].multiCycle | Should -Be 0
    }

    It 'switches an Appliance device to another plan (switch_plan)' {
        $order = New-YsPlanOrder -Operation Switch -SerialNumber 3631E0000001 -Plan Ultimate -BillingContactId $contact -Confirm:$false

        $order.PlanId | Should -Be 3048560606464323584
        $body = Get-OrderBody
        $body[0].operationType | Should -Be 'switch_plan'
        $body[0].serviceList[0].purchaseType | Should -Be 'switch'
    }

    It 'starts a Software Edition trial (trial_plan) without billing, resolving the plan name through the offerings' {
        $order = New-YsPlanOrder -Operation Trial -ProductId 12 -Plan 'Enterprise' -Confirm:$false

        $order.Outcome | Should -Be 'Succeeded'
        $order.PlanId | Should -Be 3300000000000012001
        $body = Get-OrderBody
        $body[0].operationType | Should -Be 'trial_plan'
        $body[0].productId | Should -Be 12
        $body[0].PSObject.Properties.Name | Should -Not -Contain 'billingId'
        $body[0].serviceList[0].PSObject.Properties.Name | Should -Not -Contain 'billingCycle'
        (Get-SandboxRequest $sandbox).path | Should -Contain '/pricing/openapi/purchase/v1/purchase_product_info'
    }

    It 'buys a Cloud Edition instance with orderPceSpecialRequest' {
        $order = New-YsPlanOrder -ProductId 13 -Plan Enterprise -BillingCycle Annually -Quantity 20 -BillingContactId $contact `
            -PbxName 'Contoso PBX' -RegionId 1 -PbxSubDomainId 11 -PbxSubDomain contoso -Confirm:$false

        $order.Outcome | Should -Be 'Succeeded'
        $order.SerialNumber | Should -BeNullOrEmpty
        $order.InstanceId | Should -Not -BeNullOrEmpty
        $body = Get-OrderBody
        $body[0].operationType | Should -Be 'purchase_plan'
        $body[0].PSObject.Properties.Name | Should -Not -Contain 'productNo'
        $body[0].serviceList[0].quantity | Should -Be 20
        $body[0].serviceList[0].multiCycle | Should -Be 1
        $body[0].orderPceSpecialRequest.pbxName | Should -Be 'Contoso PBX'
        $body[0].orderPceSpecialRequest.regionId | Should -Be '1'
        $body[0].orderPceSpecialRequest.pbxSubDomainId | Should -Be '11'
        $body[0].orderPceSpecialRequest.pbxSubDomain | Should -Be 'contoso'
    }

    It 'buys a new Software Edition license for a subordinate user piped from Get-YsSubordinateUser' {
        $user = Get-YsSubordinateUser | Where-Object PartnerId -EQ $customer
        $order = $user | New-YsPlanOrder -ProductId 12 -Plan Ultimate -BillingCycle Annually -Quantity 50 -BillingContactId $contact -Confirm:$false

        $order.PartnerId | Should -Be $customer
        $body = Get-OrderBody
        $body[0].partnerId | Should -Be $customer
        $body[0].productId | Should -Be 12
    }

    It 'refuses a Cloud Edition instance without its PBX name, region and domain as a row error, and sends nothing' {
        New-YsPlanOrder -ProductId 13 -Plan Enterprise -BillingCycle Annually -Quantity 20 -BillingContactId $contact -Confirm:$false -ErrorVariable bad -ErrorAction SilentlyContinue

        $bad.Count | Should -Be 1
        $bad[0].FullyQualifiedErrorId | Should -BeLike 'CloudInstanceRequest,*'
        $bad[0].ErrorDetails.Message | Should -BeLike 'Row 1*Cloud Edition instance needs its PBX name, region and domain suffix*'
        $bad[0].Exception.Message | Should -BeLike '*orderPceSpecialRequest*' -Because 'the wire field is in the details'
        $bad[0].ErrorDetails.RecommendedAction | Should -BeLike '*-PbxName*'
        Get-OrderBody | Should -BeNullOrEmpty
    }

    It 'refuses a rule violation per kind (renew without a serial number, trial with a billing cycle) and orders the valid row' {
        $rows = @(
            [pscustomobject]@{ Operation = 'Renew'; SerialNumber = ''; Plan = 'Enterprise'; BillingContactId = $contact }
            [pscustomobject]@{ Operation = 'Trial'; SerialNumber = ''; ProductId = 12; Plan = 'Enterprise'; BillingCycle = 'Annually' }
            [pscustomobject]@{ Operation = 'Renew'; SerialNumber = '3631E3418911'; Plan = 'Enterprise'; BillingContactId = $contact }
        )
        $orders = $rows | New-YsPlanOrder -Confirm:$false -ErrorVariable bad -ErrorAction SilentlyContinue

        $orders.SerialNumber | Should -Be '3631E3418911'
        $bad.Count | Should -Be 2
        $bad[0].FullyQualifiedErrorId | Should -BeLike 'SerialNumberRequired,*'
        $bad[1].FullyQualifiedErrorId | Should -BeLike 'TrialOmitsBilling,*'
        $bad[1].ErrorDetails.Message | Should -BeLike "Row 2*a trial has no billing cycle, and this row gives Annually*"
        (Get-OrderBody).Count | Should -Be 1
    }

    It 'keys a new Cloud Edition instance by what it orders and its PBX name: a dropped reply stays Unknown under -Reconcile and is not bought twice' {
        $journal = Join-Path $TestDrive 'instances.csv'
        Add-SandboxFault $sandbox @{ path = $savePath; kind = 'DropAfterCommit'; times = 1 }
        $order = @{ ProductId = 13; Plan = 'Enterprise'; BillingCycle = 'Annually'; Quantity = 20; BillingContactId = $contact; PbxName = 'Contoso PBX'
            RegionId = '1'; PbxSubDomainId = '11'; JournalPath = $journal; Confirm = $false }

        New-YsPlanOrder @order -ErrorVariable first -ErrorAction SilentlyContinue | Should -BeNullOrEmpty
        $first[0].FullyQualifiedErrorId | Should -BeLike 'OrderOutcomeUnknown,*'
        (Import-Csv $journal)[-1].Key | Should -Be 'new:13:purchase_plan:3048571730026938368:own:Contoso PBX'
        (Import-Csv $journal)[-1].SerialNumber | Should -BeNullOrEmpty
        $first[0].ErrorDetails.Message | Should -BeLike "*new product 13 'Contoso PBX'*"
        $first[0].ErrorDetails.RecommendedAction | Should -BeLike "*Get-YsOrder -Since '*'*"
        $first[0].ErrorDetails.RecommendedAction | Should -Not -BeLike '*-SerialNumber*'

        New-YsPlanOrder @order -Reconcile -ErrorVariable second -ErrorAction SilentlyContinue -WarningVariable warned -WarningAction SilentlyContinue | Should -BeNullOrEmpty
        "$warned" | Should -BeLike '*cannot be looked up*Get-YsOrder*'
        $second[0].FullyQualifiedErrorId | Should -BeLike 'OrderOutcomeUnsettled,*'
        (Get-OrderBody).Count | Should -Be 1
    }

    It 'with -WhatIf sends no order' {
        New-YsPlanOrder -Operation Switch -SerialNumber 3631E0000001 -Plan Ultimate -BillingContactId $contact -WhatIf
        Get-OrderBody | Should -BeNullOrEmpty
        (Get-SandboxRequest $sandbox).path | Should -Not -Contain $savePath
    }
}

Describe 'New-YsServiceOrder' {
    BeforeEach { Reset-Sandbox $sandbox }

    It 'buys a one-off service for an Appliance device (purchase_service)' {
        $order = New-YsServiceOrder -ProductId 11 -SerialNumber 3631E3418911 -ServiceId 3299326068732223488 -BillingCycle Once `
            -ConnectionPlanId 3048560232537899008 -BillingContactId $contact -PoNumber PO-7 -Confirm:$false

        $order | Should -BeOfType YeastarPartner.Models.YsServiceOrder
        $order.Outcome | Should -Be 'Succeeded'
        $body = Get-OrderBody
        $body[0].operationType | Should -Be 'purchase_service'
        $body[0].poNumber | Should -Be 'PO-7'
        $body[0].serviceList[0].serviceType | Should -Be 'service'
        $body[0].serviceList[0].billingModel | Should -Be 'once'
        $body[0].serviceList[0].multiCycle | Should -Be 0
        $body[0].serviceList[0].connectionPlanId | Should -Be 3048560232537899008
    }

    It 'renews a Cloud Edition service (renew_service)' {
        New-YsServiceOrder -Operation Renew -ProductId 13 -SerialNumber PCE000000013 -ServiceId 3048573516041273344 -Quantity 20 `
            -BillingCycle Annually -BillingContactId $contact -Confirm:$false | Out-Null

        $body = Get-OrderBody
        $body[0].operationType | Should -Be 'renew_service'
        $body[0].serviceList[0].purchaseType | Should -Be 'renew'
        $body[0].serviceList[0].quantity | Should -Be 20
    }

    It 'starts a service trial for a subordinate user (trial_service)' {
        New-YsServiceOrder -Operation Trial -ProductId 19 -SerialNumber ADD000000019 -ServiceId 3300000000000019102 -PartnerId $customer -Confirm:$false | Out-Null

        $body = Get-OrderBody
        $body[0].operationType | Should -Be 'trial_service'
        $body[0].partnerId | Should -Be $customer
        $body[0].PSObject.Properties.Name | Should -Not -Contain 'billingId'
    }

    It 'refuses a one-off service with a multi-cycle as a row error naming the value, and sends nothing' {
        New-YsServiceOrder -ProductId 11 -SerialNumber 3631E3418911 -ServiceId 3299326068732223488 -BillingCycle Once -MultiCycle 2 `
            -BillingContactId $contact -Confirm:$false -ErrorVariable bad -ErrorAction SilentlyContinue

        $bad[0].FullyQualifiedErrorId | Should -BeLike 'OnceMultiCycleZero,*'
        $bad[0].ErrorDetails.Message | Should -BeLike "Row 1 (serial number '3631E3418911'): a one-off (Once) service has multi-cycle 0, not 2.*"
        $bad[0].Exception.Message | Should -BeLike '*serviceList[[]0].multiCycle = 2*'
        $bad[0].CategoryInfo.Category | Should -Be 'InvalidArgument'
        Get-OrderBody | Should -BeNullOrEmpty
    }

    It 'with -WhatIf sends no order' {
        New-YsServiceOrder -ProductId 11 -SerialNumber 3631E3418911 -ServiceId 3299326068732223488 -BillingCycle Once -BillingContactId $contact -WhatIf
        Get-OrderBody | Should -BeNullOrEmpty
    }

    It 'journals a dropped reply as Unknown, refuses to reorder it, and -Reconcile settles it without buying twice' {
        $journal = Join-Path $TestDrive 'services.csv'
        Add-SandboxFault $sandbox @{ path = $savePath; kind = 'DropAfterCommit'; serialNumber = '3631E3418911'; times = 1 }
        $order = @{ ProductId = 11; SerialNumber = '3631E3418911'; ServiceId = '3299326068732223488'; BillingCycle = 'Once'; BillingContactId = $contact; JournalPath = $journal; Confirm = $false }

        New-YsServiceOrder @order -ErrorVariable first -ErrorAction SilentlyContinue | Should -BeNullOrEmpty
        $first[0].FullyQualifiedErrorId | Should -BeLike 'OrderOutcomeUnknown,*'
        (Import-Csv $journal)[-1].Outcome | Should -Be 'Unknown'

        New-YsServiceOrder @order -ErrorVariable second -ErrorAction SilentlyContinue | Should -BeNullOrEmpty
        $second[0].FullyQualifiedErrorId | Should -BeLike 'OrderOutcomeUnsettled,*'

        $third = New-YsServiceOrder @order -Reconcile -WarningAction SilentlyContinue
        $third.Outcome | Should -Be 'Skipped'
        (Get-OrderBody).Count | Should -Be 1
    }
}

Describe 'A rule violation of each order kind is the row''s error and sends nothing' {
    BeforeEach { Reset-Sandbox $sandbox }

    It '<Command> -Operation <Operation>: <ErrorId>' -ForEach @(
        @{ Command = 'New-YsPlanOrder'; Operation = 'Purchase'; ErrorId = 'SerialNumberRequired'; Arguments = @{ Plan = 'Standard'; BillingContactId = '3197218168379846218' } }
        @{ Command = 'New-YsPlanOrder'; Operation = 'Renew'; ErrorId = 'MultiCycleInvalid'; Arguments = @{ SerialNumber = '3631E3418911'; Plan = 'Enterprise'; MultiCycle = 3; BillingContactId = '3197218168379846218' } }
        @{ Command = 'New-YsPlanOrder'; Operation = 'Switch'; ErrorId = 'SerialNumberRequired'; Arguments = @{ Plan = 'Ultimate'; BillingContactId = '3197218168379846218' } }
        @{ Command = 'New-YsPlanOrder'; Operation = 'Trial'; ErrorId = 'TrialMultiCycleZero'; Arguments = @{ ProductId = 12; Plan = 'Enterprise'; MultiCycle = 1 } }
        @{ Command = 'New-YsServiceOrder'; Operation = 'Purchase'; ErrorId = 'BillingCycleRequired'; Arguments = @{ ProductId = 11; SerialNumber = '3631E3418911'; ServiceId = '3299326068732223488'; BillingContactId = '3197218168379846218' } }
        @{ Command = 'New-YsServiceOrder'; Operation = 'Renew'; ErrorId = 'BillingContactIdMissing'; Arguments = @{ ProductId = 13; SerialNumber = 'PCE000000013'; ServiceId = '3048573516041273344'; BillingCycle = 'Annually'; Quantity = 20 } }
        @{ Command = 'New-YsServiceOrder'; Operation = 'Trial'; ErrorId = 'TrialOmitsBilling'; Arguments = @{ ProductId = 19; SerialNumber = 'ADD000000019'; ServiceId = '3300000000000019102'; BillingCycle = 'Annually' } }
    ) {
        & $Command -Operation $Operation @Arguments -Confirm:$false -ErrorVariable bad -ErrorAction SilentlyContinue | Should -BeNullOrEmpty

        $bad.Count | Should -Be 1
        $bad[0].FullyQualifiedErrorId | Should -BeLike "$ErrorId,*"
        $bad[0].CategoryInfo.Category | Should -Be 'InvalidArgument'
        $bad[0].ErrorDetails.Message | Should -BeLike 'Row 1*'
        $bad[0].ErrorDetails.RecommendedAction | Should -Not -BeNullOrEmpty
        (Get-SandboxRequest $sandbox).path | Should -Not -Contain $savePath
    }
}
