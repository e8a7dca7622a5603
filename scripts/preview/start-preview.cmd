@echo off
rem Starts the newsroom preview on this computer: double-click this file (Node.js 20 or newer must be installed).
cd /d "%~dp0"
node start-preview.mjs
if errorlevel 1 (
  echo.
  echo The preview did not start. Is Node.js installed? Get it from https://nodejs.org ^(the LTS version^).
)
pause
