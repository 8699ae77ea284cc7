#Requires -Version 5.1
<#
.SYNOPSIS
    Dockwise host probe: reads this computer's facts and writes them as a Dockwise profile.
.DESCRIPTION
    Read-only: it changes nothing and runs without elevation (a few values need it and are left
    unknown otherwise). It writes HOSTNAME.dockwise.json (dockwise.profile/v1, UTF-8) for the
    Dockwise wizard's File > Import probe results, or for: dockwise recommend --profile FILE.
    What the containers are for (the "needs") is left for the wizard to ask.
.PARAMETER OutFile
    Where to write the profile; defaults to HOSTNAME.dockwise.json in the current folder.
#>
[CmdletBinding()]
param(
    [string]$OutFile = ''
)

Set-StrictMode -Version Latest
$ErrorActionPreference = 'Stop'
$env:WSL_UTF8 = '1'

function Get-DockwiseRegistryValue {
    param([string]$Path, [string]$Name)
    $item = Get-ItemProperty -Path $Path -Name $Name -ErrorAction SilentlyContinue
    if ($null -eq $item) {
        return $null
    }
    return $item.$Name
}

function Get-DockwiseInstalledVersion {
    param([string]$Pattern)
    $roots = @(
        'HKLM:\SOFTWARE\Microsoft\Windows\CurrentVersion\Uninstall\*',
        'HKLM:\SOFTWARE\WOW6432Node\Microsoft\Windows\CurrentVersion\Uninstall\*'
    )
    foreach ($root in $roots) {
        $entries = Get-ItemProperty -Path $root -ErrorAction SilentlyContinue
        foreach ($entry in $entries) {
            $displayName = $entry.PSObject.Properties['DisplayName']
            $displayVersion = $entry.PSObject.Properties['DisplayVersion']
            if ($null -ne $displayName -and $null -ne $displayVersion -and $displayName.Value -like $Pattern) {
                return [string]$displayVersion.Value
            }
        }
    }
    return $null
}

function Test-DockwiseFeatureOn {
    param([object[]]$Enabled, [string]$Name)
    return [bool]($Enabled -contains $Name)
}

$versionKey = 'HKLM:\SOFTWARE\Microsoft\Windows NT\CurrentVersion'
$os = Get-CimInstance -ClassName Win32_OperatingSystem
$computer = Get-CimInstance -ClassName Win32_ComputerSystem
$cpu = Get-CimInstance -ClassName Win32_Processor | Select-Object -First 1

# Edition and build from the registry: ProductName says "Windows 10" on Windows 11, so it is not used.
$editionId = [string](Get-DockwiseRegistryValue -Path $versionKey -Name 'EditionID')
$edition = switch -Wildcard ($editionId) {
    'Core*' { 'home' }
    'ProfessionalWorkstation*' { 'pro-workstation' }
    'Professional*' { 'pro' }
    'IoTEnterprise*' { 'iot-enterprise' }
    'Enterprise*' { 'enterprise' }
    'Education*' { 'education' }
    'ServerStandard*' { 'server-standard' }
    'ServerDatacenter*' { 'server-datacenter' }
    'ServerAzure*' { 'server-datacenter' }
    'ServerSolution*' { 'server-essentials' }
    'ServerEssentials*' { 'server-essentials' }
    default { 'other' }
}
$build = [int](Get-DockwiseRegistryValue -Path $versionKey -Name 'CurrentBuild')
$ubrValue = Get-DockwiseRegistryValue -Path $versionKey -Name 'UBR'
$ubr = $null
if ($null -ne $ubrValue) {
    $ubr = [int]$ubrValue
}
$installationType = [string](Get-DockwiseRegistryValue -Path $versionKey -Name 'InstallationType')
$serverInstallation = switch ($installationType) {
    'Server' { 'desktop-experience' }
    'Server Core' { 'server-core' }
    'Nano Server' { 'nano' }
    default { $null }
}

$architecture = $env:PROCESSOR_ARCHITECTURE
if ($null -ne $env:PROCESSOR_ARCHITEW6432) {
    $architecture = $env:PROCESSOR_ARCHITEW6432
}
$arch = switch ($architecture) {
    'AMD64' { 'x64' }
    'ARM64' { 'arm64' }
    'x86' { 'x86' }
    default { $null }
}
$memoryGb = [math]::Round($computer.TotalPhysicalMemory / 1073741824, 1)

$vendor = switch -Wildcard ([string]$cpu.Manufacturer) {
    'GenuineIntel' { 'intel' }
    'AuthenticAMD' { 'amd' }
    '*ARM*' { 'arm' }
    '*Qualcomm*' { 'arm' }
    default { 'other' }
}

# Physical or virtual, which hypervisor and which cloud, from the firmware strings.
$manufacturer = [string]$computer.Manufacturer
$model = [string]$computer.Model
$assetTag = [string](Get-CimInstance -ClassName Win32_SystemEnclosure | Select-Object -First 1).SMBIOSAssetTag
$machine = 'physical'
$hypervisor = $null
$cloud = $null
if ($model -like '*Virtual Machine*' -and $manufacturer -like 'Microsoft*') {
    $machine = 'virtual'
    $hypervisor = 'hyperv'
    if ($assetTag -eq '7783-7084-3265-9085-8269-3286-77') {
        $cloud = 'azure'
    }
}
elseif ($manufacturer -like 'VMware*' -or $model -like 'VMware*') {
    $machine = 'virtual'
    $hypervisor = 'vmware'
}
elseif ($model -like '*VirtualBox*' -or $manufacturer -like 'innotek*') {
    $machine = 'virtual'
    $hypervisor = 'virtualbox'
}
elseif ($manufacturer -like 'Amazon EC2*') {
    $machine = 'virtual'
    $hypervisor = 'kvm'
    $cloud = 'aws'
}
elseif ($manufacturer -like 'Google*') {
    $machine = 'virtual'
    $hypervisor = 'kvm'
    $cloud = 'gcp'
}
elseif ($manufacturer -like 'QEMU*' -or $model -like '*KVM*') {
    $machine = 'virtual'
    $hypervisor = 'kvm'
}
elseif ($manufacturer -like 'Xen*') {
    $machine = 'virtual'
    $hypervisor = 'xen'
}

$vmSize = $null
if ($cloud -eq 'azure') {
    try {
        $vmSize = [string](Invoke-RestMethod -Uri 'http://169.254.169.254/metadata/instance/compute/vmSize?api-version=2021-02-01&format=text' -Headers @{ Metadata = 'true' } -TimeoutSec 3 -UseBasicParsing)
    }
    catch {
        Write-Verbose 'Azure instance metadata not reachable; VM size left unknown.'
    }
}

# Features: Win32_OptionalFeature works without elevation (Get-WindowsOptionalFeature needs it).
$enabled = @(Get-CimInstance -ClassName Win32_OptionalFeature -Filter 'InstallState = 1' | ForEach-Object { $_.Name })
$hyperV = (Test-DockwiseFeatureOn -Enabled $enabled -Name 'Microsoft-Hyper-V') -or (Test-DockwiseFeatureOn -Enabled $enabled -Name 'Microsoft-Hyper-V-All')
$containers = Test-DockwiseFeatureOn -Enabled $enabled -Name 'Containers'
$virtualMachinePlatform = Test-DockwiseFeatureOn -Enabled $enabled -Name 'VirtualMachinePlatform'
$wslFeature = Test-DockwiseFeatureOn -Enabled $enabled -Name 'Microsoft-Windows-Subsystem-Linux'
$storeWsl = $null -ne (Get-AppxPackage -Name 'MicrosoftCorporationII.WindowsSubsystemForLinux' -ErrorAction SilentlyContinue)
$wsl = 0
if ($wslFeature -or $storeWsl) {
    $wsl = 1
    if ($virtualMachinePlatform -or $storeWsl) {
        $defaultVersion = Get-DockwiseRegistryValue -Path 'HKCU:\Software\Microsoft\Windows\CurrentVersion\Lxss' -Name 'DefaultVersion'
        $wsl = 2
        if ($null -ne $defaultVersion -and [int]$defaultVersion -eq 1) {
            $wsl = 1
        }
    }
}

# Firmware virtualization and SLAT are only meaningful while no hypervisor runs (HypervisorPresent first).
$virtualizationEnabled = $null
$slat = $null
$nested = $null
if ($machine -eq 'physical') {
    if ($computer.HypervisorPresent) {
        $virtualizationEnabled = $true
    }
    else {
        $virtualizationEnabled = [bool]$cpu.VirtualizationFirmwareEnabled
        $slat = [bool]$cpu.SecondLevelAddressTranslationExtensions
    }
}
else {
    $vmcompute = Get-Service -Name 'vmcompute' -ErrorAction SilentlyContinue
    if ($null -ne $vmcompute -and $vmcompute.Status -eq 'Running') {
        $nested = $true
        $virtualizationEnabled = $true
    }
    elseif ($null -ne $cpu.VMMonitorModeExtensions) {
        $nested = [bool]$cpu.VMMonitorModeExtensions
        $virtualizationEnabled = $nested
    }
}

# Administrators group membership (also when this shell is not elevated).
$admin = $null
$groups = & whoami.exe /groups /fo csv
if ($LASTEXITCODE -eq 0) {
    $admin = $null -ne ($groups | ConvertFrom-Csv | Where-Object { $_.SID -eq 'S-1-5-32-544' })
}

$dockwiseProfile = [ordered]@{
    schema = 'dockwise.profile/v1'
    name = $env:COMPUTERNAME
    host = [ordered]@{
        edition = $edition
        build = $build
        ubr = $ubr
        arch = $arch
        memoryGb = $memoryGb
        serverInstallation = $serverInstallation
        cpu = [ordered]@{
            vendor = $vendor
            virtualizationEnabled = $virtualizationEnabled
            slat = $slat
        }
        machine = $machine
        hypervisor = $hypervisor
        cloud = $cloud
        vmSize = $vmSize
        nestedVirtualization = $nested
        features = [ordered]@{
            hyperV = $hyperV
            containers = $containers
            wsl = $wsl
            virtualMachinePlatform = $virtualMachinePlatform
        }
        software = [ordered]@{
            virtualBox = Get-DockwiseInstalledVersion -Pattern 'Oracle VirtualBox*'
            vmwareWorkstation = Get-DockwiseInstalledVersion -Pattern 'VMware Workstation*'
            dockerDesktop = Get-DockwiseInstalledVersion -Pattern 'Docker Desktop*'
        }
        admin = $admin
    }
    needs = [ordered]@{
        containers = $null
        purpose = $null
        isolation = $null
        windowsImage = $null
        windowsImageVersion = $null
        orchestration = $null
        organization = $null
    }
}

if ($OutFile -eq '') {
    $OutFile = Join-Path -Path (Get-Location).Path -ChildPath ($env:COMPUTERNAME + '.dockwise.json')
}
$json = $dockwiseProfile | ConvertTo-Json -Depth 6
[System.IO.File]::WriteAllText($OutFile, $json, (New-Object -TypeName System.Text.UTF8Encoding -ArgumentList $false))
Write-Output ('Wrote ' + $OutFile)
Write-Output ('Windows ' + $edition + ' build ' + $build + ', ' + $arch + ', ' + $memoryGb + ' GB, ' + $machine)
Write-Output 'Open it in Dockwise (File > Import probe results) or run: dockwise recommend --profile <file>'
