#!/usr/bin/env bash
# Installs what the README's commands need when it is missing: npm packages (npm ci), NuGet packages
# (dotnet restore) and Debian's chromium for the dashboard's browser test. Idempotent and quiet when
# everything is already there.
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
# The SDK's dashboard test and the simulator's report render checks drive Debian's Chromium through playwright-core (Playwright's own browser download
# does not work here). Only with --test (tests/run-all.sh); CI runs as root; elsewhere sudo is used when present.
if [ "${1:-}" = "--test" ] && [ ! -x /usr/bin/chromium ]; then
  sudo=""
  if [ "$(id -u)" -ne 0 ] && command -v sudo >/dev/null; then sudo="sudo"; fi
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends chromium
fi
# With --test (tests/run-all.sh): promtool, which checks the alert rules, from Debian's prometheus package. Installed
# only as root (CI); elsewhere the test step says what is missing. `npm run simulate` does not need it.
if [ "${1:-}" = "--test" ] && ! command -v promtool >/dev/null; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    # Only promtool is wanted: a policy-rc.d answering 101 keeps the package from starting a Prometheus server.
    no_start=""
    if [ ! -e /usr/sbin/policy-rc.d ]; then printf '#!/bin/sh\nexit 101\n' > /usr/sbin/policy-rc.d; chmod +x /usr/sbin/policy-rc.d; no_start=1; fi
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends prometheus >/dev/null
    if [ -n "$no_start" ]; then rm -f /usr/sbin/policy-rc.d; fi
  else
    echo "install-deps: promtool is missing; install it (Debian: apt-get install prometheus) to run the alert-rule tests" >&2
  fi
fi
