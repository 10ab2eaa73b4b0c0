#!/bin/sh
# Times cold `sysdesign grade` of one small project (one [Design] class, a ProjectReference to the API project) as
# whole processes, in turn with a plain `dotnet build` of the same project (farm-bench pairs them and gives the
# ratio), then the median of each phase from the tool's own --timings line.
# Usage: benchmarks/cli/grade-small.sh [runs] [sysdesign.dll] [noop|edit]   (from the repository root, after building
#        the tool; pass a Release or ReadyToRun publish's sysdesign.dll to time what a user installs instead of Debug)
# The yardstick: `noop` (default) is an incremental `dotnet build` with nothing to compile (the harshest: grade always
# compiles); `edit` touches the design before each build, so the build compiles it as it does after every edit, the
# case a user grading a changed design is in (grade gets the same touch).
set -eu
runs="${1:-3}"
dll="$(realpath "${2:-src/SystemDesign.Cli/bin/Debug/net10.0/sysdesign.dll}")"
yardstick="${3:-noop}"
case "$yardstick" in
  noop) touch_first="" ;;
  edit) touch_first="touch app/Blog.cs && " ;;
  *) echo "yardstick must be noop or edit, not '$yardstick'" >&2; exit 2 ;;
esac
api="$(realpath src/SystemDesign/SystemDesign.csproj)"
work="$(mktemp -d /tmp/sysdesign-grade-small.XXXXXX)"
mkdir "$work/app"
cat >"$work/app/Small.csproj" <<XML
<Project Sdk="Microsoft.NET.Sdk">
  <PropertyGroup><TargetFramework>net10.0</TargetFramework><Nullable>enable</Nullable></PropertyGroup>
  <ItemGroup><ProjectReference Include="$api" /></ItemGroup>
</Project>
XML
# The README's hand-written blog (9 app servers, passes): one design, read statically like any submission.
cp samples/SystemDesign.Samples/PersonalBlog.cs "$work/app/Blog.cs"
cd "$work"
dotnet build app -nologo -v:q >/dev/null # restored and built once: the yardstick is an incremental build
log="$work/timings.log"
farm-bench -n "$runs" --warmup 1 --timeout 1800 \
  --vs "sh -c '${touch_first}exec dotnet build app -nologo -v:q'" \
  -- sh -c "${touch_first}exec dotnet $dll grade app --no-restore --timings >>$log 2>&1"
echo "phase medians over $(grep -c '^timings:' "$log") runs of grade (warm-up included), seconds:"
for phase in $(grep -m1 '^timings:' "$log" | tr ' ' '\n' | grep '=' | cut -d= -f1); do
  grep '^timings:' "$log" | tr ' ' '\n' | grep "^$phase=" | cut -d= -f2 | tr -d s | sort -n |
    awk -v p="$phase" '{ a[NR] = $1 } END { m = (NR % 2) ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2; printf "  %-15s %.3f\n", p, m }'
done
rm -rf "$work"
