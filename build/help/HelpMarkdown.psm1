# Reads the help markdown of docs/help (the shared format of the project's brief) into blocks and
# command-help objects. Malformed files are reported with file and line, so the build can say what to fix.
Set-StrictMode -Version Latest

$script:CommandSections = @('SYNOPSIS', 'DESCRIPTION', 'EXAMPLES', 'PARAMETERS', 'INPUTS', 'OUTPUTS', 'NOTES', 'RELATED LINKS')
$script:OptionalSections = @('NOTES')
# Marks of an example that the example test cannot run against the sandbox, each with its reason. Such an
# example is still parsed and its commands and parameters checked against the module.
$script:ExampleMarkers = [ordered]@{
    'interactive'      = 'waits for someone to type (Read-Host, Get-Credential)'
    'azure-automation' = 'needs an Azure Automation asset or cmdlet (Get-AutomationPSCredential)'
}

function New-HelpProblem([string] $Path, [int] $Line, [string] $Message) {
    "$(Split-Path $Path -Leaf):$($Line): $Message"
}

function ConvertFrom-InlineMarkdown {
    <# Plain text for help viewers: code spans and emphasis lose their marks, links keep their text. #>
    param([string] $Text)
    $Text = [regex]::Replace($Text, '\[([^\]]+)\]\(([^)]+)\)', { param($m) if ($m.Groups[2].Value -match '^https?://') { "$($m.Groups[1].Value) ($($m.Groups[2].Value))" } else { $m.Groups[1].Value } })
    $Text = $Text -replace '\*\*([^*]+)\*\*', '$1'
    $Text -replace '`([^`]+)`', '$1'
}

function Read-HelpBlock {
    <#
    Splits a markdown file into blocks: Heading (Level, Text), Code (Language, Text), Paragraph and
    ListItem (Text, lines joined with spaces). Each block has the Line it starts on.
    #>
    param([Parameter(Mandatory)] [string] $Path)
    $lines = [IO.File]::ReadAllLines($Path)
    $blocks = [Collections.Generic.List[object]]::new()
    $current = $null
    $fence = $null
    for ($i = 0; $i -lt $lines.Count; $i++) {
        $line = $lines[$i]
        $number = $i + 1
        if ($fence) {
            if ($line -match '^```\s*$') { $fence.Text = $fence.Lines -join "`n"; $blocks.Add($fence); $fence = $null }
            else { $fence.Lines.Add($line) }
            continue
        }
        if ($line -match '^```(\w*)(?:\s+(\S+))?\s*$') {
            $current = $null
            # A word after the language marks the block (```powershell azure-automation); viewers ignore it.
            $fence = [pscustomobject]@{ Kind = 'Code'; Language = $Matches[1]; Marker = $Matches[2]; Lines = [Collections.Generic.List[string]]::new(); Text = ''; Line = $number }
            continue
        }
        if ($line -match '^(#{1,6})\s+(.+?)\s*$') {
            $current = $null
            $blocks.Add([pscustomobject]@{ Kind = 'Heading'; Level = $Matches[1].Length; Text = $Matches[2]; Line = $number })
            continue
        }
        if ($line -match '^\s*$') { $current = $null; continue }
        if ($line -match '^[-*]\s+(.*)$') {
            $current = [pscustomobject]@{ Kind = 'ListItem'; Text = $Matches[1].Trim(); Line = $number }
            $blocks.Add($current)
            continue
        }
        if ($current) { $current.Text += ' ' + $line.Trim(); continue }
        $current = [pscustomobject]@{ Kind = 'Paragraph'; Text = $line.Trim(); Line = $number }
        $blocks.Add($current)
    }
    if ($fence) { throw (New-HelpProblem $Path $fence.Line 'the code block is not closed with ```.') }
    $blocks
}

function Get-TextBlock {
    # Paragraphs and list items as plain-text paragraphs; anything else is a problem at that line.
    param([object[]] $Blocks, [string] $Path, [string] $Where, [Collections.Generic.List[string]] $Problems)
    foreach ($block in $Blocks) {
        switch ($block.Kind) {
            'Paragraph' { ConvertFrom-InlineMarkdown $block.Text }
            'ListItem' { '- ' + (ConvertFrom-InlineMarkdown $block.Text) }
            default { $Problems.Add((New-HelpProblem $Path $block.Line "a $($block.Kind.ToLower()) block is not allowed in $Where.")) }
        }
    }
}

function Split-AtHeading {
    # Groups blocks under each heading of the given level: @{ Heading; Body }.
    param([object[]] $Blocks, [int] $Level)
    $groups = [Collections.Generic.List[object]]::new()
    $group = $null
    foreach ($block in $Blocks) {
        if ($block.Kind -eq 'Heading' -and $block.Level -eq $Level) {
            $group = [pscustomobject]@{ Heading = $block; Body = [Collections.Generic.List[object]]::new() }
            $groups.Add($group)
        }
        elseif ($group) { $group.Body.Add($block) }
        else { $groups.Add([pscustomobject]@{ Heading = $null; Body = @($block) }) }
    }
    $groups
}

function Read-CommandHelp {
    <#
    Reads one docs/help/Verb-Noun.md into an object with Name, Synopsis, Description, Examples (Title,
    Code, Remarks), Parameters (ordered name -> paragraphs), Inputs and Outputs (Type, Description, Line),
    OutputsLine (the line of '## OUTPUTS'), Notes and Links (Text, Uri). Throws one error listing every
    problem found, each as file:line: message.
    #>
    param([Parameter(Mandatory)] [string] $Path)
    $problems = [Collections.Generic.List[string]]::new()
    $blocks = @(Read-HelpBlock $Path)
    $expectedName = [IO.Path]::GetFileNameWithoutExtension($Path)

    if ($blocks.Count -eq 0 -or $blocks[0].Kind -ne 'Heading' -or $blocks[0].Level -ne 1) {
        throw (New-HelpProblem $Path 1 "the file must start with '# $expectedName'.")
    }
    if ($blocks[0].Text -cne $expectedName) {
        $problems.Add((New-HelpProblem $Path 1 "the title '$($blocks[0].Text)' must be the file name, '$expectedName'."))
    }

    $help = [ordered]@{
        Name = $expectedName; Synopsis = ''; Description = @(); Examples = @(); Parameters = [ordered]@{}
        Inputs = @(); Outputs = @(); OutputsLine = 1; Notes = @(); Links = @()
    }
    $seen = [Collections.Generic.List[string]]::new()
    foreach ($section in Split-AtHeading ($blocks | Select-Object -Skip 1) 2) {
        if (-not $section.Heading) { $problems.Add((New-HelpProblem $Path $section.Body[0].Line 'text before the first ## section.')); continue }
        $title = $section.Heading.Text
        $line = $section.Heading.Line
        if ($title -cnotin $script:CommandSections) {
            $problems.Add((New-HelpProblem $Path $line "unknown section '## $title'; the sections are $($script:CommandSections -join ', ')."))
            continue
        }
        if ($seen.Count -gt 0 -and $script:CommandSections.IndexOf($title) -le $script:CommandSections.IndexOf($seen[-1])) {
            $problems.Add((New-HelpProblem $Path $line "'## $title' is repeated or out of order; the order is $($script:CommandSections -join ', ')."))
        }
        $seen.Add($title)
        $where = "## $title"
        switch ($title) {
            'SYNOPSIS' {
                $text = @(Get-TextBlock $section.Body $Path $where $problems)
                if ($text.Count -ne 1) { $problems.Add((New-HelpProblem $Path $line 'SYNOPSIS must be exactly one paragraph.')) }
                $help.Synopsis = $text -join ' '
            }
            'DESCRIPTION' { $help.Description = @(Get-TextBlock $section.Body $Path $where $problems) }
            'NOTES' { $help.Notes = @(Get-TextBlock $section.Body $Path $where $problems) }
            'EXAMPLES' { $help.Examples = @(Read-ExampleSection $section.Body $Path $problems) }
            'PARAMETERS' {
                foreach ($parameter in Split-AtHeading $section.Body 3) {
                    if (-not $parameter.Heading -or $parameter.Heading.Text -notmatch '^-(\w+)$') {
                        $at = if ($parameter.Heading) { $parameter.Heading.Line } else { $parameter.Body[0].Line }
                        $problems.Add((New-HelpProblem $Path $at "each parameter needs a heading '### -Name'."))
                        continue
                    }
                    $help.Parameters[$Matches[1]] = @(Get-TextBlock $parameter.Body $Path "### $($parameter.Heading.Text)" $problems)
                }
            }
            { $_ -in 'INPUTS', 'OUTPUTS' } {
                $types = foreach ($type in Split-AtHeading $section.Body 3) {
                    if (-not $type.Heading) { $problems.Add((New-HelpProblem $Path $type.Body[0].Line "each entry of $where needs a heading '### TypeName'.")); continue }
                    [pscustomobject]@{ Type = $type.Heading.Text; Description = @(Get-TextBlock $type.Body $Path "### $($type.Heading.Text)" $problems); Line = $type.Heading.Line }
                }
                $help[(Get-Culture).TextInfo.ToTitleCase($title.ToLower())] = @($types)
                if ($title -eq 'OUTPUTS') { $help.OutputsLine = $line }
            }
            'RELATED LINKS' {
                $help.Links = @(foreach ($block in $section.Body) {
                        if ($block.Kind -eq 'ListItem' -and $block.Text -match '^\[([^\]]+)\]\(([^)]*)\)$') {
                            [pscustomobject]@{ Text = $Matches[1]; Uri = if ($Matches[2] -match '^https?://') { $Matches[2] } else { '' } }
                        }
                        else { $problems.Add((New-HelpProblem $Path $block.Line "RELATED LINKS holds only list items '- [Name](target)'.")) }
                    })
            }
        }
    }
    foreach ($required in $script:CommandSections | Where-Object { $_ -notin $script:OptionalSections -and $_ -notin $seen }) {
        $problems.Add((New-HelpProblem $Path 1 "the section '## $required' is missing."))
    }
    if ($problems.Count -gt 0) { throw ($problems -join [Environment]::NewLine) }
    [pscustomobject]$help
}

function Read-ExampleSection {
    param([object[]] $Blocks, [string] $Path, [Collections.Generic.List[string]] $Problems)
    foreach ($example in Split-AtHeading $Blocks 3) {
        if (-not $example.Heading -or $example.Heading.Text -notmatch '^Example \d+: (.+)$') {
            $at = if ($example.Heading) { $example.Heading.Line } else { $example.Body[0].Line }
            $Problems.Add((New-HelpProblem $Path $at "each example needs a heading '### Example N: Title'."))
            continue
        }
        $title = $Matches[1]
        $code = @($example.Body | Where-Object Kind -EQ 'Code')
        if ($code.Count -ne 1 -or $example.Body[0].Kind -ne 'Code' -or $code[0].Language -ne 'powershell') {
            $Problems.Add((New-HelpProblem $Path $example.Heading.Line "'### $($example.Heading.Text)' must start with one ``````powershell code block, followed by its explanation."))
            continue
        }
        if ($code[0].Marker -and -not $script:ExampleMarkers.Contains($code[0].Marker)) {
            $Problems.Add((New-HelpProblem $Path $code[0].Line "'$($code[0].Marker)' is not an example mark; use $($script:ExampleMarkers.Keys -join ' or ') (or none for an example that runs against the sandbox)."))
        }
        $remarks = @(Get-TextBlock ($example.Body | Select-Object -Skip 1) $Path "'$($example.Heading.Text)'" $Problems)
        if ($remarks.Count -eq 0) { $Problems.Add((New-HelpProblem $Path $example.Heading.Line "'### $($example.Heading.Text)' needs an explanation after its code.")) }
        [pscustomobject]@{ Title = $example.Heading.Text; Code = $code[0].Text; Remarks = $remarks; NotRunBecause = if ($code[0].Marker) { $script:ExampleMarkers[$code[0].Marker] } else { $null } }
    }
}

Export-ModuleMember -Function Read-HelpBlock, Read-CommandHelp, ConvertFrom-InlineMarkdown, Split-AtHeading, New-HelpProblem
