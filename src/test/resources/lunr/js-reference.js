// JavaScript's own answers for the Java port's building blocks, one batch per run.
// Usage: node js-reference.js <lunr.js> <task> <input.json> <output.json>
// The input is a JSON array (ignored by tasks that enumerate everything); the output is a JSON array.
'use strict';
const fs = require('fs');
const path = require('path');

const [lunrPath, task, inputPath, outputPath] = process.argv.slice(2);
const lunr = require(path.resolve(lunrPath));
const input = JSON.parse(fs.readFileSync(inputPath, 'utf8'));

function fromBits(hex) {
  const view = new DataView(new ArrayBuffer(8));
  view.setBigUint64(0, BigInt('0x' + hex));
  return view.getFloat64(0);
}

function codePointsMatching(regex) {
  const matching = [];
  for (let cp = 0; cp <= 0x10FFFF; cp++) {
    if (regex.test(String.fromCodePoint(cp))) matching.push(cp);
  }
  return matching;
}

const tasks = {
  // lunr's stemmer on each word
  stem: words => words.map(w => lunr.stemmer(new lunr.Token(w)).toString()),
  // lunr's trimmer on each token
  trim: tokens => tokens.map(t => lunr.trimmer(new lunr.Token(t)).toString()),
  // whether lunr's stop word filter drops each token
  stopWord: tokens => tokens.map(t => lunr.stopWordFilter(new lunr.Token(t)) === undefined),
  // lunr's tokenizer: [text, start, length, index] per token
  tokenize: texts => texts.map(s => lunr.tokenizer(s).map(t =>
    [t.str, t.metadata.position[0], t.metadata.position[1], t.metadata.index])),
  // String.prototype.toLowerCase on each string
  lowerCase: texts => texts.map(s => s.toLowerCase()),
  // [code point, lower case] for every code point whose lower case differs from itself
  lowerCaseAll: () => {
    const changed = [];
    for (let cp = 0; cp <= 0x10FFFF; cp++) {
      const s = String.fromCodePoint(cp);
      const lower = s.toLowerCase();
      if (lower !== s) changed.push([cp, lower]);
    }
    return changed;
  },
  // every code point with the Unicode property Cased, and with Case_Ignorable (Final_Sigma's context)
  casedAll: () => codePointsMatching(/\p{Cased}/u),
  caseIgnorableAll: () => codePointsMatching(/\p{Case_Ignorable}/u),
  // every UTF-16 code unit that lunr's tokenizer splits at
  separators: () => {
    const units = [];
    for (let c = 0; c <= 0xFFFF; c++) {
      if (String.fromCharCode(c).match(lunr.tokenizer.separator)) units.push(c);
    }
    return units;
  },
  // String(x) for doubles given as 16 hex digits of their IEEE 754 bits
  numberToString: bits => bits.map(b => String(fromBits(b))),
  // JSON.stringify(s) for each string
  stringify: texts => texts.map(s => JSON.stringify(s)),
  // JSON.stringify of each single UTF-16 code unit, 0 to 0xFFFF
  stringifyAllUnits: () => {
    const out = [];
    for (let c = 0; c <= 0xFFFF; c++) out.push(JSON.stringify(String.fromCharCode(c)));
    return out;
  },
};

if (!tasks[task]) {
  process.stderr.write('unknown task ' + task + '\n');
  process.exit(2);
}
fs.writeFileSync(outputPath, JSON.stringify(tasks[task](input)), 'utf8');
