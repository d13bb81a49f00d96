// Times what a reader's browser pays to get a searchable index, for LunrBenchmark: JSON.parse + lunr.Index.load
// of lunr's serialised index, against JSON.parse + LunrCompact.load of the compact form (lunr's builder does the
// rest). Warms up both (2 seconds each, at least once), then times `runs` runs of each, and checks that the
// compact form gives the same index byte for byte.
// Usage: node bench-load.js <lunr.js> <lunr-compact.js> <index.json> <compact.json> <runs>
'use strict';
const fs = require('fs');
const path = require('path');

const [lunrPath, decoderPath, indexPath, compactPath, runsArg] = process.argv.slice(2);
const lunr = require(path.resolve(lunrPath));
const LunrCompact = require(path.resolve(decoderPath));
const indexText = fs.readFileSync(indexPath, 'utf8');
const compactText = fs.readFileSync(compactPath, 'utf8');
const runs = Number(runsArg || 5);

const loadFull = () => lunr.Index.load(JSON.parse(indexText));
const loadCompact = () => LunrCompact.load(lunr, JSON.parse(compactText));

function time(fn) {
  const warmUpEnd = Date.now() + 2000;
  do { fn(); } while (Date.now() < warmUpEnd);
  const ms = [];
  for (let i = 0; i < runs; i++) {
    const t0 = process.hrtime.bigint();
    fn();
    ms.push(Number(process.hrtime.bigint() - t0) / 1e6);
  }
  return ms;
}

const identical = JSON.stringify(loadCompact()) === indexText;
process.stdout.write(JSON.stringify({ loadMs: time(loadFull), compactMs: time(loadCompact), identical }));
