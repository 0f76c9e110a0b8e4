# Starts and stops a real sandbox process for Pester tests, and reads its admin endpoints.
Set-StrictMode -Version Latest

$script:ClientId = 'sandbox-client-id'
$script:ClientSecret = 'sandbox-client-secret'

function Start-TestSandbox {
    <# Starts the sandbox on a free loopback port; extra arguments go to the sandbox (e.g. '--token-lifetime', '4'). #>
    param([string[]] $ArgumentList = @())
    $dll = $env:YS_SANDBOX_DLL
    if (-not $dll -or -not (Test-Path $dll)) { throw "YS_SANDBOX_DLL does not name the built sandbox ('$dll'). Run the tests through build.ps1 Test." }
    $urlFile = Join-Path ([IO.Path]::GetTempPath()) "ys-pester-$([guid]::NewGuid().ToString('N')).url"
    $process = Start-Process dotnet -ArgumentList (@($dll, '--port', '0', '--url-file', $urlFile) + $ArgumentList) -PassThru `
        -RedirectStandardOutput "$urlFile.out" -RedirectStandardError "$urlFile.err"
    $deadline = [DateTime]::UtcNow.AddSeconds(30)
    while (-not (Test-Path $urlFile) -or -not (Get-Content $urlFile -Raw)) {
        if ($process.HasExited -or [DateTime]::UtcNow -gt $deadline) { throw "The sandbox did not start: $(Get-Content "$urlFile.err" -Raw -ErrorAction SilentlyContinue)" }
        Start-Sleep -Milliseconds 50
    }
    [pscustomobject]@{ Url = (Get-Content $urlFile -Raw).Trim(); Process = $process; UrlFile = $urlFile }
}

function Stop-TestSandbox {
    param([Parameter(Mandatory)] $Sandbox)
    try { Invoke-RestMethod -Method Post -Uri "$($Sandbox.Url)/_sandbox/shutdown" -TimeoutSec 5 | Out-Null } catch { }
    if (-not $Sandbox.Process.WaitForExit(5000)) { $Sandbox.Process.Kill() }
    Remove-Item "$($Sandbox.UrlFile)*" -ErrorAction SilentlyContinue
}

function Get-TestCredential {
    [pscredential]::new($script:ClientId, (ConvertTo-SecureString $script:ClientSecret -AsPlainText -Force))
}

function Get-SandboxOrder {
    <# The orders the sandbox stored, with the raw request bodies. #>
    param([Parameter(Mandatory)] $Sandbox, [string] $SerialNumber)
    $uri = "$($Sandbox.Url)/_sandbox/orders"
    if ($SerialNumber) { $uri += "?serialNumber=$SerialNumber" }
    # Invoke-RestMethod writes a JSON array as one object; unroll it so each order is one pipeline object.
    Invoke-RestMethod -Uri $uri | ForEach-Object { $_ }
}

function Set-SandboxOrderStatus {
    <# Changes a stored order's status, as paying, cancelling or a failed payment in the portal would (e.g. pending to failed). #>
    param([Parameter(Mandatory)] $Sandbox, [Parameter(Mandatory)] [string] $OrderNo, [Parameter(Mandatory)] [string] $Status)
    Invoke-RestMethod -Method Post -Uri "$($Sandbox.Url)/_sandbox/orders/$([uri]::EscapeDataString($OrderNo))/status" -ContentType 'application/json' -Body (@{ orderStatus = $Status } | ConvertTo-Json -Compress)
}

function Get-SandboxRequest {
    param([Parameter(Mandatory)] $Sandbox)
    Invoke-RestMethod -Uri "$($Sandbox.Url)/_sandbox/requests" | ForEach-Object { $_ }
}

function Reset-Sandbox {
    param([Parameter(Mandatory)] $Sandbox)
    Invoke-RestMethod -Method Post -Uri "$($Sandbox.Url)/_sandbox/reset" | Out-Null
}

function Add-SandboxFault {
    <# Injects a fault; see src/YeastarPartner.Sandbox/Faults/FaultRule.cs for the fields. #>
    param([Parameter(Mandatory)] $Sandbox, [Parameter(Mandatory)] [hashtable] $Rule)
    Invoke-RestMethod -Method Post -Uri "$($Sandbox.Url)/_sandbox/faults" -ContentType 'application/json' -Body ($Rule | ConvertTo-Json)
}

function Set-SandboxSetting {
    <# Changes sandbox settings at run time, e.g. @{ ignoreSort = $true; maxPageSize = 20; seedHistoryOrders = 90 } (docs/sandbox.md). #>
    param([Parameter(Mandatory)] $Sandbox, [Parameter(Mandatory)] [hashtable] $Settings)
    Invoke-RestMethod -Method Post -Uri "$($Sandbox.Url)/_sandbox/settings" -ContentType 'application/json' -Body ($Settings | ConvertTo-Json -Compress)
}

function Get-SandboxProduct {
    <# The products the sandbox holds for one product ID: the truth a listing is compared with. #>
    param([Parameter(Mandatory)] $Sandbox, [Parameter(Mandatory)] [int] $ProductId)
    Invoke-RestMethod -Uri "$($Sandbox.Url)/_sandbox/products?productId=$ProductId" | ForEach-Object { $_ }
}

function Set-SandboxProductExpiry {
    <# Moves the expiry of one product (-SerialNumber), a product line (-ProductId) or every product to -InDays from today. #>
    param([Parameter(Mandatory)] $Sandbox, [Parameter(Mandatory)] [int] $InDays, [int] $ProductId, [string] $SerialNumber)
    $body = @{ inDays = $InDays }
    if ($ProductId) { $body.productId = $ProductId }
    if ($SerialNumber) { $body.productNo = $SerialNumber }
    Invoke-RestMethod -Method Post -Uri "$($Sandbox.Url)/_sandbox/products/expiry" -ContentType 'application/json' -Body ($body | ConvertTo-Json -Compress) | Out-Null
}

Export-ModuleMember -Function Start-TestSandbox, Stop-TestSandbox, Get-TestCredential, Get-SandboxOrder, Set-SandboxOrderStatus, Get-SandboxRequest, Reset-Sandbox, Add-SandboxFault, Set-SandboxSetting, Get-SandboxProduct, Set-SandboxProductExpiry
