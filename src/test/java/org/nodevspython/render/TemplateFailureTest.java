package org.nodevspython.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.nodevspython.rules.Problem;
import org.nodevspython.rules.Problems;
import org.nodevspython.rules.Rule;

/** Rendering that fails for a reason no template states (a bug, a full disk): one problem, with the pages it broke. */
class TemplateFailureTest {

    @Test
    void aFailureThatIsNoTemplateMistakeIsReportedOnceWithThePagesItBroke() {
        Path project = Path.of("/project");
        TemplateFailure failures = new TemplateFailure(project.resolve("templates"));
        failures.add(new IllegalStateException("the disk is full"), "content/b.md");
        failures.add(new IllegalStateException("the disk is full"), "content/a.md");
        Problems problems = new Problems(project);
        failures.report(problems);
        List<Problem> all = problems.all();
        assertEquals(1, all.size(), all.toString());
        assertEquals(Rule.RENDERING_FAILED, all.get(0).rule());
        assertEquals("templates: error: rendering failed: the disk is full (while rendering content/a.md and 1 other page)"
                + " (see the template named above)", all.get(0).toString());
    }
}
