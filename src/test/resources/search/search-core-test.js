// Exercises search-core.js with the real lunr.js: node search-core-test.js <lunr.js> <search-core.js>
const lunr = require(process.argv[2]);
const core = require(process.argv[3])(lunr);
const docs = [
  { id: '0', title: 'Consumer groups', body: 'Kafka consumers in a group share the partitions of a topic; a rebalance moves them.' },
  { id: '1', title: 'Idempotency', body: 'An idempotent write can be retried safely.' },
  { id: '2', title: 'Modules', body: 'Python modules and packages.' }
];
const idx = lunr(function () {
  this.ref('id'); this.field('title', { boost: 10 }); this.field('body');
  docs.forEach(d => this.add(d));
});
const out = {};
const refs = q => core.run(idx, q).results.map(r => r.ref);
for (const q of ['foo:', 'a^', '~2', '*', '<script>alert(1)</script>', '<img src=x onerror=alert(1)>', 'title:x', '+-', '']) {
  try { out['hostile ' + q] = refs(q); } catch (e) { out['hostile ' + q] = 'THREW ' + e.message; }
}
out.stemmed = refs('consumer group rebalancing');
out.prefix = refs('partit');
out.typo1 = refs('kafak');
out.typo2 = refs('idempotancy');
out.typoFuzzy = core.run(idx, 'kafak').fuzzy;
out.words = core.queryWords('The Consumer-Group, and a REBALANCE!');
out.connectors = core.queryWords('Kimball vs. Inmon versus v Kafka');
out.onlyConnector = core.queryWords('vs');
const found = core.run(idx, 'rebalance');
out.snippet = core.snippet(docs[0].body, found.terms);
out.pieces = core.pieces('A rebalance moves rebalanced partitions (rebalance), then', found.terms).map(p => (p.hit ? '[' + p.text + ']' : p.text)).join('');
process.stdout.write(JSON.stringify(out));
