// The lunr.js oracle: builds an index from documents in LunrInput's JSON format exactly as the Java builder's
// contract describes, and writes JSON.stringify(idx).
// Usage: node build-index.js <lunr.js> <documents.json> [<index.json>]   (no index path: standard output)
'use strict';
const fs = require('fs');
const path = require('path');

const [lunrPath, inputPath, outputPath] = process.argv.slice(2);
if (!lunrPath || !inputPath) {
  process.stderr.write('usage: node build-index.js <lunr.js> <documents.json> [<index.json>]\n');
  process.exit(2);
}
const lunr = require(path.resolve(lunrPath));
const input = JSON.parse(fs.readFileSync(inputPath, 'utf8'));

const idx = lunr(function () {
  this.ref(input.ref);
  input.fields.forEach(f => this.field(f.name, { boost: f.boost }));
  this.metadataWhitelist = input.metadataWhitelist || [];
  input.documents.forEach(d => this.add(Object.assign({ [input.ref]: d.ref }, d.fields), { boost: d.boost }));
});

const json = JSON.stringify(idx);
if (outputPath) {
  fs.writeFileSync(outputPath, json, 'utf8');
} else {
  process.stdout.write(json);
}
