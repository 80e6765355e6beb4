#!/usr/bin/env python3
"""Page weight: the first view of every page of this site, next to the same content built with
MkDocs and its Material theme. Driven by bench/page-weight.sh; two steps:

    page_weight.py mkdocs-project --project DIR --out DIR
        Converts content/**/*.md into two MkDocs projects, OUT/pt (the Portuguese pages, built to
        the site root) and OUT/en (the English pages, built to en/), and writes OUT/project.json
        (the pages of both generators, in navigation order, and the books). Needs PyYAML, which
        Debian's mkdocs depends on: run it with mkdocs's own interpreter.

    page_weight.py measure --project DIR --ours SITE --mkdocs SITE --meta OUT/project.json
                           [--write docs/PERFORMANCE.md] [--command CMD]
        Measures every page of both sites and prints the report (Markdown); with --write, puts it
        between <!-- page-weight:start --> and <!-- page-weight:end --> under "## Page weight"
        (creating the section, or the file, if needed) and leaves everything else alone.
        Python 3 standard library only.

The first view of a page: the HTML, every stylesheet (link rel=stylesheet) and every script with a
src (deferred ones included) of the same site, each gzip-compressed on its own (levels 6 and 9; the
budget is checked at 9). Icons, images and preloads are counted as requests, not as bytes; a request
to another host (Material's Google Fonts) is counted and never fetched. It is the measure of
src/test/java/org/nodevspython/weight/FirstView.java: keep the two in step.
"""

import argparse
import csv
import datetime
import gzip
import html.parser
import json
import os
import platform
import re
import statistics
import subprocess
import sys
import urllib.parse

BUDGET = 14 * 1024
START, END = "<!-- page-weight:start -->", "<!-- page-weight:end -->"
HEADING = "## Page weight"

# ---------------------------------------------------------------------------------------------
# 1. The MkDocs project: the same content, converted
# ---------------------------------------------------------------------------------------------

CITATION = re.compile(r"\[@([A-Za-z0-9_.:-]+)\]")
BENCHMARKS_BLOCK = re.compile(r"^```benchmarks[ \t]*\n(.*?)\n```[ \t]*$", re.M | re.S)
HEADING_LINE = re.compile(r"^(#{1,6})\s+(.*?)\s*(\{#([A-Za-z0-9_-]+)\})?\s*$")
MKDOCS_LANGUAGE = {"pt-BR": "pt", "en": "en"}  # Material's language codes


def load_yaml(path):
    import yaml  # PyYAML: comes with Debian's mkdocs
    with open(path, encoding="utf-8") as f:
        return yaml.safe_load(f)


def front_matter(path):
    import yaml
    with open(path, encoding="utf-8") as f:
        text = f.read()
    if not text.startswith("---\n"):
        raise SystemExit("%s: no YAML front matter" % path)
    end = text.index("\n---\n", 3)
    return yaml.safe_load(text[4:end]), text[end + 5:]


def number(value, lang, decimals):
    """4,29 / 62.304 in Portuguese, 4.29 / 62,304 in English, like the site's own table."""
    text = "{:,.{}f}".format(value, decimals)
    if lang.startswith("pt"):
        text = text.replace(",", "\0").replace(".", ",").replace("\0", ".")
    return text


def benchmarks_note(project, csv_path, lang, ui):
    """The ```benchmarks block (the site draws an SVG chart and a table) as an admonition holding the table."""
    with open(os.path.join(project, csv_path.strip()), encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f))
    columns = ["table_program", "table_language", "table_seconds", "table_ratio", "table_memory", "table_source", "table_cpu", "table_load"]
    lines = ['!!! note "%s"' % ui["chart_title"][lang], ""]
    lines.append("    | " + " | ".join(ui[c][lang] for c in columns) + " |")
    lines.append("    |" + "---|" * len(columns))
    first = {}
    for row in rows:
        seconds = float(row["seconds"])
        program = row["program"]
        ratio = "" if program not in first else number(seconds / first[program], lang, 2) + "×"
        lines.append("    | %s | %s %s | %s | %s | %s | %s | %s | %s |" % (
            "" if program in first else program, row["language"], row["version"], number(seconds, lang, 2), ratio,
            number(int(row["memory_kb"]), lang, 0), number(int(row["source_gz_bytes"]), lang, 0),
            number(float(row["busy_cpu_seconds"]), lang, 2), row["cpu_load"]))
        first.setdefault(program, seconds)
    return "\n".join(lines)


def sections(body):
    """The ## sections of a page: (id, text)."""
    found = []
    for line in body.splitlines():
        m = HEADING_LINE.match(line)
        if m and len(m.group(1)) == 2 and m.group(4):
            found.append((m.group(4), m.group(2)))
    return found


def citations(page, body):
    """Every [@key] of a page, in order: (key, link, text), the link to its ## section ('Page – Section'), or to the page in a footnote."""
    uses = []
    section = None
    for line in body.splitlines():
        m = HEADING_LINE.match(line)
        if m:
            if len(m.group(1)) == 2:
                section = (m.group(4), m.group(2)) if m.group(4) else None
            elif len(m.group(1)) == 1:
                section = None
        elif re.match(r"^\[\^[^\]]+\]:", line):
            section = None  # the footnotes, at the end of the page
        for key in CITATION.findall(line):
            if section:
                uses.append((key, "%s#%s" % (page["file"], section[0]), "%s – %s" % (page["title"], section[1])))
            else:
                uses.append((key, page["file"], page["title"]))
    return uses


def reference_list(references, lang, ui, pages, cited):
    """The reference list the site generates from data/references.yaml, as a Markdown ordered list."""
    by_key = {p["key"]: p for p in pages}
    lines = []
    for n, ref in enumerate(references, 1):
        author = ref.get("author")
        item = "%d. %s*[%s](%s)*. %s, %s." % (n, (author + ". ") if author else "", ref["title"], ref["url"], ref["publisher"],
                                              ref.get("date") or ui["no_date"][lang])
        if ref.get("in_source"):
            item += " **%s**" % ui["in_source"][lang]
        lines.append(item)
        note = []
        if ref.get("note"):
            note.append(ref["note"][lang])
        if ref.get("page") in by_key:
            note.append("[%s](%s)" % (ui["see_chart"][lang], by_key[ref["page"]]["file"]))
        if note:
            lines += ["", "    " + " ".join(note)]
        uses = cited.get(ref["key"], [])
        if uses:
            lines += ["", "    %s: %s" % (ui["cited_in"][lang], ", ".join("[%s](%s)" % (text, link) for link, text in uses))]
        lines.append("")
    return "\n".join(lines)


def section_map(pages, lang, ui, bodies):
    """The home page's map of the sections, which the site's home template generates."""
    lines = ["## %s {#map-title}" % ui["sections_map"][lang], ""]
    n = 0
    for page in pages:
        if page["type"] == "home":
            continue
        n += 1
        lines += ["%d. [%s](%s)" % (n, page["title"], page["file"]), "", "    " + page["description"], ""]
        for sid, text in sections(bodies[page["file"]]):
            lines.append("    - [%s](%s#%s)" % (text, page["file"], sid))
        lines.append("")
    return "\n".join(lines)


def yaml_string(text):
    return json.dumps(text, ensure_ascii=False)  # JSON strings are YAML strings


def mkdocs_project(args):
    project = os.path.abspath(args.project)
    i18n = load_yaml(os.path.join(project, "data/i18n.yaml"))
    ui = i18n["strings"]
    references = load_yaml(os.path.join(project, "data/references.yaml"))["references"]
    numbers = {ref["key"]: n for n, ref in enumerate(references, 1)}
    host = None
    with open(os.path.join(project, "jbake.properties"), encoding="utf-8") as f:
        for line in f:
            if line.startswith("site.host="):
                host = line.split("=", 1)[1].strip().rstrip("/") + "/"
    languages = []
    for i, language in enumerate(i18n["languages"]):
        folder = "" if i == 0 else language["folder"].strip("/")
        languages.append({"code": language["code"], "name": language["name"], "folder": folder,
                          "book": (folder + "/" if folder else "") + language["book"] + ".html"})
    meta = {"host": host, "books": [l["book"] for l in languages], "languages": [], "pages": []}

    for language in languages:
        lang, folder = language["code"], language["folder"]
        source = os.path.join(project, "content", folder)
        pages, bodies, error_pages = [], {}, []
        for name in sorted(os.listdir(source)):
            path = os.path.join(source, name)
            if not name.endswith(".md") or not os.path.isfile(path):
                continue
            fm, body = front_matter(path)
            page = {"file": name, "key": fm["key"], "title": fm["title"], "order": fm["order"], "type": fm.get("type", "page"),
                    "description": fm.get("description", "")}
            if page["type"] == "error":
                error_pages.append(page)  # MkDocs makes its own 404.html from the theme
                continue
            pages.append(page)
            bodies[name] = body
        pages.sort(key=lambda p: (p["order"], p["file"]))

        cited = {}
        for page in pages:
            for key, link, text in citations(page, bodies[page["file"]]):
                if key not in numbers:
                    raise SystemExit("content/%s%s: unknown citation [@%s]" % (folder + "/" if folder else "", page["file"], key))
                cited.setdefault(key, []).append((link, text))

        out = os.path.join(args.out, MKDOCS_LANGUAGE.get(lang, lang))
        docs = os.path.join(out, "docs")
        os.makedirs(docs, exist_ok=True)
        for page in pages:
            body = bodies[page["file"]]
            body = BENCHMARKS_BLOCK.sub(lambda m: benchmarks_note(project, m.group(1), lang, ui), body)
            body = CITATION.sub(lambda m: "\\[%d\\]" % numbers[m.group(1)], body)
            if page["type"] == "home":
                body = body.rstrip("\n") + "\n\n" + section_map(pages, lang, ui, bodies)
            if page["type"] == "references":
                body = body.rstrip("\n") + "\n\n" + reference_list(references, lang, ui, pages, cited)
            with open(os.path.join(docs, page["file"]), "w", encoding="utf-8") as f:
                f.write("---\ntitle: %s\ndescription: %s\n---\n%s" % (yaml_string(page["title"]), yaml_string(page["description"]),
                                                                   body.rstrip("\n") + "\n"))

        # the language selector of Material's header, like the site's (to the home page of each language)
        up = "../" * (folder.count("/") + 1) if folder else ""
        alternate = "".join("    - name: %s\n      link: %s\n      lang: %s\n" % (
            yaml_string(other["name"]), yaml_string(up + (other["folder"] + "/" if other["folder"] else "") + "index.html"),
            MKDOCS_LANGUAGE.get(other["code"], other["code"])) for other in languages)
        nav = "".join("  - %s: %s\n" % (yaml_string(p["title"]), p["file"]) for p in pages)
        config = (
            "# Generated by bench/page_weight.py from content/%s: the same pages, for MkDocs + Material.\n"
            "site_name: %s\n"
            "site_description: %s\n"
            "site_url: %s\n"
            "copyright: %s\n"
            "docs_dir: docs\n"
            "use_directory_urls: false   # nodejs.html, like the site: same page names, works from file://\n"
            "theme:\n"
            "  name: material\n"
            "  language: %s\n"
            "extra:\n"
            "  alternate:\n%s"
            "markdown_extensions:\n"
            "  - toc:\n"
            "      permalink: true        # the site's '#' link on every heading\n"
            "  - attr_list              # keeps the {#id} of the headings: the same ids as the site\n"
            "  - footnotes\n"
            "  - tables\n"
            "  - admonition             # the benchmarks chart becomes a note with its table\n"
            "  - smarty\n"
            "nav:\n%s") % (
            folder + "/" if folder else "", yaml_string(ui["site_title"][lang]), yaml_string(ui["site_tagline"][lang]),
            yaml_string(host + (folder + "/" if folder else "")), yaml_string(ui["footer"][lang]),
            MKDOCS_LANGUAGE.get(lang, lang), alternate, nav)
        with open(os.path.join(out, "mkdocs.yml"), "w", encoding="utf-8") as f:
            f.write(config)

        prefix = folder + "/" if folder else ""
        meta["languages"].append({"code": lang, "folder": folder, "mkdocs": out})
        for page in pages + error_pages:
            html_name = page["file"][:-3] + ".html"
            meta["pages"].append({"lang": lang, "page": prefix + html_name, "title": page["title"], "order": page["order"],
                                  "type": page["type"]})
    with open(os.path.join(args.out, "project.json"), "w", encoding="utf-8") as f:
        json.dump(meta, f, indent=1, ensure_ascii=False)


# ---------------------------------------------------------------------------------------------
# 2. Measuring a first view
# ---------------------------------------------------------------------------------------------

FONT_FILE = re.compile(r"\.(woff2?|ttf|otf|eot)([?#].*)?$", re.I)
FONT_HOST = re.compile(r"^(https?:)?//(fonts\.googleapis\.com|fonts\.gstatic\.com|use\.typekit\.net|fonts\.bunny\.net)\b", re.I)
CSS_COMMENT = re.compile(r"/\*.*?\*/", re.S)
CSS_URL = re.compile(r"url\(\s*(['\"]?)([^'\")]*)\1\s*\)", re.I)
NOT_REQUESTS = {"canonical", "alternate", "preconnect", "dns-prefetch", "author", "license", "help", "search", "next", "prev", "me",
                "bookmark"}


class Scan(html.parser.HTMLParser):
    """The elements of a page that load something, in document order."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.in_head = False
        self.links, self.scripts, self.srcs, self.styles = [], [], [], []
        self.config = None
        self._style = self._config = None

    def handle_starttag(self, tag, attrs):
        a = {k: (v if v is not None else "") for k, v in attrs}
        if tag == "head":
            self.in_head = True
        elif tag == "body":
            self.in_head = False
        elif tag == "link" and "href" in a:
            self.links.append(a)
        elif tag == "script":
            if "src" in a:
                self.scripts.append((a, self.in_head))
            elif a.get("id") == "__config":
                self._config = []
        elif tag == "style":
            self._style = []
        if tag not in ("script", "link") and a.get("src"):
            self.srcs.append((tag, a["src"]))

    def handle_startendtag(self, tag, attrs):
        self.handle_starttag(tag, attrs)

    def handle_endtag(self, tag):
        if tag == "head":
            self.in_head = False
        elif tag == "style" and self._style is not None:
            self.styles.append("".join(self._style))
            self._style = None
        elif tag == "script" and self._config is not None:
            self.config = json.loads("".join(self._config))
            self._config = None

    def handle_data(self, data):
        if self._style is not None:
            self._style.append(data)
        if self._config is not None:
            self._config.append(data)


def gzip_size(data, level):
    return len(gzip.compress(data, compresslevel=level, mtime=0))


class Site:
    def __init__(self, root, host):
        self.root = os.path.abspath(root)
        self.host = host.rstrip("/") + "/"
        self._sizes = {}

    def sizes(self, path):
        """(raw, gzip -6, gzip -9) of a file of the site, cached."""
        if path not in self._sizes:
            with open(os.path.join(self.root, path), "rb") as f:
                data = f.read()
            self._sizes[path] = (len(data), gzip_size(data, 6), gzip_size(data, 9))
        return self._sizes[path]

    def same_host(self, url):
        bare = re.sub(r"^https?:", "", url, flags=re.I).lower()
        return bare.startswith(re.sub(r"^https?:", "", self.host).lower())

    def other_host(self, url):
        lower = url.lower()
        return (lower.startswith("//") or lower.startswith("http:") or lower.startswith("https:")) and not self.same_host(url)

    def resolve(self, base, url):
        """The site-relative path a URL found in the file base names, or None when it leaves the site."""
        path = url
        if self.same_host(url) and re.match(r"^(https?:)?//", url, re.I):
            path = "/" + re.sub(r"^https?:", "", url, flags=re.I)[len(re.sub(r"^https?:", "", self.host)):]
        path = urllib.parse.unquote(path.split("#", 1)[0].split("?", 1)[0])
        if path.startswith("/"):
            full = os.path.normpath(os.path.join(self.root, path.lstrip("/")))
        else:
            full = os.path.normpath(os.path.join(self.root, os.path.dirname(base), path))
        if full != self.root and not full.startswith(self.root + os.sep):
            return None
        rel = os.path.relpath(full, self.root).replace(os.sep, "/")
        if path == "" or path.endswith("/") or os.path.isdir(full):
            rel = "index.html" if rel == "." else rel + "/index.html"
        return rel

    def pages(self, exclude=()):
        found = []
        for folder, _, files in os.walk(self.root):
            for name in files:
                if name.endswith(".html"):
                    rel = os.path.relpath(os.path.join(folder, name), self.root).replace(os.sep, "/")
                    if rel not in exclude:
                        found.append(rel)
        return sorted(found)


def first_view(site, page):
    """The first view of a page: parts [(kind, path, raw, gz6, gz9)], requests, other-host requests, broken rules, after-load files."""
    with open(os.path.join(site.root, page), "rb") as f:
        data = f.read()
    scan = Scan()
    scan.feed(data.decode("utf-8"))
    scan.close()
    parts = [("html", page) + site.sizes(page)]
    requests, other, problems = [page], [], set()

    def check_css(css):
        code = CSS_COMMENT.sub("", css)
        if re.search(r"@font-face\b", code, re.I):
            problems.add("web font")
        if re.search(r"@import\b", code, re.I):
            problems.add("@import")
        for m in CSS_URL.finditer(code):
            if site.other_host(m.group(2).strip()):
                problems.add("other host")

    for css in scan.styles:
        check_css(css)
    for link in scan.links:
        rel = set(link.get("rel", "").lower().split())
        href = link["href"].strip()
        stylesheet = "stylesheet" in rel
        if not stylesheet and rel & {"canonical", "alternate"}:
            continue
        if FONT_FILE.search(href) or FONT_HOST.match(href) or ("preload" in rel and link.get("as", "").lower() == "font") \
                or link.get("type", "").lower().startswith("font/"):
            problems.add("web font")
        if site.other_host(href):
            problems.add("other host")
            if not rel <= NOT_REQUESTS:
                other.append(href)
            continue
        if href.startswith("data:") or (not stylesheet and rel <= NOT_REQUESTS):
            continue
        path = site.resolve(page, href)
        if path is None or not os.path.isfile(os.path.join(site.root, path)):
            problems.add("missing file %s" % href)
            continue
        if path in requests:
            continue  # the same file twice is one response
        requests.append(path)
        if stylesheet:
            parts.append(("css", path) + site.sizes(path))
            with open(os.path.join(site.root, path), encoding="utf-8") as f:
                css = f.read()
            check_css(css)
            for m in CSS_URL.finditer(CSS_COMMENT.sub("", css)):
                ref = m.group(2).strip()
                if ref and not ref.startswith(("data:", "#")) and not site.other_host(ref):
                    resolved = site.resolve(path, ref)
                    if resolved and resolved not in requests:
                        requests.append(resolved)
    for attrs, in_head in scan.scripts:
        src = attrs["src"].strip()
        if in_head and not ("defer" in attrs or "async" in attrs or attrs.get("type", "").strip().lower() == "module"):
            problems.add("blocking script in head")
        if site.other_host(src):
            problems.add("other host")
            other.append(src)
            continue
        path = site.resolve(page, src)
        if path is None or not os.path.isfile(os.path.join(site.root, path)):
            problems.add("missing file %s" % src)
            continue
        if path in requests:
            continue
        parts.append(("js", path) + site.sizes(path))
        requests.append(path)
    for tag, src in scan.srcs:
        src = src.strip()
        if src.startswith("data:"):
            continue
        if site.other_host(src):
            problems.add("other host")
            other.append(src)
            continue
        path = site.resolve(page, src)
        if path is not None and path not in requests:
            requests.append(path)
    return {"page": page, "parts": parts, "requests": requests, "other": other, "problems": sorted(problems),
            "after": material_after_load(site, page, scan)}


def material_after_load(site, page, scan):
    """What Material's bundle fetches by itself right after the first view, with no action of the reader:
    its search worker, search/search_index.json, and the lunr support the worker imports for a language
    other than English (Material 8: bundle.js fetches the index as soon as the page has a search form;
    the worker importScripts lunr.stemmer.support and lunr.<lang>, plus lunr.multi for several languages).
    This site fetches nothing after its first view: its search index loads when the reader starts searching."""
    config = scan.config
    if not config or "search" not in config:
        return []
    files = []
    worker = site.resolve(page, config["search"])
    base = config.get("base", ".")
    index = site.resolve(page, base.rstrip("/") + "/search/search_index.json")
    for path in (worker, index):
        if path and os.path.isfile(os.path.join(site.root, path)):
            files.append(path)
    langs = [l.strip() for l in config.get("translations", {}).get("search.config.lang", "en").split(",") if l.strip()]
    if worker:
        lunr = os.path.normpath(os.path.join(os.path.dirname(worker), "../lunr")).replace(os.sep, "/")
        scripts = ["%s/min/lunr.%s.min.js" % (lunr, l) for l in langs if l != "en"]
        if len(langs) > 1:
            scripts.append("%s/min/lunr.multi.min.js" % lunr)
        if scripts:
            scripts.insert(0, "%s/min/lunr.stemmer.support.min.js" % lunr)
        files += [s for s in scripts if os.path.isfile(os.path.join(site.root, s))]
    return files


def totals(view):
    raw = sum(p[2] for p in view["parts"])
    gz6 = sum(p[3] for p in view["parts"])
    gz9 = sum(p[4] for p in view["parts"])
    return raw, gz6, gz9


# ---------------------------------------------------------------------------------------------
# 3. The report
# ---------------------------------------------------------------------------------------------

def n(value):
    return "{:,}".format(value)


def kb(value):
    return "{:.1f} KB".format(value / 1024)


def run(cmd):
    try:
        out = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, check=False)
        return out.stdout.strip()
    except OSError:
        return "(not available)"


def machine():
    cpu = "unknown CPU"
    try:
        with open("/proc/cpuinfo", encoding="utf-8") as f:
            for line in f:
                if line.startswith("model name"):
                    cpu = line.split(":", 1)[1].strip()
                    break
    except OSError:
        pass
    system = platform.system()
    try:
        with open("/etc/os-release", encoding="utf-8") as f:
            for line in f:
                if line.startswith("PRETTY_NAME="):
                    system = line.split("=", 1)[1].strip().strip('"')
    except OSError:
        pass
    return "%s, %s, %d CPUs, %s" % (system, platform.machine(), os.cpu_count() or 0, cpu)


def site_table(views, after_sizes, compare=None):
    head = ("| page | HTML raw | HTML gzip | CSS + JS raw | CSS + JS gzip | first view raw | gzip -6 | **gzip -9** | ≤ 14 KB | "
            "requests | other host | after load | rules broken |")
    if compare:
        head += " ÷ ours |"
    lines = [head, "|" + "---|" * (head.count("|") - 1)]
    for v in views:
        raw, gz6, gz9 = totals(v)
        html = v["parts"][0]
        after = v["after"]
        after_text = "—" if not after else "%s B gzip, %d req." % (n(sum(after_sizes(p)[2] for p in after)), len(after))
        row = "| %s | %s | %s | %s | %s | %s | %s | **%s** | %s | %d | %s | %s | %s |" % (
            v["page"], n(html[2]), n(html[4]), n(raw - html[2]), n(gz9 - html[4]), n(raw), n(gz6), n(gz9),
            "yes" if gz9 <= BUDGET else "**no** (+%s B)" % n(gz9 - BUDGET), len(v["requests"]),
            str(len(v["other"])) if v["other"] else "0", after_text, ", ".join(v["problems"]) or "none")
        if compare:
            ours = compare.get(v["page"])
            row += " %s |" % ("%.1f×" % (gz9 / totals(ours)[2]) if ours else "—")
        lines.append(row)
    return "\n".join(lines)


def assets_table(site, views):
    seen = []
    for v in views:
        for kind, path, *_ in v["parts"][1:]:
            if (kind, path) not in seen:
                seen.append((kind, path))
    lines = ["| file | raw | gzip -6 | gzip -9 | pages using it |", "|---|---|---|---|---|"]
    for kind, path in seen:
        raw, gz6, gz9 = site.sizes(path)
        users = sum(1 for v in views if any(p[1] == path for p in v["parts"][1:]))
        lines.append("| %s | %s | %s | %s | %d of %d |" % (path, n(raw), n(gz6), n(gz9), users, len(views)))
    return "\n".join(lines)


def order_views(views, meta):
    order = {p["page"]: (i, p["page"]) for i, p in enumerate(sorted(meta["pages"], key=lambda p: (
        [l["code"] for l in meta["languages"]].index(p["lang"]), p["order"], p["page"])))}
    return sorted(views, key=lambda v: order.get(v["page"], (len(order), v["page"])))


def summary_row(name, views):
    gz9 = [totals(v)[2] for v in views]
    raw = [totals(v)[0] for v in views]
    heaviest = max(views, key=lambda v: totals(v)[2])
    req = [len(v["requests"]) for v in views]
    other = [len(v["other"]) for v in views]
    return {"name": name, "pages": len(views), "median": statistics.median(gz9), "max": max(gz9), "max_page": heaviest["page"],
            "raw_median": statistics.median(raw), "raw_max": max(raw), "requests": statistics.median(req), "other": max(other),
            "over": sum(1 for g in gz9 if g > BUDGET)}


def report(args):
    with open(args.meta, encoding="utf-8") as f:
        meta = json.load(f)
    ours = Site(args.ours, meta["host"])
    material = Site(args.mkdocs, meta["host"])
    our_views = order_views([first_view(ours, p) for p in ours.pages(exclude=set(meta["books"]))], meta)
    mk_views = order_views([first_view(material, p) for p in material.pages()], meta)
    by_page = {v["page"]: v for v in our_views}
    s_ours, s_mk = summary_row("this site (JBake)", our_views), summary_row("MkDocs + Material", mk_views)

    project = os.path.abspath(args.project)
    commit = run(["git", "-C", project, "rev-parse", "--short", "HEAD"])
    java = run(["java", "-version"]).splitlines()
    out = []
    w = out.append
    w("The bytes a reader's browser transfers for the **first view** of each page, on a new connection with an empty cache: "
      "the HTML, every stylesheet (`link rel=stylesheet`) and every script with a `src` (deferred ones included), each "
      "gzip-compressed on its own as a server would send it, and summed. The budget is **14 KB gzip (%s B) at level 9**, "
      "the first round trip of a new connection; level 6 (a server's usual default) is shown beside it. Icons, images and "
      "preloads are not render-critical: they are in the request count, not in the bytes. Requests to another host are "
      "counted, never fetched. *After load* is what a page fetches by itself once it has rendered, with no action of the "
      "reader. `PageBudgetIT` (`./mvnw verify`) fails the build when a page of this site is over the budget, loads a web "
      "font, has a `<script src>` in `<head>` without `defer`/`async`/`type=module`, or refers to another host." % n(BUDGET))
    w("")
    w("- Measured: %s (the only line that changes from run to run)." % datetime.date.today().isoformat())
    w("- Command: `%s`" % (args.command or "bench/page-weight.sh"))
    w("- This site: commit %s, baked by `./mvnw -q -B -DskipTests package` into `target/site`; %s." % (
        commit or "?", java[0] if java else "java: not available"))
    w("- MkDocs: `%s`; Material: `mkdocs-material` %s (Debian package)." % (
        run(["mkdocs", "--version"]), run(["dpkg-query", "-W", "-f=${Version}", "mkdocs-material"])))
    w("- Machine: %s (sizes do not depend on it)." % machine())
    w("- gzip: Python's `gzip` (zlib) at levels 6 and 9, header included; the same figures as `java.util.zip` in `PageBudgetIT`.")
    w("")
    w("### Summary")
    w("")
    w("| site | pages | first view gzip -9: median | max (page) | raw: median | max | requests per page (median) | "
      "other-host requests (max) | over 14 KB |")
    w("|---|---|---|---|---|---|---|---|---|")
    for s in (s_ours, s_mk):
        w("| %s | %d | %s B (%s) | %s B (%s, %s) | %s B | %s B | %s | %d | %d |" % (
            s["name"], s["pages"], n(int(s["median"])), kb(s["median"]), n(s["max"]), kb(s["max"]), s["max_page"],
            n(int(s["raw_median"])), n(s["raw_max"]), "{:g}".format(s["requests"]), s["other"], s["over"]))
    w("| **Material ÷ this site** | | **%.1f×** | **%.1f×** | %.1f× | %.1f× | %.1f× | | |" % (
        s_mk["median"] / s_ours["median"], s_mk["max"] / s_ours["max"], s_mk["raw_median"] / s_ours["raw_median"],
        s_mk["raw_max"] / s_ours["raw_max"], s_mk["requests"] / s_ours["requests"]))
    w("")
    over = [v for v in our_views if totals(v)[2] > BUDGET]
    if over:
        w("**Over budget on this site:** " + "; ".join("%s (%s B gzip: %s)" % (
            v["page"], n(totals(v)[2]), ", ".join("%s %s B" % (p[1], n(p[4])) for p in v["parts"])) for v in over) + ".")
    else:
        heaviest = max(our_views, key=lambda v: totals(v)[2])
        w("Every page of this site fits: the heaviest, `%s`, is %s B gzip, %s B under the budget (%s)." % (
            heaviest["page"], n(totals(heaviest)[2]), n(BUDGET - totals(heaviest)[2]),
            ", ".join("%s %s B" % (p[1], n(p[4])) for p in heaviest["parts"])))
    w("")
    w("### This site (JBake), `target/site`")
    w("")
    w(site_table(our_views, ours.sizes))
    w("")
    w("The stylesheet and the script every page loads:")
    w("")
    w(assets_table(ours, our_views))
    w("")
    w("### MkDocs + Material, the same content")
    w("")
    w(site_table(mk_views, material.sizes, compare=by_page))
    w("")
    w("The stylesheets and the script every page loads (the Google Fonts stylesheet is on another host, not fetched, and "
      "the font files it names come on top):")
    w("")
    w(assets_table(material, mk_views))
    w("")
    after = sorted({p for v in mk_views for p in v["after"]})
    if after:
        w("Fetched after load by every Material page (per language: the English pages need no lunr language support): " + ", ".join(
            "`%s` %s B gzip" % (p, n(material.sizes(p)[2])) for p in after) + ".")
        w("")
    w("### Books (downloads, not pages: outside the budget)")
    w("")
    w("| file | raw | gzip -6 | gzip -9 | loads |")
    w("|---|---|---|---|---|")
    for book in meta["books"]:
        if os.path.isfile(os.path.join(ours.root, book)):
            v = first_view(ours, book)
            raw, gz6, gz9 = totals(v)
            w("| %s | %s | %s | %s | %s |" % (book, n(raw), n(gz6), n(gz9), ", ".join(p[1] for p in v["parts"][1:]) or "nothing (inline CSS)"))
        pdf = book[:-5] + ".pdf"
        if os.path.isfile(os.path.join(ours.root, pdf)):
            raw, gz6, gz9 = ours.sizes(pdf)
            w("| %s | %s | %s | %s | — |" % (pdf, n(raw), n(gz6), n(gz9)))
    w("")
    w("### How the MkDocs site is made")
    w("")
    w("`bench/page_weight.py mkdocs-project` converts `content/**/*.md` into two MkDocs projects, built with `mkdocs build` "
      "with `theme: material` and nothing downloaded: the Portuguese pages (`language: pt`) to the site root, the English "
      "pages (`language: en`) to `en/`, as a second MkDocs site. Two sites rather than one with an `en/` folder because stock "
      "MkDocs has one language per site (Material's interface strings, its search stemmer, `<html lang>`); the price is a second "
      "copy of Material's assets under `en/assets/`, which a first view never sees. `use_directory_urls: false` keeps the "
      "site's page names (`nodejs.html`), so each row above compares the same page. Conversion: the YAML front matter becomes "
      "MkDocs front matter (`title`, `description`); `{#id}` heading attributes are kept (`attr_list`), so the section ids "
      "are the same; `[@key]` citations become plain-text `[n]` (the same numbers, not links); footnotes (`footnotes`), "
      "tables and typographic quotes (`smarty`) as on the site; the ```` ```benchmarks ```` block (an SVG chart and a table on "
      "the site) becomes a note (`admonition`) holding the same table, without the chart. What the site's templates add is "
      "written into the Markdown, so both sites carry the same text: the home page's map of the sections, and the reference "
      "list from `data/references.yaml` with each entry's note and its *cited in* links (to the section, not to each "
      "citation). Material's own navigation, table of contents, search, language selector (`extra.alternate`, to each "
      "language's home page) and footer (`copyright`: the site's footer line) stand for the site's. The 404 pages are "
      "Material's own `404.html` (the site's `404.md` pages are left out). Material runs with its defaults: Roboto from "
      "Google Fonts, the default palette.")
    text = "\n".join(out) + "\n"
    print(text)
    if args.write:
        write(args.write, text)
        print("written between the page-weight markers of %s" % args.write, file=sys.stderr)
    return 1 if over else 0


def write(path, block):
    """Replaces the text between the page-weight markers, re-reading the file just before: another
    benchmark writes its own section of the same file."""
    section = START + "\n" + block + END
    text = ""
    if os.path.exists(path):
        with open(path, encoding="utf-8") as f:
            text = f.read()
    if START in text and END in text:
        before, rest = text.split(START, 1)
        text = before + section + rest.split(END, 1)[1]
    elif HEADING + "\n" in text:
        text = text.replace(HEADING + "\n", HEADING + "\n\n" + section + "\n", 1)
    elif text:
        text = text.rstrip("\n") + "\n\n" + HEADING + "\n\n" + section + "\n"
    else:
        text = "# Performance\n\n" + HEADING + "\n\n" + section + "\n"
    os.makedirs(os.path.dirname(os.path.abspath(path)), exist_ok=True)
    tmp = path + ".page-weight.tmp"
    with open(tmp, "w", encoding="utf-8") as f:
        f.write(text)
    os.replace(tmp, path)


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    sub = parser.add_subparsers(dest="step", required=True)
    p = sub.add_parser("mkdocs-project")
    p.add_argument("--project", required=True)
    p.add_argument("--out", required=True)
    m = sub.add_parser("measure")
    m.add_argument("--project", required=True)
    m.add_argument("--ours", required=True)
    m.add_argument("--mkdocs", required=True)
    m.add_argument("--meta", required=True)
    m.add_argument("--write", metavar="FILE")
    m.add_argument("--command")
    args = parser.parse_args()
    if args.step == "mkdocs-project":
        mkdocs_project(args)
        return 0
    return report(args)


if __name__ == "__main__":
    sys.exit(main())
