# Every example of docs/help runs as written, against the sandbox, non-interactively, without an error: a new
# example is covered the day it is written. An example that cannot run here is marked in its code fence
# (```powershell interactive, ```powershell azure-automation; see build/help/HelpMarkdown.psm1); it is still
# parsed and its commands and parameters are checked against the module.
BeforeDiscovery {
    Import-Module (Join-Path $PSScriptRoot '../../build/help/HelpMarkdown.psm1') -Force
    $script:examples = foreach ($file in Get-ChildItem (Join-Path $PSScriptRoot '../../docs/help') -Filter '*-*.md' | Sort-Object Name) {
        foreach ($example in (Read-CommandHelp $file.FullName).Examples) {
            @{ Command = $file.BaseName; Title = $example.Title; Code = $example.Code; NotRunBecause = $example.NotRunBecause }
        }
    }
}

BeforeAll {
    Import-Module (Join-Path $PSScriptRoot 'TestSandbox.psm1') -Force
    Import-Module $env:YS_MODULE_PATH -Force
    $script:sandbox = Start-TestSandbox
    $script:fixtures = Join-Path $PSScriptRoot 'HelpExamples'
    $script:credential = Get-TestCredential
    $script:savedEnvironment = @{}
    # What -FromEnvironment reads, as a runbook's environment would hold it; and the module on the module path,
    # as installed, so that new runspaces (ForEach-Object -Parallel) find it by name.
    $modulePath = (Split-Path (Split-Path $env:YS_MODULE_PATH)) + [IO.Path]::PathSeparator + $env:PSModulePath
    foreach ($pair in @{ YEASTAR_CLIENT_ID = $credential.UserName; YEASTAR_CLIENT_SECRET = $credential.GetNetworkCredential().Password; YEASTAR_BASE_URI = $sandbox.Url; PSModulePath = $modulePath }.GetEnumerator()) {
        $savedEnvironment[$pair.Key] = [Environment]::GetEnvironmentVariable($pair.Key)
        [Environment]::SetEnvironmentVariable($pair.Key, $pair.Value)
    }

    function Invoke-HelpExample([string] $Code, [string] $Directory) {
        # A session like an admin's after Connect-YeastarPartner, in a folder holding the files the examples name.
        $state = [Management.Automation.Runspaces.InitialSessionState]::CreateDefault2()
        $state.ImportPSModule($env:YS_MODULE_PATH)
        $runspace = [runspacefactory]::CreateRunspace($state)
        $runspace.Open()
        try {
            $variables = @{ credential = $credential; csvPath = (Join-Path $Directory 'devices.csv'); journalPath = (Join-Path $Directory 'journal.csv')
                secretFromVault = $credential.GetNetworkCredential().Password }
            foreach ($name in $variables.Keys) { $runspace.SessionStateProxy.SetVariable($name, $variables[$name]) }
            $ps = [powershell]::Create()
            $ps.Runspace = $runspace
            # At a console the admin answers Yes when an order asks for confirmation; no one can here. And every
            # connection the example makes goes to the sandbox, not to the Partner Portal the example names.
            $null = $ps.AddScript("Set-Location -LiteralPath '$Directory'; `$ConfirmPreference = 'None'; `$PSDefaultParameterValues['Connect-YeastarPartner:BaseUri'] = '$($sandbox.Url)'; Connect-YeastarPartner -Credential `$credential").AddStatement().AddScript($Code)
            $output = $ps.Invoke()
            [pscustomobject]@{ Output = $output; Errors = @($ps.Streams.Error) }
        }
        finally { $runspace.Dispose() }
    }
}

AfterAll {
    Stop-TestSandbox $sandbox
    foreach ($name in $savedEnvironment.Keys) { [Environment]::SetEnvironmentVariable($name, $savedEnvironment[$name]) }
}

Describe '<Command>: <Title>' -ForEach $examples {
    It 'is valid PowerShell that calls the module''s commands with their parameters' {
        $tokens = $errors = $null
        $ast = [Management.Automation.Language.Parser]::ParseInput($Code, [ref]$tokens, [ref]$errors)
        $errors | Should -BeNullOrEmpty
        foreach ($call in $ast.FindAll({ param($node) $node -is [Management.Automation.Language.CommandAst] }, $true)) {
            $name = $call.GetCommandName()
            if (-not $name -or -not (Get-Command $name -Module YeastarPartner -ErrorAction SilentlyContinue)) { continue }
            $binding = [Management.Automation.Language.StaticParameterBinder]::BindCommand($call, $true)
            $binding.BindingExceptions.Values | ForEach-Object { $_.BindingException.Message } | Should -BeNullOrEmpty -Because $call.Extent.Text
        }
    }

    It 'runs against the sandbox without an error' {
        if ($NotRunBecause) { Set-ItResult -Skipped -Because "it $NotRunBecause"; return }
        Reset-Sandbox $sandbox
        $directory = Join-Path $TestDrive ([guid]::NewGuid().ToString('N'))
        Copy-Item $fixtures $directory -Recurse
        # A journal with real order numbers, for the examples that read one.
        $null = Import-Csv (Join-Path $directory 'hotels.csv') | Select-Object -First 1 |
            New-YsPlanOrder -Plan Enterprise -BillingContactId 3197218168379846218 -JournalPath (Join-Path $directory 'purchases.csv') -Confirm:$false `
                -Connection (Connect-YeastarPartner -Credential $credential -BaseUri $sandbox.Url -PassThru)
        $result = Invoke-HelpExample -Code $Code -Directory $directory
        $result.Errors | ForEach-Object { "$($_.FullyQualifiedErrorId): $_" } | Should -BeNullOrEmpty -Because $Code
    }
}
