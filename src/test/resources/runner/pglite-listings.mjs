// Runs checked SQL listings on PGlite under Node with the runner's own code (assets/js/runner/runner-core.js),
// the way the browser runs them: each chapter in a fresh database (a PGlite instance started from a snapshot of a
// freshly initialised one, as the worker does), its listings in order, each one statement at a time. Running them
// in order is the same as running each listing after its setup (the listings before it) in a fresh database,
// which is what Run does. Prints {pglite: version, chapters: [{file, listings: [{line, outcomes}]}]} as JSON.
// Usage: node pglite-listings.mjs <pglite dist/index.js> <runner-core.js> <input.json>
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

const [pglitePath, corePath, inputPath] = process.argv.slice(2);
const { PGlite, protocol } = await import(pathToFileURL(pglitePath).href);
const { runListing } = await import(pathToFileURL(corePath).href);
const input = JSON.parse(readFileSync(inputPath, 'utf8'));
const query = (sql) => protocol.serialize.query(sql);

const first = await PGlite.create();
const version = (await first.query('SELECT version() AS v')).rows[0].v.split(' on ')[0];
const snapshot = await first.dumpDataDir('none');
await first.close();

const chapters = [];
for (const chapter of input.chapters) {
  const db = await PGlite.create({ loadDataDir: snapshot });
  const listings = [];
  for (const listing of chapter.listings) {
    const outcomes = await runListing(db, query, [], listing.code);
    listings.push({ line: listing.line, outcomes: outcomes.map((o) => ({ kind: o.kind, tag: o.tag || null,
      text: o.text || null, columns: o.columns || null, rows: o.rows || null, rightAligned: o.rightAligned || null, statement: o.statement })) });
  }
  await db.close();
  chapters.push({ file: chapter.file, listings });
}
// Exit only once the pipe has taken everything: a large result would be cut off otherwise.
process.stdout.write(JSON.stringify({ pglite: version, chapters }), () => process.exit(0));
