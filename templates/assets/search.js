/*
 * The search page: reads the form, keeps the query in the URL (?q=…&year=…) so a search can be
 * linked and Back works, and shows results as a list of links, announced through the status line
 * (an aria-live region). Runs after search-index.js and search-snippet.js (all deferred, in order).
 */
(function () {
  "use strict";

  var PAGE_SIZE = 20;
  var FIELDS = ["q", "year", "type", "issuer"];
  var MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
  var api = window.archiveSearch;
  var form, status, list, more, index, rootUrl, pageSuffix;
  var current = { ids: [], words: [], shown: 0 };
  var generation = 0;
  var typingTimer = 0;
  var shownKey = null;

  // The one place a result link is formed: the site root as seen from this page, then the statement's
  // folder, then "index.html" in the offline copy (a folder opened from disk is a listing, not a page).
  function pageUrl(sitePath) { return rootUrl + sitePath + pageSuffix; }

  function readForm() {
    var state = {};
    FIELDS.forEach(function (name) { state[name] = form.elements[name].value; });
    return state;
  }

  function readUrl() {
    var params = new URLSearchParams(location.search), state = {};
    FIELDS.forEach(function (name) { state[name] = params.get(name) || ""; });
    return state;
  }

  function fillForm(state) {
    FIELDS.forEach(function (name) { form.elements[name].value = state[name]; });
  }

  function writeUrl(state, push) {
    var params = new URLSearchParams();
    FIELDS.forEach(function (name) { if (state[name]) params.set(name, state[name]); });
    var query = params.toString(), url = query ? "?" + query : location.pathname;
    if ((query ? "?" + query : "") === location.search) return;
    try {
      if (push) history.pushState(null, "", url); else history.replaceState(null, "", url);
    } catch (e) {
      // Some browsers refuse history changes on file:// pages; the search itself still works.
    }
  }

  function dateText(date) {
    return (date % 100) + " " + MONTHS[Math.floor(date / 100) % 100 - 1] + " " + Math.floor(date / 10000);
  }

  function isoDate(date) {
    var s = String(date);
    return s.slice(0, 4) + "-" + s.slice(4, 6) + "-" + s.slice(6, 8);
  }

  function element(name, className, text) {
    var node = document.createElement(name);
    if (className) node.className = className;
    if (text !== undefined) node.textContent = text;
    return node;
  }

  function item(id, doc, words) {
    var meta = index.meta, date = index.dates[id];
    var li = element("li", "item"), heading = element("h3"), link = element("a");
    link.href = pageUrl(doc[1]);
    api.highlight(link, doc[0], words);
    heading.appendChild(link);
    li.appendChild(heading);
    var facts = element("p", "meta"), time = element("time", "", dateText(date));
    time.dateTime = isoDate(date);
    facts.appendChild(time);
    facts.appendChild(document.createTextNode(" · " + meta.types[Number(meta.docTypes.charAt(id))] + " · " + meta.issuers[index.issuers[id]]));
    if (doc[2]) {
      facts.appendChild(document.createTextNode(" · "));
      api.highlight(facts.appendChild(element("span", "ref")), doc[2], words);
    }
    li.appendChild(facts);
    var excerpt = element("p", "excerpt");
    api.snippet(excerpt, doc[3], words);
    if (doc[4]) { // a statement in another language than the site's, perhaps written right to left
      heading.lang = excerpt.lang = doc[4];
      heading.dir = excerpt.dir = "auto";
    }
    li.appendChild(excerpt);
    return li;
  }

  function describe(state, total, shown) {
    var what = state.q.trim() ? " for “" + state.q.trim() + "”" : "";
    var filters = [state.year, state.type && index.meta.types[index.meta.typeSlugs.indexOf(state.type)], state.issuer].filter(Boolean);
    var where = filters.length ? " (" + filters.join(", ") + ")" : "";
    if (!total) return "No statement found" + what + where + ".";
    var count = total === 1 ? "1 statement found" : total + " statements found";
    return count + what + where + (shown < total ? "; showing the first " + shown + "." : ".");
  }

  // Appends the next page of results; `generation` drops answers to queries typed over since.
  function showMore(state, run) {
    var ids = current.ids.slice(current.shown, current.shown + PAGE_SIZE);
    return index.documents(ids).then(function (docs) {
      if (run !== generation) return;
      var fragment = document.createDocumentFragment();
      ids.forEach(function (id) { fragment.appendChild(item(id, docs.get(id), current.words)); });
      var firstNew = fragment.firstChild, pressed = document.activeElement === more;
      list.appendChild(fragment);
      current.shown += ids.length;
      more.hidden = current.shown >= current.ids.length;
      // The button the reader pressed is gone: their place is the first result it brought, not the top of the page.
      if (more.hidden && pressed && firstNew) firstNew.querySelector("a").focus();
      status.textContent = describe(state, current.ids.length, current.shown);
    });
  }

  // Runs a search unless its results are already on screen: re-rendering them would take the focus
  // away from a result the reader has tabbed to.
  function run(state) {
    var key = FIELDS.map(function (name) { return state[name]; }).join("\u0000");
    if (!index || key === shownKey) return;
    shownKey = key;
    var mine = ++generation;
    if (!state.q.trim() && !state.year && !state.type && !state.issuer) {
      list.textContent = "";
      more.hidden = true;
      status.textContent = status.dataset.intro;
      return;
    }
    index.search(state).then(function (found) {
      if (mine !== generation) return;
      current = { ids: found.ids, words: found.words, shown: 0 };
      list.textContent = "";
      return showMore(state, mine);
    }).catch(failed);
  }

  function failed(error) {
    shownKey = null;
    status.textContent = "The search index could not be loaded (" + error.message + ").";
  }

  function start() {
    form = document.getElementById("search-form");
    status = document.getElementById("search-status");
    list = document.getElementById("search-results");
    more = document.getElementById("search-more");
    if (!form) return;
    rootUrl = form.dataset.root;
    pageSuffix = form.getAttribute("data-page-suffix") || "";
    api.setDataUrl(form.dataset.data);
    status.dataset.intro = status.textContent;

    form.addEventListener("submit", function (event) {
      event.preventDefault();
      clearTimeout(typingTimer);
      var state = readForm();
      writeUrl(state, true);
      run(state);
    });
    form.elements.q.addEventListener("input", function () {
      clearTimeout(typingTimer);
      typingTimer = setTimeout(function () { var state = readForm(); writeUrl(state, false); run(state); }, 150);
    });
    form.addEventListener("change", function (event) {
      if (event.target.name === "q") return;
      var state = readForm();
      writeUrl(state, true);
      run(state);
    });
    // A press while the next page is on its way (a double click) is the same request: taking it again
    // would add that page twice and skip the one after.
    var loadingMore = false;
    more.addEventListener("click", function () {
      if (loadingMore) return;
      loadingMore = true;
      showMore(readForm(), generation).catch(failed).then(function () { loadingMore = false; });
    });
    window.addEventListener("popstate", function () { var state = readUrl(); fillForm(state); run(state); });

    var initial = readUrl();
    fillForm(initial);
    api.load("meta").then(function (meta) {
      index = new api.Index(meta);
      run(readForm());
    }).catch(failed);
  }

  // Deferred scripts run while the document is "interactive", before meta.js (the next deferred
  // script) has run; waiting for DOMContentLoaded lets it arrive first instead of being loaded twice.
  var started = false;
  function once() { if (!started) { started = true; start(); } }
  if (document.readyState === "complete") once();
  else { document.addEventListener("DOMContentLoaded", once); window.addEventListener("load", once); }
}());
