# Reads order journals and plays the passing of time on them, for the tests of -Reconcile.
Set-StrictMode -Version Latest

function Move-JournalTime {
    <#
    .SYNOPSIS
        Moves every time of a journal (Time, SettleAfter) back by -By, as if the run that wrote it had run
        that long ago: what an hour's wait does to a journal, without waiting an hour.
    #>
    param([Parameter(Mandatory)] [string] $Path, [Parameter(Mandatory)] [TimeSpan] $By)
    $lines = @(Import-Csv $Path)
    foreach ($line in $lines) {
        foreach ($column in 'Time', 'SettleAfter') {
            if ($line.$column) { $line.$column = ([DateTimeOffset]::Parse($line.$column, [Globalization.CultureInfo]::InvariantCulture) - $By).ToString('o', [Globalization.CultureInfo]::InvariantCulture) }
        }
    }
    $lines | Export-Csv $Path -NoTypeInformation -UseQuotes Always -Encoding utf8BOM
}

function Get-JournalLine {
    <# The journal's lines, optionally of one serial number. #>
    param([Parameter(Mandatory)] [string] $Path, [string] $SerialNumber)
    @(Import-Csv $Path | Where-Object { -not $SerialNumber -or $_.SerialNumber -eq $SerialNumber })
}

function Invoke-ParallelPurchase {
    <#
    .SYNOPSIS
        Buys the Enterprise plan for -Devices twice at once, in two runspaces of this process
        (ForEach-Object -Parallel) sharing -JournalPath (a file or a blob URL); returns both runs' outputs.
    #>
    param(
        [Parameter(Mandatory)] [string[]] $Devices,
        [Parameter(Mandatory)] [string] $JournalPath,
        [Parameter(Mandatory)] [string] $BillingContactId,
        [Parameter(Mandatory)] $Connection
    )
    $module = $env:YS_MODULE_PATH
    1..2 | ForEach-Object -ThrottleLimit 2 -Parallel {
        Import-Module $using:module
        $using:Devices | New-YsPlanOrder -Plan Enterprise -BillingContactId $using:BillingContactId -JournalPath $using:JournalPath `
            -Connection $using:Connection -Confirm:$false -WarningAction SilentlyContinue
    }
}

Export-ModuleMember -Function Move-JournalTime, Get-JournalLine, Invoke-ParallelPurchase
