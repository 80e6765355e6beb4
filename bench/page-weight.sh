#!/usr/bin/env bash
# Page weight: the first view (HTML + CSS + JS, raw and gzip -6/-9) and the request count of every
# page of this site, next to the same content built with MkDocs and its Material theme (Debian's
# mkdocs and mkdocs-material packages), in one run. Writes the table into docs/PERFORMANCE.md
# (between the page-weight markers, under "## Page weight") and prints it.
#
#   bench/page-weight.sh              bake the site (./mvnw -q -B -DskipTests package), build MkDocs, measure, write
#   bench/page-weight.sh --no-build   measure the target/site already there
#   bench/page-weight.sh --no-write   print only
#   bench/page-weight.sh --keep       keep the scratch folder (the MkDocs projects and site)
#
# Nothing is downloaded: MkDocs runs on the Debian packages, and Material's Google Fonts are
# counted as requests to another host, never fetched. Exit status 1 if a page of this site is over
# the 14 KB budget (PageBudgetIT fails the build for the same reason).
set -euo pipefail

BUILD=1 WRITE=1 KEEP=0
COMMAND="bench/page-weight.sh${*:+ $*}"
for arg in "$@"; do
  case "$arg" in
    --no-build) BUILD=0 ;;
    --no-write) WRITE=0 ;;
    --keep) KEEP=1 ;;
    -h|--help) sed -n '2,15p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "page-weight.sh: unknown option $arg (see --help)" >&2; exit 2 ;;
  esac
done

REPO="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
HELPER="$REPO/bench/page_weight.py"

# ---- tools ---------------------------------------------------------------------------------------
missing=()
command -v python3 >/dev/null || missing+=("python3: sudo apt-get install -y python3")
if ! command -v mkdocs >/dev/null; then
  missing+=("mkdocs: sudo apt-get update && sudo apt-get install -y mkdocs mkdocs-material")
elif ! dpkg -s mkdocs-material >/dev/null 2>&1 && [ ! -d /usr/share/mkdocs/themes/material ]; then
  missing+=("the Material theme for MkDocs: sudo apt-get update && sudo apt-get install -y mkdocs-material")
fi
[ "$BUILD" = 0 ] || command -v java >/dev/null || missing+=("java (a JDK 17 or newer): sudo apt-get install -y openjdk-17-jdk-headless")
if [ ${#missing[@]} -gt 0 ]; then
  echo "page-weight.sh: missing tools; install them with:" >&2
  printf '  %s\n' "${missing[@]}" >&2
  exit 2
fi
# The MkDocs project is generated with PyYAML, a dependency of mkdocs: use mkdocs's own interpreter.
MKDOCS_PY="$(sed -n '1s/^#! *//p' "$(command -v mkdocs)" | awk '{print $1}')"
if [ -z "$MKDOCS_PY" ] || [ "${MKDOCS_PY##*/}" = env ] || ! "$MKDOCS_PY" -c 'import yaml, mkdocs' 2>/dev/null; then
  MKDOCS_PY=python3
fi
if ! "$MKDOCS_PY" -c 'import yaml' 2>/dev/null; then
  echo "page-weight.sh: $MKDOCS_PY has no PyYAML (Debian's mkdocs brings it): sudo apt-get install -y python3-yaml" >&2
  exit 2
fi

SCRATCH="$(mktemp -d /tmp/page-weight.XXXXXX)"
cleanup() {
  if [ "$KEEP" = 1 ]; then echo "scratch files kept in $SCRATCH" >&2; else rm -rf "$SCRATCH"; fi
}
trap cleanup EXIT

# ---- this site -----------------------------------------------------------------------------------
if [ "$BUILD" = 1 ]; then
  echo "baking this site: ./mvnw -q -B -DskipTests package" >&2
  (cd "$REPO" && ./mvnw -q -B -DskipTests package) >&2
fi
if [ ! -f "$REPO/target/site/index.html" ]; then
  echo "page-weight.sh: no site in $REPO/target/site (run without --no-build)" >&2
  exit 1
fi

# ---- the same content with MkDocs + Material -----------------------------------------------------
echo "building the MkDocs + Material site: $(mkdocs --version)" >&2
"$MKDOCS_PY" "$HELPER" mkdocs-project --project "$REPO" --out "$SCRATCH/mkdocs"
SITE="$SCRATCH/site"
# The Portuguese site first (it cleans its folder), then the English one into its en/ folder.
mkdocs build -q --strict -f "$SCRATCH/mkdocs/pt/mkdocs.yml" -d "$SITE"
mkdocs build -q --strict -f "$SCRATCH/mkdocs/en/mkdocs.yml" -d "$SITE/en"

# ---- measure and report --------------------------------------------------------------------------
ARGS=(measure --project "$REPO" --ours "$REPO/target/site" --mkdocs "$SITE" --meta "$SCRATCH/mkdocs/project.json" --command "$COMMAND")
[ "$WRITE" = 1 ] && ARGS+=(--write "$REPO/docs/PERFORMANCE.md")
python3 "$HELPER" "${ARGS[@]}"
