// The SQL runner's Web Worker (a module): loads PGlite — PostgreSQL compiled to WebAssembly — the first time a
// listing is run, and runs each listing in a fresh database: a new PGlite instance started from a snapshot of the
// freshly initialised data directory, so no run sees what an earlier one created, and later runs (and later
// visits: the snapshot is kept in Cache Storage) skip initdb.
// Messages in: {id, setup: [sql...], code}; out: {id, ok: true, outcomes, printed, summary, millis} or
// {id, ok: false, error}. {id, resources: true} answers with the worker's Resource Timing entries.
import { PGlite, protocol } from '../../pglite/index.js';
import { runListing, printOutcomes, summary } from './runner-core.js';

let snapshot = null;      // the freshly initialised data directory (tar), which every run starts from
let keepSnapshot = false; // whether it was made here and should be kept for the reader's next visit

// A later visit skips initdb: the snapshot is kept (gzipped) in the site's Cache Storage, under a key naming the
// PGlite version the page asked for (runner.js passes it), so a new PGlite never starts from an old snapshot.
const version = new URL(import.meta.url).searchParams.get('pglite') || '';
const CACHE = 'handbook-sql-runner';
const snapshotKey = new URL('../../pglite/snapshot-' + version + '.tar.gz', import.meta.url).href;
const canKeep = version !== '' && typeof caches !== 'undefined';

async function savedSnapshot() {
  if (!canKeep) { return null; }
  try {
    const saved = await (await caches.open(CACHE)).match(snapshotKey);
    return saved ? await new Response(saved.body.pipeThrough(new DecompressionStream('gzip'))).blob() : null;
  } catch (e) {
    return null;
  }
}

async function saveSnapshot() {
  if (!canKeep) { return; }
  try {
    const cache = await caches.open(CACHE);
    for (const old of await cache.keys()) {
      if (old.url !== snapshotKey) { await cache.delete(old); }
    }
    const gzipped = await new Response(snapshot.stream().pipeThrough(new CompressionStream('gzip'))).blob();
    await cache.put(snapshotKey, new Response(gzipped, { headers: { 'Content-Type': 'application/gzip' } }));
  } catch (e) {
    // No storage (private mode, quota): the next visit runs initdb again, nothing else changes.
  }
}

async function freshDatabase() {
  if (!snapshot) {
    snapshot = await savedSnapshot();
    if (snapshot) { return PGlite.create({ loadDataDir: snapshot }); }
    // The first run uses the freshly initialised instance itself, after snapshotting it for the runs to come.
    const first = await PGlite.create();
    snapshot = await first.dumpDataDir('none');
    keepSnapshot = true;
    return first;
  }
  return PGlite.create({ loadDataDir: snapshot });
}

self.onmessage = async (event) => {
  const { id, setup, code, resources } = event.data;
  if (resources) { // what this worker downloaded, for the benchmark (Resource Timing is per global)
    self.postMessage({ id, ok: true, resources: performance.getEntriesByType('resource').map((e) => ({
      name: e.name, transferSize: e.transferSize, encodedBodySize: e.encodedBodySize, decodedBodySize: e.decodedBodySize })) });
    return;
  }
  const started = performance.now();
  let db;
  try {
    db = await freshDatabase();
  } catch (e) {
    snapshot = null;
    self.postMessage({ id, ok: false, error: 'PostgreSQL could not start in this browser: ' + (e && e.message ? e.message : e) });
    return;
  }
  try {
    const outcomes = await runListing(db, (sql) => protocol.serialize.query(sql), setup, code);
    self.postMessage({ id, ok: true, outcomes, printed: printOutcomes(outcomes), summary: summary(outcomes),
      millis: Math.round(performance.now() - started) });
    if (keepSnapshot) {
      keepSnapshot = false;
      saveSnapshot();
    }
  } catch (e) {
    self.postMessage({ id, ok: false, error: 'The run failed: ' + (e && e.message ? e.message : e) });
  } finally {
    db.close().catch(() => {});
  }
};
