#!/usr/bin/env bash
# Installs what the README's commands need when it is missing: npm packages (npm ci) and NuGet packages
# (dotnet restore). Idempotent and quiet when everything is already there.
set -euo pipefail
cd "$(dirname "$0")/.."
# npm ci reinstalls only when the lockfile's content changed since the last install (a checkout's mtimes
# say nothing), and never through a symlinked node_modules: a git worktree sharing another checkout's
# install would have it wiped by npm ci.
lock_hash=$(sha256sum package-lock.json | cut -d' ' -f1)
stamp=node_modules/.keepersuite-lock.sha256
if [ -L node_modules ]; then
  [ "$(cat "$stamp" 2>/dev/null)" = "$lock_hash" ] || echo "install-deps: node_modules is a symlink to another checkout's install; not reinstalling it (run npm ci there)" >&2
elif [ ! -x node_modules/.bin/hardhat ] || [ "$(cat "$stamp" 2>/dev/null)" != "$lock_hash" ]; then
  npm ci --no-audit --no-fund
  echo "$lock_hash" > "$stamp"
fi
# Every project of the solution: a project added since the last restore (e.g. the simulator) has no assets yet.
restore=0
for project in src/*/*.csproj tests/*/*.csproj; do
  assets="$(dirname "$project")/obj/project.assets.json"
  if [ ! -f "$assets" ] || [ Directory.Packages.props -nt "$assets" ]; then restore=1; break; fi
done
if [ "$restore" = 1 ]; then
  dotnet restore KeeperSuite.sln --nologo
fi
# Headless Chromium for the report render checks (playwright-core drives /usr/bin/chromium; Playwright's own browser
# download does not work here). Installed only where we may (root on a CI machine); elsewhere the check says it is missing.
if [ ! -x /usr/bin/chromium ] && [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
  apt-get update -qq && apt-get install -y --no-install-recommends chromium >/dev/null
fi
