package org.nodevspython.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.nodevspython.rules.Problem;
import org.nodevspython.rules.Problems;
import org.nodevspython.rules.Rule;

/** The workflow commands and the job summary, in the exact form GitHub's runner reads. */
class GitHubActionsTest {

    private static final Path PROJECT = Path.of("/p");

    private static Problem one(Rule rule, String file, int line, int column, Object... args) {
        Problems problems = new Problems(PROJECT);
        problems.report(rule, PROJECT.resolve(file), line, column, args);
        return problems.all().get(0);
    }

    @Test
    void anErrorAtItsLineAndColumnTitledByItsRule() {
        assertEquals("::error file=content/x.md,line=3,col=7,title=citation-unknown::the citation [@k] names no reference"
                        + " (cite a key of data/references.yaml, or add the reference there)",
                GitHubActions.command(one(Rule.CITATION_UNKNOWN, "content/x.md", 3, 7, "k", "")));
    }

    @Test
    void aWarningWithoutColumnAndAWholeFileProblemWithoutLine() {
        assertTrue(GitHubActions.command(one(Rule.PAGE_NOT_TRANSLATED, "content/x.md", 4, 0, "x", "en", "en/"))
                .startsWith("::warning file=content/x.md,line=4,title=page-not-translated::"));
        String whole = GitHubActions.command(one(Rule.NOT_MARKDOWN, "content/x.html", 0, 0));
        assertTrue(whole.startsWith("::error file=content/x.html,title=not-markdown::"), whole);
    }

    /** What GitHub's toolkit escapes: %, CR and LF in the message; also : and , in a property. */
    @Test
    void escapesWhatTheRunnerWouldReadAsSyntax() {
        assertEquals("a%25b%0D%0Ac: d, e", GitHubActions.data("a%b\r\nc: d, e"));
        assertEquals("a%25b%0Ac%3A d%2C e", GitHubActions.property("a%b\nc: d, e"));
        String command = GitHubActions.command(new Problem(Path.of("content/a,b:c.md"), 1, 0, Problem.Severity.ERROR, "x\ny", null));
        assertEquals("::error file=content/a%2Cb%3Ac.md,line=1,title=site build::x%0Ay", command);
    }

    @Test
    void theSummaryOfAFailedBakeListsItsProblems() {
        String summary = GitHubActions.summary(false, List.of(one(Rule.ID_NOT_ALLOWED, "content/x.md", 2, 1, "A|B", "a-b")), null);
        assertTrue(summary.startsWith("### The site was not built: 1 error (0 warnings)\n"), summary);
        assertTrue(summary.contains("| error | `content/x.md:2:1` | the id 'A\\|B' is not allowed |"), "pipes escaped in a cell:\n" + summary);
        assertFalse(summary.contains("#### Translations"), summary);
    }

    @Test
    void onlyInGitHubActions() {
        assertTrue(new GitHubActions(Map.of("GITHUB_ACTIONS", "true")::get).active());
        assertFalse(new GitHubActions(Map.of("CI", "true")::get).active());
    }
}
