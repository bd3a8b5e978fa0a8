#!/bin/bash
# Margin sweep: every oracle program's --help and --usage at rmargin 13-100
# under three ARGP_HELP_FMT variants (and $SWEEP_EXTRA added to the margin,
# if set), glibc's argp against ours, from the two builds of the oracle
# test in an oracle-enabled build directory. Not a test (glibc loops or
# crashes on some of these; see the module's notes): a tool for finding
# layout differences. Prints the totals; the runs that differ are listed
# in OUT/list, with each pair of outputs in OUT/<n>.g and OUT/<n>.m.
#
#   sweep.sh [BUILD] [OUT]      (SWEEP_JOBS=2 runs two at a time)
set -u
top=$(cd "$(dirname "$0")/../.." && pwd)
build=${1:-$top/build}
out=${2:-$(mktemp -d)}
progs=${SWEEP_PROGS:-"simple tree filter"}
rm -rf "$out"; mkdir -p "$out/g" "$out/m" "$out/r"
# Same name for both, so that the program name in the output agrees.
cp "$build/tests/argp-oracle-glibc" "$out/g/argp-oracle"
cp "$build/tests/argp-oracle" "$out/m/argp-oracle"
n=0
for prog in $progs; do for a in --help --usage; do for m in $(seq 13 100); do
for fmt in "rmargin=$m" "rmargin=$m,dup-args" \
	"rmargin=$m,opt-doc-col=$((m/2)),usage-indent=$((m/4))" ${SWEEP_EXTRA:+"rmargin=$m,$SWEEP_EXTRA"}; do
	n=$((n+1)); echo "$n $prog $a $fmt"
done; done; done; done > "$out/jobs"
one() { # n prog arg fmt
	local o=$out/r/$1
	(ARGP_HELP_FMT=$4 LWBT_ARGP_PROG=$2 exec timeout 5 "$out/g/argp-oracle" $3 >"$o.g" 2>&1) 2>/dev/null; gs=$?
	(ARGP_HELP_FMT=$4 LWBT_ARGP_PROG=$2 exec timeout 5 "$out/m/argp-oracle" $3 >"$o.m" 2>&1) 2>/dev/null; ms=$?
	if [ $gs -ge 124 ]; then
		echo "BROKEN $1: $2 $3 $4 (glibc $gs, ours $ms)"; rm -f "$o.g" "$o.m"
	elif [ $gs = $ms ] && cmp -s "$o.g" "$o.m"; then
		rm -f "$o.g" "$o.m"
	else
		echo "DIFF $1: $2 $3 $4"
	fi
}
export -f one; export out
xargs -P "${SWEEP_JOBS:-1}" -L 1 bash -c 'one "$@"' one < "$out/jobs" 2>/dev/null | sort -k2n > "$out/list"
total=$(wc -l < "$out/jobs") diff=$(grep -c ^DIFF "$out/list") broken=$(grep -c ^BROKEN "$out/list")
echo "same=$((total-diff-broken)) diff=$diff glibc-broken=$broken of $total (out: $out)"
