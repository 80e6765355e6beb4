/* The preview's live reload, added to every page the preview serves (never to the baked files).
   "reload" remembers the scroll position and reloads; "error" shows the failed bake's problems over the page;
   "hello" carries the generation of the site served now, so a page baked before reloads itself.
   A file of its own, not an inline script: the pages' Content-Security-Policy allows only the site's scripts. */
(function () {
  "use strict";
  var me = document.currentScript;
  var generation = me ? me.getAttribute("data-generation") : null;
  // the strings of data/i18n.yaml for the overlay, by language (PreviewStrings)
  var strings = JSON.parse((me && me.getAttribute("data-strings")) || "{}");
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
    // the overlay's styles are a file of the preview: the pages' Content-Security-Policy allows no inline style
    var style = document.createElement("link");
    style.rel = "stylesheet";
    style.href = "/__preview/overlay.css";
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
    text.split("\n").forEach(function (line) {
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
  var events = new EventSource("/__preview/events");
  events.addEventListener("hello", function (e) { if (generation && e.data !== generation) { reload(); } });
  events.addEventListener("reload", reload);
  // the bake's "error" events carry the problems; EventSource's own connection
  // errors (the preview was stopped) have no data and are left to its retries
  events.addEventListener("error", function (e) { if (typeof e.data === "string") { show(e.data); } });
})();
