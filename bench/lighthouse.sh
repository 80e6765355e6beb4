#!/usr/bin/env bash
# Lighthouse scores (performance, accessibility, best practices, SEO) of every indexable page (the
# pages of sitemap.xml), on a phone (Lighthouse's default mobile emulation and throttling) and on a
# desktop (--preset=desktop). Bakes the site, serves target/site on 127.0.0.1 only, runs Lighthouse
# in Debian's headless Chromium one page at a time, prints a table and writes it into
# docs/PERFORMANCE.md (between the lighthouse markers, under "## Lighthouse").
#
#   bench/lighthouse.sh               bake (./mvnw -q -B -DskipTests package), measure, write
#   bench/lighthouse.sh --no-build    measure the target/site already there
#   bench/lighthouse.sh --no-write    print only
#   bench/lighthouse.sh --keep        keep the scratch folder (every Lighthouse JSON report)
#   bench/lighthouse.sh --pages "index.html en/index.html"   only these pages
#
# Needs Java 17, Node.js with npm and Chromium (Debian: sudo apt-get install -y nodejs npm chromium).
# Lighthouse itself is pinned in bench/lighthouse/package-lock.json and installed there with npm ci
# on the first run. Nothing else is downloaded, and nothing leaves the machine: Lighthouse talks to
# the local server only. About 12 s a run: 2 minutes for every page of both languages, both modes.
# Exit status 1 when a score is under 100.
set -euo pipefail

BUILD=1 WRITE=1 KEEP=0 PAGES=""
COMMAND="bench/lighthouse.sh${*:+ $*}"
while [ $# -gt 0 ]; do
  case "$1" in
    --no-build) BUILD=0 ;;
    --no-write) WRITE=0 ;;
    --keep) KEEP=1 ;;
    --pages) PAGES="${2:?--pages needs a list}"; shift ;;
    -h|--help) sed -n '2,18p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "lighthouse.sh: unknown option $1 (see --help)" >&2; exit 2 ;;
  esac
  shift
done

REPO="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
TOOLS="$REPO/bench/lighthouse"
CHROME="${CHROME_PATH:-/usr/bin/chromium}"

# ---- tools ---------------------------------------------------------------------------------------
missing=()
command -v node >/dev/null || missing+=("node: sudo apt-get install -y nodejs")
command -v npm >/dev/null || missing+=("npm: sudo apt-get install -y npm")
[ -x "$CHROME" ] || missing+=("$CHROME: sudo apt-get install -y chromium (or set CHROME_PATH)")
[ "$BUILD" = 0 ] || command -v java >/dev/null || missing+=("java (a JDK 17 or newer): sudo apt-get install -y openjdk-17-jdk-headless")
if [ ${#missing[@]} -gt 0 ]; then
  echo "lighthouse.sh: missing tools; install them with:" >&2
  printf '  %s\n' "${missing[@]}" >&2
  exit 2
fi
if [ ! -x "$TOOLS/node_modules/.bin/lighthouse" ] || [ "$TOOLS/package-lock.json" -nt "$TOOLS/node_modules/.package-lock.json" ]; then
  echo "installing Lighthouse (bench/lighthouse/package-lock.json): npm ci" >&2
  (cd "$TOOLS" && npm ci --no-audit --no-fund --loglevel=error) >&2
fi

SCRATCH="$(mktemp -d /tmp/lighthouse.XXXXXX)"
SERVER=""
cleanup() {
  if [ -n "$SERVER" ]; then kill "$SERVER" 2>/dev/null || true; wait "$SERVER" 2>/dev/null || true; fi
  if [ "$KEEP" = 1 ]; then echo "scratch files kept in $SCRATCH" >&2; else rm -rf "$SCRATCH"; fi
}
trap cleanup EXIT

# ---- the site ------------------------------------------------------------------------------------
if [ "$BUILD" = 1 ]; then
  echo "baking the site: ./mvnw -q -B -DskipTests package" >&2
  (cd "$REPO" && ./mvnw -q -B -DskipTests package) >&2
fi
SITE="$REPO/target/site"
if [ ! -f "$SITE/sitemap.xml" ]; then
  echo "lighthouse.sh: no baked site in $SITE (run without --no-build)" >&2
  exit 1
fi
if [ -z "$PAGES" ]; then
  # the indexable pages: every <loc> of the sitemap, as a file of target/site
  PAGES="$(node -e '
    const fs = require("fs");
    const xml = fs.readFileSync(process.argv[1], "utf8");
    const locs = [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]).pathname.replace(/^\//, ""));
    console.log(locs.map((p) => (p === "" || p.endsWith("/") ? p + "index.html" : p)).join(" "));
  ' "$SITE/sitemap.xml")"
fi

# ---- serve on the loopback address only ----------------------------------------------------------
node "$TOOLS/serve.mjs" "$SITE" 0 > "$SCRATCH/port" &
SERVER=$!
for _ in $(seq 50); do
  [ -s "$SCRATCH/port" ] && break
  sleep 0.1
done
PORT="$(head -1 "$SCRATCH/port")"
[ -n "$PORT" ] || { echo "lighthouse.sh: the local server did not start" >&2; exit 1; }
BASE="http://127.0.0.1:$PORT/"
echo "serving $SITE on $BASE" >&2

# ---- Lighthouse, one run at a time ---------------------------------------------------------------
FLAGS="--headless --no-sandbox --disable-gpu --no-first-run --disable-background-networking --disable-component-update --disable-sync"
for page in $PAGES; do
  for mode in mobile desktop; do
    preset=()
    [ "$mode" = desktop ] && preset=(--preset=desktop)
    out="$SCRATCH/${page//\//__}.$mode.json"
    echo "lighthouse $mode $page" >&2
    if ! CHROME_PATH="$CHROME" "$TOOLS/node_modules/.bin/lighthouse" "$BASE$page" "${preset[@]}" \
        --only-categories=performance,accessibility,best-practices,seo --output=json --output-path="$out" \
        --chrome-flags="$FLAGS" --quiet 2> "$SCRATCH/lighthouse.log"; then
      cat "$SCRATCH/lighthouse.log" >&2
      rm -f "$out"
    fi
  done
done

# ---- report --------------------------------------------------------------------------------------
COMMIT="$(git -C "$REPO" rev-parse --short HEAD 2>/dev/null || echo '?')"
if [ -n "$(git -C "$REPO" status --porcelain -- assets templates content data src jbake.properties 2>/dev/null)" ]; then
  COMMIT="$COMMIT with uncommitted changes"
fi
MACHINE="$( (. /etc/os-release 2>/dev/null && printf '%s' "$PRETTY_NAME") ), $(uname -m), $(nproc) CPUs"
args=(--reports "$SCRATCH" --pages "$PAGES" --command "$COMMAND" --commit "$COMMIT"
      --chromium "$("$CHROME" --version 2>/dev/null | head -1)" --machine "$MACHINE")
[ "$WRITE" = 1 ] && args+=(--write "$REPO/docs/PERFORMANCE.md")
node "$TOOLS/report.mjs" "${args[@]}"
