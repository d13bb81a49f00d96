// The search worker: loads the compact index, has lunr.js rebuild it (LunrCompact.load) and runs the queries,
// all off the page's main thread, so that typing never waits for the index. Started by search.js on first use.
//
// Messages in:  {id, type: 'load', url}                    -> {id, ms, documents}     (index fetched and rebuilt)
//               {id, type: 'query', text}                  -> {id, refs, words, terms, fuzzy}
//               {id, type: 'serialise'}                    -> {id, json, ms}  (JSON.stringify of the index: the identity test)
//               {id, type: 'resources'}                    -> {id, entries}   (what the worker downloaded: the weight test)
// Failures answer {id, error}. Queries wait for the index; a failed load may be retried with a new 'load'.
/* global importScripts, lunr, LunrCompact, HandbookSearch */
importScripts('lunr.min.js', 'lunr-compact.js', 'search-core.js');

var ready = null;
var index = null;
var built = null;

function load(url) {
  if (ready) { return ready; }
  ready = fetch(url).then(function (r) {
    if (!r.ok) { throw new Error('could not load the search index'); }
    return r.json();
  }).then(function (compact) {
    var start = Date.now();
    index = LunrCompact.load(lunr, compact);
    built = { ms: Date.now() - start, documents: compact.documents.length };
    return built;
  });
  ready.catch(function () { ready = null; });
  return ready;
}

function answer(message) {
  switch (message.type) {
    case 'load':
      return load(message.url);
    case 'query':
      if (!ready) { return Promise.reject(new Error('the index is not loaded')); }
      return ready.then(function () {
        var found = HandbookSearch.run(index, message.text);
        // Only what the page needs: refs in rank order, not lunr's match data.
        return { refs: found.results.map(function (r) { return r.ref; }), words: found.words, terms: found.terms, fuzzy: found.fuzzy };
      });
    case 'serialise':
      if (!ready) { return Promise.reject(new Error('the index is not loaded')); }
      return ready.then(function () { return { json: JSON.stringify(index), ms: built.ms }; });
    case 'resources':
      return Promise.resolve({ entries: performance.getEntriesByType('resource').filter(function (e) { return e.responseEnd > 0; })
        .map(function (e) { return { url: e.name, status: e.responseStatus, transfer: e.transferSize, decoded: e.decodedBodySize }; }) });
    default:
      return Promise.reject(new Error('unknown message ' + message.type));
  }
}

self.onmessage = function (e) {
  var id = e.data && e.data.id;
  answer(e.data || {}).then(function (out) {
    out.id = id;
    self.postMessage(out);
  }, function (err) {
    self.postMessage({ id: id, error: String(err && err.message || err) });
  });
};
