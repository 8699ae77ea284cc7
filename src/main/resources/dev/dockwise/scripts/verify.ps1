#Requires -Version 5.1
<#
.SYNOPSIS
    Checks what a Dockwise install script set up, without elevation and without changing anything.
.DESCRIPTION
    Written by Dockwise (dockwise probe --verify, or Check the setup in the app). For the mode given with
    -Mode it asks the engine for its version and the kind of containers it runs, runs a test container
    (hello-world, which has Windows and Linux variants), asks WSL for its status where the mode uses WSL,
    and reads the newest install transcript in %ProgramData%\Dockwise\logs. Each check prints one line:
    CHECK <id> PASS|FAIL <what was found>; each error line of the transcript: ERROR <text>.
#>
[CmdletBinding()]
param(
    [Parameter(Mandatory = $true)]
    [ValidateSet('desktop-wsl2', 'desktop-hyperv', 'wsl2-engine', 'windows-process', 'windows-hyperv', 'linux-vm', 'toolbox')]
    [string]$Mode
)

Set-StrictMode -Version Latest
$ErrorActionPreference = 'Stop'
$ProgressPreference = 'SilentlyContinue'
$env:WSL_UTF8 = '1'

function Write-DockwiseCheck {
    param([string]$Id, [bool]$Passed, [string]$Detail)
    $state = 'FAIL'
    if ($Passed) {
        $state = 'PASS'
    }
    Write-Output ('CHECK ' + $Id + ' ' + $state + ' ' + (($Detail -replace '\s+', ' ').Trim()))
}

function Invoke-DockwiseDocker {
    # docker as this mode reaches it: inside the WSL distribution for Docker Engine in WSL 2, else docker.exe
    param([string[]]$ArgumentList)
    $output = & {
        $ErrorActionPreference = 'Continue'
        if ($Mode -eq 'wsl2-engine') {
            & wsl.exe --exec docker @ArgumentList 2>&1
        }
        else {
            & docker.exe @ArgumentList 2>&1
        }
    }
    return [pscustomobject]@{ ExitCode = $LASTEXITCODE; Text = ((@($output) | ForEach-Object { [string]$_ }) -join ' ') }
}

$expectedOs = 'linux'
if (@('windows-process', 'windows-hyperv') -contains $Mode) {
    $expectedOs = 'windows'
}

try {
    $version = Invoke-DockwiseDocker -ArgumentList @('version', '--format', '{{.Server.Version}}')
    Write-DockwiseCheck -Id 'engine' -Passed ($version.ExitCode -eq 0) -Detail $version.Text
}
catch {
    Write-DockwiseCheck -Id 'engine' -Passed $false -Detail $_.Exception.Message
}

try {
    $os = Invoke-DockwiseDocker -ArgumentList @('info', '--format', '{{.OSType}}')
    Write-DockwiseCheck -Id 'engine-os' -Passed ($os.ExitCode -eq 0 -and $os.Text.Trim() -eq $expectedOs) -Detail ('expected ' + $expectedOs + ', the engine says: ' + $os.Text)
}
catch {
    Write-DockwiseCheck -Id 'engine-os' -Passed $false -Detail $_.Exception.Message
}

try {
    $run = Invoke-DockwiseDocker -ArgumentList @('run', '--rm', 'hello-world')
    Write-DockwiseCheck -Id 'container' -Passed ($run.ExitCode -eq 0 -and $run.Text -match 'Hello from Docker') -Detail $run.Text
}
catch {
    Write-DockwiseCheck -Id 'container' -Passed $false -Detail $_.Exception.Message
}

if (@('desktop-wsl2', 'wsl2-engine') -contains $Mode) {
    try {
        $status = & { $ErrorActionPreference = 'Continue'; & wsl.exe --status 2>&1 }
        Write-DockwiseCheck -Id 'wsl' -Passed ($LASTEXITCODE -eq 0) -Detail ((@($status) | ForEach-Object { [string]$_ }) -join ' ')
    }
    catch {
        Write-DockwiseCheck -Id 'wsl' -Passed $false -Detail $_.Exception.Message
    }
}

$logs = Join-Path -Path $env:ProgramData -ChildPath 'Dockwise\logs'
$transcript = @(Get-ChildItem -Path $logs -Filter ('install-' + $Mode + '-*.log') -File -ErrorAction SilentlyContinue | Sort-Object -Property LastWriteTime -Descending) | Select-Object -First 1
if ($null -eq $transcript) {
    Write-DockwiseCheck -Id 'transcript' -Passed $false -Detail ('no install transcript for ' + $Mode + ' in ' + $logs)
}
else {
    $text = @(Get-Content -LiteralPath $transcript.FullName -ErrorAction SilentlyContinue)
    $finished = @($text | Where-Object { $_ -like 'Dockwise: all steps done*' }).Count -gt 0
    Write-DockwiseCheck -Id 'transcript' -Passed $finished -Detail $transcript.FullName
    $errors = @($text | Where-Object { $_ -match '(?i)\b(error|exception|failed|cannot|could not)\b' } | Select-Object -Last 20)
    foreach ($line in $errors) {
        Write-Output ('ERROR ' + ([string]$line).Trim())
    }
}
