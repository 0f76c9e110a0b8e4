# The child pwsh a test starts never sees a copy of YeastarPartner installed on the machine: pwsh adds the
# user's and the machine's module folders at start, and the child takes them out first thing.
BeforeAll {
    Import-Module (Join-Path $PSScriptRoot 'FreshPowerShell.psm1') -Force
}

AfterAll { Stop-FreshPowerShell }

Describe 'A fresh pwsh for a test' {
    It 'has neither the user''s nor the machine''s module folder on its PSModulePath' {
        $child = Invoke-FreshPowerShell -Script '$env:PSModulePath -split [IO.Path]::PathSeparator | Where-Object { $_ }'
        $child.ExitCode | Should -Be 0 -Because $child.Errors
        $paths = @($child.Output | ForEach-Object { [IO.Path]::GetFullPath($_).TrimEnd('/', '\') })
        $paths | Should -Not -BeNullOrEmpty
        foreach ($installed in (& (Get-Module FreshPowerShell) { Get-InstalledModuleFolder })) { $paths | Should -Not -Contain $installed }
        $paths | Should -Contain ([IO.Path]::GetFullPath((Join-Path $PSHOME 'Modules')).TrimEnd('/', '\'))
    }

    It 'keeps a module folder the test puts on the path' {
        $folder = New-Item -ItemType Directory (Join-Path $TestDrive 'modules')
        $child = Invoke-FreshPowerShell -Environment @{ PSModulePath = $folder.FullName } -Script '$env:PSModulePath -split [IO.Path]::PathSeparator'
        $child.Output | Should -Contain $folder.FullName
    }

    It 'is ended by Stop-FreshPowerShell when a test leaves it running' {
        $child = Start-FreshPowerShell -Script 'Start-Sleep -Seconds 120'
        Stop-FreshPowerShell
        $child.Process.HasExited | Should -BeTrue
    }
}
