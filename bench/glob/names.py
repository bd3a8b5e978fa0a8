#!/usr/bin/env python3
"""Make DIR with N empty files named like a source tree's: word, number,
extension (names.py DIR N). Does nothing when DIR already has them."""
import os
import sys

WORDS = ["alpha", "beta", "gamma", "delta", "epsilon", "zeta", "eta", "theta"]
EXTS = [".c", ".h", ".txt", ".o", ".md"]


def main():
    top, n = sys.argv[1], int(sys.argv[2])
    os.makedirs(top, exist_ok=True)
    if len(os.listdir(top)) == n:
        return 0
    for i in range(n):
        name = "%s%05d%s" % (WORDS[i % len(WORDS)], i, EXTS[(i // len(WORDS)) % len(EXTS)])
        open(os.path.join(top, name), "w").close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
