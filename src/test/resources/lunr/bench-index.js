// Times lunr.js building an index, for LunrBenchmark: parses the documents first (not timed), warms up (builds
// until 5 seconds have passed, at least once), then builds `runs` times and reports each run's build and
// JSON.stringify time in milliseconds.
// Usage: node bench-index.js <lunr.js> <documents.json> <index.json> <runs>
'use strict';
const fs = require('fs');
const path = require('path');

const [lunrPath, inputPath, outputPath, runsArg] = process.argv.slice(2);
const lunr = require(path.resolve(lunrPath));
const input = JSON.parse(fs.readFileSync(inputPath, 'utf8'));
const runs = Number(runsArg || 3);

function build() {
  return lunr(function () {
    this.ref(input.ref);
    input.fields.forEach(f => this.field(f.name, { boost: f.boost }));
    this.metadataWhitelist = input.metadataWhitelist || [];
    input.documents.forEach(d => this.add(Object.assign({ [input.ref]: d.ref }, d.fields), { boost: d.boost }));
  });
}

const warmUpEnd = Date.now() + 5000;
do {
  JSON.stringify(build());
} while (Date.now() < warmUpEnd);

const buildMs = [];
const stringifyMs = [];
let json;
for (let i = 0; i < runs; i++) {
  const t0 = process.hrtime.bigint();
  const idx = build();
  const t1 = process.hrtime.bigint();
  json = JSON.stringify(idx);
  const t2 = process.hrtime.bigint();
  buildMs.push(Number(t1 - t0) / 1e6);
  stringifyMs.push(Number(t2 - t1) / 1e6);
}
fs.writeFileSync(outputPath, json, 'utf8');
process.stdout.write(JSON.stringify({ buildMs, stringifyMs }));
