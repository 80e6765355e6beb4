#!/usr/bin/env bash
# The preview's incremental re-bake against a full bake: on the synthetic corpus of bench/generate_corpus.py
# (2 x N pages, N = 1000 by default) and on a copy of the real site, in one warm JVM each. Prints the times
# (median), each bake's phases and the ratio, and checks that the preview's site is the clean bake's, byte for byte.
# See bench/README.md. Usage: bench/preview-rebake.sh [--pages N] [--runs K] [--no-real] [--keep]
set -euo pipefail

BENCH_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
REPO="$(dirname "$BENCH_DIR")"
PAGES=1000
RUNS=5
REAL=1
KEEP=0

usage() {
  sed -n '2,5p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'
  echo "  --pages N   pages per language of the corpus (default 1000; 0: the real site only)"
  echo "  --runs K    measured bakes of each kind (default 5; one more full bake runs first, cold)"
  echo "  --no-real   skip the real site"
  echo "  --keep      keep the scratch folder (printed)"
  exit "${1:-0}"
}
while [ $# -gt 0 ]; do
  case "$1" in
    --pages) PAGES="$2"; shift 2 ;;
    --runs) RUNS="$2"; shift 2 ;;
    --no-real) REAL=0; shift ;;
    --keep) KEEP=1; shift ;;
    -h|--help) usage 0 ;;
    *) echo "unknown option: $1" >&2; usage 2 ;;
  esac
done

say() { printf '\n== %s\n' "$*" >&2; }
die() { printf 'preview-rebake: %s\n' "$*" >&2; exit 1; }

for tool in java javac python3; do
  command -v "$tool" >/dev/null || die "needs $tool (Java 17 JDK, Python 3)"
done
[ -x "$REPO/mvnw" ] || die "$REPO is not the project (no mvnw)"

WORK="$(mktemp -d /tmp/preview-rebake.XXXXXX)"
cleanup() {
  if [ "$KEEP" = 1 ]; then
    echo "scratch files kept in $WORK" >&2
  else
    rm -rf "$WORK"
  fi
}
trap cleanup EXIT

# Maven offline when everything is in the local repository already, online otherwise (a fresh clone)
mvn_quiet() {
  (cd "$REPO" && { ./mvnw -o -q -B "$@" >/dev/null 2>&1 || ./mvnw -q -B "$@"; })
}

say "compiling the project and resolving its classpath (not timed)"
mvn_quiet compile || die "'./mvnw compile' failed"
mvn_quiet dependency:build-classpath -DincludeScope=runtime -Dmdep.outputFile="$WORK/classpath.txt" \
  || die "could not resolve the classpath"
CP="$REPO/target/classes:$(cat "$WORK/classpath.txt")"
mkdir -p "$WORK/harness"
javac -nowarn -cp "$CP" -d "$WORK/harness" "$BENCH_DIR/PreviewRebake.java" || die "bench/PreviewRebake.java does not compile"
# the JVM options the project's Maven runs with (.mvn/jvm.config), as the preview started by ./mvnw runs;
# BENCH_JVM_OPTS, when set, replaces them (e.g. BENCH_JVM_OPTS=" " for the JVM's defaults)
read -r -a JVM_OPTS <<< "${BENCH_JVM_OPTS:-$(tr '\n' ' ' < "$REPO/.mvn/jvm.config" 2>/dev/null)}"
RUN=(java "${JVM_OPTS[@]}" -cp "$WORK/harness:$CP" PreviewRebake)

echo "machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.1f GiB", $2/1048576}' /proc/meminfo 2>/dev/null || echo '?'), $(java -version 2>&1 | head -1)" >&2
echo "commit: $(git -C "$REPO" rev-parse --short HEAD 2>/dev/null || echo '?'); load average at the start: $(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || echo '?')" >&2

status=0
if [ "$PAGES" -gt 0 ]; then
  say "the synthetic corpus: 2 x $PAGES pages (bench/generate_corpus.py)"
  python3 "$BENCH_DIR/generate_corpus.py" "$PAGES" "$WORK/corpus" --only project >&2
  "${RUN[@]}" "$WORK/corpus/project" "$WORK/out-corpus" --runs "$RUNS" || status=1
fi
if [ "$REAL" = 1 ]; then
  say "the real site (a copy of content/, data/, templates/, assets/, jbake.properties)"
  mkdir -p "$WORK/real"
  for name in content data templates assets jbake.properties; do
    cp -R "$REPO/$name" "$WORK/real/"
  done
  "${RUN[@]}" "$WORK/real" "$WORK/out-real" --runs "$RUNS" --page content/nodejs.md || status=1
fi
echo "load average at the end: $(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || echo '?')" >&2
exit "$status"
