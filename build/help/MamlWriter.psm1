# Writes MAML (the XML that Get-Help reads for binary cmdlets) from command-help objects and the cmdlets'
# own metadata: syntax, types, positions, pipeline input, aliases, default values and output types come from
# the code (CommandMetadata.psm1), so they cannot drift.
Set-StrictMode -Version Latest
Import-Module (Join-Path $PSScriptRoot 'CommandMetadata.psm1')

$script:Maml = 'http://schemas.microsoft.com/maml/2004/10'
$script:Command = 'http://schemas.microsoft.com/maml/dev/command/2004/10'
$script:Dev = 'http://schemas.microsoft.com/maml/dev/2004/10'
function Write-Para([System.Xml.XmlWriter] $Writer, [string[]] $Paragraphs) {
    foreach ($text in $Paragraphs) { $Writer.WriteElementString('maml', 'para', $script:Maml, $text) }
}

function Write-Description([System.Xml.XmlWriter] $Writer, [string[]] $Paragraphs) {
    $Writer.WriteStartElement('maml', 'description', $script:Maml)
    Write-Para $Writer $Paragraphs
    $Writer.WriteEndElement()
}

function Get-TypeName([type] $Type) {
    if ($Type.IsGenericType -and $Type.GetGenericTypeDefinition() -eq [Nullable`1]) { $Type = $Type.GetGenericArguments()[0] }
    $Type.Name
}

function Write-Parameter {
    <# One command:parameter; $Binding holds Required, Position and PipelineInput for the set(s) it describes. #>
    param([System.Xml.XmlWriter] $Writer, $Parameter, $Binding, [string[]] $Description, [string] $Default, [switch] $InSyntax)
    $globbing = [bool]($Parameter.Attributes | Where-Object { $_ -is [System.Management.Automation.SupportsWildcardsAttribute] })
    $isSwitch = $Parameter.ParameterType -eq [System.Management.Automation.SwitchParameter]
    $typeName = Get-TypeName $Parameter.ParameterType

    $Writer.WriteStartElement('command', 'parameter', $script:Command)
    $Writer.WriteAttributeString('required', $Binding.Required)
    $Writer.WriteAttributeString('variableLength', $Parameter.ParameterType.IsArray.ToString().ToLower())
    $Writer.WriteAttributeString('globbing', $globbing.ToString().ToLower())
    $Writer.WriteAttributeString('pipelineInput', $Binding.PipelineInput)
    $Writer.WriteAttributeString('position', $Binding.Position)
    $Writer.WriteAttributeString('aliases', $(if ($Parameter.Aliases.Count) { $Parameter.Aliases -join ', ' } else { 'none' }))
    $Writer.WriteElementString('maml', 'name', $script:Maml, $Parameter.Name)
    Write-Description $Writer $Description
    if (-not ($InSyntax -and $isSwitch)) {
        $Writer.WriteStartElement('command', 'parameterValue', $script:Command)
        $Writer.WriteAttributeString('required', (-not $isSwitch).ToString().ToLower())
        $Writer.WriteAttributeString('variableLength', 'false')
        $Writer.WriteString($typeName)
        $Writer.WriteEndElement()
    }
    $Writer.WriteStartElement('dev', 'type', $script:Dev)
    $Writer.WriteElementString('maml', 'name', $script:Maml, $typeName)
    $Writer.WriteEndElement()
    $Writer.WriteElementString('dev', 'defaultValue', $script:Dev, $(if ($Default) { $Default } else { 'None' }))
    $Writer.WriteEndElement()
}

function Write-TypeList([System.Xml.XmlWriter] $Writer, [string] $ListName, [string] $ItemName, [object[]] $Types) {
    # $Types: @{ Type (the name); Description (paragraphs) }.
    $Writer.WriteStartElement('command', $ListName, $script:Command)
    foreach ($type in $Types) {
        $Writer.WriteStartElement('command', $ItemName, $script:Command)
        $Writer.WriteStartElement('dev', 'type', $script:Dev)
        $Writer.WriteElementString('maml', 'name', $script:Maml, $type.Type)
        $Writer.WriteEndElement()
        Write-Description $Writer $type.Description
        $Writer.WriteEndElement()
    }
    $Writer.WriteEndElement()
}

function Write-CommandHelp {
    param([System.Xml.XmlWriter] $Writer, $Help, [System.Management.Automation.CommandInfo] $Command)
    $documented = @(Get-DocumentedParameter $Command)
    $documentedNames = @($documented | ForEach-Object Name)
    $instance = New-CommandInstance $Command
    try { $defaults = @{}; foreach ($parameter in $documented) { $defaults[$parameter.Name] = Get-ParameterDefault $Command $parameter $instance } }
    finally { if ($instance -is [IDisposable]) { $instance.Dispose() } }
    $Writer.WriteStartElement('command', 'command', $script:Command)
    $Writer.WriteStartElement('command', 'details', $script:Command)
    $Writer.WriteElementString('command', 'name', $script:Command, $Command.Name)
    $Writer.WriteElementString('command', 'verb', $script:Command, $Command.Verb)
    $Writer.WriteElementString('command', 'noun', $script:Command, $Command.Noun)
    Write-Description $Writer $Help.Synopsis
    $Writer.WriteEndElement()
    Write-Description $Writer $Help.Description

    $Writer.WriteStartElement('command', 'syntax', $script:Command)
    foreach ($set in $Command.ParameterSets) {
        $Writer.WriteStartElement('command', 'syntaxItem', $script:Command)
        $Writer.WriteElementString('maml', 'name', $script:Maml, $Command.Name)
        $inSet = $set.Parameters | Where-Object Name -In $documentedNames | Sort-Object { if ($_.Position -ge 0) { $_.Position } else { [int]::MaxValue } }, { -not $_.IsMandatory }
        foreach ($setParameter in $inSet) {
            $parameter = $Command.Parameters[$setParameter.Name]
            $binding = [pscustomobject]@{
                Required = $setParameter.IsMandatory.ToString().ToLower()
                Position = if ($setParameter.Position -ge 0) { "$($setParameter.Position)" } else { 'named' }
                PipelineInput = Get-PipelineInputText $setParameter
            }
            Write-Parameter $Writer $parameter $binding $Help.Parameters[$parameter.Name] $defaults[$parameter.Name] -InSyntax
        }
        $Writer.WriteEndElement()
    }
    $Writer.WriteEndElement()

    $Writer.WriteStartElement('command', 'parameters', $script:Command)
    foreach ($parameter in $documented) {
        # MAML gives a parameter one required/position/pipelineInput. One that binds differently in some sets
        # gets an entry per way it binds, each naming its sets, so Get-Help -Parameter shows every way.
        $groups = @(Get-ParameterSetGroup $parameter)
        foreach ($group in $groups) {
            $description = @($Help.Parameters[$parameter.Name])
            if ($groups.Count -gt 1) { $description = @("In the parameter set$(if ($group.Sets.Count -gt 1) { 's' }) $($group.Sets -join ', '):") + $description }
            Write-Parameter $Writer $parameter $group $description $defaults[$parameter.Name]
        }
    }
    $Writer.WriteEndElement()

    Write-TypeList $Writer 'inputTypes' 'inputType' $Help.Inputs
    # The output types are the cmdlet's [OutputType]; the markdown gives each its words (the converter checks
    # that it names exactly these).
    $outputs = foreach ($name in Get-DeclaredOutputName $Command) {
        [pscustomobject]@{ Type = $name; Description = @($Help.Outputs | Where-Object Type -CEQ $name | ForEach-Object Description) }
    }
    Write-TypeList $Writer 'returnValues' 'returnValue' @($outputs)

    $Writer.WriteStartElement('maml', 'alertSet', $script:Maml)
    $Writer.WriteStartElement('maml', 'alert', $script:Maml)
    Write-Para $Writer $Help.Notes
    $Writer.WriteEndElement()
    $Writer.WriteEndElement()

    $Writer.WriteStartElement('command', 'examples', $script:Command)
    foreach ($example in $Help.Examples) {
        $Writer.WriteStartElement('command', 'example', $script:Command)
        $Writer.WriteElementString('maml', 'title', $script:Maml, "--------- $($example.Title) ---------")
        $Writer.WriteElementString('dev', 'code', $script:Dev, $example.Code)
        $Writer.WriteStartElement('dev', 'remarks', $script:Dev)
        Write-Para $Writer $example.Remarks
        $Writer.WriteEndElement()
        $Writer.WriteEndElement()
    }
    $Writer.WriteEndElement()

    $Writer.WriteStartElement('command', 'relatedLinks', $script:Command)
    # Get-Help -Online opens the first related link with a URI before it looks at the cmdlet's HelpUri, so the
    # HelpUri comes first (as platyPS writes it): a URL added to the markdown's links cannot take its place.
    $links = @($Help.Links)
    if ($Command.HelpUri) { $links = @([pscustomobject]@{ Text = 'Online Version:'; Uri = $Command.HelpUri }) + $links }
    foreach ($link in $links) {
        $Writer.WriteStartElement('maml', 'navigationLink', $script:Maml)
        $Writer.WriteElementString('maml', 'linkText', $script:Maml, $link.Text)
        $Writer.WriteElementString('maml', 'uri', $script:Maml, $link.Uri)
        $Writer.WriteEndElement()
    }
    $Writer.WriteEndElement()
    $Writer.WriteEndElement()
}

function Write-MamlFile {
    <# Writes one MAML file holding the help of every command given as @{ Help; Command } pairs. #>
    param([Parameter(Mandatory)] [string] $Path, [Parameter(Mandatory)] [object[]] $Entries)
    $settings = [System.Xml.XmlWriterSettings]@{ Indent = $true; Encoding = [Text.UTF8Encoding]::new($false) }
    $writer = [System.Xml.XmlWriter]::Create($Path, $settings)
    try {
        $writer.WriteStartDocument()
        $writer.WriteStartElement('helpItems', 'http://msh')
        $writer.WriteAttributeString('schema', 'maml')
        $writer.WriteAttributeString('xmlns', 'maml', $null, $script:Maml)
        $writer.WriteAttributeString('xmlns', 'command', $null, $script:Command)
        $writer.WriteAttributeString('xmlns', 'dev', $null, $script:Dev)
        foreach ($entry in $Entries) { Write-CommandHelp $writer $entry.Help $entry.Command }
        $writer.WriteEndElement()
        $writer.WriteEndDocument()
    }
    finally { $writer.Dispose() }
}

Export-ModuleMember -Function Write-MamlFile
