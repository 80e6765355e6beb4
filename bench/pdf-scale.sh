#!/usr/bin/env bash
# The book PDFs at scale: the clean build of a generated corpus of N pages per language, with and
# without the PDFs, in a capped heap. Prints the wall and CPU time of each (median of the runs), the
# ratio with/without, the peak resident set and the heap seen at the collections, and whether the
# target is met (with the PDFs, in the capped heap, at most 3x the build without them).
# Usage: bench/pdf-scale.sh [N] [--runs K] [--heap 512m] [--project DIR] [--keep]
#   N        pages per language (default 1000: two books of ~3,200 PDF pages each)
#   --runs   runs of each build (default 3; the machine may be shared: the CPU time is steadier)
#   --heap   the -Xmx of every run (default 512m)
# Needs Java 17, Python 3 and GNU time (apt-get install -y time); Maven fetches what it lacks on a fresh clone.
set -euo pipefail

BENCH_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
PROJECT="$(dirname "$BENCH_DIR")"
N=1000
RUNS=3
HEAP=512m
KEEP=0
while [ $# -gt 0 ]; do
  case "$1" in
    --runs) RUNS="$2"; shift 2 ;;
    --heap) HEAP="$2"; shift 2 ;;
    --project) PROJECT="$(cd "$2" && pwd)"; shift 2 ;;
    --keep) KEEP=1; shift ;;
    -h|--help) sed -n '2,10p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) N="$1"; shift ;;
  esac
done
command -v java >/dev/null || { echo "pdf-scale: java is missing (apt-get install -y openjdk-17-jdk-headless)" >&2; exit 1; }
command -v python3 >/dev/null || { echo "pdf-scale: python3 is missing (apt-get install -y python3)" >&2; exit 1; }
[ -x /usr/bin/time ] || { echo "pdf-scale: GNU time is missing (apt-get install -y time)" >&2; exit 1; }

WORK="$(mktemp -d /tmp/pdf-scale.XXXXXX)"
trap '[ "$KEEP" = 1 ] && echo "kept $WORK" >&2 || rm -rf "$WORK"' EXIT
echo "working in $WORK; $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg)" >&2
# online: a fresh clone's Maven has never fetched the dependency plugin (pinned here) or the project's dependencies
(cd "$PROJECT" && ./mvnw -q -B compile && ./mvnw -q -B org.apache.maven.plugins:maven-dependency-plugin:3.8.1:build-classpath \
    -DincludeScope=runtime -Dmdep.outputFile="$WORK/classpath.txt")
CP="$PROJECT/target/classes:$(cat "$WORK/classpath.txt")"
# the JVM options the project's Maven runs with (.mvn/jvm.config): the bake is measured as ./mvnw runs it;
# BENCH_JVM_OPTS, when set, replaces them (BENCH_JVM_OPTS=" " for the JVM's defaults)
read -r -a JVM_OPTS <<< "${BENCH_JVM_OPTS:-$(tr '\n' ' ' < "$PROJECT/.mvn/jvm.config" 2>/dev/null)}"
python3 "$BENCH_DIR/generate_corpus.py" "$N" "$WORK/corpus" --project "$PROJECT" --only project >&2

# one clean build: NAME RUN [--no-pdf]; the output and its PDF cache are deleted first
build() {
  local name="$1" run="$2"; shift 2
  local out="$WORK/out"
  rm -rf "$out" "$out.cache"
  if ! /usr/bin/time -f '%e %U %S %M' -o "$WORK/$name-$run.time" \
      java "${JVM_OPTS[@]}" "-Xmx$HEAP" "-Xlog:gc:file=$WORK/$name-$run.gc" -cp "$CP" org.nodevspython.cli.SiteCommand \
      --source "$WORK/corpus/project" --output "$out" --timings "$@" > "$WORK/$name-$run.log" 2>&1; then
    echo "pdf-scale: the build '$name' failed (heap $HEAP):" >&2
    grep -v '^\s*at ' "$WORK/$name-$run.log" | tail -5 >&2
    KEEP=1
    exit 1
  fi
  printf '  %-8s run %d: %s s wall, %s s CPU, %s\n' "$name" "$run" "$(cut -d' ' -f1 "$WORK/$name-$run.time")" \
    "$(awk '{printf "%.1f", $2 + $3}' "$WORK/$name-$run.time")" "$(grep -E '^\s+PDF ' "$WORK/$name-$run.log" | sed 's/^ *//' || echo 'no PDF')" >&2
}
for run in $(seq 1 "$RUNS"); do
  build nopdf "$run" --no-pdf
  build pdf "$run"
done

python3 - "$WORK" "$RUNS" "$HEAP" "$N" <<'PY'
import re, statistics, sys
work, runs, heap, n = sys.argv[1], int(sys.argv[2]), sys.argv[3], sys.argv[4]

def figures(name):
    walls, cpus, rss, before, after = [], [], [], 0, 0
    for run in range(1, runs + 1):
        wall, user, system, kb = open(f"{work}/{name}-{run}.time").read().split()
        walls.append(float(wall)); cpus.append(float(user) + float(system)); rss.append(int(kb) / 1024)
        for b, a in re.findall(r"Pause.* (\d+)M->(\d+)M", open(f"{work}/{name}-{run}.gc").read()):
            before, after = max(before, int(b)), max(after, int(a))
    return statistics.median(walls), statistics.median(cpus), max(rss), before, after

nopdf, pdf = figures("nopdf"), figures("pdf")
print(f"\n2 x {n} pages, -Xmx{heap}, {runs} runs each (median):")
print(f"{'build':<14}{'wall s':>9}{'CPU s':>9}{'peak RSS MB':>13}{'heap at GC, max before / after MB':>36}")
for name, (wall, cpu, rss, before, after) in (("without PDFs", nopdf), ("with PDFs", pdf)):
    print(f"{name:<14}{wall:>9.1f}{cpu:>9.1f}{rss:>13.0f}{before:>25} / {after}")
ratio, cpu_ratio = pdf[0] / nopdf[0], pdf[1] / nopdf[1]
print(f"ratio with / without: {ratio:.2f}x wall, {cpu_ratio:.2f}x CPU")
print(f"target (with the PDFs, in -Xmx{heap}, at most 3x without): {'met' if ratio <= 3 else 'NOT met'}")
PY
