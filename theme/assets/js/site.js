// The language switch and the citation copy button. Everything here is an enhancement: without
// JavaScript the site reads in Chinese with English content shown where it exists.
(function () {
  "use strict";
  var KEY = "newsarchive-lang";
  var root = document.documentElement;

  function current() {
    return root.classList.contains("ui-en") ? "en" : "zh";
  }

  // Keep the reader's place: the element at the top of the viewport stays where it was after labels change length.
  function anchorElement() {
    var main = document.getElementById("main");
    if (!main) return null;
    var x = Math.min(window.innerWidth / 2, 200);
    for (var y = 8; y < window.innerHeight; y += 24) {
      var el = document.elementFromPoint(x, y);
      if (el && main.contains(el)) return el;
    }
    return null;
  }

  function setLanguage(lang) {
    var anchor = anchorElement();
    var before = anchor ? anchor.getBoundingClientRect().top : 0;
    root.classList.remove("ui-zh", "ui-en");
    root.classList.add(lang === "en" ? "ui-en" : "ui-zh");
    try {
      localStorage.setItem(KEY, lang);
    } catch (e) {
      // Not remembered, but the switch still works for this page.
    }
    if (anchor && window.scrollY > 0) {
      window.scrollBy({ top: anchor.getBoundingClientRect().top - before, behavior: "instant" });
    }
    updateSwitch();
  }

  function updateSwitch() {
    var buttons = document.querySelectorAll("[data-lang-switch]");
    for (var i = 0; i < buttons.length; i++) {
      buttons[i].setAttribute("aria-pressed", current() === "en" ? "true" : "false");
    }
  }

  function copyText(text, done) {
    if (navigator.clipboard && window.isSecureContext) {
      navigator.clipboard.writeText(text).then(done, function () { fallbackCopy(text, done); });
    } else {
      fallbackCopy(text, done);
    }
  }

  function fallbackCopy(text, done) {
    var area = document.createElement("textarea");
    area.value = text;
    area.setAttribute("readonly", "");
    area.className = "visually-hidden";
    document.body.appendChild(area);
    area.select();
    try {
      document.execCommand("copy");
      done();
    } catch (e) {
      // Nothing more to try: the citation stays on the page to copy by hand.
    }
    document.body.removeChild(area);
  }

  // The chrome all pages share comes once, at the top of this file (the build writes it there); pages with it in their HTML (home, about, 404) keep theirs.
  // Its links are site-root paths, made relative by data-root; a paper's page keeps only its own feed.
  function insertChrome() {
    var c = window.NewsArchiveChrome, bar = document.querySelector('[data-chrome="bar"]'), nav = document.querySelector('[data-chrome="nav"]'),
      search = document.querySelector('[data-chrome="search"]'), foot = document.querySelector(".colophon");
    if (!c) return;
    var up = (root.getAttribute("data-root") || "").replace(/index\.html$/, "");
    function local(html) { return html.replace(/ (href|action)="\//g, function (_, n) { return " " + n + '="' + up; }); }
    // Into places the page keeps for them, as high as they will be, so nothing below moves.
    if (bar) bar.outerHTML = local(c.bar);
    if (search && c.search) search.outerHTML = local(c.search);
    if (nav) {
      nav.outerHTML = local(c.nav);
      var s = /(?:^|\s)section-(\S+)/.exec(document.body.className);
      var at = s && document.querySelector('.main-nav [data-s="' + s[1] + '"]');
      if (at) at.setAttribute("aria-current", "page");
    }
    if (foot && !foot.querySelector(".colophon-links")) {
      foot.insertAdjacentHTML("beforeend", local(c.foot));
      var feeds = {}, links = document.querySelectorAll('link[type="application/atom+xml"]'), items = foot.querySelectorAll("[data-feed]");
      for (var i = 0; i < links.length; i++) feeds[links[i].href] = 1;
      for (var j = 0; j < items.length; j++) if (!feeds[items[j].firstChild.href]) items[j].remove();
    }
  }

  // The English citation is made here from the page's JSON-LD (headline, English title, authors, paper, date, page),
  // in Citation.En's form: the page carries the Chinese one only. Without JavaScript the interface is Chinese anyway.
  var MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
  function citeInEnglish() {
    var zh = document.getElementById("citation-zh"), ld = document.querySelector('script[type="application/ld+json"]');
    if (!zh || !ld || document.getElementById("citation-en")) return;
    var a;
    try { a = JSON.parse(ld.textContent); } catch (e) { return; }
    var d = /^(\d{4})-(\d\d)-(\d\d)$/.exec(a.datePublished || "");
    if (!d || !a.publisher) return;
    var authors = (a.author || []).map(function (p) { return p.name; }).join(", ");
    var text = (authors ? authors + ". " : "") + "\u201c" + a.headline + "\u201d" + (a.alternateName ? " [" + a.alternateName + "]" : "") +
      ". " + a.publisher.alternateName + ", " + (+d[3]) + " " + MONTHS[d[2] - 1] + " " + d[1] + ", p. " + a.printPage + "." + (a.url ? " " + a.url : "");
    var p = document.createElement("p");
    p.className = "citation l-en";
    p.lang = "en";
    p.id = "citation-en";
    p.textContent = text;
    zh.after(p);
  }

  function init() {
    insertChrome();
    citeInEnglish();
    var buttons = document.querySelectorAll("[data-lang-switch]");
    for (var i = 0; i < buttons.length; i++) {
      buttons[i].hidden = false;
      buttons[i].addEventListener("click", function () {
        setLanguage(current() === "en" ? "zh" : "en");
      });
    }
    updateSwitch();

    var copy = document.querySelector("[data-copy]");
    if (copy) {
      var doneMark = document.querySelector("[data-copy-done]");
      copy.hidden = false;
      copy.addEventListener("click", function () {
        var id = current() === "en" ? "citation-en" : "citation-zh";
        var source = document.getElementById(id);
        if (!source) return;
        copyText(source.textContent.trim(), function () {
          if (doneMark) {
            doneMark.hidden = false;
            setTimeout(function () { doneMark.hidden = true; }, 2000);
          }
        });
      });
    }
  }

  // Another tab changed the language: follow it.
  window.addEventListener("storage", function (e) {
    if (e.key === KEY && e.newValue && e.newValue !== current()) setLanguage(e.newValue);
  });

  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", init);
  else init();
})();
