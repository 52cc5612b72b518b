#!/bin/bash
# Where the keeper's CPU per health scan goes: runs the benchmark's `profile` mode (warm scans back to back at one
# block), samples the process with Linux perf (cpu-clock, 997 Hz, call graphs) while it scans, and prints the CPU per
# scan split by phase (perf-phases.py). Needs perf and python3, and root or perf_event_paranoid <= 1.
#   tests/KeeperSuite.Keeper.Benchmarks/profile/profile-scan.sh [positions=10000] [scans=600] [out=/tmp/keeper-scan-profile]
# perf resolves JIT-compiled frames through the runtime's perf map (DOTNET_PerfMapEnabled=1); W^X is off because its
# double mapping of code pages hides those frames from perf. Both are for profiling only.
set -euo pipefail
positions=${1:-10000}
scans=${2:-600}
out=${3:-/tmp/keeper-scan-profile}
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../../.." && pwd)
mkdir -p "$out"
cd "$root"
dotnet build -c Release -m:1 tests/KeeperSuite.Keeper.Benchmarks > "$out/build.log"
DOTNET_PerfMapEnabled=1 DOTNET_EnableWriteXorExecute=0 dotnet tests/KeeperSuite.Keeper.Benchmarks/bin/Release/net10.0/KeeperSuite.Keeper.Benchmarks.dll \
  profile --sizes "$positions" --scans "$scans" --trace-wait 5 > "$out/bench.log" 2>&1 &
bench=$!
trap 'kill $bench 2>/dev/null || true' EXIT
until grep -q "PROFILE pid" "$out/bench.log"; do
  kill -0 $bench 2>/dev/null || { tail "$out/bench.log"; exit 1; }
  sleep 1
done
pid=$(sed -n 's/^PROFILE pid \([0-9]*\).*/\1/p' "$out/bench.log")
sleep 6 # the benchmark starts scanning 5 s after it printed its pid
perf record -e cpu-clock -F 997 -g -p "$pid" -o "$out/perf.data" -- sleep 12 > "$out/perf.log" 2>&1 || true
wait $bench
trap - EXIT
grep "profile at" "$out/bench.log" | tail -1
mean=$(grep -oP "keeper CPU per scan mean \K[0-9.]+" "$out/bench.log" | tail -1)
perf script -i "$out/perf.data" 2>/dev/null | python3 "$here/perf-phases.py" "$mean"
