package org.nodevspython.preview;

import java.nio.charset.StandardCharsets;

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
        String page = new String(html, StandardCharsets.UTF_8);
        String tag = "<script src=\"" + SCRIPT_PATH + "\" data-generation=\"" + escape(generation) + "\" data-strings=\"" + escape(strings)
                + "\"></script>\n";
        int at = lastBodyEnd(page);
        String result = at < 0 ? page + tag : page.substring(0, at) + tag + page.substring(at);
        return result.getBytes(StandardCharsets.UTF_8);
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
