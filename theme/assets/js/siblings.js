// The archive's other sites (README, "When an archive outgrows one site"; build --sibling): every query of the search
// page runs on each one's exported index too, by its URL relative to this site, and each shows its number of
// results with a link to them on that site, query and filters kept. Loaded only by sites that have siblings.
(function () {
  "use strict";
  var links = Array.prototype.slice.call(document.querySelectorAll("#search-siblings a[data-sibling]"));
  links.forEach(function (a) { a.setAttribute("data-base", a.getAttribute("href")); });
  document.addEventListener("newsarchive-search", function (e) {
    var q = e.detail.q, f = e.detail.filters;
    links.forEach(function (a) {
      var base = a.getAttribute("data-base"), count = a.parentNode.querySelector("[data-sibling-count]");
      var p = new URLSearchParams();
      if (q) p.set("q", q);
      Object.keys(f).forEach(function (k) { if (f[k]) p.set(k, f[k]); });
      a.setAttribute("href", base + (q ? "?" + p.toString() : ""));
      count.textContent = "";
      if (!q) return;
      window.NewsArchiveSearch.search(q, f, base.replace(/search\.html$/, "") + "search/").then(function (r) {
        if (!e.detail.isCurrent()) return;
        var n = r.hits.length;
        count.textContent = n === 0 ? "没有结果 · No results" : n + " 条结果 · " + n + (n === 1 ? " result" : " results");
      }).catch(function () {
        if (e.detail.isCurrent()) count.textContent = "索引未找到 · Index not found";
      });
    });
  });
})();
