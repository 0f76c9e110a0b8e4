# Writes MAML (the XML that Get-Help reads for binary cmdlets) from command-help objects and the cmdlets'
# own metadata: syntax, types, positions, pipeline input and aliases come from the code, so they cannot drift.
Set-StrictMode -Version Latest

$script:Maml = 'http://schemas.microsoft.com/maml/2004/10'
$script:Command = 'http://schemas.microsoft.com/maml/dev/command/2004/10'
$script:Dev = 'http://schemas.microsoft.com/maml/dev/2004/10'
$script:CommonParameters = [System.Management.Automation.PSCmdlet]::CommonParameters + [System.Management.Automation.PSCmdlet]::OptionalCommonParameters

function Get-DocumentedParameter {
    <# The parameters help must describe: not common, not hidden with DontShow. #>
    param([Parameter(Mandatory)] [System.Management.Automation.CommandInfo] $Command)
    $Command.Parameters.Values | Where-Object {
        $_.Name -notin $script:CommonParameters -and
        -not ($_.Attributes | Where-Object { $_ -is [System.Management.Automation.ParameterAttribute] -and $_.DontShow })
    }
}

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
    param([System.Xml.XmlWriter] $Writer, $Parameter, $SetData, [string[]] $Description, [switch] $InSyntax)
    $byValue = $SetData.ValueFromPipeline
    $byName = $SetData.ValueFromPipelineByPropertyName
    $pipeline = if ($byValue -and $byName) { 'True (ByValue, ByPropertyName)' } elseif ($byValue) { 'True (ByValue)' } elseif ($byName) { 'True (ByPropertyName)' } else { 'False' }
    $globbing = [bool]($Parameter.Attributes | Where-Object { $_ -is [System.Management.Automation.SupportsWildcardsAttribute] })
    $isSwitch = $Parameter.ParameterType -eq [System.Management.Automation.SwitchParameter]
    $typeName = Get-TypeName $Parameter.ParameterType

    $Writer.WriteStartElement('command', 'parameter', $script:Command)
    $Writer.WriteAttributeString('required', $SetData.IsMandatory.ToString().ToLower())
    $Writer.WriteAttributeString('variableLength', $Parameter.ParameterType.IsArray.ToString().ToLower())
    $Writer.WriteAttributeString('globbing', $globbing.ToString().ToLower())
    $Writer.WriteAttributeString('pipelineInput', $pipeline)
    $Writer.WriteAttributeString('position', $(if ($SetData.Position -ge 0) { "$($SetData.Position)" } else { 'named' }))
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
    $Writer.WriteElementString('dev', 'defaultValue', $script:Dev, 'None')
    $Writer.WriteEndElement()
}

function Write-TypeList([System.Xml.XmlWriter] $Writer, [string] $ListName, [string] $ItemName, [object[]] $Types) {
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
            Write-Parameter $Writer $parameter $setParameter $Help.Parameters[$parameter.Name] -InSyntax
        }
        $Writer.WriteEndElement()
    }
    $Writer.WriteEndElement()

    $Writer.WriteStartElement('command', 'parameters', $script:Command)
    foreach ($parameter in $documented) {
        # A parameter in several sets: describe it as in its first set (the help shows one entry per name).
        $setData = $parameter.ParameterSets.Values | Select-Object -First 1
        Write-Parameter $Writer $parameter $setData $Help.Parameters[$parameter.Name]
    }
    $Writer.WriteEndElement()

    Write-TypeList $Writer 'inputTypes' 'inputType' $Help.Inputs
    Write-TypeList $Writer 'returnValues' 'returnValue' $Help.Outputs

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

Export-ModuleMember -Function Write-MamlFile, Get-DocumentedParameter
