package org.nodevspython.content;

import java.io.File;

import org.jbake.app.configuration.JBakeConfiguration;
import org.jbake.model.DocumentModel;
import org.jbake.parser.MarkupEngine;
import org.nodevspython.rules.Problems;
import org.nodevspython.rules.Rule;

/**
 * Takes the place of JBake's other markup engines (raw HTML, {@code .markdown}, …): JBake would
 * skip such a file with a warning when its header is not JBake's, and the page would silently
 * be missing from the site. Here it is an error that says what to do.
 */
public final class UnsupportedPageEngine extends MarkupEngine {

    private final Problems problems;

    public UnsupportedPageEngine(Problems problems) {
        this.problems = problems;
    }

    @Override
    public DocumentModel parse(JBakeConfiguration config, File file) {
        problems.report(Rule.NOT_MARKDOWN, file.toPath(), 0, 0);
        return null;
    }
}
