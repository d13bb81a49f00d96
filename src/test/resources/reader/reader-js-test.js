// Runs the pure parts of the reading aids under Node and prints what they return as JSON (ReaderJsTest checks it).
// Usage: node reader-js-test.js <code-copy.js> <page-toc.js>
var copy = require(process.argv[2]);
var toc = require(process.argv[3]);
console.log(JSON.stringify({
  listing: copy.listingText('SELECT 1;   \n  FROM t  \n\n\n'),
  listingKeepsInnerBlankLines: copy.listingText('a\n\nb\n'),
  beforeAll: toc.currentIndex([100, 500, 900], 80),
  second: toc.currentIndex([-300, 70, 900], 80),
  last: toc.currentIndex([-900, -500, -100], 80),
  empty: toc.currentIndex([], 80)
}));
