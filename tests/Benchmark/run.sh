#!/usr/bin/env bash
# Benchmark: our generator (Release) against Hugo on the same synthetic corpus, in alternating runs.
# Not a test: speed is measured here, never asserted in the suite.
#
#   tests/Benchmark/run.sh                     # N=10000, 3 runs each, output to tmpfs (/dev/shm)
#   N=1000 RUNS=5 tests/Benchmark/run.sh       # another size
#   OUTROOT=/tmp tests/Benchmark/run.sh        # output to disk instead of tmpfs
#
# Needs python3, GNU time (apt-get install -y time) and, for the comparison, Hugo
# (apt-get install -y hugo). BENCH is the shared benchmark material (synth.py and the Hugo site);
# by default the folder `shared/bench` beside this repository's folder.
set -euo pipefail

repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
BENCH=${BENCH:-$(cd "$repo/.." && pwd)/shared/bench}
N=${N:-10000}
RUNS=${RUNS:-3}
WORK=${WORK:-/tmp/archive-bench}
OUTROOT=${OUTROOT:-/dev/shm}

[ -f "$BENCH/synth.py" ] || { echo "synth.py not found in $BENCH; set BENCH=…/shared/bench" >&2; exit 2; }
[ -x /usr/bin/time ] || { echo "GNU time not found: apt-get install -y time" >&2; exit 2; }

corpus=$WORK/corpus-$N
if [ ! -d "$corpus/statements" ]; then
  python3 "$BENCH/synth.py" --count "$N" --out "$corpus" >&2
fi
# Our generator needs its site settings; Hugo ignores the file.
printf 'title: Benchmark archive\nbase_url: https://example.org/archive/\n' > "$corpus/site.yml"

# Release, as a large archive's maintainer would ship it: self-contained and compiled ahead of time with
# the .NET libraries into one composite image (ReadyToRun, no tiering: see generator.csproj), so framework
# code is inlined into ours and nothing waits for the JIT. Measured at 10,000 statements against the
# framework-dependent ReadyToRun build: 3.29 → 3.00 s wall, 6.10 → 5.50 CPU-s. The publish takes about a
# minute and needs the runtime and crossgen packages from NuGet on the first run.
# Its intermediate files go under $WORK: left in generator/obj, the composite's parts would be taken up by a
# later framework-dependent ReadyToRun publish, which then aborts at start.
bin=$WORK/generator-composite
dotnet publish "$repo/generator" -c Release -r linux-x64 --self-contained true -p:PublishReadyToRun=true -p:PublishReadyToRunComposite=true \
  -p:IntermediateOutputPath="$WORK/composite-obj/" -p:OutDir="$WORK/composite-build/" -o "$bin" -v quiet -nologo >&2
ours=("$bin/generator" build --content "$corpus" --templates "$repo/templates" --output "$OUTROOT/ours")
hugo=(hugo --minify --quiet -s "$BENCH/hugo-site" --contentDir "$corpus" -d "$OUTROOT/hugo"
      --config "$BENCH/hugo-site/config.toml,$BENCH/hugo-site/config-norelated.toml")
command -v hugo >/dev/null || { echo "hugo not found: measuring ours only (apt-get install -y hugo)" >&2; hugo=(); }

results=$(mktemp)
trap 'rm -f "$results"' EXIT
measure() { # name, command… — the previous output's removal is part of the timing, as in Hugo's figures
  local name=$1; shift
  /usr/bin/time -o "$results.one" -f '%e %U %S %M' sh -c 'out=$1; shift; rm -rf "$out" && exec "$@" >/dev/null' sh "$OUTROOT/$name" "$@"
  read -r wall user sys rss < "$results.one"
  local pages; pages=$(find "$OUTROOT/$name" -name '*.html' | wc -l)
  printf '%-5s wall %7.2f s  cpu %7.2f s  peak %6.0f MiB  html pages %6d\n' "$name" "$wall" "$(echo "$user + $sys" | bc)" "$(echo "$rss / 1024" | bc)" "$pages"
  echo "$name $wall $user $sys $rss $pages" >> "$results"
}

echo "N=$N, output to $OUTROOT, $RUNS runs each (alternating), $(nproc) cores"
for ((i = 1; i <= RUNS; i++)); do
  measure ours "${ours[@]}"
  [ ${#hugo[@]} -eq 0 ] || measure hugo "${hugo[@]}"
done

python3 - "$results" "$N" <<'PY'
import statistics, sys
rows = {}
for line in open(sys.argv[1]):
    name, wall, user, sys_, rss, pages = line.split()
    rows.setdefault(name, []).append((float(wall), float(user) + float(sys_), float(rss) / 1024, int(pages)))
for name, r in rows.items():
    print(f"{name}: median wall {statistics.median(x[0] for x in r):.2f} s, cpu {statistics.median(x[1] for x in r):.2f} s, "
          f"peak {statistics.median(x[2] for x in r):.0f} MiB, pages {r[-1][3]}, "
          f"{1000 * statistics.median(x[0] for x in r) / int(sys.argv[2]):.2f} ms per statement")
if "hugo" in rows:
    ratio = statistics.median(x[0] for x in rows["ours"]) / statistics.median(x[0] for x in rows["hugo"])
    print(f"ours/hugo wall: {ratio:.2f}")
PY
