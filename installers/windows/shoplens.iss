; Inno Setup 6 script for ShopLens on Windows: a per-user install (no administrator rights), Start-menu
; shortcut, optional desktop shortcut, the .shoplens file association, an uninstaller and version info.
; Build it with installers\windows\build-windows.ps1 (which builds the PyInstaller bundle dist\shoplens\ first
; and passes the version from pyproject.toml), or by hand:  ISCC.exe /DAppVersion=0.1.0 installers\windows\shoplens.iss
; Paths are relative to this file. tests/test_installers.py checks every file named here exists in the bundle/repo.

#define AppName "ShopLens"
#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif
#define AppPublisher "ShopLens"
#define AppExe "shoplens.exe"
#define CliExe "shoplens-cli.exe"
#define BundleDir "..\..\dist\shoplens"
#define ProgId "ShopLens.Workspace"

[Setup]
AppId={{5B3E9C2A-7D41-4F6B-9A0E-3C8D2F1B6E74}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher={#AppPublisher}
VersionInfoVersion={#AppVersion}
VersionInfoCompany={#AppPublisher}
VersionInfoDescription={#AppName} installer
VersionInfoProductName={#AppName}
VersionInfoProductVersion={#AppVersion}
; per-user: installs under %LOCALAPPDATA%\Programs, writes only HKEY_CURRENT_USER
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
ChangesAssociations=yes
SetupIconFile=..\..\resources\icons\shoplens.ico
UninstallDisplayIcon={app}\{#AppExe}
UninstallDisplayName={#AppName}
OutputDir=..\..\dist
OutputBaseFilename=ShopLens-{#AppVersion}-windows-setup
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
Source: "{#BundleDir}\{#AppExe}"; DestDir: "{app}"; Flags: ignoreversion
Source: "{#BundleDir}\{#CliExe}"; DestDir: "{app}"; Flags: ignoreversion
Source: "{#BundleDir}\_internal\*"; DestDir: "{app}\_internal"; Flags: ignoreversion recursesubdirs createallsubdirs
Source: "..\..\resources\icons\shoplens.ico"; DestDir: "{app}"; Flags: ignoreversion

[Icons]
Name: "{group}\{#AppName}"; Filename: "{app}\{#AppExe}"; IconFilename: "{app}\shoplens.ico"
Name: "{group}\{cm:UninstallProgram,{#AppName}}"; Filename: "{uninstallexe}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; IconFilename: "{app}\shoplens.ico"; Tasks: desktopicon

[Registry]
; HKA is HKEY_CURRENT_USER for a per-user install: double-clicking a .shoplens file opens it in ShopLens
Root: HKA; Subkey: "Software\Classes\.shoplens"; ValueType: string; ValueName: ""; ValueData: "{#ProgId}"; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\.shoplens"; ValueType: string; ValueName: "Content Type"; ValueData: "application/x-shoplens"; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\.shoplens\OpenWithProgids"; ValueType: string; ValueName: "{#ProgId}"; ValueData: ""; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\{#ProgId}"; ValueType: string; ValueName: ""; ValueData: "ShopLens workspace"; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\{#ProgId}\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: "{app}\shoplens.ico,0"
Root: HKA; Subkey: "Software\Classes\{#ProgId}\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\{#AppExe}"" ""%1"""
Root: HKA; Subkey: "Software\Classes\Applications\{#AppExe}\SupportedTypes"; ValueType: string; ValueName: ".shoplens"; ValueData: ""; Flags: uninsdeletekey

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

[UninstallDelete]
; files the app may add next to itself; workspaces, settings and logs live in the user's folders and stay
Type: filesandordirs; Name: "{app}\_internal"
