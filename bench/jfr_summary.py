#!/usr/bin/env python3
"""Summarises the CPU samples of a JFR recording (Python 3 stdlib + the JDK's `jfr` tool).

    jfr_summary.py RECORDING.jfr [--top 25]

Prints: samples by phase of the bake (the outermost Bakery/JBake step on the stack),
the methods holding the most samples inclusively (project, JBake, Freemarker, jsoup,
flexmark frames), and the hottest top-of-stack frames (self time).
A sample is one look at one running Java thread (about every 10-20 ms per thread).
"""

import argparse
import collections
import json
import subprocess
import sys

# outermost first: the first of these met walking from the bottom of the stack names the phase
PHASES = [
    ("org.nodevspython.offline.BookPdf", "print the book PDFs (openhtmltopdf + pdfbox)"),
    ("org.nodevspython.links.OutputLinkChecker", "check the output links"),
    ("org.nodevspython.content.ReadPages", "read and parse the Markdown"),
    ("org.nodevspython.bake.CheckSite", "site checks (translations, links, citations)"),
    ("org.nodevspython.i18n.Notices", "translation notices (git history)"),
    ("org.nodevspython.history.", "page history (git log)"),
    ("org.nodevspython.render.RenderPages", "templates (JBake Renderer + Freemarker)"),
    ("org.nodevspython.render.SiteTemplates", "templates (JBake Renderer + Freemarker)"),
    ("org.nodevspython.markdown.RenderMarkdown", "render the Markdown to HTML"),
    ("org.nodevspython.search.SearchIndex", "search index"),
    ("org.nodevspython.offline.MakeBooks", "the single-page books"),
    ("org.nodevspython.bake.CopyAssets", "copy the assets"),
    ("org.nodevspython.bake.AtomicOutput", "swap the output into place"),
    ("org.nodevspython.config.Sources", "read the settings and data"),
    ("org.nodevspython.bake.Bakery", "other bake steps"),
]
# the steps of a book's print (bench/profile.sh with the PDFs), the outermost met naming the step
PRINT_STEPS = [
    ("org.nodevspython.offline.BookParts.<init>", "read the book, cut it into parts"),
    ("org.nodevspython.offline.PartPrinter.countPages", "lay out the contents with placeholders"),
    ("org.nodevspython.offline.PartPrinter.print", "print the parts (layout, paint, links) and the contents"),
    ("org.nodevspython.offline.BookAssembly.write", "put the book together and write it"),
    ("org.nodevspython.offline.BookPdf.write", "other (the cache key, fonts)"),
]
INTERESTING = ("org.nodevspython.", "org.jbake.", "freemarker.", "org.jsoup.", "com.vladsch.", "java.nio.file.",
               "sun.nio.fs.", "com.openhtmltopdf.", "org.apache.pdfbox.")


def frames_of(event):
    frames = []
    for f in event["values"]["stackTrace"]["frames"]:
        m = f["method"]
        frames.append("%s.%s" % (m["type"]["name"].replace("/", "."), m["name"]))
    return frames  # top of stack first


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("recording")
    parser.add_argument("--top", type=int, default=25)
    args = parser.parse_args()
    raw = subprocess.run(["jfr", "print", "--json", "--stack-depth", "256", "--events", "jdk.ExecutionSample",
                          args.recording], check=True, capture_output=True, text=True).stdout
    events = json.loads(raw)["recording"]["events"]
    total = len(events)
    if not total:
        sys.exit("no execution samples in %s" % args.recording)
    phases, inclusive, self_time = collections.Counter(), collections.Counter(), collections.Counter()
    self_by_caller, print_steps = collections.Counter(), collections.Counter()
    for e in events:
        frames = frames_of(e)
        bottom_up = list(reversed(frames))
        phase = "other (start-up, picocli, JBake set-up, JIT/GC helpers)"
        for prefix, name in PHASES:
            if any(f.startswith(prefix) for f in bottom_up):
                phase = name
                break
        phases[phase] += 1
        for prefix, name in PRINT_STEPS:
            if any(f.startswith(prefix) for f in bottom_up):
                print_steps[name] += 1
                break
        for f in set(frames):
            if f.startswith(INTERESTING):
                inclusive[f] += 1
        if frames:
            self_time[frames[0]] += 1
            caller = next((f for f in frames if f.startswith("org.nodevspython.")), "(no project frame)")
            self_by_caller[(frames[0], caller)] += 1
    pct = lambda n: "%5.1f%%" % (100.0 * n / total)
    print("%d CPU samples (Java threads)\n" % total)
    print("By phase of the bake:")
    for name, n in phases.most_common():
        print("  %s %6d  %s" % (pct(n), n, name))
    if print_steps:
        print("\nThe PDFs, by step of a book's print:")
        for name, n in print_steps.most_common():
            print("  %s %6d  %s" % (pct(n), n, name))
    print("\nMost samples, inclusive (the method or what it calls):")
    for f, n in inclusive.most_common(args.top):
        print("  %s %6d  %s" % (pct(n), n, f))
    print("\nHottest frames, self (top of the stack):")
    for f, n in self_time.most_common(args.top):
        print("  %s %6d  %s" % (pct(n), n, f))
    print("\nHottest frames, self, with the nearest project method calling them:")
    for (f, caller), n in self_by_caller.most_common(args.top):
        print("  %s %6d  %s  <-  %s" % (pct(n), n, f, caller))


if __name__ == "__main__":
    main()
