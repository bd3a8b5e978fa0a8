#!/usr/bin/env python3
"""Make a tree of N entries for the walk benchmarks, once (kept by a stamp).

Shape: 100 top directories, each with 20 subdirectories of files, plus a few
symbolic links, so a walk sees files, directories and links in proportions
like a source tree: 100 * 20 * ((N / 2000) - 1) files and 2,100 directories.
"""
import os
import sys


def main():
    root, n = sys.argv[1], int(sys.argv[2])
    stamp = os.path.join(root, ".complete-%d" % n)
    if os.path.exists(stamp):
        return 0
    per_dir = max(1, n // 2000 - 1)
    for i in range(100):
        top = os.path.join(root, "d%03d" % i)
        for j in range(20):
            sub = os.path.join(top, "s%02d" % j)
            os.makedirs(sub, exist_ok=True)
            for k in range(per_dir):
                path = os.path.join(sub, "file%04d.c" % k)
                if not os.path.exists(path):
                    os.close(os.open(path, os.O_WRONLY | os.O_CREAT, 0o644))
            link = os.path.join(sub, "link")
            if not os.path.lexists(link):
                os.symlink("file0000.c", link)
    open(stamp, "w").close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
