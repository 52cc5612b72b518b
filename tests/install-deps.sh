#!/usr/bin/env bash
# Installs what the README's commands need when it is missing: npm packages (npm ci) and NuGet packages
# (dotnet restore). Idempotent and quiet when everything is already there.
set -euo pipefail
cd "$(dirname "$0")/.."
if [ ! -x node_modules/.bin/hardhat ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  npm ci --no-audit --no-fund
fi
if [ ! -f src/KeeperSuite.Keeper/obj/project.assets.json ] || [ Directory.Packages.props -nt src/KeeperSuite.Keeper/obj/project.assets.json ]; then
  dotnet restore KeeperSuite.sln --nologo
fi
