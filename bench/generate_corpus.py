#!/usr/bin/env python3
"""Deterministic synthetic bilingual corpus for the build-speed benchmark (Python 3 stdlib only).

    generate_corpus.py N OUT [--project DIR]

writes three equivalent sites of 2 x N pages (N per language: N-1 article pages and one
reference-list page), built from the same seeded text, under OUT:

  OUT/project/  this project's format: YAML front matter, `## Heading {#id}`, links to
                other .md files, citations [@key]; templates/, assets/, data/i18n.yaml and
                jbake.properties copied from the real project (DIR, default: the repository
                that holds this script); data/references.yaml generated. EN pages carry the
                `translated_from` section hashes of their PT page, so the bake has no warning.
  OUT/jbake/    stock JBake 2.7: `key=value` header + `~~~~~~`, raw-HTML headings with ids
                (stock Markdown cannot give a heading an id), a Freemarker layout whose
                navigation lists every published page of the page's language, and a pom.xml
                that runs org.jbake:jbake-maven-plugin:2.7.0-rc.7.
  OUT/hugo/     Hugo: languages pt/en (content/pt, content/en), the same navigation as a
                partial rendered once per language with partialCached.

Every article page has ~900 words: an introduction, four `##` sections, two `###`
subsections, a table on every third page, links to other pages and to their sections,
links within the page, and citations. Page i's text does not depend on N (one PRNG seeded
per page and language); only link targets do. No timestamps: two runs give identical files.
"""

import argparse
import hashlib
import os
import random
import re
import shutil
import sys

SEED = 20261126
REFERENCES = 8
SECTIONS = 4          # '##' sections per article
WORDS_PER_PARAGRAPH = (72, 98)

PT_WORDS = ("a o de que e do da em um para é com não uma os no se na por mais as dos como mas foi ao ele das tem "
            "à seu sua ou ser quando muito há nos já está eu também só pelo pela até isso ela entre era depois sem "
            "mesmo aos ter seus quem nas me esse eles estão você tinha foram essa num nem suas meu às minha têm "
            "numa pelos elas havia seja qual será nós tenho lhe deles essas esses pelas este fosse dele servidor "
            "desempenho escalabilidade processo memória requisição resposta evento linguagem biblioteca módulo "
            "aplicação código tempo núcleo tarefa fila conexão dados arquivo página seção tabela medição teste "
            "programa sistema rede banco cache compilação interpretador máquina virtual concorrência paralelismo").split()
EN_WORDS = ("the of and to a in is it you that he was for on are with as his they be at one have this from or "
            "had by not word but what some we can out other were all there when up use your how said an each she "
            "which do their time if will way about many then them write would like so these her long make thing "
            "see him two has look more day could go come did number sound no most people my over know water than "
            "server performance scalability process memory request response event language library module "
            "application code time core task queue connection data file page section table measurement test "
            "program system network database cache compilation interpreter machine virtual concurrency parallelism").split()

LANGS = {
    "pt": dict(code="pt-BR", hugo="pt", words=PT_WORDS, page="Página", section="Seção", sub="Detalhe",
               see="veja também", next="a próxima página", here="mais abaixo", refs_title="Referências",
               refs_intro="Os números entre colchetes nas páginas remetem aos itens desta lista.",
               desc="Página sintética {i} do corpus de teste de velocidade, com seções, tabelas, links e citações.",
               refs_desc="A lista de referências do corpus sintético de teste de velocidade.",
               cols=("Programa", "Tempo (s)", "Memória (MB)")),
    "en": dict(code="en", hugo="en", words=EN_WORDS, page="Page", section="Section", sub="Detail",
               see="see also", next="the next page", here="further down", refs_title="References",
               refs_intro="The numbers in square brackets on the pages point to the entries of this list.",
               desc="Synthetic page {i} of the build-speed test corpus, with sections, tables, links and citations.",
               refs_desc="The reference list of the synthetic build-speed test corpus.",
               cols=("Program", "Time (s)", "Memory (MB)")),
}


def ref_key(r):
    return "ref-%02d" % r


def page_key(i):
    return "p%04d" % i


def section_ids():
    ids = []
    for s in range(1, SECTIONS + 1):
        ids.append(("sec-%d" % s, 2, s, None))
        if s % 2 == 0:
            ids.append(("sec-%d-1" % s, 3, s, 1))
    return ids


# ---------------------------------------------------------------- the neutral model of a page
# A page is a list of blocks; each target format writes them in its own syntax.
# ("h1", text) ("h", level, id, text) ("p", [parts]) ("table", header, rows)
# parts: ("t", text) ("link", text, page_index or None, fragment) ("cite", ref_number)

def sentence(rng, words, n):
    w = [rng.choice(words) for _ in range(n)]
    w[0] = w[0].capitalize()
    return " ".join(w) + "."


def paragraph(rng, words, lo, hi):
    total = rng.randint(lo, hi)
    parts, left = [], total
    while left > 0:
        n = min(left, rng.randint(8, 16))
        parts.append(sentence(rng, words, n))
        left -= n
    return parts


def article(i, n_pages, lang):
    """Blocks of article page i (1-based, 1..n_pages-1). Link targets depend on n_pages."""
    L = LANGS[lang]
    words = L["words"]
    # same structure in both languages: one PRNG drives structure, one drives the words
    srng = random.Random("%d-structure-%d" % (SEED, i))
    wrng = random.Random("%d-%s-%d" % (SEED, lang, i))
    articles = n_pages - 1
    blocks = [("h1", "%s %04d" % (L["page"], i))]
    intro = [("t", " ".join(paragraph(wrng, words, 45, 55)))]
    if i == 1:
        # the first page cites every reference, so each one is cited in both languages at any N
        for r in range(1, REFERENCES + 1):
            intro += [("t", " "), ("cite", r)]
    else:
        intro += [("t", " "), ("cite", 1 + (i % REFERENCES))]
    blocks.append(("p", intro))
    ids = [sid for sid, _, _, _ in section_ids()]
    for sid, level, s, sub in section_ids():
        title = ("%s %d" % (L["section"], s)) if sub is None else ("%s %d.%d" % (L["sub"], s, sub))
        blocks.append(("h", level, sid, title))
        for k in range(2 if sub is None else 1):
            parts = []
            sents = paragraph(wrng, words, *WORDS_PER_PARAGRAPH)
            half = len(sents) // 2
            parts.append(("t", " ".join(sents[:half]) + " "))
            kind = srng.randrange(3)
            if kind == 0 and articles > 1:
                target = srng.randint(1, articles)
                parts.append(("link", "%s %s %04d" % (L["see"], L["page"].lower(), target), target, srng.choice(ids)))
            elif kind == 1:
                parts.append(("link", L["here"], None, srng.choice(ids)))
            else:
                parts.append(("link", L["next"], 1 + (i % articles), None))
            parts.append(("t", " " + " ".join(sents[half:]) + " "))
            parts.append(("cite", 1 + srng.randrange(REFERENCES)))
            blocks.append(("p", parts))
        if sub is None and s == 3 and i % 3 == 0:
            rows = []
            for r in range(6):
                rows.append(("%s-%d" % (wrng.choice(words), r + 1), "%.2f" % (srng.random() * 100),
                             "%d" % srng.randint(10, 900)))
            blocks.append(("table", L["cols"], rows))
    return blocks


def references_data():
    refs = []
    for r in range(1, REFERENCES + 1):
        refs.append(dict(key=ref_key(r), title="Synthetic source number %d" % r, publisher="Benchmark Press",
                         date="2020-%02d-01" % r, url="https://example.org/sources/%d" % r, language="en",
                         note={"pt-BR": "Nota da fonte sintética %d." % r, "en": "Note of synthetic source %d." % r}))
    return refs


# ---------------------------------------------------------------- writers

def md_body(blocks, link_fmt, cite_fmt, heading_fmt):
    out = []
    for b in blocks:
        if b[0] == "h1":
            out.append("# " + b[1])
        elif b[0] == "h":
            out.append(heading_fmt(b[1], b[2], b[3]))
        elif b[0] == "p":
            text = ""
            for part in b[1]:
                if part[0] == "t":
                    text += part[1]
                elif part[0] == "link":
                    text += "[%s](%s)" % (part[1], link_fmt(part[2], part[3]))
                elif part[0] == "cite":
                    text += cite_fmt(part[1])
            # one sentence per line, like the real content
            out.append(re.sub(r"\. (?=[A-ZÀ-Ý\[])", ".\n", text.strip()))
        elif b[0] == "table":
            header, rows = b[1], b[2]
            lines = ["| " + " | ".join(header) + " |", "|---|--:|--:|"]
            lines += ["| " + " | ".join(r) + " |" for r in rows]
            out.append("\n".join(lines))
    return "\n\n".join(out) + "\n"


def section_hashes(body):
    """PageParser.hash of every section of a page body, keyed like the project: _intro, then ## ids."""
    sections, current = {}, "_intro"
    for block in body.split("\n\n"):
        m = re.match(r"## .*\{#([a-z0-9-]+)\}\s*$", block)
        if m:
            current = m.group(1)
        sections.setdefault(current, []).append(block)
    hashes = {}
    for sid, blocks in sections.items():
        text = re.sub(r"[ \t\n\x0b\f\r]+", " ", "\n".join(blocks).strip())
        hashes[sid] = hashlib.sha256(text.encode("utf-8")).hexdigest()[:8]
    return hashes


def write(path, text):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write(text)


def yaml_str(s):
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"'


def gen_project(out, project, n):
    root = os.path.join(out, "project")
    for folder in ("templates", "assets"):
        shutil.copytree(os.path.join(project, folder), os.path.join(root, folder))
    os.makedirs(os.path.join(root, "data"))
    shutil.copy(os.path.join(project, "data", "i18n.yaml"), os.path.join(root, "data", "i18n.yaml"))
    shutil.copy(os.path.join(project, "jbake.properties"), os.path.join(root, "jbake.properties"))
    lines = ["# Generated by bench/generate_corpus.py: every entry is cited in both languages.", "references:"]
    for ref in references_data():
        lines += ["  - key: " + ref["key"], "    title: " + yaml_str(ref["title"]),
                  "    publisher: " + yaml_str(ref["publisher"]), "    date: " + yaml_str(ref["date"]),
                  "    url: " + yaml_str(ref["url"]), "    language: " + ref["language"], "    note:",
                  "      pt-BR: " + yaml_str(ref["note"]["pt-BR"]), "      en: " + yaml_str(ref["note"]["en"]), ""]
    write(os.path.join(root, "data", "references.yaml"), "\n".join(lines))

    def link(target, frag):
        return ("" if target is None else page_key(target) + ".md") + ("#" + frag if frag else "")

    heading = lambda level, sid, text: "#" * level + " " + text + " {#" + sid + "}"
    cite = lambda r: "[@%s]" % ref_key(r)
    pt_hashes = {}
    for lang in ("pt", "en"):
        L = LANGS[lang]
        folder = os.path.join(root, "content", "" if lang == "pt" else "en")
        for i in range(1, n):
            body = md_body(article(i, n, lang), link, cite, heading)
            fm = ["---", "title: %s %04d" % (L["page"], i), "lang: " + L["code"], "key: " + page_key(i),
                  "order: %d" % i, "type: page", "description: " + yaml_str(L["desc"].format(i=i))]
            if lang == "pt":
                pt_hashes[i] = section_hashes(body)
            else:
                fm.append("translated_from:")
                fm += ['  %s: "%s"' % (k, v) for k, v in pt_hashes[i].items()]
            fm.append("---")
            write(os.path.join(folder, page_key(i) + ".md"), "\n".join(fm) + "\n" + body)
        body = "# %s\n\n%s\n" % (L["refs_title"], L["refs_intro"])
        fm = ["---", "title: " + L["refs_title"], "lang: " + L["code"], "key: references", "order: %d" % n,
              "type: references", "description: " + yaml_str(L["refs_desc"])]
        if lang == "pt":
            pt_hashes[n] = section_hashes(body)
        else:
            fm.append("translated_from:")
            fm += ['  %s: "%s"' % (k, v) for k, v in pt_hashes[n].items()]
        fm.append("---")
        write(os.path.join(folder, "references.md"), "\n".join(fm) + "\n" + body)


def html_reference_list(lang):
    items = []
    for r, ref in enumerate(references_data(), 1):
        items.append('<li id="ref-%s" value="%d"><cite><a href="%s">%s</a></cite>. %s, %s.<p class="note">%s</p></li>'
                     % (ref["key"], r, ref["url"], ref["title"], ref["publisher"], ref["date"],
                        ref["note"][LANGS[lang]["code"]]))
    return '<ol class="references">\n' + "\n".join(items) + "\n</ol>\n"


STOCK_POM = """<?xml version="1.0" encoding="UTF-8"?>
<!-- Generated by bench/generate_corpus.py: stock JBake 2.7 through its Maven plugin (embedded OrientDB). -->
<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <groupId>bench</groupId>
  <artifactId>stock-jbake</artifactId>
  <version>1</version>
  <packaging>pom</packaging>
  <properties><project.build.sourceEncoding>UTF-8</project.build.sourceEncoding></properties>
  <build>
    <plugins>
      <plugin>
        <groupId>org.jbake</groupId>
        <artifactId>jbake-maven-plugin</artifactId>
        <version>2.7.0-rc.7</version>
        <configuration>
          <inputDirectory>${project.basedir}</inputDirectory>
          <outputDirectory>${project.build.directory}/site</outputDirectory>
        </configuration>
        <dependencies>
          <dependency><groupId>org.freemarker</groupId><artifactId>freemarker</artifactId><version>2.3.31</version></dependency>
          <dependency><groupId>com.vladsch.flexmark</groupId><artifactId>flexmark</artifactId><version>0.62.2</version></dependency>
          <dependency><groupId>com.vladsch.flexmark</groupId><artifactId>flexmark-profile-pegdown</artifactId><version>0.62.2</version></dependency>
        </dependencies>
      </plugin>
    </plugins>
  </build>
</project>
"""

STOCK_PROPERTIES = """# Generated by bench/generate_corpus.py
site.host=https://example.org/
content.folder=content
template.folder=templates
asset.folder=assets
db.store=memory
render.encoding=UTF-8
template.page.file=page.ftl
template.references.file=page.ftl
uri.noExtension=false
markdown.extensions=TABLES,SMARTYPANTS
render.index=false
render.feed=false
render.archive=false
render.tags=false
render.sitemap=true
render.error404=false
"""

# The layout lists every published page of the page's language, like the project's site.nav.
STOCK_PAGE_FTL = """<#ftl output_format="HTML">
<#assign nav = published_content?filter(d -> d.lang == content.lang)?sort_by("order")>
<!DOCTYPE html>
<html lang="${content.lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${content.title} · Bench</title>
<meta name="description" content="${content.description}">
<link rel="stylesheet" href="${content.rootpath}css/site.css">
</head>
<body>
<header><a href="${content.rootpath}${nav[0].uri}">Bench</a>
<nav aria-label="languages"><a href="${content.rootpath}${content.other}">${content.othername}</a></nav></header>
<nav class="site-nav" aria-label="pages">
<ul>
<#list nav as item>
<li><a href="${content.rootpath}${item.uri}"<#if item.uri == content.uri> aria-current="page"</#if>>${item.title}</a></li>
</#list>
</ul>
</nav>
<main id="main">
<article class="content">
${content.body?no_esc}
</article>
</main>
<footer><a href="${content.rootpath}${content.refs}">${content.refstitle}</a></footer>
</body>
</html>
"""

STOCK_SITEMAP_FTL = """<#ftl output_format="XML">
<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
<#list published_content as d>
<url><loc>${config.site_host}${d.uri}</loc></url>
</#list>
</urlset>
"""


def gen_jbake(out, project, n):
    root = os.path.join(out, "jbake")
    write(os.path.join(root, "pom.xml"), STOCK_POM)
    write(os.path.join(root, "jbake.properties"), STOCK_PROPERTIES)
    write(os.path.join(root, "templates", "page.ftl"), STOCK_PAGE_FTL)
    write(os.path.join(root, "templates", "sitemap.ftl"), STOCK_SITEMAP_FTL)
    shutil.copytree(os.path.join(project, "assets"), os.path.join(root, "assets"))

    def link(target, frag):
        return ("" if target is None else page_key(target) + ".html") + ("#" + frag if frag else "")

    heading = lambda level, sid, text: '<h%d id="%s">%s</h%d>' % (level, sid, text, level)
    cite = lambda r: '<a class="cite" href="references.html#%s">[%d]</a>' % (ref_key(r), r)
    for lang in ("pt", "en"):
        L = LANGS[lang]
        prefix = "" if lang == "pt" else "en/"
        other = "en/" if lang == "pt" else ""
        folder = os.path.join(root, "content", prefix)

        def header(title, order, key, desc, typ="page"):
            return "\n".join(["title=" + title, "type=" + typ, "status=published", "lang=" + L["code"],
                              "order=%05d" % order, "description=" + desc,
                              "other=" + other + key + ".html",
                              "othername=" + ("English" if lang == "pt" else "Português"),
                              "refs=" + prefix + "references.html", "refstitle=" + L["refs_title"], "~~~~~~", ""])

        for i in range(1, n):
            body = md_body(article(i, n, lang), link, cite, heading)
            write(os.path.join(folder, page_key(i) + ".md"),
                  header("%s %04d" % (L["page"], i), i, page_key(i), L["desc"].format(i=i)) + "\n" + body)
        body = "# %s\n\n%s\n\n%s" % (L["refs_title"], L["refs_intro"], html_reference_list(lang))
        write(os.path.join(folder, "references.md"),
              header(L["refs_title"], n, "references", L["refs_desc"], "references") + "\n" + body)


HUGO_CONFIG = """# Generated by bench/generate_corpus.py
baseURL = "https://example.org/"
title = "Bench"
defaultContentLanguage = "pt"
defaultContentLanguageInSubdir = false
uglyURLs = true
disableKinds = ["taxonomy", "term", "RSS", "section", "home", "404", "robotsTXT"]
enableGitInfo = false

[markup.goldmark.renderer]
unsafe = true
[markup.goldmark.parser.attribute]
title = true

[languages.pt]
languageCode = "pt-BR"
languageName = "Português"
contentDir = "content/pt"
weight = 1
[languages.en]
languageCode = "en"
languageName = "English"
contentDir = "content/en"
weight = 2
"""

HUGO_BASEOF = """<!DOCTYPE html>
<html lang="{{ .Site.LanguageCode }}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{{ .Title }} · {{ .Site.Title }}</title>
<meta name="description" content="{{ .Description }}">
<link rel="canonical" href="{{ .Permalink }}">
{{ range .AllTranslations }}<link rel="alternate" hreflang="{{ .Site.LanguageCode }}" href="{{ .Permalink }}">
{{ end }}<link rel="stylesheet" href="{{ "css/site.css" | relURL }}">
</head>
<body>
<header>{{ partialCached "title.html" . .Lang }}
<nav aria-label="languages">{{ range .Translations }}<a href="{{ .RelPermalink }}" hreflang="{{ .Site.LanguageCode }}">{{ .Language.LanguageName }}</a>{{ end }}</nav></header>
{{ partialCached "nav.html" . .Lang }}
<main id="main">
{{ block "main" . }}{{ end }}
</main>
<footer><a href="{{ (.Site.GetPage "/references").RelPermalink }}">{{ (.Site.GetPage "/references").Title }}</a></footer>
</body>
</html>
"""

HUGO_SINGLE = """{{ define "main" }}<article class="content">
{{ .Content }}
</article>{{ end }}
"""

# Rendered once per language (partialCached keyed by .Lang): no per-page aria-current.
HUGO_NAV = """<nav class="site-nav" aria-label="pages">
<ul>
{{ range .Site.RegularPages.ByWeight }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a></li>
{{ end }}</ul>
</nav>
"""


def gen_hugo(out, project, n):
    root = os.path.join(out, "hugo")
    write(os.path.join(root, "layouts", "partials", "title.html"),
          '<a href="{{ (index .Site.RegularPages 0).RelPermalink }}">{{ .Site.Title }}</a>')
    write(os.path.join(root, "config.toml"), HUGO_CONFIG)
    write(os.path.join(root, "layouts", "_default", "baseof.html"), HUGO_BASEOF)
    write(os.path.join(root, "layouts", "_default", "single.html"), HUGO_SINGLE)
    write(os.path.join(root, "layouts", "partials", "nav.html"), HUGO_NAV)
    shutil.copytree(os.path.join(project, "assets"), os.path.join(root, "static"))

    def link(target, frag):
        return ("" if target is None else page_key(target) + ".html") + ("#" + frag if frag else "")

    heading = lambda level, sid, text: "#" * level + " " + text + " {#" + sid + "}"
    cite = lambda r: '<a class="cite" href="references.html#%s">[%d]</a>' % (ref_key(r), r)
    for lang in ("pt", "en"):
        L = LANGS[lang]
        folder = os.path.join(root, "content", lang)
        for i in range(1, n):
            body = md_body(article(i, n, lang), link, cite, heading)
            fm = ["---", "title: %s %04d" % (L["page"], i), "weight: %d" % i,
                  "description: " + yaml_str(L["desc"].format(i=i)), "---"]
            write(os.path.join(folder, page_key(i) + ".md"), "\n".join(fm) + "\n" + body)
        body = "# %s\n\n%s\n\n%s" % (L["refs_title"], L["refs_intro"], html_reference_list(lang))
        fm = ["---", "title: " + L["refs_title"], "weight: %d" % n, "description: " + yaml_str(L["refs_desc"]), "---"]
        write(os.path.join(folder, "references.md"), "\n".join(fm) + "\n" + body)


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("n", type=int, help="pages per language (>= 2: N-1 articles + the reference list)")
    parser.add_argument("out", help="output folder (must not exist, or be empty)")
    parser.add_argument("--project", default=os.path.dirname(here), help="the real project (templates, assets, i18n)")
    parser.add_argument("--only", choices=("project", "jbake", "hugo"), action="append",
                        help="write only these corpora (default: all three)")
    args = parser.parse_args()
    if args.n < 2:
        parser.error("N must be at least 2")
    if os.path.exists(args.out) and os.listdir(args.out):
        parser.error("%s exists and is not empty" % args.out)
    for what in ("templates", "assets", "data/i18n.yaml", "jbake.properties"):
        if not os.path.exists(os.path.join(args.project, what)):
            parser.error("%s has no %s: is it the project folder?" % (args.project, what))
    os.makedirs(args.out, exist_ok=True)
    generators = dict(project=gen_project, jbake=gen_jbake, hugo=gen_hugo)
    for name in args.only or ("project", "jbake", "hugo"):
        generators[name](args.out, args.project, args.n)
    words = sum(len(re.findall(r"\w+", t)) for b in article(1, args.n, "pt") if b[0] == "p"
                for t in [p[1] for p in b[1] if p[0] == "t"])
    print("corpus: %d pages per language (%d articles + references), ~%d words on page 1, in %s"
          % (args.n, args.n - 1, words, args.out), file=sys.stderr)


if __name__ == "__main__":
    main()
