#!/usr/bin/env python3
"""No two module archives may define the same global symbol.

Hidden visibility does not help in a static link: the first archive that
defines a name supplies it to every caller, so two modules with an internal
helper of the same name silently call each other's, and two public
definitions depend on link order. Usage: unique_symbols.py NM ARCHIVE...
"""
import subprocess
import sys

# Identical definitions kept on purpose until one module owns the name;
# each object defines nothing else, so link order cannot change behaviour.
ALLOWED = {
    'fcntl64': {'libwildebeest-lfs64.a', 'libwildebeest-syscalls.a'},
}

nm, archives = sys.argv[1], sys.argv[2:]
owners = {}
for path in archives:
    name = path.rsplit('/', 1)[-1]
    out = subprocess.run([nm, '-g', '--defined-only', path], check=True,
                         capture_output=True, text=True).stdout
    for line in out.splitlines():
        fields = line.split()
        if len(fields) == 3 and fields[1] in 'TDBRCVW':
            owners.setdefault(fields[2], set()).add(name)

bad = 0
for sym, libs in sorted(owners.items()):
    if len(libs) > 1 and ALLOWED.get(sym) != libs:
        print(f'{sym}: defined in {", ".join(sorted(libs))}')
        bad += 1
print(f'{len(owners)} symbols in {len(archives)} archives, {bad} defined twice')
sys.exit(1 if bad else 0)
