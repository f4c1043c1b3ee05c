# The Windows installer (CPack NSIS), included by packaging/CMakeLists.txt on Windows and by the
# stand-in project that compiles it with makensis on Linux (packaging/windows/standin). The
# executable is bin\fieldconnect.exe under the installation directory.

# The NSIS commands below reach the script as written (quotes, backslashes, spaces).
set(CPACK_VERBATIM_VARIABLES ON)
set(CPACK_NSIS_PACKAGE_NAME "FieldConnect")
set(CPACK_NSIS_DISPLAY_NAME "FieldConnect")
set(CPACK_PACKAGE_INSTALL_DIRECTORY "FieldConnect")
set(CPACK_PACKAGE_INSTALL_REGISTRY_KEY "FieldConnect")
set(CPACK_NSIS_INSTALLED_ICON_NAME "bin\\fieldconnect.exe")
set(CPACK_NSIS_URL_INFO_ABOUT "${PROJECT_HOMEPAGE_URL}")
set(CPACK_NSIS_CONTACT "${CPACK_PACKAGE_CONTACT}")
# Upgrade in place: an installed version is uninstalled (silently) before the new one goes in.
set(CPACK_NSIS_ENABLE_UNINSTALL_BEFORE_INSTALL ON)
set(CPACK_NSIS_MODIFY_PATH OFF)
set(CPACK_PACKAGE_EXECUTABLES "fieldconnect" "FieldConnect")
# The fieldconnect:// URL protocol, for the user who installs: a browser following Deepomatic's
# return starts FieldConnect with the URL. Per user (HKCU\Software\Classes), so no other
# account of a shared machine is changed; the uninstaller removes exactly that key.
set(CPACK_NSIS_EXTRA_INSTALL_COMMANDS [=[
  WriteRegStr HKCU "Software\Classes\fieldconnect" "" "URL:FieldConnect callback"
  WriteRegStr HKCU "Software\Classes\fieldconnect" "URL Protocol" ""
  WriteRegStr HKCU "Software\Classes\fieldconnect\DefaultIcon" "" "$INSTDIR\bin\fieldconnect.exe,0"
  WriteRegStr HKCU "Software\Classes\fieldconnect\shell\open\command" "" '"$INSTDIR\bin\fieldconnect.exe" "%1"'
]=])
set(CPACK_NSIS_EXTRA_UNINSTALL_COMMANDS [=[
  DeleteRegKey HKCU "Software\Classes\fieldconnect"
]=])
