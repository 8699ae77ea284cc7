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
    param([string[]]$Pattern)
    $roots = @(
        'HKLM:\SOFTWARE\Microsoft\Windows\CurrentVersion\Uninstall\*',
        'HKLM:\SOFTWARE\WOW6432Node\Microsoft\Windows\CurrentVersion\Uninstall\*'
    )
    foreach ($root in $roots) {
        $entries = Get-ItemProperty -Path $root -ErrorAction SilentlyContinue
        foreach ($entry in $entries) {
            $displayName = $entry.PSObject.Properties['DisplayName']
            $displayVersion = $entry.PSObject.Properties['DisplayVersion']
            if ($null -eq $displayName -or $null -eq $displayVersion) {
                continue
            }
            foreach ($p in $Pattern) {
                if ([string]$displayName.Value -like $p) {
                    return [string]$displayVersion.Value
                }
            }
        }
    }
    return $null
}

#include Get-DockwiseProperty.ps1

function Test-DockwiseExitCode {
    # Runs a program quietly; true when it exists and ends with exit code 0.
    param([string]$FilePath, [string[]]$ArgumentList)
    if (-not (Test-Path -Path $FilePath)) {
        return $false
    }
    # what the program writes on stderr is not a failure of the probe (Windows PowerShell 5.1 would stop on it)
    $ErrorActionPreference = 'Continue'
    try {
        $null = & $FilePath @ArgumentList 2>&1
        return $LASTEXITCODE -eq 0
    }
    catch {
        return $false
    }
}

function Test-DockwiseFeatureOn {
    param([object[]]$Enabled, [string]$Name)
    return [bool]($Enabled -contains $Name)
}

Write-Output 'Probe: reading Windows edition, build and hardware'
$versionKey = 'HKLM:\SOFTWARE\Microsoft\Windows NT\CurrentVersion'
$os = Get-CimInstance -ClassName Win32_OperatingSystem
$computer = Get-CimInstance -ClassName Win32_ComputerSystem
$cpu = Get-CimInstance -ClassName Win32_Processor | Select-Object -First 1

# Edition and build from the registry: ProductName says "Windows 10" on Windows 11, so it is not used.
# Every EditionID Windows has, to Dockwise's edition; a lookup, so that exactly one value comes out
# (a wildcard switch without break gave ProfessionalWorkstation both 'pro-workstation' and 'pro').
# Sources: Microsoft's EditionID/SKU lists (Windows client editions, Windows Server editions; Azure
# Edition reports ServerTurbine); Windows 7's editions for the hosts of Docker Toolbox.
# Editions the profile can't name are 'other', never the nearest one: Hyper-V Server (ServerHyperCore)
# has no Containers feature (MicrosoftDocs/Virtualization-Documentation#945), multi-session
# (ServerRdsh) reports itself as a server, Windows 10 S (Cloud) runs Store apps only.
$editionIds = @{
    'Core' = 'home'
    'CoreN' = 'home'
    'CoreSingleLanguage' = 'home'
    'CoreCountrySpecific' = 'home'
    'Starter' = 'home'
    'StarterN' = 'home'
    'HomeBasic' = 'home'
    'HomeBasicN' = 'home'
    'HomePremium' = 'home'
    'HomePremiumN' = 'home'
    'Professional' = 'pro'
    'ProfessionalN' = 'pro'
    'ProfessionalSingleLanguage' = 'pro'
    'ProfessionalCountrySpecific' = 'pro'
    'ProfessionalEducation' = 'pro'
    'ProfessionalEducationN' = 'pro'
    'ProfessionalWorkstation' = 'pro-workstation'
    'ProfessionalWorkstationN' = 'pro-workstation'
    'Ultimate' = 'enterprise'
    'UltimateN' = 'enterprise'
    'Enterprise' = 'enterprise'
    'EnterpriseN' = 'enterprise'
    'EnterpriseG' = 'enterprise'
    'EnterpriseGN' = 'enterprise'
    'EnterpriseS' = 'enterprise'
    'EnterpriseSN' = 'enterprise'
    'ServerRdsh' = 'other'
    'Cloud' = 'other'
    'CloudN' = 'other'
    'Education' = 'education'
    'EducationN' = 'education'
    'IoTEnterprise' = 'iot-enterprise'
    'IoTEnterpriseK' = 'iot-enterprise'
    'IoTEnterpriseS' = 'iot-enterprise'
    'IoTEnterpriseSK' = 'iot-enterprise'
    'ServerStandard' = 'server-standard'
    'ServerStandardN' = 'server-standard'
    'ServerStandardEval' = 'server-standard'
    'ServerStandardCore' = 'server-standard'
    'ServerStandardEvalCore' = 'server-standard'
    'ServerStandardACor' = 'server-standard'
    'ServerDatacenter' = 'server-datacenter'
    'ServerDatacenterN' = 'server-datacenter'
    'ServerDatacenterEval' = 'server-datacenter'
    'ServerDatacenterCore' = 'server-datacenter'
    'ServerDatacenterEvalCore' = 'server-datacenter'
    'ServerDatacenterACor' = 'server-datacenter'
    'ServerTurbine' = 'server-datacenter'
    'ServerTurbineCor' = 'server-datacenter'
    'ServerAzureEdition' = 'server-datacenter'
    'ServerSolution' = 'server-essentials'
    'ServerSolutionEM' = 'server-essentials'
    'ServerEssentials' = 'server-essentials'
    'ServerHyperCore' = 'other'
}
$editionId = [string](Get-DockwiseRegistryValue -Path $versionKey -Name 'EditionID')
$edition = 'other'
if ($editionIds.ContainsKey($editionId)) {
    $edition = $editionIds[$editionId]
}
# The raw EditionID goes into the profile where the edition alone can't say it all: an edition the
# profile can't name (or one this table doesn't know), an evaluation, a Semi-Annual Channel Server.
$keepEditionId = ($editionId -ne '') -and (($edition -eq 'other') -or ($editionId -like '*Eval*') -or ($editionId -like '*ACor'))
# LTSC/LTSB EditionIDs end in S (EnterpriseS, EnterpriseSN, IoTEnterpriseS, IoTEnterpriseSK); they keep their build
$ltsc = ($editionId -like 'EnterpriseS*') -or ($editionId -like 'IoTEnterpriseS*')
# S mode (Windows 10 1803 and later): Code Integrity's SkuPolicyRequired is 1 (Microsoft's unattend
# reference, Microsoft-Windows-CodeIntegrity SKUPolicyRequired); absent or 0 elsewhere
$sMode = (Get-DockwiseRegistryValue -Path 'HKLM:\SYSTEM\CurrentControlSet\Control\CI\Policy' -Name 'SkuPolicyRequired') -eq 1
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

# The processor's own architecture: under emulation (x64 PowerShell on an ARM64 laptop) the
# environment says AMD64. Win32_Processor.Architecture: 0 x86, 9 x64, 12 ARM64.
$arch = $null
$processorArchitecture = Get-DockwiseProperty -InputObject $cpu -Name 'Architecture'
if ($null -ne $processorArchitecture) {
    $arch = switch ([int]$processorArchitecture) {
        9 { 'x64' }
        12 { 'arm64' }
        0 { 'x86' }
        default { $null }
    }
}
if ($null -eq $arch) {
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
}
$memoryGb = [math]::Round($computer.TotalPhysicalMemory / 1073741824, 1)

# break: a wildcard switch goes on matching, and one manufacturer must give one vendor
$vendor = switch -Wildcard ([string]$cpu.Manufacturer) {
    'GenuineIntel' { 'intel'; break }
    'AuthenticAMD' { 'amd'; break }
    '*Qualcomm*' { 'arm'; break }
    '*ARM*' { 'arm'; break }
    default { 'other' }
}

Write-Output 'Probe: reading whether this is a virtual machine'
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
elseif ($manufacturer -like 'Parallels*' -or $model -like 'Parallels*') {
    $machine = 'virtual'
    $hypervisor = 'parallels'
}
elseif ($manufacturer -like 'Nutanix*' -or $model -like '*AHV*') {
    $machine = 'virtual'
    $hypervisor = 'kvm'
}
elseif ($manufacturer -like 'OpenStack*' -or $model -like 'OpenStack*') {
    $machine = 'virtual'
    $hypervisor = 'kvm'
    $cloud = 'other'
}
elseif ($manufacturer -like 'QEMU*' -or $model -like '*KVM*' -or $model -like 'Standard PC (*') {
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

Write-Output 'Probe: reading Windows features and WSL'
# Features: Win32_OptionalFeature works without elevation (Get-WindowsOptionalFeature needs it).
$enabled = @(Get-CimInstance -ClassName Win32_OptionalFeature -Filter 'InstallState = 1' | ForEach-Object { $_.Name })
$hyperV = (Test-DockwiseFeatureOn -Enabled $enabled -Name 'Microsoft-Hyper-V') -or (Test-DockwiseFeatureOn -Enabled $enabled -Name 'Microsoft-Hyper-V-All')
$containers = Test-DockwiseFeatureOn -Enabled $enabled -Name 'Containers'
$virtualMachinePlatform = Test-DockwiseFeatureOn -Enabled $enabled -Name 'VirtualMachinePlatform'
$wslFeature = Test-DockwiseFeatureOn -Enabled $enabled -Name 'Microsoft-Windows-Subsystem-Linux'
# The Store WSL: its package, where the Appx module loads (it fails under PowerShell 7 on some
# builds, which must not end the probe), or wsl.exe answering --version, which only the Store WSL knows.
$wslExe = Join-Path -Path $env:SystemRoot -ChildPath 'System32\wsl.exe'
$storeWsl = $false
try {
    $storeWsl = $null -ne (Get-AppxPackage -Name 'MicrosoftCorporationII.WindowsSubsystemForLinux' -ErrorAction Stop)
}
catch {
    Write-Verbose ('Get-AppxPackage is not available here: ' + $_.Exception.Message)
}
if (-not $storeWsl) {
    $storeWsl = Test-DockwiseExitCode -FilePath $wslExe -ArgumentList @('--version')
}
# wsl --status answers once WSL is installed (inbox or Store); without it wsl.exe only explains how to install it.
$wslAnswers = Test-DockwiseExitCode -FilePath $wslExe -ArgumentList @('--status')
$wsl = 0
if ($wslFeature -or $storeWsl -or $wslAnswers) {
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
# The properties came with Windows 8: on Windows 7 they stay unknown.
$hypervisorPresent = Get-DockwiseProperty -InputObject $computer -Name 'HypervisorPresent'
$firmwareFlag = Get-DockwiseProperty -InputObject $cpu -Name 'VirtualizationFirmwareEnabled'
$vmxFlag = Get-DockwiseProperty -InputObject $cpu -Name 'VMMonitorModeExtensions'
$slatFlag = Get-DockwiseProperty -InputObject $cpu -Name 'SecondLevelAddressTranslationExtensions'
$virtualizationEnabled = $null
$slat = $null
$nested = $null
if ($machine -eq 'physical') {
    if ($hypervisorPresent -eq $true) {
        $virtualizationEnabled = $true
    }
    elseif ($null -ne $firmwareFlag) {
        $virtualizationEnabled = [bool]$firmwareFlag
        if ($null -ne $slatFlag) {
            $slat = [bool]$slatFlag
        }
    }
}
else {
    # Inside a VM the parent's hypervisor always shows as present, and Windows hides the processor's
    # flags once a hypervisor runs: only a flag that reads true shows that the parent exposes
    # virtualization extensions; anything else is unknown, never "not exposed". (The vmcompute
    # service says nothing here: it runs with the Containers feature alone.)
    if ($firmwareFlag -eq $true -or $vmxFlag -eq $true) {
        $nested = $true
        $virtualizationEnabled = $true
    }
}

Write-Output 'Probe: reading installed software and administrator rights'
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
            # VirtualBox 5 and 6 call themselves "Oracle VM VirtualBox 6.1.50", 7 "Oracle VirtualBox 7.1.4"
            virtualBox = Get-DockwiseInstalledVersion -Pattern @('Oracle VM VirtualBox*', 'Oracle VirtualBox*')
            vmwareWorkstation = Get-DockwiseInstalledVersion -Pattern @('VMware Workstation*')
            dockerDesktop = Get-DockwiseInstalledVersion -Pattern @('Docker Desktop*')
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
# Later additions to v1, after the edition and written only where they say something, as Dockwise
# writes profiles: other v1 readers see no new field elsewhere
$at = 1
if ($keepEditionId) {
    $dockwiseProfile.host.Insert($at, 'editionId', $editionId)
    $at++
}
if ($ltsc) {
    $dockwiseProfile.host.Insert($at, 'ltsc', $true)
    $at++
}
if ($sMode -and ($edition -notlike 'server-*')) {
    $dockwiseProfile.host.Insert($at, 'sMode', $true)
}

if ($OutFile -eq '') {
    $OutFile = Join-Path -Path (Get-Location).Path -ChildPath ($env:COMPUTERNAME + '.dockwise.json')
}
$json = $dockwiseProfile | ConvertTo-Json -Depth 6
[System.IO.File]::WriteAllText($OutFile, $json, (New-Object -TypeName System.Text.UTF8Encoding -ArgumentList $false))
Write-Output ('Wrote ' + $OutFile)
Write-Output ('Windows ' + $edition + ' build ' + $build + ', ' + $arch + ', ' + $memoryGb + ' GB, ' + $machine)
Write-Output 'Open it in Dockwise (File > Import probe results) or run: dockwise recommend --profile <file>'
