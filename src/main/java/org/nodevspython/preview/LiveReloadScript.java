package org.nodevspython.preview;

import java.nio.charset.StandardCharsets;

/**
 * The script the preview adds to every HTML response, right before {@code </body>}. It is
 * added to the response only: the baked files stay exactly what {@code ./mvnw package}
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

    private static final String SCRIPT = """
            (function () {
              "use strict";
              var me = document.currentScript;
              var generation = me ? me.getAttribute("data-generation") : null;
              var strings = %1$s;
              var key = "preview-scroll:" + location.pathname + location.search;
              var saved = null;
              try { saved = sessionStorage.getItem(key); sessionStorage.removeItem(key); } catch (e) { /* storage off */ }
              if (saved !== null) {
                var y = Number(saved);
                var restore = function () { window.scrollTo(0, y); };
                restore();
                // images and fonts change the height while they load: scroll once more when all is in
                window.addEventListener("load", restore);
              }
              function reload() {
                try { sessionStorage.setItem(key, String(window.scrollY)); } catch (e) { /* storage off */ }
                location.reload();
              }
              var overlay = null;
              function hide() {
                if (overlay) { overlay.remove(); overlay = null; }
              }
              function show(text) {
                hide();
                // the strings of data/i18n.yaml in the page's language, or in the site's first language
                var t = strings[document.documentElement.lang] || strings[Object.keys(strings)[0]] || { title: "", hint: "", close: "×" };
                overlay = document.createElement("div");
                overlay.setAttribute("data-preview-overlay", "");
                // a shadow root keeps the site's own CSS off the overlay, and the overlay's off the site
                var root = overlay.attachShadow ? overlay.attachShadow({ mode: "open" }) : overlay;
                var style = document.createElement("style");
                style.textContent =
                  ".box{position:fixed;inset:0;z-index:2147483647;overflow:auto;box-sizing:border-box;padding:2rem 1rem;" +
                  "background:rgba(0,0,0,.8);font:16px/1.5 system-ui,-apple-system,'Segoe UI',sans-serif;color:#fff;text-align:left}" +
                  ".panel{max-width:60rem;margin:0 auto;background:#141414;border:3px solid #ff5c5c;border-radius:6px;padding:1rem 1.25rem}" +
                  "h2{margin:0 0 .5rem;font-size:1.25rem;color:#ffbdbd}" +
                  "ol{margin:.75rem 0;padding-left:1.5rem}" +
                  "li{margin:.35rem 0;font:14px/1.5 ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;white-space:pre-wrap;overflow-wrap:anywhere}" +
                  "p{margin:.5rem 0 0;color:#ededed}" +
                  "button{float:right;margin-left:1rem;font:inherit;font-weight:600;color:#000;background:#fff;border:0;border-radius:4px;padding:.25rem .9rem;cursor:pointer}" +
                  "button:focus-visible{outline:3px solid #ffd84d;outline-offset:2px}";
                var box = document.createElement("div");
                box.className = "box";
                var panel = document.createElement("div");
                panel.className = "panel";
                panel.setAttribute("role", "alert");
                var close = document.createElement("button");
                close.type = "button";
                close.textContent = t.close;
                close.addEventListener("click", hide);
                var title = document.createElement("h2");
                title.textContent = t.title;
                var list = document.createElement("ol");
                text.split("\\n").forEach(function (line) {
                  if (!line) { return; }
                  var item = document.createElement("li");
                  item.textContent = line;
                  list.appendChild(item);
                });
                var hint = document.createElement("p");
                hint.textContent = t.hint;
                panel.append(close, title, list, hint);
                box.appendChild(panel);
                root.append(style, box);
                document.body.appendChild(overlay);
                close.focus({ preventScroll: true });
              }
              document.addEventListener("keydown", function (e) { if (e.key === "Escape") { hide(); } });
              var events = new EventSource("%2$s");
              events.addEventListener("hello", function (e) { if (generation && e.data !== generation) { reload(); } });
              events.addEventListener("reload", reload);
              // the bake's "error" events carry the problems; EventSource's own connection
              // errors (the preview was stopped) have no data and are left to its retries
              events.addEventListener("error", function (e) { if (typeof e.data === "string") { show(e.data); } });
            })();
            """;

    private LiveReloadScript() {
    }

    /**
     * The page with the script inserted before its last {@code </body>}, or at its end when it has none.
     *
     * @param strings the overlay's strings by language, as JSON (see {@link PreviewStrings})
     */
    static byte[] inject(byte[] html, String generation, String strings) {
        String page = new String(html, StandardCharsets.UTF_8);
        String tag = "<script data-generation=\"" + escape(generation) + "\">" + SCRIPT.formatted(strings, EVENTS_PATH) + "</script>\n";
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
}
