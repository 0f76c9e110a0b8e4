# What keeps the module loadable on PowerShell 7.4+ (.NET 8) and Windows PowerShell 5.1, checked on the
# staged module: where each assembly is staged, that none is newer than .NET 8 provides, and that
# importing works after other modules loaded their own JSON libraries.
BeforeDiscovery {
    $Net8Framework = Import-PowerShellDataFile (Join-Path $PSScriptRoot 'Net8Framework.psd1')
}

BeforeAll {
    Import-Module (Join-Path $PSScriptRoot 'TestSandbox.psm1') -Force
    Import-Module (Join-Path $PSScriptRoot 'FreshPowerShell.psm1') -Force
    $script:Net8Framework = Import-PowerShellDataFile (Join-Path $PSScriptRoot 'Net8Framework.psd1')
    $script:moduleDir = Split-Path $env:YS_MODULE_PATH

    function Get-AssemblyReference([string] $Path) {
        # Read from metadata: loading the files would tie them to this process.
        $stream = [IO.File]::OpenRead($Path)
        try {
            $pe = [Reflection.PortableExecutable.PEReader]::new($stream)
            $reader = [Reflection.Metadata.PEReaderExtensions]::GetMetadataReader($pe)
            foreach ($handle in $reader.AssemblyReferences) {
                $reference = $reader.GetAssemblyReference($handle)
                [pscustomobject]@{ Name = $reader.GetString($reference.Name); Version = $reference.Version }
            }
            $pe.Dispose()
        }
        finally { $stream.Dispose() }
    }

    $script:shipped = Get-ChildItem $moduleDir -Filter '*.dll' -Recurse | ForEach-Object {
        $name = [Reflection.AssemblyName]::GetAssemblyName($_.FullName)
        [pscustomobject]@{ Name = $name.Name; Version = $name.Version; Path = $_.FullName; Folder = $_.Directory.Name; References = @(Get-AssemblyReference $_.FullName) }
    }
}

Describe 'The .NET 8 version table (Net8Framework.psd1)' {
    It '<_> is a framework assembly versioned like its runtime' -ForEach @($Net8Framework.Keys) {
        $file = Join-Path ([Runtime.InteropServices.RuntimeEnvironment]::GetRuntimeDirectory()) "$_.dll"
        [Reflection.AssemblyName]::GetAssemblyName($file).Version | Should -Be ([version]::new([Environment]::Version.Major, 0, 0, 0))
    }
}

Describe 'Dependency ceiling: nothing newer than PowerShell 7.4 provides' {
    It 'no shipped assembly is newer than the .NET 8 assembly of the same name' {
        foreach ($assembly in $shipped | Where-Object { $Net8Framework.Contains($_.Name) }) {
            $assembly.Version | Should -BeLessOrEqual ([version]$Net8Framework[$assembly.Name]) -Because "$($assembly.Path) must load where .NET 8 holds $($assembly.Name)"
        }
    }

    It 'no shipped assembly was compiled against a framework assembly newer than .NET 8' {
        # The trap: a dependency built against System.Text.Json 10 fails at call time on PowerShell 7.4 (0x80131040).
        foreach ($assembly in $shipped) {
            foreach ($reference in $assembly.References | Where-Object { $Net8Framework.Contains($_.Name) }) {
                $reference.Version | Should -BeLessOrEqual ([version]$Net8Framework[$reference.Name]) -Because "$($assembly.Name) references $($reference.Name) $($reference.Version)"
            }
        }
    }

    It 'Newtonsoft.Json stays on 13.x, what PowerShell 7 and Az.Accounts load' {
        ($shipped | Where-Object Name -EQ 'Newtonsoft.Json').Version.Major | Should -Be 13
        $references = $shipped.References | Where-Object Name -EQ 'Newtonsoft.Json'
        $references | Should -Not -BeNullOrEmpty
        $references | ForEach-Object { $_.Version.Major | Should -Be 13 }
    }

    It 'RestSharp stays on 112.x (114 brings System.Text.Json 10)' {
        ($shipped | Where-Object Name -EQ 'RestSharp').Version.Major | Should -Be 112
    }
}

Describe 'Staged layout' {
    It 'keeps the module, its client and RestSharp next to the manifest' {
        ($shipped | Where-Object Folder -EQ 'YeastarPartner').Name | Should -Contain 'YeastarPartner'
        ($shipped | Where-Object Folder -EQ 'YeastarPartner').Name | Should -Contain 'YeastarPartner.Client'
        ($shipped | Where-Object Folder -EQ 'YeastarPartner').Name | Should -Contain 'RestSharp'
    }

    It 'puts only assemblies that PowerShell 7.4 provides into Desktop/' {
        $desktopOnly = @($shipped | Where-Object Folder -EQ 'Desktop')
        $desktopOnly | Should -Not -BeNullOrEmpty
        foreach ($assembly in $desktopOnly) {
            ($Net8Framework.Contains($assembly.Name) -or $assembly.Name -eq 'Newtonsoft.Json') | Should -BeTrue -Because "$($assembly.Name) must be provided by PowerShell 7.4 to stay out of its way"
        }
    }

    It 'puts every assembly that .NET 8 provides into Desktop/' {
        $shipped | Where-Object { $_.Folder -ne 'Desktop' -and $Net8Framework.Contains($_.Name) } | Should -BeNullOrEmpty
    }

    It 'the cmdlet assembly needs nothing from Desktop/ before the module initializer runs' {
        # Windows PowerShell reflects over the cmdlet types before it calls OnImport, which installs the
        # resolver for Desktop/: those types must load from the module folder alone.
        $desktopNames = ($shipped | Where-Object Folder -EQ 'Desktop').Name
        ($shipped | Where-Object Name -EQ 'YeastarPartner').References.Name | Where-Object { $_ -in $desktopNames } | Should -BeNullOrEmpty
    }

    It 'Desktop/ holds nothing this PowerShell does not already provide' {
        $platform = ([AppContext]::GetData('TRUSTED_PLATFORM_ASSEMBLIES') -split [IO.Path]::PathSeparator) | ForEach-Object { [IO.Path]::GetFileNameWithoutExtension($_) }
        ($shipped | Where-Object Folder -EQ 'Desktop').Name | ForEach-Object { $platform | Should -Contain $_ }
    }
}

Describe 'Import after other modules loaded their JSON libraries' {
    BeforeAll { $script:sandbox = Start-TestSandbox }
    AfterAll { Stop-TestSandbox $sandbox }

    It 'imports, keeps one copy of each, and works' {
        $child = Invoke-FreshPowerShell -Environment @{ YS_MODULE_PATH = $env:YS_MODULE_PATH; YS_BASE_URI = $sandbox.Url } -Script @'
$ErrorActionPreference = 'Stop'
# What a module such as Az.Accounts does before ours: load and use its JSON libraries.
Add-Type -AssemblyName Newtonsoft.Json, System.Text.Json
$null = [Newtonsoft.Json.JsonConvert]::SerializeObject(@{ loaded = 'first' })
[System.Text.Json.JsonDocument]::Parse('{"loaded":"first"}').Dispose()
function Get-JsonAssembly { @([AppDomain]::CurrentDomain.GetAssemblies() | Where-Object { $_.GetName().Name -in 'Newtonsoft.Json', 'System.Text.Json' } | ForEach-Object Location | Sort-Object) }
$before = Get-JsonAssembly
Import-Module $env:YS_MODULE_PATH
$credential = [pscredential]::new('sandbox-client-id', (ConvertTo-SecureString 'sandbox-client-secret' -AsPlainText -Force))
Connect-YeastarPartner -Credential $credential -BaseUri $env:YS_BASE_URI
$contact = Get-YsBillingContact -Name 'Jonas*'
[pscustomobject]@{ Before = $before; After = Get-JsonAssembly; ContactId = [string]$contact.BillingContactId } | ConvertTo-Json -Compress
'@
        $child.ExitCode | Should -Be 0 -Because $child.Errors
        $result = ConvertFrom-ChildJson $child
        $result.Before.Count | Should -Be 2
        $result.After | Should -Be $result.Before
        $result.ContactId | Should -Be '9007199254740993'
    }
}
