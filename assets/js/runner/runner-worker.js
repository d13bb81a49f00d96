// The SQL runner's Web Worker (a module): loads PGlite — PostgreSQL compiled to WebAssembly — the first time a
// listing is run, and runs each listing in a fresh database: a new PGlite instance started from a snapshot of the
// freshly initialised data directory, so no run sees what an earlier one created, and later runs skip initdb.
// Messages in: {id, setup: [sql...], code}; out: {id, ok: true, outcomes, printed, summary, millis} or
// {id, ok: false, error}. {id, resources: true} answers with the worker's Resource Timing entries.
import { PGlite, protocol } from '../../pglite/index.js';
import { runListing, printOutcomes, summary } from './runner-core.js';

let snapshot = null;

async function freshDatabase() {
  if (!snapshot) {
    // The first run uses the freshly initialised instance itself, after snapshotting it for the runs to come.
    const first = await PGlite.create();
    snapshot = await first.dumpDataDir('none');
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
  } catch (e) {
    self.postMessage({ id, ok: false, error: 'The run failed: ' + (e && e.message ? e.message : e) });
  } finally {
    db.close().catch(() => {});
  }
};
