#!/usr/bin/env bash
# Publishing check: ./mvnw site, site:stage and site-deploy publish exactly the site that ./mvnw package bakes,
# byte for byte, and nothing of the Maven Site Plugin's own (Doxia pages, reports, skin files such as its
# css/site.css). Run from anywhere; exits non-zero and names the difference when a check fails.
# Usage: .ci/publish-check.sh        (about a minute: one package, one site lifecycle)
set -euo pipefail
cd "$(dirname "$0")/.."

started=$(date +%s)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fail() { printf 'publish-check: %s\n' "$*" >&2; exit 1; }

# 1. The reference: the site as ./mvnw package bakes it (prepare-package).
./mvnw -B -ntp -q -DskipTests package
[ -f target/site/index.html ] || fail "./mvnw package left no target/site/index.html"
cp -R target/site "$tmp/package"

# 2. The site lifecycle: bake (site), copy into target/staging (site:stage), publish (site-deploy).
rm -rf target/staging
./mvnw -B -ntp -q -DskipTests site site:stage site-deploy -Dsite.deploy.url="file://$tmp/published"

# 3. The same files with the same bytes everywhere.
for dir in target/site target/staging "$tmp/published"; do
  [ -d "$dir" ] || fail "$dir is missing"
done
diff -r "$tmp/package" target/site || fail "./mvnw site baked another site than ./mvnw package"
diff -r target/site target/staging || fail "site:stage staged something else than target/site"
diff -r target/site "$tmp/published" || fail "site-deploy published something else than target/site"

# 4. Nothing of Doxia anywhere (step 3 already proves the folders equal the baked site; this names the culprit).
doxia_files='project-info.html|dependencies.html|dependency-info.html|dependency-management.html|plugins.html|plugin-management.html|summary.html|team.html|licenses.html|scm.html|ci-management.html|issue-management.html|mailing-lists.html|distribution-management.html|modules.html|css/maven-base.css|css/maven-theme.css|css/print.css|css/apache-maven-fluido[^/]*|js/apache-maven-fluido[^/]*|images/.*|img/glyphicons[^/]*|fonts/glyphicons[^/]*'
for dir in target/site target/staging "$tmp/published"; do
  found=$( (cd "$dir" && find . -type f | sed 's|^\./||' | grep -E "^($doxia_files)$") || true)
  [ -z "$found" ] || fail "Doxia files in $dir: $found"
  if grep -rlI --include='*.html' -e 'name="generator" content="Apache Maven Doxia' "$dir" >/dev/null; then
    fail "a page rendered by Doxia in $dir: $(grep -rlI --include='*.html' -e 'Apache Maven Doxia' "$dir" | head -3)"
  fi
  cmp -s assets/css/site.css "$dir/css/site.css" || fail "$dir/css/site.css is not assets/css/site.css (Doxia's skin writes one)"
done

files=$(find target/site -type f | wc -l | tr -d ' ')
echo "publish-check: ok: site, site:stage and site-deploy publish the baked site ($files files, same bytes as ./mvnw package), no Doxia file; $(( $(date +%s) - started )) s"
