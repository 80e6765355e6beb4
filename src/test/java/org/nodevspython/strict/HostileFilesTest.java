package org.nodevspython.strict;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.nodevspython.strict.Expect.error;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.nodevspython.rules.BuildFailedException;
import org.nodevspython.rules.Rule;

/**
 * Files a careless or hostile pull request can add: a symbolic link that would publish a file of the
 * building machine, Markdown nested deep enough to overflow the stack, a page whose extension is in
 * capitals, a setting given twice, misspelt or of the wrong form. Each fails at its file and line,
 * with no stack trace, and leaves the last good site as it was.
 */
class HostileFilesTest {

    private static final String PAGE = "content/en/python.md";
    private static final String BEFORE = "## Concurrency and coroutines";

    @TempDir
    Path tmp;

    @TempDir
    Path elsewhere;

    private Fixture fixture() {
        return Fixture.copyOfRealProject(tmp.resolve("project"));
    }

    /** A secret of the machine, outside the project: what a link must not publish. */
    private Path secret() throws IOException {
        Path secret = elsewhere.resolve("secret.txt");
        Files.writeString(secret, "the building machine's secret", StandardCharsets.UTF_8);
        return secret;
    }

    @ParameterizedTest(name = "a link in {0}")
    @ValueSource(strings = {"assets/css/secret.css", "content/secret.png", "templates/secret.ftl", "data/secret.yaml",
            "content/en/links"})
    void aSymbolicLinkIsRefusedBeforeAnythingIsRead(String link) throws IOException {
        Fixture f = fixture();
        f.bakeSucceeds(false);
        Map<String, byte[]> good = Fixture.snapshot(f.output());
        Path target = link.endsWith("links") ? elsewhere : secret();
        Files.createSymbolicLink(f.path(link), target);
        BuildFailedException failure = f.bake();
        Expect.onlyErrors(failure, error(link, 0, 0, "'" + link + "' is a symbolic link (to " + target + ")"));
        assertEquals(Rule.SYMBOLIC_LINK, failure.problems().get(0).rule());
        Fixture.assertSameTree(good, Fixture.snapshot(f.output()), "the site after the refused link");
    }

    @Test
    void theSettingsFileItselfMustNotBeALink() throws IOException {
        Fixture f = fixture();
        Path real = elsewhere.resolve("jbake.properties");
        Files.move(f.path("jbake.properties"), real);
        Files.createSymbolicLink(f.path("jbake.properties"), real);
        Expect.onlyErrors(f.bake(), error("jbake.properties", 0, 0, "is a symbolic link"));
    }

    @ParameterizedTest(name = "{0} levels of block quotes")
    @ValueSource(ints = {65, 3000, 20000})
    void blockQuotesNestedTooDeep(int levels) {
        Fixture f = fixture().insertBefore(PAGE, BEFORE, ">".repeat(levels) + " deep\n\n");
        Expect.onlyErrors(f.bake(), error(PAGE, f.lineOf(PAGE, "> deep"), 1,
                "the Markdown here is nested " + levels + " levels deep, more than 64"));
    }

    @Test
    void listsNestedTooDeep() {
        StringBuilder lists = new StringBuilder();
        for (int level = 0; level < 3000; level++) {
            lists.append("  ".repeat(level)).append("- level ").append(level).append('\n');
        }
        Fixture f = fixture().insertBefore(PAGE, BEFORE, lists + "\n");
        BuildFailedException failure = f.bake();
        Expect.onlyErrors(failure, error(PAGE, f.lineOf(PAGE, "- level 64\n"), 1, "nested 65 levels deep, more than 64"));
    }

    /** Markers on one line nest as deep as indentation does: a line of list markers and quotes. */
    @Test
    void markersOnOneLineNestedTooDeep() {
        Fixture f = fixture().insertBefore(PAGE, BEFORE, "- > ".repeat(2000) + "x\n\n");
        Expect.onlyErrors(f.bake(), error(PAGE, f.lineOf(PAGE, "- > x\n"), 1, "the Markdown here is nested 4000 levels deep"));
    }

    @Test
    void aPageNestedAsDeepAsAllowedIsBaked() {
        fixture().insertBefore(PAGE, BEFORE, ">".repeat(40) + " forty levels\n\n").bakeSucceeds(false);
    }

    @Test
    void yamlNestedTooDeep() {
        Fixture f = fixture().replaceLineStartingWith(PAGE, "title:", "title: " + "[".repeat(20000) + "]".repeat(20000));
        Expect.onlyErrors(f.bake(), error(PAGE, 2, 39, "not valid YAML: nested more than 32 levels deep"));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"content/en/extra.MD", "content/extra.Md", "content/extra.HTML"})
    void aPageWhoseExtensionIsNotLowercaseMdIsRefused(String page) {
        Fixture f = fixture().write(page, f0(page));
        Expect.onlyErrors(f.bake(), error(page, 0, 0, "the content folder holds pages written in Markdown only (.md)"));
        assertFalse(Files.exists(f.output().resolve(page.substring("content/".length()))), "published raw");
    }

    private static String f0(String page) {
        return "---\ntitle: Extra\nlang: en\nkey: extra\norder: 9\ndescription: \"x\"\n---\n# Extra\n\nText.\n";
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"content/notes.txt", "content/en/drawing.svg", "content/page.htm"})
    void theContentFolderHoldsOnlyPagesAndImages(String file) {
        Fixture f = fixture().write(file, "<svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"alert(1)\"/>");
        BuildFailedException failure = f.bake();
        Expect.onlyErrors(failure, error(file, 0, 0, "the content folder holds Markdown pages and the images they show"));
        assertEquals(Rule.CONTENT_FILE_TYPE, failure.problems().get(0).rule());
    }

    @Test
    void anImageNextToItsPageIsPublished() {
        Fixture f = fixture().writeBytes("content/en/figure.png", new byte[] {(byte) 0x89, 'P', 'N', 'G'})
                .insertBefore(PAGE, BEFORE, "![A figure](figure.png)\n\n");
        f.bakeSucceeds(false);
        assertTrue(Files.isRegularFile(f.output().resolve("en/figure.png")));
    }

    @Test
    void aSettingGivenTwiceIsAnErrorAtBothLines() {
        Fixture f = fixture();
        f.write("jbake.properties", f.read("jbake.properties") + "site.host=https://example.org/\n");
        int first = f.lineOf("jbake.properties", "site.host=https://node-vs-python");
        int second = f.lineOf("jbake.properties", "site.host=https://example.org/");
        Expect.onlyErrors(f.bake(),
                error("jbake.properties", first, 1, "'site.host' is set twice (also at line " + second + ")"),
                error("jbake.properties", second, 1, "'site.host' is set twice (also at line " + first + ")"));
    }

    @Test
    void anUnknownSettingGetsTheNearestKnownOne() {
        Fixture f = fixture().replaceLineStartingWith("jbake.properties", "template.page.file=", "template.pgae.file=page.ftl");
        Expect.onlyErrors(f.bake(), error("jbake.properties", f.lineOf("jbake.properties", "template.pgae.file"), 1,
                "unknown setting 'template.pgae.file'").fix("did you mean 'template.page.file'?"));
    }

    @Test
    void anAddressWithoutScheme() {
        Fixture f = fixture().replaceLineStartingWith("jbake.properties", "site.host=", "site.host=node-vs-python.github.io/");
        Expect.onlyErrors(f.bake(), error("jbake.properties", f.lineOf("jbake.properties", "site.host="), 11,
                "'site.host' has the value 'node-vs-python.github.io/', which is not allowed").fix("https://"));
    }

    @Test
    void anEditAddressThatIsNoAddressOrLacksItsSlash() {
        Fixture f = fixture().replaceLineStartingWith("jbake.properties", "site.edit_base=", "site.edit_base=github.com/o/r/edit/main/");
        Expect.onlyErrors(f.bake(), error("jbake.properties", f.lineOf("jbake.properties", "site.edit_base="), 16,
                "'site.edit_base' has the value 'github.com/o/r/edit/main/', which is not allowed").fix("https://"));
        f.replaceLineStartingWith("jbake.properties", "site.edit_base=", "site.edit_base=https://github.com/o/r/edit/main");
        Expect.onlyErrors(f.bake(), error("jbake.properties", f.lineOf("jbake.properties", "site.edit_base="), 16,
                "'site.edit_base' has the value 'https://github.com/o/r/edit/main', which is not allowed").fix("end the address with a slash"));
    }

    @Test
    void aTemplateThatDoesNotExist() {
        Fixture f = fixture().replaceLineStartingWith("jbake.properties", "template.home.file=", "template.home.file=hmoe.ftl");
        Expect.onlyErrors(f.bake(), error("jbake.properties", f.lineOf("jbake.properties", "template.home.file="), 20,
                "'template.home.file' has the value 'hmoe.ftl', which is not allowed").fix("home.ftl"));
    }

    @Test
    void aBlogPageThisSiteDoesNotMakeIsNotSilentlyIgnored() {
        Fixture f = fixture().replaceLineStartingWith("jbake.properties", "render.feed=", "render.feed=true");
        Expect.onlyErrors(f.bake(), error("jbake.properties", f.lineOf("jbake.properties", "render.feed="), 13,
                "'render.feed' has the value 'true', which is not allowed"));
    }

    @Test
    void aFolderThatDoesNotExist() {
        Fixture f = fixture().replaceLineStartingWith("jbake.properties", "asset.folder=", "asset.folder=../outside");
        Expect.onlyErrors(f.bake(), error("jbake.properties", f.lineOf("jbake.properties", "asset.folder="), 14,
                "'asset.folder' has the value '../outside', which is not allowed").fix("a folder of the project"));
    }

    /** The command line prints the problem, never a stack trace, for the deepest nesting. */
    @Test
    void noStackTraceIsPrinted() {
        Fixture f = fixture().insertBefore(PAGE, BEFORE, ">".repeat(50000) + " deep\n\n");
        Cli.Run run = Cli.run("--source", f.root().toString(), "--no-pdf", "--strict=false");
        assertEquals(1, run.code(), run.toString());
        assertTrue(run.err().contains("content/en/python.md:" + f.lineOf(PAGE, "> deep") + ":1: error: the Markdown here is nested"),
                run.toString());
        assertFalse(run.err().contains("\tat ") || run.err().contains("Exception") || run.err().contains("Error:"), run.toString());
    }
}
