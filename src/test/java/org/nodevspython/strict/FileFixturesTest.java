package org.nodevspython.strict;

import static org.nodevspython.strict.Expect.error;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.nodevspython.rules.Rule;

/** Whole files: encoding, emptiness, the title heading, files that are not Markdown pages. */
class FileFixturesTest {

    @TempDir
    Path tmp;

    private Fixture fixture() {
        return Fixture.copyOfRealProject(tmp);
    }

    /** An old editor saved the whole page as Latin-1: reported at the first byte that is not UTF-8. */
    @Test
    void pageSavedAsLatin1() {
        String page = "content/conclusao.md";
        Fixture f = fixture();
        String text = f.read(page);
        int line = f.lineOf(page, "title: Conclusão");
        int column = "title: Conclus".length() + 1;
        org.junit.jupiter.api.Assertions.assertTrue(text.substring(0, text.indexOf("title: Conclusão")).chars().allMatch(c -> c < 128),
                "the fixture expects no other non-ASCII character before the title");
        f.writeBytes(page, text.getBytes(StandardCharsets.ISO_8859_1));
        Expect.errors(f.bake().problems(),
                List.of(error(page, line, column, "the file is not valid UTF-8 (byte 0xE3)").fix("UTF-8")),
                // consequences of the page being unusable: its translation has no original, links to it break
                List.of(error("content/en/conclusion.md", Expect.ANY, "the page 'conclusion' has no pt-BR version"),
                        Expect.anywhere("names a page that does not exist (content/conclusao.md)")));
    }

    /** One Latin-1 word in a UTF-8 page, after other non-ASCII characters on the same line: the column counts characters. */
    @Test
    void oneLatin1WordInAUtf8Page() {
        String page = "content/index.md";
        Fixture f = fixture().replaceInFile(page, "title: Início\n", "title: Início — Conclusão\n");
        int line = f.lineOf(page, "title: Início — Conclusão");
        int column = f.columnOf(page, "Conclusão\n") + "Conclus".length();
        String text = f.read(page);
        int at = text.indexOf("Conclusão");
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.writeBytes(text.substring(0, at).getBytes(StandardCharsets.UTF_8));
        bytes.writeBytes("Conclusão".getBytes(StandardCharsets.ISO_8859_1));
        bytes.writeBytes(text.substring(at + "Conclusão".length()).getBytes(StandardCharsets.UTF_8));
        f.writeBytes(page, bytes.toByteArray());
        Expect.errors(f.bake().problems(),
                List.of(error(page, line, column, "the file is not valid UTF-8 (byte 0xE3)")),
                List.of(error("content/en/index.md", Expect.ANY, "the page 'home' has no pt-BR version")));
    }

    /** Saved on Windows with a byte-order mark: lines and columns are those the contributor's editor shows. */
    @Test
    void windowsLineEndingsAndByteOrderMark() {
        String page = "content/en/conclusion.md";
        String link = "[artificial intelligence](python.md#ia)";
        Fixture f = fixture().replaceInFile(page, "[artificial intelligence](python.md#ai)", link);
        int line = f.lineOf(page, link);
        int column = f.columnOf(page, link);
        f.write(page, "\uFEFF" + f.read(page).replace("\n", "\r\n"));
        Expect.onlyErrors(f.bake(), error(page, line, column, "the link 'python.md#ia' names the section '#ia'"));
    }

    @ParameterizedTest(name = "content ''{0}''")
    @ValueSource(strings = {"", " \n\n\t\n"})
    void emptyPage(String text) {
        Fixture f = fixture().write("content/extra.md", text);
        Expect.onlyErrors(f.bake(), error("content/extra.md", 1, "the page is empty"));
    }

    @Test
    void pageWithoutTitleHeading() {
        String page = "content/en/python.md";
        Fixture f = fixture().replaceInFile(page, "---\n# Python\n\n", "---\n");
        Expect.onlyErrors(f.bake(), error(page, f.lineOf(page, "This page gathers what the original text says about Python"), 1,
                "the page does not start with its title heading"));
    }

    @Test
    void secondTitleHeading() {
        String page = "content/en/python.md";
        Fixture f = fixture().insertBefore(page, "## Other use cases", "# Another title\n\n");
        Expect.onlyErrors(f.bake(), error(page, f.lineOf(page, "# Another title"), 1,
                "a page has one title heading ('# ...'), at its top; this is another one"));
    }

    @Test
    void htmlFileInTheContentFolder() {
        Fixture f = fixture().write("content/extra.html", "<!DOCTYPE html>\n<title>Extra</title>\n<p>An extra page.</p>\n");
        Expect.onlyErrors(f.bake(), error("content/extra.html", 0, 0, "the content folder holds pages written in Markdown only (.md)"));
    }

    /** A page copied from elsewhere with no read permission (skipped as root, who reads it anyway). */
    @Test
    void unreadablePage() {
        Fixture f = fixture();
        f.write("content/extra.md", f.read("content/en/index.md"));
        RuleExpect.makeUnreadable(f.path("content/extra.md"));
        RuleExpect.only(Rule.FILE_UNREADABLE, f.bake(), error("content/extra.md", 0, 0, "cannot read the file: ")
                .fix("check that it exists and is readable"));
    }

    private static Fixture frontMatterOnly(Fixture f, String page, String after) {
        String text = f.read(page);
        return f.write(page, text.substring(0, text.indexOf("\n---\n", 3)) + "\n---" + after);
    }

    /** Reported at the line after the front matter, where the text should start. */
    @Test
    void pageWithFrontMatterOnly() {
        String page = "content/en/index.md";
        Fixture f = frontMatterOnly(fixture(), page, "\n\n");
        RuleExpect.only(Rule.NO_TEXT, f.bake(), error(page, f.read(page).split("\n", -1).length - 1, 0,
                "the page has no text after its front matter").fix("write its title heading '# ...' and its text"));
    }

    /**
     * WRONG LINE (reported, main code unchanged): when the file ends with the closing '---' and no
     * line break, the line after it is reported, which the file does not have (line 11 of 10).
     */
    @Test
    void pageEndingWithItsFrontMatter() {
        String page = "content/en/index.md";
        Fixture f = frontMatterOnly(fixture(), page, "");
        int lines = f.read(page).split("\n", -1).length;
        RuleExpect.only(Rule.NO_TEXT, f.bake(), error(page, lines, 0, "the page has no text after its front matter"));
    }
}
