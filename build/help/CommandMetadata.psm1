# What help takes from the code rather than from the markdown: which parameters to describe, their default
# values, how they bind in each parameter set, and the output types. One place, so the MAML writer and the
# converter's checks read the cmdlets the same way.
Set-StrictMode -Version Latest

$script:CommonParameters = [System.Management.Automation.PSCmdlet]::CommonParameters + [System.Management.Automation.PSCmdlet]::OptionalCommonParameters

function Get-DocumentedParameter {
    <# The parameters help must describe: not common, not hidden with DontShow. #>
    param([Parameter(Mandatory)] [System.Management.Automation.CommandInfo] $Command)
    $Command.Parameters.Values | Where-Object {
        $_.Name -notin $script:CommonParameters -and
        -not ($_.Attributes | Where-Object { $_ -is [System.Management.Automation.ParameterAttribute] -and $_.DontShow })
    }
}

function New-CommandInstance {
    <#
    A cmdlet object as PowerShell creates it before binding (its public parameterless constructor), so its
    properties hold the values a parameter has when it is not given. Null for a command that is not a
    compiled cmdlet (a function).
    #>
    param([Parameter(Mandatory)] [System.Management.Automation.CommandInfo] $Command)
    if ($Command -isnot [System.Management.Automation.CmdletInfo]) { return $null }
    [Activator]::CreateInstance($Command.ImplementingType)
}

function Get-ParameterProperty {
    # The property behind a compiled cmdlet's parameter; the most derived one when a subclass hides it.
    param([type] $Type, [string] $Name)
    if (-not $Type) { return $null }
    $Type.GetProperties() | Where-Object Name -EQ $Name | Select-Object -First 1
}

function Format-DefaultValue([object] $Value) {
    # What a user would type for the value; null when a parameter that is left out has no value.
    if ($null -eq $Value -or $Value -is [System.Management.Automation.SwitchParameter] -or ($Value -is [bool] -and -not $Value)) { return $null }
    if ($Value -is [string]) { if ($Value) { return $Value } else { return $null } }
    if ($Value -is [Collections.IEnumerable]) {
        $items = @($Value | ForEach-Object { [Convert]::ToString($_, [Globalization.CultureInfo]::InvariantCulture) })
        if ($items.Count) { return $items -join ', ' } else { return $null }
    }
    [Convert]::ToString($Value, [Globalization.CultureInfo]::InvariantCulture)
}

function Get-ParameterDefault {
    <#
    The default value help shows for a parameter, or null for none: the Help (or Value) of its
    [PSDefaultValue] attribute, where the code applies the default somewhere else (per row, from the
    connection); otherwise the cmdlet's initial property value ($Instance from New-CommandInstance). A
    parameter that every one of its sets requires has none, and neither has a switch that is off.
    #>
    param(
        [Parameter(Mandatory)] [System.Management.Automation.CommandInfo] $Command,
        [Parameter(Mandatory)] [System.Management.Automation.ParameterMetadata] $Parameter,
        [object] $Instance
    )
    $type = if ($Command -is [System.Management.Automation.CmdletInfo]) { $Command.ImplementingType } else { $null }
    $property = Get-ParameterProperty $type $Parameter.Name
    $declared = if ($property) { $property.GetCustomAttributes([System.Management.Automation.PSDefaultValueAttribute], $true) } else { $Parameter.Attributes }
    $attribute = @($declared | Where-Object { $_ -is [System.Management.Automation.PSDefaultValueAttribute] }) | Select-Object -First 1
    if ($attribute) { if ($attribute.Help) { return $attribute.Help } else { return Format-DefaultValue $attribute.Value } }
    if (-not ($Parameter.ParameterSets.Values | Where-Object { -not $_.IsMandatory })) { return $null }
    if ($property -and $null -ne $Instance) { return Format-DefaultValue $property.GetValue($Instance) }
    $null
}

function Get-PipelineInputText($SetData) {
    $byValue = $SetData.ValueFromPipeline
    $byName = $SetData.ValueFromPipelineByPropertyName
    if ($byValue -and $byName) { 'True (ByValue, ByPropertyName)' } elseif ($byValue) { 'True (ByValue)' } elseif ($byName) { 'True (ByPropertyName)' } else { 'False' }
}

function Get-ParameterSetGroup {
    <#
    A parameter's sets grouped by how it binds in them (required, position, pipeline input): one group
    when it binds the same way in every set, else one per way, each with the names of its sets. Each group
    has Sets, Required, Position ('named' or the number) and PipelineInput, as MAML writes them.
    #>
    param([Parameter(Mandatory)] [System.Management.Automation.ParameterMetadata] $Parameter)
    $Parameter.ParameterSets.GetEnumerator() | ForEach-Object {
        [pscustomobject]@{
            Set = if ($_.Key -eq [System.Management.Automation.ParameterAttribute]::AllParameterSets) { '(All)' } else { $_.Key }
            Required = $_.Value.IsMandatory.ToString().ToLower()
            Position = if ($_.Value.Position -ge 0) { "$($_.Value.Position)" } else { 'named' }
            PipelineInput = Get-PipelineInputText $_.Value
        }
    } | Group-Object Required, Position, PipelineInput | Sort-Object { $_.Group[0].Set } | ForEach-Object {
        [pscustomobject]@{
            Sets = @($_.Group.Set | Sort-Object)
            Required = $_.Group[0].Required
            Position = $_.Group[0].Position
            PipelineInput = $_.Group[0].PipelineInput
        }
    }
}

function Get-DeclaredOutputName {
    <# The names of a command's [OutputType] types as help writes them: full type names, None for [void]. #>
    param([Parameter(Mandatory)] [System.Management.Automation.CommandInfo] $Command)
    foreach ($output in $Command.OutputType) {
        if ($output.Type -eq [void]) { 'None' } elseif ($output.Type) { $output.Type.FullName } else { $output.Name }
    }
}

function Test-OutputSection {
    <#
    Compares the markdown's OUTPUTS (one '### Type' heading each) with the command's [OutputType]: each
    problem as @{ Line; Message }, so the build names the line to fix. The names must match exactly: the
    help of a type that is not written would mislead, and a written type without words is undocumented.
    #>
    param([Parameter(Mandatory)] $Help, [Parameter(Mandatory)] [System.Management.Automation.CommandInfo] $Command)
    $declared = @(Get-DeclaredOutputName $Command)
    $listed = @($Help.Outputs | ForEach-Object Type)
    $declaredText = if ($declared) { $declared -join ', ' } else { 'none' }
    foreach ($output in $Help.Outputs | Where-Object { $_.Type -cnotin $declared }) {
        [pscustomobject]@{ Line = $output.Line; Message = "OUTPUTS names $($output.Type), but $($Command.Name) declares [OutputType] $($declaredText): name the declared types (None for [void]), or change [OutputType]." }
    }
    foreach ($name in $declared | Where-Object { $_ -cnotin $listed }) {
        [pscustomobject]@{ Line = $Help.OutputsLine; Message = "OUTPUTS does not describe $name, which $($Command.Name) declares in [OutputType]: add '### $name' with what it holds." }
    }
}

Export-ModuleMember -Function Test-OutputSection, Get-DocumentedParameter, New-CommandInstance, Get-ParameterDefault, Get-ParameterSetGroup, Get-PipelineInputText, Get-DeclaredOutputName
