# Help speaks the user's words: the API's endpoint codes (R1, P2, O3 ...) and what is "inferred" from the API
# reference live in about_YeastarPartner's NOTES and docs/portal-assumptions.md, not in a cmdlet's help.
BeforeDiscovery {
    Import-Module $env:YS_MODULE_PATH -Force
    $script:commands = @((Get-Module YeastarPartner).ExportedCmdlets.Keys | Sort-Object | ForEach-Object { @{ Name = $_ } })
}

BeforeAll { Import-Module $env:YS_MODULE_PATH -Force }

Describe 'Get-Help <Name> -Full' -ForEach $commands {
    It 'names no endpoint code and says nothing is inferred' {
        $help = Get-Help $Name -Full | Out-String -Width 200
        # Code examples may show a raw request (Invoke-YsApiRequest); the prose may not show endpoint codes.
        $codes = [regex]::Matches($help, '(?<![\w/-])[PROUC][0-9](?![\w])') | ForEach-Object Value
        $codes | Should -BeNullOrEmpty -Because "the endpoint codes belong in about_YeastarPartner's NOTES"
        $help | Should -Not -Match '\binferred\b'
    }
}

Describe 'about_YeastarPartner' {
    It 'maps the cmdlets to the API calls in its NOTES, and points to the portal assumptions' {
        $about = Get-Content (Join-Path (Split-Path $env:YS_MODULE_PATH) 'en-US/about_YeastarPartner.help.txt') -Raw
        $notes = $about.Substring($about.IndexOf('NOTES'))
        $notes | Should -Match 'Get-YsProduct R1'
        $notes | Should -Match 'portal-assumptions'
    }
}
