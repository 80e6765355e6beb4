#!/usr/bin/env bash
# Sizes of the offline bundle: the zip, each book (raw and gzip) and each PDF (pages too, when
# poppler-utils' pdfinfo is installed). Prints a table and writes it into docs/PERFORMANCE.md between
# <!-- bundle-size:start --> and <!-- bundle-size:end -->.  Usage: bench/bundle-size.sh [--no-build] [--no-write]
set -euo pipefail
cd "$(dirname "$0")/.."
build=1 write=1
for arg in "$@"; do
  case "$arg" in
    --no-build) build=0 ;;
    --no-write) write=0 ;;
    *) echo "usage: bench/bundle-size.sh [--no-build] [--no-write]" >&2; exit 2 ;;
  esac
done
[ "$build" = 1 ] && ./mvnw -q -B -DskipTests package
zip=$(ls target/*-offline.zip)
row() { # name path
  local raw gz pages=""
  raw=$(stat -c %s "$2")
  gz=$(gzip -9c "$2" | wc -c)
  if [[ "$2" == *.pdf ]] && command -v pdfinfo >/dev/null 2>&1; then
    pages=$(pdfinfo "$2" | awk '/^Pages:/ {print $2}')
  fi
  printf '| %s | %s | %s | %s |\n' "$1" "$raw" "$gz" "$pages"
}
table=$(
  printf '| file | bytes | gzip -9 bytes | PDF pages |\n|---|--:|--:|--:|\n'
  row "$(basename "$zip") (the bundle)" "$zip"
  printf '| files in the zip | %s | | |\n' "$(unzip -l "$zip" | tail -1 | awk '{print $2}')"
  for f in target/site/livro.html target/site/en/book.html target/site/livro.pdf target/site/en/book.pdf; do
    row "${f#target/site/}" "$f"
  done
)
echo "$table"
if [ "$write" = 1 ]; then
  section=$(printf '%s\n\nMeasured on %s with `bench/bundle-size.sh` (the zip unpacks to a `node-vs-python/` folder).\n\n%s\n%s' \
    '<!-- bundle-size:start -->' "$(date -u +%Y-%m-%d)" "$table" '<!-- bundle-size:end -->')
  python3 - "$section" <<'PY'
import sys, re, pathlib
doc = pathlib.Path("docs/PERFORMANCE.md")
text = doc.read_text(encoding="utf-8") if doc.exists() else "# Performance\n"
section = sys.argv[1]
if "<!-- bundle-size:start -->" in text:
    text = re.sub(r"<!-- bundle-size:start -->.*?<!-- bundle-size:end -->", lambda m: section, text, flags=re.S)
else:
    text = text.rstrip("\n") + "\n\n## Offline bundle size\n\n" + section + "\n"
doc.write_text(text, encoding="utf-8")
PY
  echo "written to docs/PERFORMANCE.md"
fi
