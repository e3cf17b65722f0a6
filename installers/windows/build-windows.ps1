# Build ShopLens's Windows installer (dist\ShopLens-<version>-windows-setup.exe). Run on Windows 10/11 x64 in
# PowerShell from any folder:
#     powershell -ExecutionPolicy Bypass -File installers\windows\build-windows.ps1
# Needs: Python 3.11 x64 (the `py` launcher) and Inno Setup 6 (https://jrsoftware.org/isinfo.php; ISCC.exe in its
# default folder, or set $env:ISCC to its path). Steps: a .venv with the pinned dependencies and PyInstaller, the
# compiled translations, the PyInstaller bundle dist\shoplens\ (installers\shoplens.spec), `--self-test` on that
# bundle (shoplens.exe is windowed; its console twin shoplens-cli.exe shows the lines), then Inno Setup compiles
# installers\windows\shoplens.iss with the version from pyproject.toml. The installer installs per user (no
# administrator rights) and can be uninstalled from Settings > Apps.
$ErrorActionPreference = "Stop"
Set-Location (Resolve-Path (Join-Path $PSScriptRoot "..\.."))

if (-not (Test-Path ".venv\Scripts\python.exe")) { py -3.11 -m venv .venv }
$py = ".venv\Scripts\python.exe"
& $py -m pip install -q -e ".[dev]"
if ($LASTEXITCODE -ne 0) { throw "pip install failed" }
& $py tools\build_translations.py --release-only
if (-not (Test-Path "resources\icons\shoplens.ico")) { & $py tools\build_icons.py }

& $py -m PyInstaller --noconfirm --log-level WARN --distpath dist --workpath build\pyinstaller installers\shoplens.spec
if ($LASTEXITCODE -ne 0) { throw "PyInstaller failed" }

# shoplens.exe is windowed (no console); its console twin shoplens-cli.exe shows the self-test's lines.
& "dist\shoplens\shoplens-cli.exe" --self-test
if ($LASTEXITCODE -ne 0) { throw "shoplens-cli.exe --self-test failed (exit $LASTEXITCODE); see the log folder" }
$test = Start-Process -FilePath "dist\shoplens\shoplens.exe" -ArgumentList "--self-test" -Wait -PassThru
if ($test.ExitCode -ne 0) { throw "shoplens.exe --self-test failed (exit $($test.ExitCode)); see the log folder" }

$version = (& $py installers\bundle_layout.py version).Trim()
$iscc = if ($env:ISCC) { $env:ISCC } else { Join-Path ${env:ProgramFiles(x86)} "Inno Setup 6\ISCC.exe" }
if (-not (Test-Path $iscc)) { throw "Inno Setup 6 not found at $iscc (install it or set `$env:ISCC)" }
& $iscc "/DAppVersion=$version" installers\windows\shoplens.iss
if ($LASTEXITCODE -ne 0) { throw "Inno Setup failed" }
Write-Host "Built dist\ShopLens-$version-windows-setup.exe"
