#!/usr/bin/env bash
# The SDK's whole check, as tests/run-all.sh runs it (or `npm test -w @keepersuite/sdk`): the builds (root tsc for
# the ES module and its types, esbuild for the CommonJS bundle), the ABI drift check against the compiled artifacts,
# the deployments type's drift check against its JSON Schema, then node's test runner over the compiled tests — unit
# tests, the SDK against a Hardhat node, the packed package type-checked in a consumer folder, the dashboard
# in headless Chromium. Ends with one line "sdk: N passed, N failed" (the two builds and the two drift checks count
# one test each).
# Needs the contracts compiled (npx hardhat compile) and /usr/bin/chromium (tests/install-deps.sh).
set -uo pipefail
cd "$(dirname "$0")/.."
TSC=../../node_modules/.bin/tsc
passed=0
failed=0
step() { if "$@"; then passed=$((passed + 1)); else failed=$((failed + 1)); fi; }

echo "-- sdk: build (tsc -p src/sdk: ES module + types; esbuild: CommonJS)"
rm -rf dist .test-build
step "$TSC" -p tsconfig.json
step node scripts/build-cjs.mjs
echo "-- sdk: ABI drift (generate-abis --check against artifacts/)"
step node scripts/generate-abis.cjs --check
echo "-- sdk: deployments type drift (generate-deployment-types --check against deploy-scripts/schema/)"
step node scripts/generate-deployment-types.cjs --check
echo "-- sdk: build the tests"
if "$TSC" -p tsconfig.test.json; then
  log=$(mktemp)
  echo "-- sdk: node --test (units, Hardhat node, packed package + tsc consumer check, dashboard in Chromium)"
  node --test --test-reporter=spec --test-reporter-destination=stdout --test-reporter=tap --test-reporter-destination="$log" \
    .test-build/test/*.test.js
  tests_passed=$(grep -Eo '^# pass [0-9]+' "$log" | grep -Eo '[0-9]+' | tail -1)
  tests_failed=$(grep -Eo '^# fail [0-9]+' "$log" | grep -Eo '[0-9]+' | tail -1)
  # A run that printed no summary (a crash) is a failure.
  if [ -z "$tests_passed" ] || [ -z "$tests_failed" ]; then tests_failed=$(( ${tests_failed:-0} + 1 )); fi
  passed=$((passed + ${tests_passed:-0}))
  failed=$((failed + tests_failed))
  rm -f "$log"
else
  failed=$((failed + 1))
fi
echo "sdk: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
