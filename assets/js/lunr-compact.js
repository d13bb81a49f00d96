// Loads a lunr index shipped in compact form ("lunr-compact/1", written by the Java builder's
// LunrCompactJsonWriter): for each field of each document, its distinct terms (already tokenised, trimmed,
// stop-word filtered and stemmed) with their frequencies. lunr.js's own builder then does the rest -- term
// numbering, field lengths, BM25 vectors, the inverted index and the token set -- so the result is the index
// lunr.js builds from the original documents; the tests check JSON.stringify(index) byte for byte.
// The compact form is about a quarter of lunr's serialised index, gzipped.
//
// Usage: LunrCompact.load(lunr, json) -> lunr.Index   (browser: window.LunrCompact; Node: require(...))
(function (factory) {
  if (typeof module === 'object' && module.exports) {
    module.exports = factory();
  } else {
    self.LunrCompact = factory(); // self: the page or the search worker
  }
})(function () {
  'use strict';
  var FORMAT = 'lunr-compact/1';

  function fail(message) {
    throw new Error('lunr-compact: ' + message);
  }

  // The tokens of one run: term n is previous + 1 + n; a negative -k repeats the previous term k more times.
  function expand(run, tokens) {
    var out = [];
    var term = -1;
    for (var i = 0; i < run.length; i++) {
      var n = run[i];
      if (n >= 0) {
        term += 1 + n;
        if (term >= tokens.length) { fail('term ' + term + ' is not in the term list'); }
        out.push(tokens[term]);
      } else {
        if (term < 0) { fail('a run starts with a repeat count'); }
        for (var k = 0; k < -n; k++) { out.push(tokens[term]); }
      }
    }
    return out;
  }

  function load(lunr, data) {
    if (!data || data.format !== FORMAT) { fail('not in the ' + FORMAT + ' format'); }
    if (data.version !== lunr.version) {
      fail('built for lunr ' + data.version + ', loaded with lunr ' + lunr.version);
    }
    var tokens = data.terms.map(function (t) { return new lunr.Token(t, {}); });
    var fieldCount = data.fields.length;
    var current = null;
    return lunr(function () {
      var builder = this;
      // The terms are final: no tokenizer, trimmer, stop-word filter or stemmer at build time. The search
      // pipeline (the stemmer, for queries) stays as lunr() set it.
      builder.pipeline.reset();
      builder.tokenizer = function (fieldTokens) { return fieldTokens; };
      builder.ref(data.ref);
      data.fields.forEach(function (field, k) {
        builder.field(field[0], { boost: field[1], extractor: function () { return current[k]; } });
      });
      data.documents.forEach(function (d) {
        if (d.length !== fieldCount + 2) { fail('document ' + d[0] + ' does not have ' + fieldCount + ' fields'); }
        current = [];
        for (var k = 0; k < fieldCount; k++) { current.push(expand(d[k + 2], tokens)); }
        builder.add({ [data.ref]: d[0] }, { boost: d[1] });
      });
    });
  }

  return { FORMAT: FORMAT, load: load };
});
