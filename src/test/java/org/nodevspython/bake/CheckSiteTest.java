package org.nodevspython.bake;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nodevspython.strict.Fixture;

/**
 * The step "check the site" on a copy of the real project: no error on the real pages, and each of
 * its checks heard from when its rule is broken (a link, a translation, a reference, an output path),
 * every mistake reported in one run at the line to change.
 */
class CheckSiteTest {

    @TempDir
    Path tmp;

    private static List<String> errors(RealSite real) {
        return real.problems.errors().stream().map(p -> p.path() + ":" + p.line() + " " + p.rule()).toList();
    }

    private static List<String> warnings(RealSite real) {
        return real.problems.warnings().stream().map(p -> p.path() + ":" + p.line() + " " + p.rule()).toList();
    }

    @Test
    void theRealPagesPass() {
        RealSite real = RealSite.copy(tmp);
        real.check();
        assertEquals(List.of(), errors(real));
    }

    @Test
    void everyCheckReportsItsRuleInOneRun() {
        Fixture fixture = Fixture.copyOfRealProject(tmp);
        fixture.replaceInFile("content/en/nodejs.md", "(python.md#scalability)", "(python.md#scaling)");
        fixture.write("content/extra.md", "---\ntitle: Extra\nlang: pt-BR\nkey: extra\norder: 20\n"
                + "description: \"Uma página a mais.\"\n---\n# Extra\n\nTexto.\n");
        fixture.write("assets/nodejs.html", "<p>an asset where a page goes</p>\n");
        fixture.replaceInFile("data/references.yaml", "    page: benchmarks\n", "    page: benchmark\n");
        RealSite real = RealSite.of(fixture);
        assertEquals(List.of(), errors(real), "every page on its own is fine");
        real.check();
        assertEquals(List.of(
                "content/en/nodejs.md:" + fixture.lineOf("content/en/nodejs.md", "(python.md#scaling)") + " LINK_SECTION_UNKNOWN",
                "content/nodejs.md:1 OUTPUT_PATH_OF_ASSET",
                "data/references.yaml:" + fixture.lineOf("data/references.yaml", "    page: benchmark\n")
                        + " REFERENCE_PAGE_UNKNOWN"), errors(real));
        // an untranslated page is published with a stand-in: a warning, an error only in a strict build
        assertEquals(List.of("content/extra.md:4 PAGE_NOT_TRANSLATED"), warnings(real));
    }
}
