package org.nodevspython.site;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.nodevspython.site.BakedSite.assertNoFailures;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

import nu.validator.validation.SimpleDocumentValidator;

/**
 * Every generated page passes the Nu HTML Checker (the validator behind validator.w3.org/nu),
 * run in-process and offline: the schema is read from the copies bundled in the validator jar
 * (its LocalCacheEntityResolver resolves http://s.validator.nu/... to them and nothing else).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HtmlValidityIT {

    private static final String SCHEMA = "http://s.validator.nu/html5-all.rnc";

    /**
     * CSS errors that are false positives of the CSS checker bundled with validator 20.7.2 (2020):
     * standard properties and selectors it predates. They are printed, not counted. Anything else
     * the CSS checker reports in a {@code <style>} element stays an error.
     */
    private static final List<Pattern> OUTDATED_CSS_CHECKER = List.of(
            Pattern.compile("^CSS: “(color-scheme|text-underline-offset|text-decoration-thickness|aspect-ratio|accent-color"
                    + "|inset|scrollbar-gutter|content-visibility)”: Property “\\1” doesn't exist\\.?$"),
            Pattern.compile("^CSS: Unknown pseudo-element or pseudo-class “:(has|is|where|focus-visible)”.*$"));

    private final BakedSite site = BakedSite.get();

    /** Collects the checker's messages; the current file is set before each check. */
    private static final class Messages implements ErrorHandler {
        final List<String> errors = new ArrayList<>();
        final List<String> warnings = new ArrayList<>();
        String file = "?";

        final List<String> ignored = new ArrayList<>();

        private String format(SAXParseException e) {
            return file + ":" + e.getLineNumber() + ":" + e.getColumnNumber() + ": " + e.getMessage();
        }

        @Override
        public void warning(SAXParseException e) {
            warnings.add(format(e));
        }

        @Override
        public void error(SAXParseException e) {
            String message = String.valueOf(e.getMessage()).trim();
            if (OUTDATED_CSS_CHECKER.stream().anyMatch(p -> p.matcher(message).matches())) {
                ignored.add(format(e));
            } else {
                errors.add(format(e));
            }
        }

        @Override
        public void fatalError(SAXParseException e) {
            errors.add(format(e) + " (fatal)");
        }

        void reset(String name) {
            file = name;
            errors.clear();
            warnings.clear();
            ignored.clear();
        }
    }

    private final Messages messages = new Messages();
    private SimpleDocumentValidator validator;

    @BeforeAll
    void setUp() throws Exception {
        // log4j set up by the validator, URLs not logged, language detection on (bundled
        // profiles; a page whose text does not match its lang attribute gets a warning)
        validator = new SimpleDocumentValidator(true, false, true);
        Messages schemaErrors = new Messages();
        schemaErrors.reset(SCHEMA);
        validator.setUpMainSchema(SCHEMA, schemaErrors);
        assertTrue(schemaErrors.errors.isEmpty(), "the bundled schema " + SCHEMA + " has errors: " + schemaErrors.errors);
        validator.setUpValidatorAndParsers(messages, false, false);
    }

    /** Checks one file as text/html in UTF-8; the messages are left in {@link #messages}. */
    private void check(Path file, String name) throws IOException, SAXException {
        messages.reset(name);
        try (InputStream in = Files.newInputStream(file)) {
            InputSource source = new InputSource(in);
            source.setSystemId(file.toUri().toString());
            source.setEncoding("UTF-8");
            validator.checkHtmlInputSource(source);
        }
    }

    @Test
    void everyPageIsValidHtml() throws Exception {
        assertFalse(site.pages().isEmpty(), "no HTML page in " + site.root());
        List<String> errors = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        List<String> ignored = new ArrayList<>();
        for (String page : site.pages()) {
            check(site.file(page), page);
            errors.addAll(messages.errors);
            warnings.addAll(messages.warnings);
            ignored.addAll(messages.ignored);
        }
        if (!ignored.isEmpty()) {
            System.out.println("Nu HTML Checker: " + ignored.size() + " CSS error(s) ignored as false positives of its 2020 CSS checker:");
            ignored.forEach(w -> System.out.println("  ignored: " + w));
        }
        if (!warnings.isEmpty()) {
            System.out.println("Nu HTML Checker: " + warnings.size() + " warning(s):");
            warnings.forEach(w -> System.out.println("  warning: " + w));
        }
        System.out.println("Nu HTML Checker: " + site.pages().size() + " pages checked, " + errors.size() + " error(s), "
                + warnings.size() + " warning(s)");
        assertNoFailures("Nu HTML Checker errors", errors);
    }

    @Test
    void theCheckerReportsErrorsInAnInvalidDocument(@TempDir Path temp) throws Exception {
        Path invalid = temp.resolve("invalid.html");
        Files.writeString(invalid, """
                <!DOCTYPE html>
                <html lang="en">
                <head><meta charset="utf-8"><title>Invalid</title><style>p { colr: red; }</style></head>
                <body>
                <p id="twice"><span><div>a div inside a span</div></span></p>
                <p id="twice">the same id again</p>
                </body>
                </html>
                """, StandardCharsets.UTF_8);
        check(invalid, "invalid.html");
        List<String> errors = List.copyOf(messages.errors);
        assertTrue(errors.size() >= 2, "the checker should report the div inside a span and the duplicate id, but reported: " + errors);
        assertTrue(errors.stream().anyMatch(e -> e.contains("twice")), "no duplicate id error in " + errors);
        assertTrue(errors.stream().anyMatch(e -> e.contains("colr")), "a misspelt CSS property should stay an error: " + errors);

        // and a valid document passes, so the errors above are not noise (nor is modern CSS the
        // bundled CSS checker predates)
        Path valid = temp.resolve("valid.html");
        Files.writeString(valid, """
                <!DOCTYPE html>
                <html lang="en">
                <head><meta charset="utf-8"><title>Valid</title><style>:root { color-scheme: light dark; }</style></head>
                <body><p id="once"><span>a span inside a paragraph</span></p></body>
                </html>
                """, StandardCharsets.UTF_8);
        check(valid, "valid.html");
        assertTrue(messages.errors.isEmpty(), "a valid document got errors: " + messages.errors);
    }
}
