#!/usr/bin/env bash
# Where does this project's bake spend its time? Bakes a generated corpus of N pages per language
# (default 1000) once under Java Flight Recorder, prints the bake's own phase timings, then the
# CPU samples by phase, by method (inclusive) and by top frame (bench/jfr_summary.py).
# Usage: bench/profile.sh [N] [--no-pdf] [--project DIR] [--keep]
#   --no-pdf  bake without the book PDFs (Bakery.pdf(false) through bench/BenchBake.java)
set -euo pipefail

BENCH_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
PROJECT="$(dirname "$BENCH_DIR")"
N=1000
KEEP=0
NOPDF=0
while [ $# -gt 0 ]; do
  case "$1" in
    --project) PROJECT="$(cd "$2" && pwd)"; shift 2 ;;
    --no-pdf) NOPDF=1; shift ;;
    --keep) KEEP=1; shift ;;
    -h|--help) sed -n '2,7p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) N="$1"; shift ;;
  esac
done
command -v jfr >/dev/null || { echo "profile: the JDK's 'jfr' tool is missing (apt-get install -y openjdk-17-jdk-headless)" >&2; exit 1; }

WORK="$(mktemp -d /tmp/build-profile.XXXXXX)"
trap '[ "$KEEP" = 1 ] && echo "kept $WORK" >&2 || rm -rf "$WORK"' EXIT
(cd "$PROJECT" && ./mvnw -q -B compile && ./mvnw -q -B org.apache.maven.plugins:maven-dependency-plugin:3.8.1:build-classpath -DincludeScope=runtime \
    -Dmdep.outputFile="$WORK/classpath.txt")
CP="$PROJECT/target/classes:$(cat "$WORK/classpath.txt")"
# the JVM options the project's Maven runs with (.mvn/jvm.config): the bake is measured as ./mvnw runs it;
# BENCH_JVM_OPTS, when set, replaces them (BENCH_JVM_OPTS=" " for the JVM's defaults)
read -r -a JVM_OPTS <<< "${BENCH_JVM_OPTS:-$(tr '\n' ' ' < "$PROJECT/.mvn/jvm.config" 2>/dev/null)}"
python3 "$BENCH_DIR/generate_corpus.py" "$N" "$WORK/corpus" --project "$PROJECT" --only project
JFR=(-XX:StartFlightRecording=filename="$WORK/bake.jfr",settings=profile -Xlog:gc:file="$WORK/gc.log")
if [ "$NOPDF" = 1 ]; then
  mkdir -p "$WORK/harness"
  javac -nowarn -cp "$CP" -d "$WORK/harness" "$BENCH_DIR/BenchBake.java"
  echo "baking 2 x $N pages without the PDFs under JFR..." >&2
  java "${JVM_OPTS[@]}" "${JFR[@]}" -cp "$WORK/harness:$CP" BenchBake "$WORK/corpus/project" "$WORK/out" --no-pdf 2>&1 | grep -v '^\[' || true
else
  TIMINGS=""
  java "${JVM_OPTS[@]}" -cp "$CP" org.nodevspython.cli.SiteCommand --help 2>/dev/null | grep -q -- '--timings' && TIMINGS="--timings"
  echo "baking 2 x $N pages under JFR..." >&2
  java "${JVM_OPTS[@]}" "${JFR[@]}" -cp "$CP" org.nodevspython.cli.SiteCommand --source "$WORK/corpus/project" --output "$WORK/out" $TIMINGS 2>&1 \
    | grep -v '^\[' | grep -v '^\s*at ' | head -40 || true
fi
echo
python3 "$BENCH_DIR/jfr_summary.py" "$WORK/bake.jfr" --top 30
echo
echo "GC: $(grep -c 'Pause' "$WORK/gc.log") pauses, $(grep -o '[0-9.]*ms$' "$WORK/gc.log" | awk '{s+=$1} END {printf "%.0f ms", s}') in total"
