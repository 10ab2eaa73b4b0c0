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
grep '^timings:' "$log" | tr ' ' '\n' | grep '=' | sed 's/s$//' | awk -F= '
  { v[$1] = v[$1] " " $2; if (!($1 in seen)) { seen[$1] = 1; order[++n] = $1 } }
  END { for (i = 1; i <= n; i++) { k = order[i]; c = split(v[k], a, " "); asort(a); m = (c % 2) ? a[(c + 1) / 2] : (a[c / 2] + a[c / 2 + 1]) / 2; printf "  %-15s %.3f\n", k, m } }'
rm -f "$log"
