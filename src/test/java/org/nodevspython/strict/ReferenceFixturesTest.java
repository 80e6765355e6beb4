package org.nodevspython.strict;

import static org.nodevspython.strict.Expect.error;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Citations [@key] and the reference list data/references.yaml. */
class ReferenceFixturesTest {

    private static final String REFERENCES = "data/references.yaml";

    @TempDir
    Path tmp;

    private Fixture fixture() {
        return Fixture.copyOfRealProject(tmp);
    }

    @Test
    void citationOfAnUnknownReference() {
        String page = "content/nodejs.md";
        // the footnote cites the reference again further down, so the section still cites it in both languages
        Fixture f = fixture().replaceInFile(page, "veja a nota sobre os 70%. [@netflix-techblog]",
                "veja a nota sobre os 70%. [@netflx-techblog]");
        Expect.onlyErrors(f.bake(), error(page, f.lineOf(page, "[@netflx-techblog]"), f.columnOf(page, "[@netflx-techblog]"),
                "the citation [@netflx-techblog] names no reference").fix("did you mean [@netflix-techblog]?"));
    }

    @Test
    void referenceNeverCited() {
        Fixture f = fixture();
        f.write(REFERENCES, f.read(REFERENCES).stripTrailing() + "\n\n"
                + "  - key: unused-source\n"
                + "    title: \"A source no page cites\"\n"
                + "    publisher: \"Nobody\"\n"
                + "    url: \"https://example.org/unused\"\n"
                + "    language: en\n");
        int line = f.lineOf(REFERENCES, "- key: unused-source");
        Expect.onlyErrors(f.bake(),
                error(REFERENCES, line, "the reference 'unused-source' is never cited in the pt-BR pages"),
                error(REFERENCES, line, "the reference 'unused-source' is never cited in the en pages"));
    }

    /** The entry is still there, so its citations must not be reported as naming no reference. */
    @Test
    void referenceMissingARequiredField() {
        Fixture f = fixture().replaceInFile(REFERENCES, "    publisher: \"The V8 project (Google)\"\n", "");
        Expect.onlyErrors(f.bake(), error(REFERENCES, f.lineOf(REFERENCES, "- key: v8\n"),
                "the required key 'publisher' is missing"));
    }

    @Test
    void citationInPortugueseButNotInEnglish() {
        String en = "content/en/nodejs.md";
        // [@netflix-techblog] stays cited elsewhere in the English pages, only not in this section
        Fixture f = fixture().replaceInFile(en, "cut by 70%! [@netflix-techblog] [@infoq-br-netflix]", "cut by 70%! [@infoq-br-netflix]");
        Expect.onlyErrors(f.bake(), error(en, f.lineOf(en, "{#performance}"),
                "content/nodejs.md cites [@netflix-techblog] in the section 'performance', this translation does not"));
    }

    @Test
    void referenceKeyUsedTwice() {
        Fixture f = fixture();
        f.write(REFERENCES, f.read(REFERENCES).stripTrailing() + "\n\n"
                + "  - key: v8\n"
                + "    title: \"V8, again\"\n"
                + "    publisher: \"The V8 project (Google)\"\n"
                + "    url: \"https://v8.dev/docs\"\n"
                + "    language: en\n");
        String second = "  - key: v8\n    title: \"V8, again\"";
        int line = f.lineOf(REFERENCES, second);
        Expect.onlyErrors(f.bake(), error(REFERENCES, line, f.columnOf(REFERENCES, second) + "  - key: ".length(),
                "the reference key 'v8' is used twice (first at line " + f.lineOf(REFERENCES, "  - key: v8\n    title: \"V8 JavaScript engine\"") + ")"));
    }
}
