#!/usr/bin/env python3
"""Run the same workload through several builds in one run and print ratios.

  compare.py --name TITLE --label NAME=EXE ... -- ARGS...

Every EXE is run with ARGS and prints "<count> <wall ns> [<cpu ns>]": the
work done (which must agree between builds), the wall-clock time and, for
workloads that are mostly system calls, the process's CPU time (user plus
system), which a busy virtual machine disturbs less than the clock. The builds are
interleaved round by round, after one untimed warm-up each, so drift in the
machine's speed affects them alike. Reported per build: the median and the
minimum of the rounds (on a shared virtual machine the minimum is the
steadier estimate of what the code costs), and the ratios of both to the
first label (the reference, glibc) and to the second (musl's own).
"""
import argparse
import statistics
import subprocess
import sys


def run(exe, args):
    out = subprocess.run([exe] + args, capture_output=True, text=True, check=True).stdout
    fields = [int(f) for f in out.split()]
    return fields[0], fields[1:]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--name", required=True)
    ap.add_argument("--rounds", type=int, default=25)
    ap.add_argument("--label", action="append", required=True, help="NAME=EXE")
    ap.add_argument("args", nargs="*")
    a = ap.parse_args()
    builds = [tuple(l.split("=", 1)) for l in a.label]
    counts = {}
    times = {name: [] for name, _ in builds}
    for name, exe in builds:
        counts[name] = run(exe, a.args)[0]
    if len(set(counts.values())) != 1:
        print("%s: the builds disagree on the work done: %s" % (a.name, counts))
        return 1
    for _ in range(a.rounds):
        for name, exe in builds:
            times[name].append(run(exe, a.args)[1])
    ref = builds[0][0]
    print("%s: %d items, %d rounds (median / minimum)" % (a.name, counts[ref], a.rounds))
    for i, what in enumerate(["wall", "cpu"]):
        if len(times[ref][0]) <= i:
            break
        med = {n: statistics.median(t[i] for t in ts) for n, ts in times.items()}
        low = {n: min(t[i] for t in ts) for n, ts in times.items()}
        for name, _ in builds:
            line = "  %-4s %-6s %8.2f / %8.2f ms" % (what, name, med[name] / 1e6, low[name] / 1e6)
            for other, _ in builds[:2]:
                if other != name:
                    line += "   %.3fx / %.3fx %s" % (med[name] / med[other],
                                                    low[name] / low[other], other)
            print(line)
    return 0


if __name__ == "__main__":
    sys.exit(main())
