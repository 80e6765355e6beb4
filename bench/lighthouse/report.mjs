// The table of bench/lighthouse.sh: reads the Lighthouse JSON reports of every page (mobile and
// desktop), prints a Markdown table of the four category scores and the layout-shift, largest
// contentful paint and blocking-time figures, then every audit that kept a score under 100; with
// --write FILE, puts the same text into FILE between <!-- lighthouse:start --> and
// <!-- lighthouse:end --> (a "## Lighthouse" section is added at the end the first time).
//
//   node bench/lighthouse/report.mjs --reports DIR --pages "index.html en/index.html" --command "..."
//        [--commit C] [--chromium "Chromium 1.2"] [--machine "..."] [--write docs/PERFORMANCE.md]
//
// Exit status 1 when a score is under 100.
import fs from "node:fs";
import path from "node:path";

const args = {};
for (let i = 2; i < process.argv.length; i += 2) {
  args[process.argv[i].replace(/^--/, "")] = process.argv[i + 1];
}
const pages = args.pages.split(/\s+/).filter(Boolean);
const MODES = ["mobile", "desktop"];
const CATEGORIES = ["performance", "accessibility", "best-practices", "seo"];

function reportFile(dir, page, mode) {
  return path.join(dir, page.replace(/\//g, "__") + "." + mode + ".json");
}

const rows = [];
const shortfalls = [];
let lighthouseVersion = "?";
let under = 0;
for (const page of pages) {
  const row = { page };
  for (const mode of MODES) {
    const file = reportFile(args.reports, page, mode);
    if (!fs.existsSync(file)) {
      row[mode] = null;
      under++;
      shortfalls.push(`${page} (${mode}): no report (Lighthouse failed; see its output above)`);
      continue;
    }
    const lhr = JSON.parse(fs.readFileSync(file, "utf8"));
    lighthouseVersion = lhr.lighthouseVersion;
    if (lhr.runtimeError) {
      shortfalls.push(`${page} (${mode}): ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
    }
    const scores = CATEGORIES.map((c) => (lhr.categories[c] && lhr.categories[c].score !== null ? Math.round(lhr.categories[c].score * 100) : null));
    const audit = (id) => lhr.audits[id] || {};
    row[mode] = {
      scores,
      cls: audit("cumulative-layout-shift").numericValue,
      lcp: audit("largest-contentful-paint").numericValue,
      tbt: audit("total-blocking-time").numericValue,
    };
    for (const [i, category] of CATEGORIES.entries()) {
      if (scores[i] === null || scores[i] < 100) {
        under++;
        const refs = (lhr.categories[category] || { auditRefs: [] }).auditRefs.filter((r) => r.weight > 0);
        const failing = refs.map((r) => lhr.audits[r.id]).filter((a) => a && a.score !== null && a.score < 1);
        shortfalls.push(`${page} (${mode}): ${category} ${scores[i] === null ? "not scored" : scores[i]}`
          + (failing.length ? ": " + failing.map((a) => `${a.id} ${a.score}${a.displayValue ? " (" + a.displayValue + ")" : ""}`).join(", ") : ""));
      }
    }
  }
  rows.push(row);
}

const fmt = {
  score: (n) => (n === null ? "–" : n === 100 ? "100" : `**${n}**`),
  cls: (n) => (n === undefined ? "–" : String(Math.round(n * 1000) / 1000)),
  ms: (n) => (n === undefined ? "–" : `${Math.round(n).toLocaleString("en-US")} ms`),
};
const lines = [];
lines.push("| page | mobile: perf. | a11y | best pr. | SEO | CLS | LCP | TBT | desktop: perf. | a11y | best pr. | SEO | CLS | LCP | TBT |");
lines.push("|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|");
for (const row of rows) {
  const cells = [row.page];
  for (const mode of MODES) {
    const r = row[mode];
    if (!r) {
      cells.push("no report", "", "", "", "", "", "");
      continue;
    }
    cells.push(...r.scores.map(fmt.score), fmt.cls(r.cls), fmt.ms(r.lcp), fmt.ms(r.tbt));
  }
  lines.push("| " + cells.join(" | ") + " |");
}
const total = pages.length * MODES.length * CATEGORIES.length;
const summary = under === 0
  ? `All ${total} scores are 100 (${pages.length} pages × mobile and desktop × 4 categories).`
  : `${under} of ${total} scores are under 100:`;

const text = [
  "Lighthouse's four category scores for every indexable page (the pages of `sitemap.xml`), on a phone (Lighthouse's default: a"
    + " Moto G Power's screen, 4× CPU slowdown, slow 4G simulated) and on a desktop (`--preset=desktop`). The baked site is served"
    + " on 127.0.0.1 only, gzip-compressed with `Cache-Control: max-age=600` as GitHub Pages serves it"
    + " (`bench/lighthouse/serve.mjs`); Lighthouse drives Debian's headless Chromium. CLS: cumulative layout shift (good ≤ 0.1);"
    + " LCP: largest contentful paint; TBT: total blocking time (simulated for the throttled phone).",
  "",
  `- Measured: ${new Date().toISOString().slice(0, 10)} (the times vary a little from run to run).`,
  `- Command: \`${args.command}\``,
  `- This site: commit ${args.commit || "?"}, baked by \`./mvnw -q -B -DskipTests package\` into \`target/site\`.`,
  `- Lighthouse ${lighthouseVersion} (\`bench/lighthouse/package-lock.json\`), Node.js ${process.version}, ${args.chromium || "Chromium"}.`,
  `- Machine: ${args.machine || "?"}.`,
  "",
  lines.join("\n"),
  "",
  summary,
  ...shortfalls.map((s) => `- ${s}`),
].join("\n");

console.log(text);
if (args.write) {
  const doc = fs.readFileSync(args.write, "utf8");
  const start = "<!-- lighthouse:start -->";
  const end = "<!-- lighthouse:end -->";
  const block = `${start}\n${text}\n${end}`;
  let updated;
  if (doc.includes(start) && doc.includes(end)) {
    updated = doc.slice(0, doc.indexOf(start)) + block + doc.slice(doc.indexOf(end) + end.length);
  } else {
    updated = doc.replace(/\s*$/, "\n\n## Lighthouse\n\n" + block + "\n");
  }
  fs.writeFileSync(args.write, updated);
  console.error(`written into ${args.write}`);
}
process.exit(under === 0 ? 0 : 1);
