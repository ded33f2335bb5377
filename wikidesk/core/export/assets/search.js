/* wikidesk static site: the search box. Reads the index from search-index.js (a global, because a browser may not
   fetch() a local file from file://). Folding and endings as wikidesk/core/export/search_fold.py. No page text is
   ever inserted as HTML: results are built with textContent. */
(function () {
  "use strict";
  var idx = window.WIKIDESK_SEARCH;
  var box = document.getElementById("search");
  var list = document.getElementById("search-results");
  if (!idx || !box || !list) { return; }
  var root = document.body.getAttribute("data-root") || "";
  var LETTERS = { "\u00e6": "ae", "\u00f8": "o", "\u00e5": "a" };

  function fold(s) {
    s = s.toLowerCase().replace(/[\u00e6\u00f8\u00e5]/g, function (c) { return LETTERS[c]; });
    return s.normalize("NFD").replace(/[\u0300-\u036f]/g, "");
  }
  function stem(w) {
    for (var i = 0; i < idx.suffixes.length; i++) {
      var suf = idx.suffixes[i];
      if (w.length - suf.length >= idx.minStem && w.slice(-suf.length) === suf) { return w.slice(0, -suf.length); }
    }
    return w;
  }
  function words(s) { return fold(s).match(/[\p{L}\p{N}]+/gu) || []; }
  function postings(term, into) {
    var s = idx.terms[term];
    if (s === undefined) { return; }
    var n = 0;
    s.split(",").forEach(function (d) { n += parseInt(d, 36); into[n] = true; });
  }
  function find(query) {
    var ws = words(query);
    if (!ws.length) { return []; }
    var found = null;
    ws.forEach(function (w, k) {
      var hits = {};
      postings(stem(w), hits);
      if (k === ws.length - 1 && w.length >= 2) {  // the word being typed: also every term it begins
        for (var t in idx.terms) { if (t.lastIndexOf(w, 0) === 0) { postings(t, hits); } }
      }
      if (found === null) { found = hits; return; }
      for (var p in found) { if (!hits[p]) { delete found[p]; } }
    });
    var out = Object.keys(found).map(Number).map(function (i) {
      var title = fold(idx.pages[i][0]);
      var score = ws.filter(function (w) { return title.indexOf(w) >= 0; }).length;
      return { page: idx.pages[i], score: score };
    });
    out.sort(function (a, b) { return b.score - a.score || a.page[0].localeCompare(b.page[0]); });
    return out.slice(0, 50);
  }
  function show(results, query) {
    list.textContent = "";
    list.hidden = !query;
    if (!query) { return; }
    if (!results.length) {
      var none = document.createElement("li");
      none.className = "none";
      none.textContent = idx.labels.none;
      list.appendChild(none);
      return;
    }
    results.forEach(function (r) {
      var li = document.createElement("li");
      var a = document.createElement("a");
      a.href = root + r.page[1];
      a.textContent = r.page[0];
      li.appendChild(a);
      if (r.page[2]) {
        var space = document.createElement("span");
        space.className = "space";
        space.textContent = " \u2014 " + r.page[2];
        li.appendChild(space);
      }
      var p = document.createElement("p");
      p.textContent = r.page[3];
      li.appendChild(p);
      list.appendChild(li);
    });
  }
  box.addEventListener("input", function () { show(find(box.value), box.value.trim()); });
  box.form.addEventListener("submit", function (e) {
    e.preventDefault();
    var first = list.querySelector("a");
    if (first) { window.location.href = first.href; }
  });
  if (box.value) { show(find(box.value), box.value.trim()); }
})();
