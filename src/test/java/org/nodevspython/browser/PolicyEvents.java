package org.nodevspython.browser;

import static org.junit.jupiter.api.Assertions.fail;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The Content-Security-Policy's {@code securitypolicyviolation} events, recorded in the browser.
 *
 * <p>{@link #install} registers, through DevTools ({@code Page.addScriptToEvaluateOnNewDocument}),
 * a script that runs in every new document of the tab before anything of the page: before its
 * {@code <meta http-equiv="Content-Security-Policy">} is parsed and before its own scripts. It listens
 * on the document (capturing, so nothing of the page can stop it first) and pushes each event into
 * {@code window.__cspViolations}; {@link #take} reads them for the document open now, after it
 * settled. {@code window.__cspListening} says the listener is there: a page without it fails rather
 * than passing with nothing recorded.
 */
final class PolicyEvents {

    private static final String RECORDER = """
            (function () {
              var seen = window.__cspViolations = [];
              window.__cspListening = true;
              document.addEventListener('securitypolicyviolation', function (e) {
                seen.push({ effective: e.effectiveDirective, violated: e.violatedDirective, blocked: e.blockedURI,
                  source: e.sourceFile, line: e.lineNumber, sample: e.sample, disposition: e.disposition,
                  document: e.documentURI });
              }, true);
            })();
            """;

    private PolicyEvents() {
    }

    /** Registers the recorder for every document the tab opens from now on; returns its DevTools identifier. */
    static String install(Browser browser) {
        return addScript(browser, RECORDER);
    }

    /** Registers a script to run in every new document of the tab, before the page's own; returns its identifier. */
    static String addScript(Browser browser, String source) {
        Map<String, Object> added = browser.driver().executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", source));
        Object identifier = added.get("identifier");
        if (identifier == null) {
            fail("DevTools did not register the script: " + added);
        }
        return identifier.toString();
    }

    /** Removes a script registered with {@link #addScript}: documents opened afterwards run without it. */
    static void removeScript(Browser browser, String identifier) {
        browser.driver().executeCdpCommand("Page.removeScriptToEvaluateOnNewDocument", Map.of("identifier", identifier));
    }

    /** Waits until the page has settled: two frames painted and the tasks queued meanwhile (violation events are queued) run. */
    static void settle(Browser browser) {
        browser.driver().executeAsyncScript("var done = arguments[arguments.length - 1];"
                + " requestAnimationFrame(function () { requestAnimationFrame(function () { setTimeout(done, 50); }); });");
    }

    /**
     * The violations recorded in the document open now, each described in one line. Fails when the
     * recorder is not in that document (then nothing could have been recorded).
     */
    static List<String> take(Browser browser) {
        settle(browser);
        Object listening = browser.js("return window.__cspListening === true");
        if (!Boolean.TRUE.equals(listening)) {
            fail("the violation recorder is not installed in " + browser.driver().getCurrentUrl() + ": nothing would have been seen");
        }
        Object seen = browser.js("return window.__cspViolations.splice(0)");
        List<String> described = new ArrayList<>();
        if (seen instanceof List<?> list) {
            for (Object event : list) {
                described.add(describe((Map<?, ?>) event));
            }
        }
        return described;
    }

    /** The raw events recorded in the document open now (effective, violated, blocked, …), and clears them. */
    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> takeRaw(Browser browser) {
        settle(browser);
        if (!Boolean.TRUE.equals(browser.js("return window.__cspListening === true"))) {
            fail("the violation recorder is not installed in " + browser.driver().getCurrentUrl());
        }
        Object seen = browser.js("return window.__cspViolations.splice(0)");
        return seen instanceof List<?> list ? (List<Map<String, Object>>) list : List.of();
    }

    static String describe(Map<?, ?> event) {
        return "securitypolicyviolation: " + event.get("effective") + " (violated " + event.get("violated") + ") blocked "
                + event.get("blocked") + " at " + event.get("source") + ":" + event.get("line")
                + (event.get("sample") == null || event.get("sample").toString().isEmpty() ? "" : ", sample '" + event.get("sample") + "'")
                + " [" + event.get("disposition") + "] in " + event.get("document");
    }
}
