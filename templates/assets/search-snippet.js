/*
 * Snippets and highlighting for search results. Statement text is untrusted: it reaches the page
 * only as text nodes and <mark> elements made with createElement, never as HTML. A long statement's
 * snippet text is its opening and passages from further on, joined by " … " (SearchPassageBuilder.cs):
 * a snippet keeps to the passages its matches are in.
 */
(function () {
  "use strict";

  var SNIPPET_CHARS = 240;
  var LEAD_CHARS = 60;
  var MAX_HITS = 200;
  var GAP = "\u2026";
  // In page text, combining marks stay inside a word so a decomposed "é" does not cut it in two.
  var TEXT_WORD = new RegExp("[\\p{L}\\p{Nd}\\p{Mn}]+", "gu");
  var api = window.archiveSearch;

  // Which query word (index into words) a word of the page matches, or -1.
  function matcher(words) {
    return function (word) {
      var term = api.fold(word);
      for (var i = 0; i < words.length; i++) {
        if (term === words[i].term || (words[i].prefix && term.indexOf(words[i].term) === 0)) return i;
      }
      return -1;
    };
  }

  function hitsIn(text, match, limit) {
    var hits = [], m;
    TEXT_WORD.lastIndex = 0;
    while ((m = TEXT_WORD.exec(text)) !== null && hits.length < limit) {
      var which = match(m[0]);
      if (which >= 0) hits.push({ start: m.index, end: m.index + m[0].length, word: which });
    }
    return hits;
  }

  // Appends text[from, to) to parent, with the hits inside that range wrapped in <mark>.
  function appendMarked(parent, text, from, to, hits) {
    var at = from;
    hits.forEach(function (hit) {
      if (hit.start < from || hit.end > to) return;
      if (hit.start > at) parent.appendChild(document.createTextNode(text.slice(at, hit.start)));
      var mark = document.createElement("mark");
      mark.textContent = text.slice(hit.start, hit.end);
      parent.appendChild(mark);
      at = hit.end;
    });
    if (to > at) parent.appendChild(document.createTextNode(text.slice(at, to)));
  }

  // The window of text that holds the most different query words, earliest first.
  function bestStart(hits, count) {
    var best = 0, bestWords = 0;
    for (var i = 0; i < hits.length; i++) {
      var seen = new Set();
      for (var j = i; j < hits.length && hits[j].start < hits[i].start + SNIPPET_CHARS - LEAD_CHARS; j++) seen.add(hits[j].word);
      if (seen.size > bestWords) { bestWords = seen.size; best = hits[i].start; }
      if (bestWords === count) break;
    }
    return best;
  }

  function wordBoundary(text, at, forward) {
    if (at <= 0) return 0;
    if (at >= text.length) return text.length;
    var space = forward ? text.indexOf(" ", at) : text.lastIndexOf(" ", at);
    return space < 0 ? (forward ? text.length : 0) : (forward ? space : space + 1);
  }

  api.highlight = function (parent, text, words) {
    appendMarked(parent, text, 0, text.length, hitsIn(text, matcher(words), MAX_HITS));
  };

  // Fills parent with about SNIPPET_CHARS of text around the query words ("…" where it was cut).
  api.snippet = function (parent, text, words) {
    text = text.replace(/\s+/g, " ").trim();
    var hits = words.length ? hitsIn(text, matcher(words), MAX_HITS) : [];
    var start = 0;
    if (hits.length) {
      var first = bestStart(hits, words.length);
      start = wordBoundary(text, first - LEAD_CHARS, false);
      var before = text.lastIndexOf(GAP, first);
      if (before >= start) start = Math.min(first, before + 2);
    }
    var end = wordBoundary(text, start + SNIPPET_CHARS, true);
    var last = start;
    hits.forEach(function (hit) { if (hit.start >= start && hit.end <= end) last = hit.end; });
    var after = text.indexOf(GAP, last);
    if (after >= 0 && after < end) end = Math.max(last, after - 1);
    if (start > 0) parent.appendChild(document.createTextNode("…"));
    appendMarked(parent, text, start, end, hits);
    if (end < text.length) parent.appendChild(document.createTextNode("…"));
  };
}());
