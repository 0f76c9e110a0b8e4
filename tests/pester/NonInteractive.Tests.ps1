# Unattended use (scheduled tasks, Azure Automation): a fresh `pwsh -NonInteractive` with no console
# input, the way a job worker runs a script.
BeforeAll {
    Import-Module (Join-Path $PSScriptRoot 'TestSandbox.psm1') -Force
    Import-Module (Join-Path $PSScriptRoot 'FreshPowerShell.psm1') -Force
    $script:sandbox = Start-TestSandbox
    $script:childEnvironment = @{ YS_MODULE_PATH = $env:YS_MODULE_PATH; YS_BASE_URI = $sandbox.Url; YS_CSV = (Join-Path $PSScriptRoot '../../samples/devices.csv') }
    $script:connect = @'
$ErrorActionPreference = 'Stop'
Import-Module $env:YS_MODULE_PATH
$credential = [pscredential]::new('sandbox-client-id', (ConvertTo-SecureString 'sandbox-client-secret' -AsPlainText -Force))
Connect-YeastarPartner -Credential $credential -BaseUri $env:YS_BASE_URI

'@
}

AfterAll { Stop-TestSandbox $sandbox }

Describe 'New-YsPlanOrder under pwsh -NonInteractive' {
    BeforeEach { Reset-Sandbox $sandbox }

    It 'buys with -Confirm:$false and writes objects and its summary line, nothing else' {
        $child = Invoke-FreshPowerShell -Environment $childEnvironment -Script ($connect + @'
$orders = Import-Csv $env:YS_CSV | New-YsPlanOrder -Plan Enterprise -BillingContactId 3197218168379846218 -SkipOrderedSince (Get-Date).AddHours(-1) -Confirm:$false
@($orders | ForEach-Object { [pscustomobject]@{ Type = $_.GetType().FullName; SerialNumber = $_.SerialNumber; OrderNo = $_.OrderNo } }) | ConvertTo-Json -Compress -AsArray
'@)
        $child.ExitCode | Should -Be 0 -Because $child.Errors
        $child.Errors | Should -BeNullOrEmpty
        # The job's log holds the command's one summary line and the objects: no progress, prompt or other host text.
        $child.Output.Count | Should -Be 2 -Because 'only the summary line and the objects may reach a job stream'
        $child.Output[0] | Should -BeLike 'New-YsPlanOrder: * row(s): * bought, 0 skipped, 0 refused, 0 failed, 0 Unknown, total * USD.'
        $orders = ConvertFrom-ChildJson $child
        $orders.Type | Sort-Object -Unique | Should -Be 'YeastarPartner.Models.YsPlanOrder'
        $orders.SerialNumber | Should -Be (Import-Csv $childEnvironment.YS_CSV).SerialNumber
        $orders.OrderNo | Should -Be (Get-SandboxOrder $sandbox).orderNo
    }

    It 'without -Confirm:$false, stops before buying and says what to add' {
        $child = Invoke-FreshPowerShell -Environment $childEnvironment -Script ($connect + @'
try {
    Import-Csv $env:YS_CSV | New-YsPlanOrder -Plan Enterprise -BillingContactId 3197218168379846218
    'no error'
}
catch {
    [pscustomobject]@{ ErrorId = $_.FullyQualifiedErrorId; Message = $_.ErrorDetails.Message; Action = $_.ErrorDetails.RecommendedAction } | ConvertTo-Json -Compress
}
'@)
        $child.ExitCode | Should -Be 0 -Because $child.Errors
        $failure = ConvertFrom-ChildJson $child
        $failure.ErrorId | Should -BeLike 'ConfirmationRequired,*'
        $failure.Action | Should -BeLike '*-Confirm:$false*'
        Get-SandboxOrder $sandbox | Should -BeNullOrEmpty
    }
}
