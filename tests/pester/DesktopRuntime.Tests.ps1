# Windows PowerShell 5.1 runs the module on .NET Framework, which this Linux machine cannot run. Mono can: a
# .NET Framework-profile runtime with the same loader model (AppDomain, LoadFrom context, AssemblyResolve, no
# binding redirects unless a config says so). A net472 harness loads the STAGED module as Import-Module does,
# installs the module's own resolver through the module's own code, and calls the API through the client.
# docs/compatibility.md says what this proves and what it cannot.
BeforeAll {
    Import-Module (Join-Path $PSScriptRoot 'TestSandbox.psm1') -Force
    Import-Module (Join-Path $PSScriptRoot 'TestAzurite.psm1') -Force
    $script:moduleDir = Split-Path $env:YS_MODULE_PATH
    $script:harness = $env:YS_DESKTOP_SMOKE_EXE
    if (-not $harness -or -not (Test-Path $harness)) { throw "YS_DESKTOP_SMOKE_EXE does not name the built harness ('$harness'). Run the tests through build.ps1 Test." }
    # Not a skip: CI must run this. .ci/run installs Mono (apt-get install mono-devel).
    $script:mono = (Get-Command mono -CommandType Application -ErrorAction SilentlyContinue | Select-Object -First 1).Source
    if (-not $mono) { throw 'Mono is not installed, so the .NET Framework smoke test cannot run. Install it: apt-get install --no-install-recommends mono-devel (.ci/run does).' }
    $script:sandbox = Start-TestSandbox
    $script:azurite = Start-TestAzurite

    $output = & $mono $harness $moduleDir $sandbox.Url (New-TestBlobJournalUrl $azurite) 2>&1
    $script:exitCode = $LASTEXITCODE
    $script:lines = @($output | ForEach-Object { "$_" })
    function Get-Fact([string] $Key) { @($lines | Where-Object { $_.StartsWith("$Key=") } | ForEach-Object { $_.Substring($Key.Length + 1) }) }
    $script:loaded = @(Get-Fact 'loaded' | ForEach-Object { $name, $version, $path = $_ -split '\|'; [pscustomobject]@{ Name = $name; Version = $version; Path = $path } })
}

AfterAll {
    Stop-TestSandbox $sandbox
    Stop-TestAzurite $azurite
}

Describe 'The staged module on a .NET Framework runtime (Mono)' {
    It 'runs every step without an error' {
        $exitCode | Should -Be 0 -Because ($lines -join [Environment]::NewLine)
        (Get-Fact 'runtime') | Should -BeLike 'True|4.0.30319*' -Because 'the harness must run on Mono''s .NET Framework 4.x profile, not on .NET'
    }

    It 'adds TLS 1.2 to the protocols Windows PowerShell starts with, keeping them' {
        (Get-Fact 'tls') | Should -Be 'Tls, Tls12'
    }

    It 'gets a token and the billing contacts with their exact 19-digit IDs' {
        (Get-Fact 'token') | Should -Be 'True'
        $contacts = Get-Fact 'contact'
        $contacts | Should -Contain '3197218168379846218'
        $contacts | Should -Contain '9007199254740993' -Because '2^53+1 would come back as ...992 through a double'
    }

    It 'buys one plan' {
        $orderNo, $status = (Get-Fact 'order') -split '\|'
        $orderNo | Should -Be (Get-SandboxOrder $sandbox -SerialNumber 3631E0997265).orderNo
        $status | Should -Be 'succeed'
    }

    It 'makes the blob journal''s calls to Azure Storage (Azurite): create, lease, append at a position, release, read' {
        $created, $leased, $appended, $stale, $again, $whole = (Get-Fact 'blob') -split '\|'
        $created | Should -Be 'True'
        $leased | Should -Be 'True'
        $appended | Should -Be '201,201'
        $stale | Should -Be '412 AppendPositionConditionNotMet' -Because 'a line is never appended at a position already taken'
        $again | Should -Be 'True' -Because 'the released lease can be taken again'
        $whole | Should -Be 'True'
    }

    It 'reads a list page by page to its end' {
        $count, $total = (Get-Fact 'countries') -split '\|'
        [int]$total | Should -BeGreaterThan 10 -Because 'pages of 10 must take more than one request'
        $count | Should -Be $total
        # One request for the total, then one per page of 10.
        @(Get-SandboxRequest $sandbox | Where-Object path -EQ '/user/openapi/area/v1/page').Count | Should -Be (1 + [math]::Ceiling([int]$total / 10))
    }

    It 'binds the dependencies only Windows PowerShell needs from Desktop/, through the module''s resolver' {
        foreach ($name in 'Newtonsoft.Json', 'System.Text.Json', 'System.Text.Encodings.Web', 'System.Runtime.CompilerServices.Unsafe', 'System.Threading.Tasks.Extensions') {
            $assembly = @($loaded | Where-Object Name -EQ $name)
            $assembly.Count | Should -Be 1 -Because "$name must be loaded once"
            $assembly[0].Path | Should -Be (Join-Path $moduleDir "Desktop/$name.dll")
        }
    }

    It 'loads the module''s own assemblies from the module folder' {
        foreach ($name in 'YeastarPartner', 'YeastarPartner.Client', 'RestSharp', 'Microsoft.Bcl.AsyncInterfaces') {
            @($loaded | Where-Object Name -EQ $name).Path | Should -Be (Join-Path $moduleDir "$name.dll")
        }
    }
}
