# Listed in the manifest's NestedModules, so PowerShell runs it before it loads the RootModule. The check itself
# (YeastarPartner.Requirements.Desktop.ps1) matters only to Windows PowerShell; kept in its own file so that
# PowerShell 7 never compiles it, which would add tens of milliseconds to every import (measured, see
# docs/benchmarks.md).
if ($PSEdition -eq 'Desktop') { . (Join-Path $PSScriptRoot 'YeastarPartner.Requirements.Desktop.ps1') }
