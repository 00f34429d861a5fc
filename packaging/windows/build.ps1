# Build the Meetdesk MSI on Windows: PyInstaller one-folder bundle, then WiX v3 (candle + light).
#
#   powershell -ExecutionPolicy Bypass -File packaging\windows\build.ps1 [-Python python]
#
# Output: dist\meetdesk\ (meetdesk.exe windowed, meetdesk-cli.exe console) and
# dist\Meetdesk-<version>.msi. WiX v3 is taken from $env:WIX (the WiX installer sets it), from
# PATH, or installed into build\wix\tools from the "WiX" NuGet package (3.14.1).
#
# Signing (optional): when WINDOWS_CERT_PFX (base64 of a .pfx) and WINDOWS_CERT_PASSWORD are
# set, signtool signs the executables before they are packed and the MSI afterwards.
param(
    [string]$Python = "python",
    [string]$WixVersion = "3.14.1"
)

$ErrorActionPreference = "Stop"
$Root = (Resolve-Path (Join-Path $PSScriptRoot "..\..")).Path
Set-Location $Root

# Runs a program and stops on a non-zero exit code. A simple function (no param block), so that
# arguments such as "-m" reach the program instead of being taken as PowerShell parameters.
function Invoke-Checked {
    $Exe, $Rest = $args
    & $Exe @Rest
    if ($LASTEXITCODE -ne 0) { throw "$Exe $($Rest -join ' ') failed with exit code $LASTEXITCODE" }
}

# 1. The app, its dependencies and the pinned packaging tools.
Invoke-Checked $Python -m pip install --disable-pip-version-check -e .
Invoke-Checked $Python -m pip install --disable-pip-version-check -r packaging\requirements.txt

$Version = (& $Python -c "import desktop; print(desktop.__version__)").Trim()
# MSI versions are numeric major.minor.build: "1.2.0rc1" -> "1.2.0".
$Numbers = @([regex]::Matches($Version, "\d+") | Select-Object -First 3 | ForEach-Object { $_.Value })
while ($Numbers.Count -lt 3) { $Numbers += "0" }
$MsiVersion = ($Numbers -join ".")
Write-Host "Meetdesk $Version (MSI version $MsiVersion)"

# 2. PyInstaller (also writes packaging\icons\meetdesk.ico).
$Stopwatch = [System.Diagnostics.Stopwatch]::StartNew()
Invoke-Checked $Python -m PyInstaller --noconfirm --clean --log-level WARN `
    --distpath dist --workpath build\pyinstaller packaging\meetdesk.spec
Write-Host "PyInstaller: $([int]$Stopwatch.Elapsed.TotalSeconds) s"
$Dist = Join-Path $Root "dist\meetdesk"

# 3. Smoke test of the frozen app (console twin: the windowed exe has no stdout).
$Reported = (& "$Dist\meetdesk-cli.exe" --version).Trim()
if ($Reported -ne "Meetdesk $Version") { throw "meetdesk-cli.exe --version said '$Reported'" }
$SmokeProfile = Join-Path $env:RUNNER_TEMP "meetdesk-smoke-profile"
if (-not $env:RUNNER_TEMP) { $SmokeProfile = Join-Path $env:TEMP "meetdesk-smoke-profile" }
$Listed = (& "$Dist\meetdesk-cli.exe" --profile $SmokeProfile meetings list --json).Trim()
if ($LASTEXITCODE -ne 0 -or $Listed -ne "[]") { throw "meetings list --json said '$Listed'" }

# 4. Optional code signing.
$SignTool = $null
$PfxPath = $null
if ($env:WINDOWS_CERT_PFX -and $env:WINDOWS_CERT_PASSWORD) {
    $PfxPath = Join-Path $Root "build\signing.pfx"
    [IO.File]::WriteAllBytes($PfxPath, [Convert]::FromBase64String($env:WINDOWS_CERT_PFX))
    $SignTool = Get-ChildItem "${env:ProgramFiles(x86)}\Windows Kits\10\bin\*\x64\signtool.exe" |
        Sort-Object FullName -Descending | Select-Object -First 1 -ExpandProperty FullName
    if (-not $SignTool) { throw "signtool.exe not found" }
}
function Invoke-Sign([string[]]$Files) {
    if (-not $SignTool) { return }
    Invoke-Checked $SignTool sign /f $PfxPath /p $env:WINDOWS_CERT_PASSWORD /fd sha256 `
        /tr http://timestamp.digicert.com /td sha256 @Files
    Invoke-Checked $SignTool verify /pa @Files
}
Invoke-Sign @("$Dist\meetdesk.exe", "$Dist\meetdesk-cli.exe")

# 5. WiX v3.
function Find-WixBin {
    if ($env:WIX -and (Test-Path (Join-Path $env:WIX "bin\candle.exe"))) { return (Join-Path $env:WIX "bin") }
    $candle = Get-Command candle.exe -ErrorAction SilentlyContinue
    if ($candle) { return (Split-Path $candle.Source) }
    $local = Join-Path $Root "build\wix\tools\WiX.$WixVersion\tools"
    if (-not (Test-Path (Join-Path $local "candle.exe"))) {
        Write-Host "Installing WiX $WixVersion from NuGet"
        $nuget = Get-Command nuget.exe -ErrorAction SilentlyContinue
        if ($nuget) {
            # Out-Host: a function returns whatever it prints; only the path must come back.
            Invoke-Checked $nuget.Source install WiX -Version $WixVersion `
                -OutputDirectory (Join-Path $Root "build\wix\tools") | Out-Host
        } else {
            Invoke-Checked choco install wixtoolset --version $WixVersion -y --no-progress | Out-Host
            return (Join-Path ${env:ProgramFiles(x86)} "WiX Toolset v3.14\bin")
        }
    }
    return $local
}
$WixBin = Find-WixBin
Write-Host "WiX: $WixBin"

$WixBuild = Join-Path $Root "build\wix"
New-Item -ItemType Directory -Force -Path $WixBuild | Out-Null
$Fragment = Join-Path $WixBuild "meetdesk-files.wxs"
Invoke-Checked $Python packaging\windows\make_wxs_files.py $Dist $Fragment

$Icon = Join-Path $Root "packaging\icons\meetdesk.ico"
$Candle = Join-Path $WixBin "candle.exe"
$Defines = @("-dVersion=$MsiVersion", "-dIconFile=$Icon", "-dDistDir=$Dist")
Invoke-Checked $Candle -nologo -arch x64 @Defines -out "$WixBuild\meetdesk.wixobj" packaging\windows\meetdesk.wxs
Invoke-Checked $Candle -nologo -arch x64 @Defines -out "$WixBuild\meetdesk-files.wixobj" $Fragment
$Msi = Join-Path $Root "dist\Meetdesk-$Version.msi"
# light runs the ICE validation (per-user rules: ICE38, ICE43, ICE64, ICE91).
Invoke-Checked (Join-Path $WixBin "light.exe") -nologo -spdb -out $Msi `
    "$WixBuild\meetdesk.wixobj" "$WixBuild\meetdesk-files.wixobj"
Invoke-Sign @($Msi)
if ($PfxPath) { Remove-Item $PfxPath -Force }

Write-Host "Built $Msi ($([math]::Round((Get-Item $Msi).Length / 1MB, 1)) MB)"
