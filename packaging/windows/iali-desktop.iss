; Inno Setup script for the Windows installer of IALI Desktop.
; Build the onedir application first (`pyinstaller pyinstaller.spec` on Windows), then
; `iscc packaging\windows\iali-desktop.iss`. It installs per user (no administrator
; rights needed on a borrowed laptop), adds a Start menu entry, and registers the
; .ialibundle file type so that opening a colleague's bundle starts the import preview.

#define AppName "IALI Desktop"
#define AppExe "iali-desktop.exe"
#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif

[Setup]
AppId={{6B1E5F0C-2C57-4E0B-9B0E-1A1D2C3E4F50}
AppName={#AppName}
AppVersion={#AppVersion}
AppPublisher=IALI Desktop contributors
DefaultDirName={localappdata}\Programs\IALI Desktop
DefaultGroupName={#AppName}
PrivilegesRequired=lowest
ChangesAssociations=yes
OutputBaseFilename=iali-desktop-{#AppVersion}-setup
SetupIconFile=..\..\resources\icons\iali-desktop.ico
UninstallDisplayIcon={app}\{#AppExe}
Compression=lzma2
SolidCompression=yes
WizardStyle=modern

[Languages]
Name: "en"; MessagesFile: "compiler:Default.isl"
Name: "fr"; MessagesFile: "compiler:Languages\French.isl"
Name: "es"; MessagesFile: "compiler:Languages\Spanish.isl"

[Files]
Source: "..\..\dist\iali-desktop\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs

[Icons]
Name: "{group}\{#AppName}"; Filename: "{app}\{#AppExe}"
Name: "{userdesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; Tasks: desktopicon

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; Flags: unchecked

[Registry]
; The .ialibundle file type, per user: double-click opens the import preview.
Root: HKCU; Subkey: "Software\Classes\.ialibundle"; ValueType: string; ValueData: "IALIDesktop.Bundle"; Flags: uninsdeletevalue
Root: HKCU; Subkey: "Software\Classes\IALIDesktop.Bundle"; ValueType: string; ValueData: "IALI Desktop sync bundle"; Flags: uninsdeletekey
Root: HKCU; Subkey: "Software\Classes\IALIDesktop.Bundle\DefaultIcon"; ValueType: string; ValueData: "{app}\{#AppExe},0"
Root: HKCU; Subkey: "Software\Classes\IALIDesktop.Bundle\shell\open\command"; ValueType: string; ValueData: """{app}\{#AppExe}"" ""%1"""

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent
