/*
 * The search index in the browser: loading its files and answering a query. The generator writes
 * the index as script files (search/data/*.js, each one call to archiveSearch.add), because a page
 * opened from disk may load scripts but not fetch files. meta.js comes with the page; term shards
 * (by word prefix) and document shards (titles, links, snippet text) are loaded when a query needs them, by
 * adding <script> elements. Written in ES5 with Promises so the minifier and older phones take it as it is.
 */
(function () {
  "use strict";

  // A prefix such as "sec" can match hundreds of terms; the commonest ones are the likely intent.
  var MAX_EXPANSIONS = 64;
  // Must match SearchTokenizer.cs: accents folded with the manifest's table, combining marks dropped, lower case, then letters and decimal digits.
  var WORD = new RegExp("[\\p{L}\\p{Nd}]+", "gu");
  var MARK = new RegExp("\\p{Mn}", "gu");
  var DIGIT = new RegExp("^\\p{Nd}$", "u");

  var arrived = Object.create(null);
  var waiting = Object.create(null);
  var requested = Object.create(null);
  var dataUrl = "";
  var folding = new Map();

  var api = window.archiveSearch = {
    add: function (name, data) {
      arrived[name] = data;
      if (waiting[name]) waiting[name](data);
    },
    setDataUrl: function (url) { dataUrl = url; },
    load: load,
    fold: fold
  };

  function scriptUrl(name) { return dataUrl + name + ".js"; }

  function load(name) {
    if (name in arrived) return Promise.resolve(arrived[name]);
    if (!requested[name]) {
      requested[name] = new Promise(function (resolve, reject) {
        waiting[name] = resolve;
        var script = document.createElement("script");
        script.src = scriptUrl(name);
        script.async = true;
        script.onerror = function () { reject(new Error("could not load " + script.src)); };
        document.head.appendChild(script);
      });
    }
    return requested[name];
  }

  function fold(text) {
    var out = "";
    for (var i = 0; i < text.length; i++) {
      var c = text.charAt(i);
      out += c < "\u0080" ? c : (folding.get(c) || c);
    }
    return out.replace(MARK, "").toLowerCase();
  }

  function Index(meta) {
    this.meta = meta;
    this.stop = new Set(meta.stop);
    this.shardOf = new Map(meta.shards.map(function (key, i) { return [key, i]; }));
    this.digit = new Int8Array(128).fill(-1);
    for (var i = 0; i < meta.alphabet.length; i++) this.digit[meta.alphabet.charCodeAt(i)] = i;
    this.terms = Object.create(null);
    for (var p = 0; p + 1 < meta.fold.length; p += 2) folding.set(meta.fold.charAt(p), meta.fold.charAt(p + 1));
    // SearchScriptBuilder.cs: dates as zigzag distances below the previous one, issuers and lengths as they are.
    var below = this.numbers(meta.dates), dates = new Int32Array(below.length), previous = 0;
    for (var d = 0; d < below.length; d++) {
      previous -= below[d] % 2 ? -(below[d] + 1) / 2 : below[d] / 2;
      dates[d] = previous;
    }
    this.dates = dates;
    this.count = dates.length;
    this.issuers = this.numbers(meta.docIssuers);
    // First document of each document shard.
    var sizes = this.numbers(meta.docShards);
    this.shardStarts = [];
    for (var s = 0, first = 0; s < sizes.length; first += sizes[s++]) this.shardStarts.push(first);
    // The document part of BM25, k1·(1 − b + b·dl/avgdl), once per document (PostingEncoder.Weight).
    var lengths = this.numbers(meta.lengths), total = 0;
    for (var l = 0; l < lengths.length; l++) total += lengths[l];
    var average = Math.max(1, total / Math.max(1, this.count));
    this.norm = new Float64Array(this.count);
    for (var n = 0; n < this.count; n++) this.norm[n] = meta.k1 * (1 - meta.b + meta.b * lengths[n] / average);
  }

  // PostingEncoder.cs: numbers in 5-bit digits, most significant first; digits 32..63 say more follow.
  Index.prototype.numbers = function (text) {
    var out = [], value = 0;
    for (var i = 0; i < text.length; i++) {
      var d = this.digit[text.charCodeAt(i)];
      if (d >= 32) { value = value * 32 + (d - 32); continue; }
      out.push(value * 32 + d);
      value = 0;
    }
    return out;
  };

  Index.prototype.keep = function (term) {
    return term.length <= 32 && !this.stop.has(term) && (term.length > 1 || DIGIT.test(term));
  };

  // Query words in order, without repeats; the last one is a prefix unless a space follows it.
  Index.prototype.parse = function (query) {
    var self = this, seen = new Set(), words = [];
    (fold(query).match(WORD) || []).forEach(function (term) {
      if (self.keep(term) && !seen.has(term)) { seen.add(term); words.push({ term: term, prefix: false }); }
    });
    if (words.length && !/\s$/.test(query) && words[words.length - 1].term.length >= 3) words[words.length - 1].prefix = true;
    return words;
  };

  // As SearchShardPlanner.cs: a term lives in the shard with the longest key that begins it.
  Index.prototype.shardsFor = function (word) {
    var points = Array.from(word.term), found = [];
    for (var n = Math.min(points.length, 6); n > 0; n--) {
      var key = points.slice(0, n).join("");
      if (this.shardOf.has(key)) { found.push(this.shardOf.get(key)); break; }
    }
    if (word.prefix) {
      this.meta.shards.forEach(function (key, i) {
        if (key.length > word.term.length && key.indexOf(word.term) === 0) found.push(i);
      });
    }
    return found;
  };

  Index.prototype.loadShards = function (words) {
    var self = this, wanted = new Set();
    words.forEach(function (word) { self.shardsFor(word).forEach(function (i) { wanted.add(i); }); });
    return Promise.all(Array.from(wanted).map(function (i) {
      var name = "t/" + self.meta.shardFiles[i];
      return load(name).then(function (entries) {
        entries.forEach(function (entry) { self.terms[entry[0]] = entry[1]; });
      });
    }));
  };

  // PostingEncoder.cs: per posting, twice the gap to the previous document plus one if a frequency above one follows.
  Index.prototype.decode = function (postings) {
    var digit = this.digit, docs = [], frequencies = [], doc = -1, value = 0, frequencyNext = false;
    for (var i = 0; i < postings.length; i++) {
      var d = digit[postings.charCodeAt(i)];
      if (d >= 32) { value = value * 32 + (d - 32); continue; }
      value = value * 32 + d;
      if (frequencyNext) {
        frequencies[frequencies.length - 1] = value + 2;
        frequencyNext = false;
      } else {
        doc += Math.floor(value / 2) + 1;
        docs.push(doc);
        frequencies.push(1);
        frequencyNext = value % 2 === 1;
      }
      value = 0;
    }
    return { docs: docs, frequencies: frequencies };
  };

  // Score of each document for one query word: BM25, idf from the list's length, the frequency factor
  // from the stored frequency and the document's length. A prefix counts by its best-scoring term.
  Index.prototype.scores = function (word) {
    var self = this, n = this.count, k1 = this.meta.k1, norm = this.norm;
    var score = new Float64Array(n), docs = [], matched = [];
    var candidates = word.prefix
      ? Object.keys(this.terms).filter(function (t) { return t.indexOf(word.term) === 0; })
      : (word.term in this.terms ? [word.term] : []);
    candidates = candidates.map(function (t) { return { term: t, list: self.decode(self.terms[t]) }; })
      .sort(function (a, b) { return b.list.docs.length - a.list.docs.length || (a.term < b.term ? -1 : 1); })
      .slice(0, MAX_EXPANSIONS);
    candidates.forEach(function (c) {
      matched.push(c.term);
      var list = c.list, df = list.docs.length, idf = Math.log(1 + (n - df + 0.5) / (df + 0.5));
      for (var i = 0; i < df; i++) {
        var doc = list.docs[i], tf = list.frequencies[i];
        var s = idf * (tf * (k1 + 1) / (tf + norm[doc]));
        if (score[doc] === 0) docs.push(doc);
        if (s > score[doc]) score[doc] = s;
      }
    });
    return { score: score, docs: docs, matched: matched };
  };

  Index.prototype.filter = function (state) {
    var meta = this.meta, dates = this.dates, issuers = this.issuers;
    var year = state.year ? Number(state.year) : 0;
    var type = state.type ? String(meta.typeSlugs.indexOf(state.type)) : "";
    var issuer = state.issuer ? meta.issuers.indexOf(state.issuer) : -1;
    return function (id) {
      if (year && Math.floor(dates[id] / 10000) !== year) return false;
      if (type && meta.docTypes.charAt(id) !== type) return false;
      if (state.issuer && issuers[id] !== issuer) return false;
      return true;
    };
  };

  // Ids of matching documents, best first (newest first among equals, and for filters alone), and the terms that matched.
  Index.prototype.search = function (state) {
    var self = this, words = this.parse(state.q), keep = this.filter(state);
    if (!words.length) {
      var all = [];
      if (state.year || state.type || state.issuer) for (var id = 0; id < this.count; id++) if (keep(id)) all.push(id);
      return Promise.resolve({ ids: all, words: words, terms: [] });
    }
    return this.loadShards(words).then(function () {
      var per = words.map(function (w) { return self.scores(w); });
      var terms = [];
      per.forEach(function (p) { terms = terms.concat(p.matched); });
      per.sort(function (a, b) { return a.docs.length - b.docs.length; });
      var hits = [], first = per[0];
      for (var h = 0; h < first.docs.length; h++) {
        var id = first.docs[h], score = first.score[id];
        for (var i = 1; i < per.length && score > 0; i++) score = per[i].score[id] > 0 ? score + per[i].score[id] : 0;
        if (score > 0 && keep(id)) hits.push({ id: id, score: score });
      }
      hits.sort(function (a, b) { return b.score - a.score || a.id - b.id; });
      return { ids: hits.map(function (h) { return h.id; }), words: words, terms: terms };
    });
  };

  // Each document's [title, site path, reference, snippet text], from the document shards that hold them.
  Index.prototype.documents = function (ids) {
    var starts = this.shardStarts, shards = new Set();
    ids.forEach(function (id) { shards.add(shardIndex(starts, id)); });
    return Promise.all(Array.from(shards).map(function (s) { return load("d/" + s); })).then(function () {
      var result = new Map();
      ids.forEach(function (id) {
        var s = shardIndex(starts, id);
        result.set(id, arrived["d/" + s][id - starts[s]]);
      });
      return result;
    });
  };

  function shardIndex(starts, id) {
    var lo = 0, hi = starts.length - 1;
    while (lo < hi) {
      var mid = (lo + hi + 1) >> 1;
      if (starts[mid] <= id) lo = mid; else hi = mid - 1;
    }
    return lo;
  }

  api.Index = Index;
}());
