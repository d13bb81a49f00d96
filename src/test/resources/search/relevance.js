// Runs the relevance cases against a built site, the way the site's search does: the published compact index
// loaded into lunr.js by lunr-compact.js, queries built by search-core.js.
// Usage: node relevance.js <lunr.js> <lunr-compact.js> <search-core.js> <site dir> <relevance.json>
'use strict';
const fs = require('fs');
const path = require('path');

const [lunrPath, decoderPath, corePath, siteDir, casesPath] = process.argv.slice(2);
const lunr = require(path.resolve(lunrPath));
const LunrCompact = require(path.resolve(decoderPath));
const core = require(path.resolve(corePath))(lunr);
const read = f => JSON.parse(fs.readFileSync(path.join(siteDir, f), 'utf8'));
const index = LunrCompact.load(lunr, read('search-index.json'));
const store = read('search-store.json').docs;
const cases = JSON.parse(fs.readFileSync(casesPath, 'utf8')).cases;

process.stdout.write(JSON.stringify(cases.map(c => {
  const urls = core.run(index, c.query).results.map(r => store[r.ref].u);
  return { query: c.query, expect: c.expect, within: c.within, rank: urls.indexOf(c.expect) + 1, top: urls.slice(0, 5) };
})));
