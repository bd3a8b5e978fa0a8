#!/usr/bin/env python3
"""Run the same workload through several builds in one run and print ratios.

  compare.py --setup 'CMD' --label NAME=EXE ... -- ARGS...

Every EXE is run with ARGS and prints "<count> <nanoseconds>". The builds are
interleaved round by round, after one untimed warm-up each, so drift in the
machine's speed affects them alike; the median of the rounds is reported,
and every build's ratio to the first label (the reference, glibc) and to the
second.
"""
import argparse
import statistics
import subprocess
import sys


def run(exe, args):
    out = subprocess.run([exe] + args, capture_output=True, text=True, check=True).stdout
    count, ns = out.split()
    return int(count), int(ns)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--name", required=True)
    ap.add_argument("--rounds", type=int, default=15)
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
    med = {name: statistics.median(t) for name, t in times.items()}
    ref = builds[0][0]
    print("%s: %d items, median of %d rounds" % (a.name, counts[ref], a.rounds))
    for name, _ in builds:
        line = "  %-10s %9.2f ms" % (name, med[name] / 1e6)
        for other, _ in builds[:2]:
            if other != name:
                line += "   %.3fx %s" % (med[name] / med[other], other)
        print(line)
    return 0


if __name__ == "__main__":
    sys.exit(main())
