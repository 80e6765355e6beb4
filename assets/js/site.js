/* The language switch opens the other language at the section being read: section ids are
   the same in every language, so the section's id is added to the switch link's address.
   Without JavaScript the switch still opens the same page, at its top. */
(function () {
  "use strict";
  function currentSection() {
    var headings = document.querySelectorAll("main h2[id], main h3[id], main [id^='cite-']");
    var current = null;
    for (var i = 0; i < headings.length; i++) {
      if (headings[i].getBoundingClientRect().top <= 80) {
        current = headings[i].id;
      }
    }
    if (!current && location.hash && window.scrollY > 0) {
      current = location.hash.slice(1);
    }
    return current;
  }
  function aim(link) {
    var id = currentSection();
    link.href = link.href.split("#")[0] + (id ? "#" + encodeURIComponent(id) : "");
  }
  ["pointerdown", "focusin", "click"].forEach(function (type) {
    document.addEventListener(type, function (event) {
      var link = event.target.closest && event.target.closest("a[data-lang-switch]");
      if (link) {
        aim(link);
      }
    }, true);
  });
}());
