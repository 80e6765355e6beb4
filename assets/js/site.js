/* The site's only script, loaded with defer; every page works without it except search.
   1. The language switch opens the other language at the section being read.
   2. The theme toggle (automatic, light, dark) remembers the reader's choice.
   3. Search, accent- and case-insensitive, over both languages; its index loads on first use. */
(function () {
  "use strict";
  var doc = document;

  /* 1. Section ids are the same in every language: add the current one to the switch link. */
  function sectionAtTop() {
    var marks = doc.querySelectorAll("main h2[id], main h3[id], main [id^='cite-']");
    var current = null;
    for (var i = 0; i < marks.length; i++) {
      if (marks[i].getBoundingClientRect().top <= 80) {
        current = marks[i].id;
      }
    }
    return current;
  }
  /* The switch is in the header: reaching it means scrolling back up, so remember the section
     read last (while scrolling down, or once the page rests) rather than the one at the top now. */
  var reading = null, lastY = window.scrollY, settle = 0;
  window.addEventListener("scroll", function () {
    if (window.scrollY > lastY) { reading = sectionAtTop() || reading; }
    lastY = window.scrollY;
    clearTimeout(settle);
    settle = setTimeout(function () { reading = sectionAtTop() || reading; }, 1000);
  }, { passive: true });
  function currentSection() {
    var current = sectionAtTop() || reading;
    if (!current && location.hash) {
      current = decodeURIComponent(location.hash.slice(1));
    }
    return current;
  }
  ["pointerdown", "focusin", "click"].forEach(function (type) {
    doc.addEventListener(type, function (event) {
      var link = event.target.closest && event.target.closest("a[data-lang-switch]");
      if (link) {
        var id = currentSection();
        link.href = link.href.split("#")[0] + (id ? "#" + encodeURIComponent(id) : "");
      }
    }, true);
  });

  /* 2. Theme: "auto" follows the system; the choice is kept in localStorage. The button names the
     current theme by CSS (from <html data-theme>), so its label is right from the first paint. */
  var toggle = doc.querySelector("[data-theme-toggle]");
  if (toggle) {
    var order = ["auto", "light", "dark"];
    toggle.hidden = false;
    toggle.addEventListener("click", function () {
      var theme = doc.documentElement.getAttribute("data-theme") || "auto";
      var next = order[(order.indexOf(theme) + 1) % order.length];
      if (next === "auto") {
        doc.documentElement.removeAttribute("data-theme");
      } else {
        doc.documentElement.setAttribute("data-theme", next);
      }
      try {
        if (next === "auto") { localStorage.removeItem("theme"); } else { localStorage.setItem("theme", next); }
      } catch (e) { /* storage may be off: the choice then lasts for this page */ }
    });
  }

  /* 3. Search. */
  var form = doc.querySelector("[data-search]");
  if (!form) {
    return;
  }
  var input = form.querySelector("input");
  var list = form.querySelector("ol");
  var status = form.querySelector("[role=status]");
  var lang = form.getAttribute("data-lang");
  var root = form.getAttribute("data-root");
  var loading = false;
  form.hidden = false;

  /* Accents and case folded away, one character at a time, so that where each folded character came
     from is known: with an array "from", from[i] is the index in text of the character that gave the
     folded character i, and from[folded length] is text.length. A character may fold to none (a
     combining accent), one, or more (a Hangul syllable): a position in the folded text is not one in the text. */
  function fold(text, from) {
    var folded = "";
    for (var i = 0; i < text.length; i++) {
      var code = text.charCodeAt(i), next = i + 1;
      if (code >= 0xd800 && code < 0xdc00 && next < text.length) { next++; }
      var part = code < 0x80 ? text.charAt(i).toLowerCase()
        : text.slice(i, next).normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLowerCase();
      if (from) { for (var k = 0; k < part.length; k++) { from.push(i); } }
      folded += part;
      i = next - 1;
    }
    if (from) { from.push(text.length); }
    return folded;
  }
  function load(then) {
    if (window.SEARCH_INDEX) { then(); return; }
    if (loading) { return; }
    loading = true;
    status.textContent = form.getAttribute("data-loading");
    var script = doc.createElement("script");
    script.src = form.getAttribute("data-index");
    script.onload = function () {
      window.SEARCH_INDEX.forEach(function (entry) { entry.f = fold(entry.t); entry.g = fold(entry.s + " " + entry.p); });
      then();
    };
    doc.head.appendChild(script);
  }
  /* Every query word must start a word of the section (its title, its page's title or its text). */
  function matches(entry, words) {
    var score = 0;
    for (var i = 0; i < words.length; i++) {
      var pattern = new RegExp("(^|[^a-z0-9])" + words[i].replace(/[.*+?^${}()|[\]\\]/g, "\\$&"));
      if (pattern.test(entry.g)) { score += 3; } else if (pattern.test(entry.f)) { score += 1; } else { return 0; }
    }
    return score + (entry.l === lang ? 100 : 0);
  }
  /* The text around the first word of the query, that word marked: found in the folded text, then
     mapped back to the original text (the whole of the last character it ends in). */
  function snippet(entry, word) {
    var found = new RegExp("(^|[^a-z0-9])" + word.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).exec(entry.f);
    var text = entry.t, at = 0, stop = 0;
    if (found) {
      var from = entry.from || (entry.from = []);
      if (!from.length) { fold(text, from); }
      var first = found.index + found[1].length, last = first + word.length - 1, after = last + 1;
      while (from[after] === from[last]) { after++; }
      at = from[first];
      stop = from[after];
    }
    var start = Math.max(0, at - 50);
    var end = Math.min(text.length, stop + 90);
    var frag = doc.createElement("span");
    frag.appendChild(doc.createTextNode((start > 0 ? "…" : "") + text.slice(start, at)));
    if (stop > at) {
      var mark = doc.createElement("mark");
      mark.textContent = text.slice(at, stop);
      frag.appendChild(mark);
    }
    frag.appendChild(doc.createTextNode(text.slice(stop, end) + (end < text.length ? "…" : "")));
    return frag;
  }
  /* The plural category of a count in the page's language ("one" or another), as CLDR gives it. */
  function plural(count) {
    try { return new Intl.PluralRules(lang).select(count); } catch (e) { return count === 1 ? "one" : "other"; }
  }
  function search() {
    var words = fold(input.value).split(/[^a-z0-9]+/).filter(Boolean);
    list.textContent = "";
    if (!words.length) { list.hidden = true; status.textContent = ""; return; }
    var found = [];
    window.SEARCH_INDEX.forEach(function (entry) {
      var score = matches(entry, words);
      if (score) { found.push([score, entry]); }
    });
    found.sort(function (a, b) { return b[0] - a[0]; });
    found.slice(0, 12).forEach(function (hit) {
      var entry = hit[1];
      var item = doc.createElement("li");
      var link = doc.createElement("a");
      link.href = root + entry.u;
      if (entry.l !== lang) { link.setAttribute("hreflang", entry.l); link.lang = entry.l; }
      var title = doc.createElement("strong");
      title.textContent = entry.p + (entry.s ? " › " + entry.s : "");
      link.appendChild(title);
      if (entry.l !== lang) {
        var other = doc.createElement("small");
        other.lang = lang;
        other.textContent = " (" + form.getAttribute("data-other") + ")";
        link.appendChild(other);
      }
      var text = doc.createElement("span");
      text.className = "snippet";
      text.appendChild(snippet(entry, words[0]));
      link.appendChild(text);
      item.appendChild(link);
      list.appendChild(item);
    });
    list.hidden = false;
    status.textContent = found.length ? found.length + " " + form.getAttribute(plural(found.length) === "one" ? "data-result" : "data-results")
      : form.getAttribute("data-none");
    if (!found.length) {
      var none = doc.createElement("li");
      none.textContent = form.getAttribute("data-none");
      list.appendChild(none);
    }
  }
  input.addEventListener("focus", function () { load(function () { loading = false; if (input.value) { search(); } else { status.textContent = ""; } }); });
  input.addEventListener("input", function () { load(search); });
  /* The search button (or Enter in the box) opens the first result. */
  form.addEventListener("submit", function (event) {
    event.preventDefault();
    load(function () {
      if (input.value) { search(); }
      var first = list.querySelector("a");
      if (first) { first.click(); }
    });
  });
  /* Keyboard: arrows move between results, Escape closes them. */
  form.addEventListener("keydown", function (event) {
    var links = Array.prototype.slice.call(list.querySelectorAll("a"));
    var index = links.indexOf(doc.activeElement);
    if (event.key === "ArrowDown" && links.length) {
      event.preventDefault();
      links[Math.min(links.length - 1, index + 1)].focus();
    } else if (event.key === "ArrowUp" && links.length) {
      event.preventDefault();
      if (index <= 0) { input.focus(); } else { links[index - 1].focus(); }
    } else if (event.key === "Escape") {
      list.hidden = true;
      input.focus();
    }
  });
  doc.addEventListener("click", function (event) {
    if (!form.contains(event.target)) { list.hidden = true; }
  });
}());
