#!/usr/bin/env bash
# Build-speed benchmark: this project's build vs stock JBake 2.7 (Maven plugin, OrientDB) vs Hugo,
# on the same deterministic synthetic bilingual corpus, plus the real site's own numbers.
# Writes the table into docs/PERFORMANCE.md (between the build-speed markers) and prints it.
# See bench/README.md. Usage: bench/build-speed.sh [--sizes "10 100 1000"] [--project DIR] [--snapshot]
#                                                  [--skip-jbake] [--no-write] [--keep]
set -euo pipefail

BENCH_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
REPO="$(dirname "$BENCH_DIR")"
PROJECT="$REPO"
SIZES="10 100 1000"
SKIP_JBAKE=0
SNAPSHOT=0
QUIET_TIMEOUT="${BENCH_QUIET_TIMEOUT:-120}"
WRITE=1
KEEP=0

usage() {
  sed -n '2,6p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'
  echo "  --snapshot  benchmark a copy of the project (its files without target/ and .git), so that edits"
  echo "              or builds running in the work tree meanwhile do not disturb it"
  echo "  BENCH_QUIET_TIMEOUT=S  how long to wait for an idle CPU before each measurement (default 120)"
  exit "${1:-0}"
}
while [ $# -gt 0 ]; do
  case "$1" in
    --sizes) SIZES="$2"; shift 2 ;;
    --project) PROJECT="$(cd "$2" && pwd)"; shift 2 ;;
    --skip-jbake) SKIP_JBAKE=1; shift ;;
    --snapshot) SNAPSHOT=1; shift ;;
    --no-write) WRITE=0; shift ;;
    --keep) KEEP=1; shift ;;
    -h|--help) usage 0 ;;
    *) echo "unknown option: $1" >&2; usage 2 ;;
  esac
done

say() { printf '\n== %s\n' "$*" >&2; }
die() { printf 'build-speed: %s\n' "$*" >&2; exit 1; }

# ---------------------------------------------------------------- tools
missing=()
command -v java >/dev/null || missing+=("java (apt-get install -y openjdk-17-jdk-headless)")
command -v python3 >/dev/null || missing+=("python3 (apt-get install -y python3)")
command -v hugo >/dev/null || missing+=("hugo (apt-get install -y hugo)")
command -v hyperfine >/dev/null || missing+=("hyperfine (apt-get install -y hyperfine)")
[ -x /usr/bin/time ] || missing+=("GNU time, /usr/bin/time (apt-get install -y time)")
if [ ${#missing[@]} -gt 0 ]; then
  {
    echo "build-speed: missing tools:"
    printf '  - %s\n' "${missing[@]}"
    echo "On Debian/Ubuntu, as root: apt-get update && apt-get install -y hugo hyperfine time"
  } >&2
  exit 1
fi
[ -x "$PROJECT/mvnw" ] && [ -f "$PROJECT/pom.xml" ] || die "$PROJECT is not the project (no mvnw / pom.xml)"
MVNW="$PROJECT/mvnw"

WORK="$(mktemp -d /tmp/build-speed.XXXXXX)"
R="$WORK/results"
mkdir -p "$R" "$WORK/out"
PREVIEW_PID=""
cleanup() {
  local rc=$?
  if [ -n "$PREVIEW_PID" ]; then kill "$PREVIEW_PID" 2>/dev/null || true; fi
  if [ "$KEEP" = 1 ] || [ "$rc" != 0 ]; then echo "kept $WORK (raw results in $WORK/results)" >&2; else rm -rf "$WORK"; fi
}
trap cleanup EXIT
echo "working in $WORK" >&2

# Each measurement waits (up to QUIET_TIMEOUT s) until the CPU is idle: other jobs on a shared
# machine distort timings. The busy share seen just before each measurement is recorded.
cpu_busy() {  # percent of CPU busy over one second, all cores
  local a b
  a=($(awk '/^cpu / {print $2+$3+$4+$7+$8+$9, $5+$6}' /proc/stat)); sleep 1
  b=($(awk '/^cpu / {print $2+$3+$4+$7+$8+$9, $5+$6}' /proc/stat))
  echo $(( 100 * (b[0] - a[0]) / ((b[0] - a[0]) + (b[1] - a[1]) + 1) ))
}
wait_quiet() {  # NAME
  local start=$SECONDS busy
  busy=$(cpu_busy)
  while [ "$busy" -gt 20 ] && [ $((SECONDS - start)) -lt "$QUIET_TIMEOUT" ]; do
    [ $((SECONDS - start)) -lt 2 ] && echo "waiting for the CPU to be idle (now ${busy}% busy)..." >&2
    sleep 4; busy=$(cpu_busy)
  done
  [ "$busy" -gt 20 ] && echo "warning: the CPU is still ${busy}% busy with other work; measuring anyway" >&2
  echo "$1 busy=${busy}%" >> "$R/quiet.txt"
}

if [ "$SNAPSHOT" = 1 ]; then
  say "copying the project to $WORK/project (without target/ and .git)"
  mkdir -p "$WORK/project"
  tar -C "$PROJECT" --exclude=./target --exclude=./.git -cf - . | tar -C "$WORK/project" -xf -
  ORIGIN="$PROJECT"
  PROJECT="$WORK/project"
fi

# ---------------------------------------------------------------- the machine
{
  echo "date=$(date -u +%Y-%m-%dT%H:%MZ)"
  echo "nproc=$(nproc)"
  echo "mem=$(awk '/MemTotal/ {printf "%.1f GiB", $2/1048576}' /proc/meminfo)"
  echo "cpu=$(awk -F': ' '/model name/ {print $2; exit}' /proc/cpuinfo)"
  echo "java=$(java -version 2>&1 | head -1)"
  echo "hugo=$(hugo version | awk '{print $1, $2}')"
  echo "hyperfine=$(hyperfine --version)"
  echo "maven=$("$MVNW" -v 2>/dev/null | head -1 | sed 's/\x1b\[[0-9;]*m//g')"
  changed="$(git -C "${ORIGIN:-$PROJECT}" status --porcelain --untracked-files=no 2>/dev/null | awk '{print $2}' | head -8 | paste -sd, -)"
  echo "commit=$(git -C "${ORIGIN:-$PROJECT}" rev-parse --short HEAD 2>/dev/null || echo '?')${changed:+ (+ uncommitted changes to: $changed)}"
  echo "load_start=$(cut -d' ' -f1-3 /proc/loadavg)"
  echo "sizes=$SIZES"
  echo "command=bench/build-speed.sh$( [ "$SIZES" != "10 100 1000" ] && echo " --sizes \"$SIZES\"")$( [ "$SNAPSHOT" = 1 ] && echo " --snapshot")$( [ "$SKIP_JBAKE" = 1 ] && echo " --skip-jbake")"
} > "$R/env.txt"
cat "$R/env.txt" >&2

# ---------------------------------------------------------------- this project, compiled once
# Online, once: a fresh clone's Maven has never fetched the dependency plugin (or the project's own dependencies);
# the timed runs below are offline, once everything is in ~/.m2.
say "compiling the project and resolving its classpath (not timed)"
(cd "$PROJECT" && "$MVNW" -q -B compile) || die "'./mvnw -q compile' failed in $PROJECT"
(cd "$PROJECT" && "$MVNW" -q -B org.apache.maven.plugins:maven-dependency-plugin:3.8.1:build-classpath -DincludeScope=runtime \
    -Dmdep.outputFile="$WORK/classpath.txt") || die "could not resolve the classpath"
CP="$PROJECT/target/classes:$(cat "$WORK/classpath.txt")"
# the JVM options the project's Maven runs with (.mvn/jvm.config): the bake is measured as ./mvnw runs it;
# BENCH_JVM_OPTS, when set, replaces them (BENCH_JVM_OPTS=" " for the JVM's defaults)
read -r -a JVM_OPTS <<< "${BENCH_JVM_OPTS:-$(tr '\n' ' ' < "$PROJECT/.mvn/jvm.config" 2>/dev/null)}"
SITE=(java "${JVM_OPTS[@]}" -cp "$CP" org.nodevspython.cli.SiteCommand)
# newer versions print the time of each phase with --timings: use it when there
TIMINGS=""
"${SITE[@]}" --help 2>/dev/null | grep -q -- '--timings' && TIMINGS="--timings"
# the harness for what the command line cannot do: bake without the PDFs, bake several times in one JVM
mkdir -p "$WORK/harness"
javac -nowarn -cp "$CP" -d "$WORK/harness" "$BENCH_DIR/BenchBake.java" || die "bench/BenchBake.java does not compile against $PROJECT"
HB=(java "${JVM_OPTS[@]}" -cp "$WORK/harness:$CP" BenchBake)
NOPDF=0
grep -q 'public Bakery pdf(boolean' "$PROJECT"/src/main/java/org/nodevspython/bake/Bakery.java 2>/dev/null && NOPDF=1

# hyperfine wrapper: NAME RUNS WARMUP PREPARE COMMAND -> $R/hf-NAME.json
# (returns 1 if the command failed; hf_or_die stops the script then)
hf() {
  local name="$1" runs="$2" warmup="$3" prepare="$4" cmd="$5"
  wait_quiet "$name"
  hyperfine --style basic --runs "$runs" --warmup "$warmup" --prepare "$prepare" \
    --export-json "$R/hf-$name.json" --command-name "$name" "$cmd" >&2 || { rm -f "$R/hf-$name.json"; return 1; }
}
hf_or_die() {
  hf "$@" || die "the timed command failed ($1): $5 (its output is in $R/*.log)"
}
# one run under GNU time: NAME COMMAND... -> $R/rss-NAME.txt (+ the command's output in $R/rss-NAME.log)
rss() {
  local name="$1"; shift
  wait_quiet "rss-$name"
  if ! /usr/bin/time -v -o "$R/rss-$name.txt" "$@" > "$R/rss-$name.log" 2>&1; then
    echo "exit=1" >> "$R/rss-$name.txt"
    return 1
  fi
  echo "exit=0" >> "$R/rss-$name.txt"
}

# ---------------------------------------------------------------- the real site
say "the real site ($PROJECT)"
REAL_OUT="$WORK/out/real-site"
# a fresh JVM per bake: start-up included in the wall time; the bake prints its own in-JVM time.
# Clean: the output and the bake's cache next to it (<output>.cache, the book PDFs) are deleted first.
hf_or_die real-bake 5 1 "rm -rf $REAL_OUT $REAL_OUT.cache" \
  "${SITE[*]} --source $PROJECT --output $REAL_OUT $TIMINGS >> $R/real-bake.log 2>&1"
# the same with the cache of the previous bake kept (what an unchanged rebuild sees)
hf_or_die real-cached 5 1 "rm -rf $REAL_OUT" \
  "${SITE[*]} --source $PROJECT --output $REAL_OUT $TIMINGS >> $R/real-cached.log 2>&1"
rm -rf "$REAL_OUT" "$REAL_OUT.cache"
if [ "$NOPDF" = 1 ]; then
  hf_or_die real-nopdf 5 1 "rm -rf $REAL_OUT $REAL_OUT.cache" \
    "${HB[*]} $PROJECT $REAL_OUT --no-pdf >> $R/real-nopdf.log 2>&1"
  rm -rf "$REAL_OUT" "$REAL_OUT.cache"
fi
# the same bake six times in one JVM: first (cold) and warm median (the PDF cache is warm from the 2nd on)
wait_quiet real-warm
"${HB[@]}" "$PROJECT" "$WORK/out/real-warm" --runs 6 > "$R/real-warm.log" 2>&1 \
  || die "BenchBake failed: $(tail -5 "$R/real-warm.log")"
# JVM start-up + picocli alone, for scale
hf_or_die jvm-start 5 1 "true" "${SITE[*]} --help > /dev/null"
# the Maven build the developers run, vs a Maven run that does (almost) nothing
# (package bakes into target/site; after the warm-up run its PDF cache, target/site.cache, is warm)
hf_or_die mvn-validate 3 1 "true" "cd $PROJECT && ./mvnw -o -q -B validate"
hf_or_die mvn-package 3 1 "true" "cd $PROJECT && ./mvnw -o -q -B -DskipTests package >> $R/mvn-package.log 2>&1"

# ---------------------------------------------------------------- the preview server, if there is one
# On a private copy of the site's sources (the edits must never touch the project): start
# `SiteCommand preview --port 0`, wait for its first bake and its warm-up bakes, then append a line
# to one English page six times and read how long each re-bake took (as printed) and how long
# from the save to the "Rebaked" line (as seen from here, polling every 10 ms).
if "${SITE[@]}" --help 2>/dev/null | grep -qw preview; then
  say "the preview: one-page edits on a copy of the real site"
  PV="$WORK/preview-project"
  mkdir -p "$PV"
  for item in content templates assets data jbake.properties; do cp -r "$PROJECT/$item" "$PV/"; done
  wait_quiet preview
  "${SITE[@]}" --source "$PV" preview --port 0 > "$R/preview.log" 2>&1 &
  PREVIEW_PID=$!
  waited=0
  until grep -q '^Preview on' "$R/preview.log" || [ $waited -ge 1200 ]; do sleep 0.1; waited=$((waited + 1)); done
  # the warm-up bakes go to target/site.preview-warm-up, deleted when they are done
  sleep 1; waited=0
  while [ -e "$PV/target/site.preview-warm-up" ] && [ $waited -lt 600 ]; do sleep 0.1; waited=$((waited + 1)); done
  sleep 1
  page="$(ls "$PV"/content/en/*.md | sort | tail -1)"
  for i in 1 2 3 4 5 6; do
    before=$(grep -c '^Rebaked' "$R/preview.log" || true)
    t0=$(date +%s%N)
    printf '\nA line added by the benchmark (%d).\n' "$i" >> "$page"
    waited=0
    until [ "$(grep -c '^Rebaked' "$R/preview.log" || true)" -gt "$before" ] || [ $waited -ge 6000 ]; do
      sleep 0.01; waited=$((waited + 1))
    done
    echo $(( ($(date +%s%N) - t0) / 1000000 )) >> "$R/preview-latency.txt"
    sleep 1
  done
  kill "$PREVIEW_PID" 2>/dev/null || true
  wait "$PREVIEW_PID" 2>/dev/null || true
fi

# ---------------------------------------------------------------- stock JBake: resolve once
if [ "$SKIP_JBAKE" = 0 ]; then
  say "stock JBake: resolving org.jbake:jbake-maven-plugin:2.7.0-rc.7 and its engines (once, not timed)"
  python3 "$BENCH_DIR/generate_corpus.py" 2 "$WORK/resolve" --project "$PROJECT" --only jbake 2>/dev/null
  if ! "$MVNW" -o -q -B -f "$WORK/resolve/jbake/pom.xml" jbake:generate > "$R/jbake-resolve.log" 2>&1; then
    "$MVNW" -q -B -f "$WORK/resolve/jbake/pom.xml" jbake:generate > "$R/jbake-resolve.log" 2>&1 \
      || die "stock JBake could not run even online (Maven Central needed once): see $R/jbake-resolve.log"
  fi
fi

# ---------------------------------------------------------------- the corpus, size by size
for N in $SIZES; do
  C="$WORK/corpus-$N"
  say "N = $N pages per language: generating the three corpora"
  python3 "$BENCH_DIR/generate_corpus.py" "$N" "$C" --project "$PROJECT"
  if [ "$N" -ge 1000 ]; then RUNS=3; WARM=0; elif [ "$N" -ge 100 ]; then RUNS=3; WARM=1; else RUNS=5; WARM=1; fi

  # --- this project
  # clean: output and <output>.cache deleted before each run, as on a fresh checkout or after a
  # content edit (the book PDF's cache key is the whole book). First one run under GNU time (peak
  # RSS, GC log, and whether it succeeds at all), then the timed runs; then with the PDF cache
  # kept; then without the PDFs (BenchBake --no-pdf, what Hugo and stock JBake are compared with).
  say "N = $N: this project (fresh JVM per run)"
  P_OUT="$WORK/out/project-$N"
  if rss "project-$N" java "${JVM_OPTS[@]}" "-Xlog:gc:file=$R/gc-project-$N.log" -cp "$CP" org.nodevspython.cli.SiteCommand \
      --source "$C/project" --output "$P_OUT" $TIMINGS; then
    rm -rf "$P_OUT" "$P_OUT.cache"
    if grep -q 'warning' "$R/rss-project-$N.log"; then
      die "the bake of the synthetic corpus printed warnings (the corpus should be clean): $R/rss-project-$N.log"
    fi
    hf "project-$N" "$RUNS" 0 "rm -rf $P_OUT $P_OUT.cache" \
      "${SITE[*]} --source $C/project --output $P_OUT $TIMINGS >> $R/project-$N.log 2>&1" \
      || echo "failed: $(grep -v '^\s*at ' "$R/project-$N.log" | grep -iE 'error|exception' | head -2 | cut -c1-300)" > "$R/fail-project-$N.txt"
    hf "project-cached-$N" "$RUNS" 1 "rm -rf $P_OUT" \
      "${SITE[*]} --source $C/project --output $P_OUT $TIMINGS >> $R/project-cached-$N.log 2>&1" \
      || echo "failed: $(grep -v '^\s*at ' "$R/project-cached-$N.log" | grep -iE 'error|exception' | head -2 | cut -c1-300)" > "$R/fail-project-cached-$N.txt"
    rm -rf "$P_OUT" "$P_OUT.cache"
    # does it fit in a 512 MB heap? (a failure is recorded, not fatal)
    rss "xmx-project-$N" java "${JVM_OPTS[@]}" -Xmx512m -cp "$CP" org.nodevspython.cli.SiteCommand --source "$C/project" --output "$P_OUT" || true
  else
    echo "failed: $(grep -v '^\s*at ' "$R/rss-project-$N.log" | grep -iE 'error|exception' | head -2 | cut -c1-300)" > "$R/fail-project-$N.txt"
    echo "this project's bake FAILED at N = $N: $(cat "$R/fail-project-$N.txt") (see $R/rss-project-$N.log)" >&2
  fi
  rm -rf "$P_OUT" "$P_OUT.cache"
  if [ "$NOPDF" = 1 ]; then
    rss "project-nopdf-$N" java "${JVM_OPTS[@]}" "-Xlog:gc:file=$R/gc-project-nopdf-$N.log" -cp "$WORK/harness:$CP" BenchBake \
      "$C/project" "$P_OUT" --no-pdf || die "the bake without PDF failed: $(tail -5 "$R/rss-project-nopdf-$N.log")"
    hf_or_die "project-nopdf-$N" "$RUNS" "$WARM" "rm -rf $P_OUT $P_OUT.cache" \
      "${HB[*]} $C/project $P_OUT --no-pdf >> $R/project-nopdf-$N.log 2>&1"
    rm -rf "$P_OUT" "$P_OUT.cache"
    rss "xmx-project-nopdf-$N" java "${JVM_OPTS[@]}" -Xmx512m -cp "$WORK/harness:$CP" BenchBake "$C/project" "$P_OUT" --no-pdf || true
    rm -rf "$P_OUT" "$P_OUT.cache"
  fi

  # --- Hugo
  say "N = $N: Hugo"
  H_OUT="$WORK/out/hugo-$N"
  hf_or_die "hugo-$N" "$RUNS" 1 "rm -rf $H_OUT $C/hugo/resources" "hugo --quiet -s $C/hugo -d $H_OUT"
  rm -rf "$H_OUT"
  rss "hugo-$N" hugo --quiet -s "$C/hugo" -d "$H_OUT" || die "hugo failed: $(tail -5 "$R/rss-hugo-$N.log")"
  rm -rf "$H_OUT"

  # --- stock JBake through its Maven plugin (Maven start-up included)
  if [ "$SKIP_JBAKE" = 0 ]; then
    say "N = $N: stock JBake 2.7 (Maven plugin, embedded OrientDB)"
    J="$C/jbake"
    if [ "$N" -ge 1000 ]; then
      # minutes per run: one run, under GNU time (wall time and peak RSS from the same run)
      echo "stock JBake at N = $N: one run (takes minutes)" >&2
      rm -rf "$J/target"
      rss "jbake-$N" "$MVNW" -o -B -f "$J/pom.xml" jbake:generate || die "stock JBake failed: $R/rss-jbake-$N.log"
    else
      hf_or_die "jbake-$N" "$RUNS" 1 "rm -rf $J/target" "$MVNW -o -q -B -f $J/pom.xml jbake:generate"
      rm -rf "$J/target"
      rss "jbake-$N" "$MVNW" -o -B -f "$J/pom.xml" jbake:generate || die "stock JBake failed: $R/rss-jbake-$N.log"
    fi
    rm -rf "$J/target"
  fi
  rm -rf "$C"
done
echo "load_end=$(cut -d' ' -f1-3 /proc/loadavg)" >> "$R/env.txt"

# ---------------------------------------------------------------- the report
say "report"
REPORT_ARGS=("$R")
[ "$WRITE" = 1 ] && REPORT_ARGS+=(--write "$REPO/docs/PERFORMANCE.md")
python3 "$BENCH_DIR/report.py" "${REPORT_ARGS[@]}"
