"""Splits `perf script` samples of the keeper benchmark into the health scan's phases.

Each sample goes to the phase of its innermost recognised frame (an awaited continuation runs on the stack of the HTTP
completion that resumed it, so outer frames say little). Prints samples, share and, given the measured mean CPU per scan
in ms as the first argument, ms per scan.
"""
import collections
import re
import sys

PHASES = [
    ("index: watched keys (filter, sort)", [r"PositionIndex::Watched", r"EnumerableSorter", r"IntroSort", r"PositionIndex::Patch", r"PositionIndex::Build"]),
    ("index: amounts lookups", [r"PositionIndex::TryGetAmounts", r"PositionIndex::AmountsOf"]),
    ("HealthMath (its calls that are not inlined)", [r"HealthMath::"]),
    ("audit set, verification bookkeeping", [r"AuditSet", r"<VerifyAsync>", r"IndexOf"]),
    ("ABI decoding and encoding (Nethereum, LensCodec)", [r"Nethereum\.ABI", r"AbiOutputBounds", r"BatchCaller::Decode", r"FunctionOutput", r"Nethereum\.Hex", r"LensCodec", r"GetCallData", r"FunctionMessage"]),
    ("JSON-RPC client, HTTP, Polly, JSON", [r"System\.Net\.", r"Nethereum\.JsonRpc", r"Newtonsoft", r"Polly", r"KeeperSuite\.Ethereum", r"System\.Text\.Json", r"Sockets", r"CallRawAsync"]),
    ("collateral terms, stale re-reads", [r"<ReadBlockAsync>", r"HealthScanner::Terms", r"HealthTerms"]),
    ("local loop (ScanAsync / ComputeLocal: terms, amounts, inlined TryFast, results)", [r"<ScanAsync>", r"ComputeLocal"]),
]
GC = re.compile(r"gc_heap|GCHeap|WKS::|SVR::|GarbageCollect")


def phase(thread, frames):
    if "BGC" in thread or any(GC.search(f) for f in frames):
        return "GC (allocation, collection)"
    if any("libclrjit" in f for f in frames[:3]) or "Tiered Com" in thread:
        return "JIT, tiering"
    for frame in frames:
        for name, patterns in PHASES:
            if any(re.search(p, frame) for p in patterns):
                return name
    if any(re.search(r"sched_yield|futex|epoll|LowLevelLifoSemaphore", f) for f in frames):
        return "thread pool: spinning, waking, waiting"
    return "other (runtime, kernel, unresolved)"


def samples(lines):
    current = None
    for line in lines:
        line = line.rstrip("\n")
        if not line.strip():
            if current:
                yield current
            current = None
        elif not line[0].isspace():
            match = re.match(r"(.+?)\s+\d+\s+[\d.]+:", line)
            current = (match.group(1).strip() if match else line, [])
        elif current:
            parts = line.strip().split(" ", 1)
            current[1].append(parts[1] if len(parts) > 1 else parts[0])
    if current:
        yield current


counts = collections.Counter(phase(t, f) for t, f in samples(sys.stdin))
total = sum(counts.values()) or 1
per_scan = float(sys.argv[1]) if len(sys.argv) > 1 else 0.0
for name, n in counts.most_common():
    print(f"{name:82s} {n:6d} {100 * n / total:5.1f}%" + (f" {per_scan * n / total:6.2f} ms" if per_scan else ""))
print(f"{'samples':82s} {total:6d}")
