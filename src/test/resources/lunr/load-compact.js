// Loads an index in compact form with the site's own decoder (assets/js/lunr-compact.js) and real lunr.js,
// and writes JSON.stringify(idx): the tests compare it with what lunr.js builds from the original documents.
// Usage: node load-compact.js <lunr.js> <lunr-compact.js> <compact.json> <index.json>
'use strict';
const fs = require('fs');
const path = require('path');

const [lunrPath, decoderPath, inputPath, outputPath] = process.argv.slice(2);
if (!lunrPath || !decoderPath || !inputPath || !outputPath) {
  process.stderr.write('usage: node load-compact.js <lunr.js> <lunr-compact.js> <compact.json> <index.json>\n');
  process.exit(2);
}
const lunr = require(path.resolve(lunrPath));
const LunrCompact = require(path.resolve(decoderPath));
const idx = LunrCompact.load(lunr, JSON.parse(fs.readFileSync(inputPath, 'utf8')));
fs.writeFileSync(outputPath, JSON.stringify(idx), 'utf8');
