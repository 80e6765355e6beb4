package org.nodevspython.preview;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The script the preview adds to every HTML response, right before {@code </body>}: a
 * {@code <script src>} of {@code reload.js} (a resource of this package), with the site's
 * generation and the overlay's strings as attributes. It is added to the response only: the baked files stay exactly what {@code ./mvnw package}
 * publishes.
 * <p>
 * In the browser it listens to {@link ReloadEvents}: {@code reload} remembers the scroll
 * position (per path, in sessionStorage) and reloads, and the reloaded page scrolls back;
 * {@code error} shows the problems of the failed bake over the page, which still shows the
 * last good site, until a later bake succeeds and reloads it. {@code hello} carries the
 * generation of the site the server has now: a page served before a bake it never heard of
 * (it loaded while the bake ran, or the computer slept) reloads itself.
 */
final class LiveReloadScript {

    /** The policy of a baked page: the one {@code <meta>} the templates write (see base.ftl, book.ftl, error.ftl). */
    private static final Pattern POLICY = Pattern.compile("(<meta http-equiv=\"Content-Security-Policy\" content=\")([^\"]*)\"",
            Pattern.CASE_INSENSITIVE);

    static final String EVENTS_PATH = "/__preview/events";

    /** The script, served at {@link #SCRIPT_PATH}. */
    static final byte[] SCRIPT = resource("reload.js");
    /** The overlay's styles, served at {@link #STYLE_PATH}. */
    static final byte[] STYLE = resource("overlay.css");
    static final String SCRIPT_PATH = "/__preview/reload.js";
    static final String STYLE_PATH = "/__preview/overlay.css";

    private LiveReloadScript() {
    }

    /**
     * The page with the script inserted before its last {@code </body>}, or at its end when it has none.
     *
     * @param strings the overlay's strings by language, as JSON (see {@link PreviewStrings})
     */
    static byte[] inject(byte[] html, String generation, String strings) {
        String page = allowOwnFiles(new String(html, StandardCharsets.UTF_8));
        String tag = "<script src=\"" + SCRIPT_PATH + "\" data-generation=\"" + escape(generation) + "\" data-strings=\"" + escape(strings)
                + "\"></script>\n";
        int at = lastBodyEnd(page);
        String result = at < 0 ? page + tag : page.substring(0, at) + tag + page.substring(at);
        return result.getBytes(StandardCharsets.UTF_8);
    }

    /**
     * The page with its Content-Security-Policy letting the preview's own script, styles and event stream in. The
     * pages already allow {@code 'self'}; the books and the 404 pages are self-contained (a hash, or nothing at all),
     * and would refuse the reload script. Only what this server answers changes, and only by {@code 'self'}: the
     * preview's files, on the loopback address the page came from.
     */
    static String allowOwnFiles(String page) {
        Matcher meta = POLICY.matcher(page);
        if (!meta.find()) {
            return page;
        }
        List<String> directives = new ArrayList<>();
        for (String directive : meta.group(2).split(";")) {
            if (!directive.isBlank()) {
                directives.add(directive.strip());
            }
        }
        for (String name : List.of("script-src", "style-src", "connect-src")) {
            int at = -1;
            for (int i = 0; i < directives.size(); i++) {
                if (directives.get(i).split("\\s+")[0].equalsIgnoreCase(name)) {
                    at = i;
                }
            }
            if (at < 0) {
                directives.add(name + " 'self'");
            } else if (!List.of(directives.get(at).split("\\s+")).contains("'self'")) {
                directives.set(at, directives.get(at) + " 'self'");
            }
        }
        return page.substring(0, meta.start(2)) + String.join("; ", directives) + page.substring(meta.end(2));
    }

    private static int lastBodyEnd(String page) {
        // regionMatches ignores case without changing the length of the text, unlike toLowerCase
        for (int at = page.length() - "</body>".length(); at >= 0; at--) {
            if (page.regionMatches(true, at, "</body>", 0, "</body>".length())) {
                return at;
            }
        }
        return -1;
    }

    private static String escape(String value) {
        return value.replace("&", "&amp;").replace("\"", "&quot;").replace("<", "&lt;");
    }

    private static byte[] resource(String name) {
        try (java.io.InputStream in = LiveReloadScript.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("the preview's " + name + " is missing from the class path");
            }
            return in.readAllBytes();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
