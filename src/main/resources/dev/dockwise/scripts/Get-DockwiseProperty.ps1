function Get-DockwiseProperty {
    # A property older Windows lacks (HypervisorPresent and the processor's virtualization flags came
    # with Windows 8): $null, unknown, instead of an error under strict mode on Windows 7.
    param([object]$InputObject, [string]$Name)
    if ($null -eq $InputObject) {
        return $null
    }
    $property = $InputObject.PSObject.Properties[$Name]
    if ($null -eq $property) {
        return $null
    }
    return $property.Value
}
