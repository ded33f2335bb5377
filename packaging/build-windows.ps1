<#
.SYNOPSIS
  Build wikidesk's MSI on Windows from a clean checkout: the venv, the frozen app (PyInstaller), the MSI (WiX 3).

.DESCRIPTION
  Needs Python 3.11+ (64-bit) and the WiX Toolset 3.11+ (https://wixtoolset.org; `winget install WiXToolset.WiXToolset`
  or `choco install wixtoolset`), nothing else. From the repository root, in PowerShell:

      powershell -ExecutionPolicy Bypass -File packaging\build-windows.ps1

  Output: build\dist\wikidesk\ (wikidesk.exe, wikideskw.exe, _internal\) and build\wikidesk-<version>.msi.
  The same packaging\wikidesk.wxs is compiled with wixl on Linux in CI (packaging/build_msi.py); see its header.
  Sign the two .exe files before the MSI step and the MSI after it if your organisation requires signed software
  (signtool sign /fd SHA256 /tr <timestamp-url> /td SHA256 /sha1 <thumbprint> <file>).

.PARAMETER Python
  The Python to make the venv with (default: py -3, the launcher's newest Python 3).

.PARAMETER WixBin
  The WiX Toolset's bin folder (default: $env:WIX\bin, which the WiX installer sets).
#>
param(
    [string]$Python = "py -3",
    [string]$WixBin = $(if ($env:WIX) { Join-Path $env:WIX "bin" } else { "" })
)
$ErrorActionPreference = "Stop"
Set-Location (Split-Path -Parent $PSScriptRoot)

function Invoke-Checked([string]$What, [scriptblock]$Command) {
    & $Command
    if ($LASTEXITCODE -ne 0) { throw "build-windows: $What failed (exit code $LASTEXITCODE)" }
}

if (-not $WixBin -or -not (Test-Path (Join-Path $WixBin "candle.exe"))) {
    throw "build-windows: WiX 3 not found; install the WiX Toolset or pass -WixBin 'C:\Program Files (x86)\WiX Toolset v3.14\bin'"
}
$candle = Join-Path $WixBin "candle.exe"
$light = Join-Path $WixBin "light.exe"
$heat = Join-Path $WixBin "heat.exe"

# 1. The venv, as the README installs it, with the test extras (PyInstaller's tested version among them)
if (-not (Test-Path ".venv\Scripts\python.exe")) {
    Invoke-Checked "creating the venv" { Invoke-Expression "$Python -m venv .venv" }
}
$py = (Resolve-Path ".venv\Scripts\python.exe").Path
Invoke-Checked "installing wikidesk" { & $py -m pip install -q -e ".[test]" }
$version = (& $py -c "import wikidesk; print(wikidesk.__version__)").Trim()

# 2. The icon and the frozen app (wikidesk.exe with a console for the command line, wikideskw.exe without one)
Remove-Item -Recurse -Force build\dist\wikidesk, build\pyinstaller, build\wix -ErrorAction SilentlyContinue
New-Item -ItemType Directory -Force build\wix | Out-Null
Invoke-Checked "making the icon" { & $py packaging\make_icon.py build\wikidesk.ico }
$env:WIKIDESK_ICON = (Resolve-Path build\wikidesk.ico).Path
Invoke-Checked "PyInstaller" {
    & $py -m PyInstaller --noconfirm --log-level WARN --distpath build\dist --workpath build\pyinstaller packaging\wikidesk.spec
}
Invoke-Checked "the frozen command line" { & build\dist\wikidesk\wikidesk.exe --version }

# 3. The MSI: harvest _internal\ into the component group AppFiles, then compile and link with the fixed UpgradeCode
$dist = (Resolve-Path build\dist\wikidesk).Path
Invoke-Checked "heat" {
    & $heat dir "$dist\_internal" -nologo -cg AppFiles -dr INTERNALDIR -var var.InternalDir -ag -srd -sfrag -sreg -scom `
        -out build\wix\files.wxs
}
Invoke-Checked "candle" {
    & $candle -nologo -arch x64 -dToolset=wix "-dVersion=$version" "-dDistDir=$dist" "-dExeSuffix=.exe" `
        "-dIconFile=$env:WIKIDESK_ICON" "-dInternalDir=$dist\_internal" "-dWin64=yes" `
        -out build\wix\ packaging\wikidesk.wxs build\wix\files.wxs
}
$msi = "build\wikidesk-$version.msi"
Invoke-Checked "light" { & $light -nologo -out $msi build\wix\wikidesk.wixobj build\wix\files.wixobj }
Write-Host "build-windows: $msi ($([math]::Round((Get-Item $msi).Length / 1MB, 1)) MB)"
Write-Host "Try it: msiexec /i $msi /qn /l*v build\install.log SHAREDFOLDER=`"U:\Team\wiki`" LANGUAGE=nb"
