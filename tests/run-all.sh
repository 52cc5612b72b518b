#!/usr/bin/env bash
# Runs every test in the repository, Hardhat (contracts) then dotnet (C#), and
# ends with one line "N passed, N failed" totalled over both suites.
# Exits non-zero when anything failed or when no test ran at all.
set -uo pipefail
cd "$(dirname "$0")/.."
bash tests/install-deps.sh
logs=$(mktemp -d)
status=0

echo "== contracts: solhint (errors fail the run; .solhint.json) =="
npx solhint --disc --quiet 'contracts/**/*.sol' || status=1

echo "== contracts: hardhat test =="
npx hardhat test 2>&1 | tee "$logs/hardhat.log" || status=1
hh_passed=$(grep -Eo '^[[:space:]]*[0-9]+ passing' "$logs/hardhat.log" | grep -Eo '[0-9]+' | tail -1)
hh_failed=$(grep -Eo '^[[:space:]]*[0-9]+ failing' "$logs/hardhat.log" | grep -Eo '[0-9]+' | tail -1)

echo "== C#: dotnet test =="
# One project at a time (-m:1): integration tests start their own hardhat nodes and the machine has 2 cores.
dotnet test KeeperSuite.sln --nologo -m:1 2>&1 | tee "$logs/dotnet.log" || status=1
dn_passed=$(grep -Eo 'Passed:[[:space:]]+[0-9]+' "$logs/dotnet.log" | grep -Eo '[0-9]+' | awk '{s+=$1} END {print s+0}')
dn_failed=$(grep -Eo 'Failed:[[:space:]]+[0-9]+' "$logs/dotnet.log" | grep -Eo '[0-9]+' | awk '{s+=$1} END {print s+0}')
# A build error produces no summary line but must count as a failure.
grep -q 'error' "$logs/dotnet.log" && grep -qE 'Build FAILED|error [A-Z]+[0-9]+' "$logs/dotnet.log" && status=1

passed=$(( ${hh_passed:-0} + ${dn_passed:-0} ))
failed=$(( ${hh_failed:-0} + ${dn_failed:-0} ))
echo
echo "contracts: ${hh_passed:-0} passed, ${hh_failed:-0} failed; dotnet: ${dn_passed:-0} passed, ${dn_failed:-0} failed"
echo "$passed passed, $failed failed"
rm -rf "$logs"
if [ "$failed" -gt 0 ] || [ "$status" -ne 0 ]; then exit 1; fi
if [ "$passed" -eq 0 ]; then echo "no test ran" >&2; exit 1; fi
