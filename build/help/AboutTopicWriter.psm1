# Writes an about_ topic (plain text, what Get-Help about_X prints) from its markdown: ## headings become
# the upper-case section titles, text is wrapped to 80 columns and indented under them.
Set-StrictMode -Version Latest

$script:Width = 80

function Format-Wrapped {
    # Wraps one paragraph at word boundaries; continuation lines get $Hanging extra spaces (list items).
    param([string] $Text, [int] $Indent, [int] $Hanging = 0)
    $lines = [Collections.Generic.List[string]]::new()
    $line = ''
    foreach ($word in $Text -split '\s+' | Where-Object { $_ }) {
        $prefix = ' ' * ($Indent + $(if ($lines.Count) { $Hanging } else { 0 }))
        if ($line -and ($prefix.Length + $line.Length + 1 + $word.Length) -gt $script:Width) {
            $lines.Add($prefix + $line)
            $line = $word
        }
        else { $line = if ($line) { "$line $word" } else { $word } }
    }
    if ($line) { $lines.Add((' ' * ($Indent + $(if ($lines.Count) { $Hanging } else { 0 }))) + $line) }
    $lines
}

function ConvertTo-AboutTopicText {
    <# The text of an about topic from docs/help/about_X.md ('# about_X', then ## and ### sections). #>
    param([Parameter(Mandatory)] [string] $Path)
    $blocks = @(Read-HelpBlock $Path)
    $name = [IO.Path]::GetFileNameWithoutExtension($Path)
    if ($blocks.Count -eq 0 -or $blocks[0].Kind -ne 'Heading' -or $blocks[0].Level -ne 1 -or $blocks[0].Text -cne $name) {
        throw (New-HelpProblem $Path 1 "an about topic must start with '# $name'.")
    }
    $out = [Collections.Generic.List[string]]::new()
    $out.Add('TOPIC'); $out.Add("    $name")
    $previous = 'Heading'
    foreach ($block in $blocks | Select-Object -Skip 1) {
        # A blank line between blocks, except under a heading and between the items of one list.
        $separate = $block.Kind -eq 'Heading' -or ($previous -ne 'Heading' -and -not ($block.Kind -eq 'ListItem' -and $previous -eq 'ListItem'))
        if ($separate) { $out.Add('') }
        switch ($block.Kind) {
            'Heading' {
                if ($block.Level -eq 2) { $out.Add($block.Text.ToUpperInvariant()) }
                elseif ($block.Level -eq 3) { $out.Add("  $($block.Text)") }
                else { throw (New-HelpProblem $Path $block.Line 'about topics use only ## and ### headings.') }
            }
            'Paragraph' { $out.AddRange([string[]]@(Format-Wrapped (ConvertFrom-InlineMarkdown $block.Text) 4)) }
            'ListItem' { $out.AddRange([string[]]@(Format-Wrapped ('- ' + (ConvertFrom-InlineMarkdown $block.Text)) 4 2)) }
            'Code' { foreach ($codeLine in $block.Lines) { $out.Add("        $codeLine".TrimEnd()) } }
        }
        $previous = $block.Kind
    }
    ($out -join [Environment]::NewLine) + [Environment]::NewLine
}

Export-ModuleMember -Function ConvertTo-AboutTopicText
