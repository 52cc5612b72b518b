#!/usr/bin/env bash
# Runs every test in the repository, Hardhat (contracts, under solidity-coverage with a coverage gate),
# the TypeScript SDK, the Foundry invariant campaign, the C# style check, then dotnet (C#), and ends with one line "N passed, N failed"
# totalled over all suites.
# Exits non-zero when anything failed or when no test ran at all.
set -uo pipefail
cd "$(dirname "$0")/.."
bash tests/install-deps.sh --test
logs=$(mktemp -d)
status=0
# mocha_count passing|failing LOG: mocha's summary count in LOG (0 when the run printed none).
mocha_count() { grep -Eo "^[[:space:]]*[0-9]+ $1" "$2" | grep -Eo '[0-9]+' | tail -1 | grep . || echo 0; }

echo "== contracts: solhint (errors fail the run; .solhint.json) =="
npx solhint --disc --quiet 'contracts/**/*.sol' || status=1

# Operator packaging (issue 19): the Prometheus alert rules must load (promtool check rules: 1 test), every alert
# must fire and stay silent where its unit tests say (promtool test rules: one test per eval_time case), and the
# rules and the Grafana dashboard may query only metrics KeeperMetrics.cs exports, the dashboard showing all of
# them, and every runbook_url must name a heading of docs/operator.md (ops/check-metric-names.js: one test per
# "ok"/"not ok" line); the dashboard's queries must parse (promtool: 1 test). About 5 s.
echo "== ops: promtool check/test rules, metric names in alerts and dashboard =="
op_passed=0; op_failed=0
if command -v promtool >/dev/null; then
  if promtool check rules ops/prometheus/keeper-alerts.yml; then op_passed=$(( op_passed + 1 )); else op_failed=$(( op_failed + 1 )); status=1; fi
  op_cases=$(grep -c 'eval_time:' ops/prometheus/keeper-alerts.test.yml)
  if promtool test rules ops/prometheus/keeper-alerts.test.yml 2>&1 | tee "$logs/promtool.log"; then
    op_passed=$(( op_passed + op_cases ))
  else
    op_bad=$(grep -cE '^[[:space:]]+alertname: .*, time: ' "$logs/promtool.log")
    [ "$op_bad" -gt 0 ] || op_bad=$op_cases  # the file did not even load
    op_passed=$(( op_passed + op_cases - op_bad )); op_failed=$(( op_failed + op_bad )); status=1
  fi
else
  echo "promtool not found: install prometheus (tests/install-deps.sh does when run as root)" >&2
  op_failed=$(( op_failed + 1 )); status=1
fi
node ops/check-metric-names.js --dashboard-rules "$logs/dashboard-queries.yml" | tee "$logs/metric-names.log" || status=1
# The dashboard's PromQL, parsed by promtool (written as recording rules by the script above): one test.
if command -v promtool >/dev/null && promtool check rules "$logs/dashboard-queries.yml"; then op_passed=$(( op_passed + 1 )); else op_failed=$(( op_failed + 1 )); status=1; fi
op_passed=$(( op_passed + $(grep -c '^ok - ' "$logs/metric-names.log") ))
op_failed=$(( op_failed + $(grep -c '^not ok - ' "$logs/metric-names.log") ))

# The Hardhat suite runs once, instrumented by solidity-coverage, and that run is the contracts test step:
# its mocha "passing"/"failing" counts are the contract counts, and tests/coverage-gate.js then fails the
# run when lines < 95% or branches < 90% of contracts/ (mocks excluded); the gate counts as one test.
# Tests tagged @plain are left out of it (.solcover.js) and run afterwards on the plain build: gas figures
# and the EIP-170 code size (instrumentation and the disabled optimizer change both), and the long
# randomized suites (write-off invariants, accounting property), ~50x slower per action when instrumented.
echo "== contracts: hardhat coverage (instrumented suite; gate: lines >= 95%, branches >= 90%) =="
rm -rf coverage coverage.json
t0=$SECONDS
npm run --silent coverage 2>&1 | tee "$logs/hardhat.log" || status=1
hh_passed=$(mocha_count passing "$logs/hardhat.log")
hh_failed=$(mocha_count failing "$logs/hardhat.log")
if node tests/coverage-gate.js; then hh_passed=$(( hh_passed + 1 )); else hh_failed=$(( hh_failed + 1 )); status=1; fi
echo "coverage step: $(( SECONDS - t0 )) s"

# Coverage compiled instrumented contracts into artifacts/; the @plain tests, and the dotnet tests that deploy
# from artifacts/, need the plain (optimized) build back.
echo "== contracts: restore the plain build (hardhat clean + compile) =="
{ npx hardhat clean && npx hardhat compile --quiet; } || status=1

echo "== contracts: hardhat test --grep @plain (gas figures, code size, randomized suites; plain build) =="
npx hardhat test --grep @plain 2>&1 | tee "$logs/hardhat-plain.log" || status=1
hh_passed=$(( hh_passed + $(mocha_count passing "$logs/hardhat-plain.log") ))
hh_failed=$(( hh_failed + $(mocha_count failing "$logs/hardhat-plain.log") ))

# The TypeScript SDK (src/sdk, issue 21): its build with the root's tsc, the ABI drift check against the plain
# build's artifacts, and node's test runner over its tests (a Hardhat node each for the SDK and the dashboard,
# the packed package installed and type-checked in a consumer folder outside the repository, the dashboard in
# headless Chromium). src/sdk/test/run.sh ends with "sdk: N passed, N failed"; build and drift count one each.
echo "== sdk: build, ABI drift, tests (node --test), tsc consumer check, dashboard in Chromium =="
t0=$SECONDS
bash src/sdk/test/run.sh 2>&1 | tee "$logs/sdk.log" || status=1
sdk_passed=$(grep -Eo '^sdk: [0-9]+ passed' "$logs/sdk.log" | grep -Eo '[0-9]+' | tail -1)
sdk_failed=$(grep -Eo '^sdk: [0-9]+ passed, [0-9]+ failed' "$logs/sdk.log" | grep -Eo '[0-9]+ failed' | grep -Eo '[0-9]+' | tail -1)
if [ -z "$sdk_passed" ]; then sdk_passed=0; sdk_failed=$(( ${sdk_failed:-0} + 1 )); status=1; fi
echo "sdk step: $(( SECONDS - t0 )) s"

# Foundry: one stateful invariant campaign over the whole system (tests/foundry, foundry.toml: 200 runs x 500
# calls = 100,000 handler calls, fixed seed; the third review's findings N-01..N-06 are among its properties).
# forge compiles with the pinned solcjs (tests/foundry/solc.js) into its own tests/foundry/{out,cache}.
echo "== contracts: forge invariant campaign (tests/foundry; 100,000 calls) =="
t0=$SECONDS
node_modules/.bin/forge test 2>&1 | tee "$logs/forge.log" || status=1
fg_passed=$(grep -Eo '[0-9]+ tests passed' "$logs/forge.log" | grep -Eo '[0-9]+' | tail -1 | grep . || echo 0)
fg_failed=$(grep -Eo 'tests passed, [0-9]+ failed' "$logs/forge.log" | grep -Eo '[0-9]+' | tail -1 | grep . || echo 0)
# A compile error prints no summary but must count as a failure.
grep -q 'tests passed' "$logs/forge.log" || { fg_failed=$(( fg_failed + 1 )); status=1; }
echo "forge step: $(( SECONDS - t0 )) s"

# C# style (issue 19): .editorconfig freezes the style the code has (whitespace, file-scoped namespaces, usings
# outside the namespace and sorted, System first); `dotnet format --verify-no-changes` fails naming every file and
# line that differs (fix: run the same command without --verify-no-changes). Nethereum's generated bindings are
# left as the generator writes them. One test. About 1-4 minutes (loading the solution's 14 projects; ~50 s of CPU).
echo "== C#: dotnet format --verify-no-changes (.editorconfig) =="
t0=$SECONDS
if dotnet format KeeperSuite.sln --verify-no-changes --no-restore --exclude src/KeeperSuite.Contracts -v q; then
  fmt_passed=1; fmt_failed=0
else
  fmt_passed=0; fmt_failed=1; status=1
  echo "dotnet format: the files above differ from .editorconfig's style; run: dotnet format KeeperSuite.sln --exclude src/KeeperSuite.Contracts" >&2
fi
echo "format step: $(( SECONDS - t0 )) s"

echo "== C#: dotnet test =="
# One project at a time (-m:1): integration tests start their own hardhat nodes and the machine has 2 cores.
dotnet test KeeperSuite.sln --nologo -m:1 2>&1 | tee "$logs/dotnet.log" || status=1
dn_passed=$(grep -Eo 'Passed:[[:space:]]+[0-9]+' "$logs/dotnet.log" | grep -Eo '[0-9]+' | awk '{s+=$1} END {print s+0}')
dn_failed=$(grep -Eo 'Failed:[[:space:]]+[0-9]+' "$logs/dotnet.log" | grep -Eo '[0-9]+' | awk '{s+=$1} END {print s+0}')
# A build error produces no summary line but must count as a failure.
grep -q 'error' "$logs/dotnet.log" && grep -qE 'Build FAILED|error [A-Z]+[0-9]+' "$logs/dotnet.log" && status=1

# The deployment rehearsal (issue 20): anvil plays a testnet with existing tokens, Chainlink feeds and a
# TimelockController; deploy.js is killed, resumed and re-run; `keeper run --once` then liquidates on that deployment.
# It runs after the dotnet tests so the keeper it starts with `dotnet run` is already built. Its counts join the
# contract counts.
echo "== deploy: hardhat test --grep @rehearsal (deployment rehearsal on a node playing the testnet) =="
t0=$SECONDS
npx hardhat test --grep @rehearsal 2>&1 | tee "$logs/rehearsal.log" || status=1
rh_passed=$(mocha_count passing "$logs/rehearsal.log")
rh_failed=$(mocha_count failing "$logs/rehearsal.log")
if [ "$rh_passed" -eq 0 ] && [ "$rh_failed" -eq 0 ]; then rh_failed=1; status=1; fi  # it must run
hh_passed=$(( hh_passed + rh_passed ))
hh_failed=$(( hh_failed + rh_failed ))
echo "rehearsal step: $(( SECONDS - t0 )) s"

passed=$(( ${hh_passed:-0} + ${sdk_passed:-0} + ${fg_passed:-0} + ${fmt_passed:-0} + ${dn_passed:-0} + ${op_passed:-0} ))
failed=$(( ${hh_failed:-0} + ${sdk_failed:-0} + ${fg_failed:-0} + ${fmt_failed:-0} + ${dn_failed:-0} + ${op_failed:-0} ))
echo
echo "contracts: ${hh_passed:-0} passed, ${hh_failed:-0} failed; sdk: ${sdk_passed:-0} passed, ${sdk_failed:-0} failed; forge: ${fg_passed:-0} passed, ${fg_failed:-0} failed; format: ${fmt_passed:-0} passed, ${fmt_failed:-0} failed; dotnet: ${dn_passed:-0} passed, ${dn_failed:-0} failed; ops: ${op_passed:-0} passed, ${op_failed:-0} failed"
echo "$passed passed, $failed failed"
rm -rf "$logs"
if [ "$failed" -gt 0 ] || [ "$status" -ne 0 ]; then exit 1; fi
if [ "$passed" -eq 0 ]; then echo "no test ran" >&2; exit 1; fi
