// The pure part of search: building lunr queries and snippets. No DOM, so Node runs it in the unit tests
// (with the real lunr.js) and the browser shares the very same code through self.HandbookSearch (in the search
// worker, which runs the queries, and on the page, which marks the matched words).
(function (factory) {
  if (typeof module === 'object' && module.exports) {
    module.exports = factory;
  } else {
    self.HandbookSearch = factory(self.lunr); // self: the page or the search worker
  }
})(function (lunr) {
  'use strict';

  // Words that join what a reader compares ("kimball vs inmon") rather than name anything: not required, so
  // that sections comparing the two match without saying "vs". A query of nothing else keeps them.
  var CONNECTORS = { vs: true, versus: true, v: true };

  // The same tokenizer, trimmer and stop-word filter as the index; the query pipeline then stems.
  function queryWords(text) {
    var words = lunr.tokenizer(text).map(function (t) {
      var trimmed = lunr.trimmer(t);
      return trimmed && lunr.stopWordFilter(trimmed) ? trimmed.toString() : '';
    }).filter(function (w) { return w.length > 0; });
    var named = words.filter(function (w) { return !CONNECTORS[w]; });
    return named.length > 0 ? named : words;
  }

  // Runs a query with idx.query (never idx.search: user text is not lunr query syntax, so "foo:", "a^" or
  // "~2" cannot throw). Each word is matched stemmed; the word being typed also as a prefix; when nothing
  // matches, words are matched with one or two typos.
  function run(index, text) {
    var words = queryWords(text);
    if (words.length === 0) { return { results: [], words: [], terms: [], fuzzy: false }; }
    var partial = /[^\s\-]$/.test(text) ? words[words.length - 1] : null;
    var clauses = function (strict) {
      return function (q) {
        words.forEach(function (w) {
          var required = strict;
          q.term(w, { boost: 10, presence: required ? lunr.Query.presence.REQUIRED : lunr.Query.presence.OPTIONAL });
          if (w === partial && w.length > 1) {
            q.term(w, { usePipeline: false, wildcard: lunr.Query.wildcard.TRAILING, boost: 2 });
          }
        });
      };
    };
    // Sections with every word (stemmed) come first; then the rest, so that nothing is lost. The word being
    // typed also matches as a prefix: in the first pass only as a bonus, in the second on its own.
    var all = words.length > 1 ? index.query(clauses(true)) : [];
    var seen = {};
    all.forEach(function (r) { seen[r.ref] = true; });
    var results = all.concat(index.query(clauses(false)).filter(function (r) { return !seen[r.ref]; }));
    var fuzzy = false;
    if (results.length === 0) {
      fuzzy = true;
      results = index.query(function (q) {
        words.forEach(function (w) {
          q.term(w, { usePipeline: false, editDistance: w.length > 4 ? 2 : 1, boost: 1 });
          q.term(w, { editDistance: 1, boost: 1 });
        });
      });
    }
    var matched = {};
    results.forEach(function (r) {
      Object.keys(r.matchData.metadata).forEach(function (term) { matched[term] = true; });
    });
    return { results: results, words: words, terms: Object.keys(matched), fuzzy: fuzzy };
  }

  // Whether a word of text is one of the index terms the query matched (lunr lists them, prefix and typo
  // matches expanded), compared as the index saw it: trimmed, lower-cased, stemmed.
  function isHit(word, terms) {
    var w = word.toLowerCase().replace(/^\W+/, '').replace(/\W+$/, '');
    if (!w) { return false; }
    var stem = lunr.stemmer(new lunr.Token(w)).toString();
    return terms.some(function (t) { return t && (stem === t || w === t); });
  }

  // Splits text into [{text, hit}] pieces so callers can wrap hits in <mark> through the DOM; only the word
  // itself is a hit, not the punctuation around it.
  function pieces(text, terms) {
    var out = [];
    var re = /[^\s\-]+/g;
    var last = 0;
    var m;
    while ((m = re.exec(text)) !== null) {
      if (isHit(m[0], terms)) {
        var lead = /^\W*/.exec(m[0])[0].length;
        var core = m[0].replace(/\W+$/, '').length;
        var start = m.index + lead;
        var end = m.index + Math.max(core, lead);
        if (start > last) { out.push({ text: text.slice(last, start), hit: false }); }
        out.push({ text: text.slice(start, end), hit: true });
        last = end;
      }
    }
    if (last < text.length) { out.push({ text: text.slice(last), hit: false }); }
    return out;
  }

  // Where the first word of text that is a hit starts, or -1.
  function firstHit(text, terms) {
    var re = /[^\s\-]+/g;
    var m;
    while ((m = re.exec(text)) !== null) {
      if (isHit(m[0], terms)) { return m.index; }
    }
    return -1;
  }

  // About 180 characters around the first hit, cut at word boundaries, with ellipses.
  function snippet(text, terms) {
    var at = firstHit(text, terms);
    if (at < 0) { return text.slice(0, 160) + (text.length > 160 ? '…' : ''); }
    var start = Math.max(0, at - 60);
    var end = Math.min(text.length, at + 120);
    if (start > 0) { start = text.indexOf(' ', start) + 1 || start; }
    return (start > 0 ? '…' : '') + text.slice(start, end) + (end < text.length ? '…' : '');
  }

  return { queryWords: queryWords, run: run, isHit: isHit, firstHit: firstHit, pieces: pieces, snippet: snippet };
});
