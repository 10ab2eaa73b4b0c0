#!/bin/sh
# Times cold `sysdesign grade samples` as whole processes (farm-bench: runs in turn with a plain `dotnet build` of the
# samples project as the yardstick) and takes the median of each phase from the tool's own --timings line.
# Usage: benchmarks/cli/grade-samples.sh [runs]   (from the repository root, after building src/SystemDesign.Cli)
set -eu
runs="${1:-5}"
dll="src/SystemDesign.Cli/bin/Debug/net10.0/sysdesign.dll"
log="$(mktemp /tmp/sysdesign-grade-timings.XXXXXX)"
farm-bench -n "$runs" --warmup 1 --timeout 1800 \
  --vs "dotnet build samples/SystemDesign.Samples -nologo -v:q" \
  -- sh -c "exec dotnet $dll grade samples --timings >>$log 2>&1"
echo "phase medians over $(grep -c '^timings:' "$log") runs of grade (warm-up included), seconds:"
for phase in $(grep -m1 '^timings:' "$log" | tr ' ' '\n' | grep '=' | cut -d= -f1); do
  grep '^timings:' "$log" | tr ' ' '\n' | grep "^$phase=" | cut -d= -f2 | tr -d s | sort -n |
    awk -v p="$phase" '{ a[NR] = $1 } END { m = (NR % 2) ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2; printf "  %-15s %.3f\n", p, m }'
done
rm -f "$log"
