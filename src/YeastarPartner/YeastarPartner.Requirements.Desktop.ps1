# Stops the import on Windows PowerShell when .NET Framework is older than 4.7.2, with a message that says so.
#
# Why a script: the module's assemblies are netstandard2.0. On .NET Framework 4.6.x they cannot even be
# inspected ("Could not load file or assembly 'netstandard, Version=2.0.0.0'"), so no code in them, the module
# initializer included, ever runs. And the manifest's DotNetFrameworkVersion = '4.7.2' does not help: Windows
# PowerShell 5.1 can only check versions up to 4.5, the newest it knows, and imports anyway for anything newer.
# YeastarPartner.Requirements.psm1, a nested module that PowerShell processes before it loads the RootModule,
# runs this file on Windows PowerShell only. Tests judge other cases with & <this file> <edition> <release>.
$edition = if ($args.Count -gt 0) { $args[0] } else { $PSEdition }
if ($edition -ne 'Desktop') { return }

# The .NET Framework release number; none means older than 4.5.
$release = if ($args.Count -gt 1) { $args[1] } else { (Get-ItemProperty -Path 'HKLM:\SOFTWARE\Microsoft\NET Framework Setup\NDP\v4\Full' -Name Release -ErrorAction SilentlyContinue).Release }
# Release numbers from the .NET Framework documentation; 461808 is the smallest 4.7.2 release.
$minimum = 461808
if ($null -ne $release -and $release -ge $minimum) { return }

$installed = '4.5 or older'
foreach ($known in @(@(378675, '4.5.1'), @(379893, '4.5.2'), @(393295, '4.6'), @(394254, '4.6.1'), @(394802, '4.6.2'), @(460798, '4.7'), @(461308, '4.7.1'))) {
    if ($null -ne $release -and $release -ge $known[0]) { $installed = $known[1] }
}
throw ("YeastarPartner needs .NET Framework 4.7.2 or later to run in Windows PowerShell, and this computer has .NET Framework $installed. " +
    'Install .NET Framework 4.8 (https://dotnet.microsoft.com/download/dotnet-framework), or use the module in PowerShell 7.4 or later.')
