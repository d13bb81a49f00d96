// All practice state lives in localStorage under ONE versioned key. Format (version 2):
// { version: 2,
//   cards:    { "<question id or g:<term id>>": { n, ef, interval, due: "YYYY-MM-DD", last, reviews, lapses, chapter } },
//   read:     { "<chapter uri>": "YYYY-MM-DD" },
//   plan:     { "<study plan item id>": true },
//   last:     { uri, title, at: "YYYY-MM-DD" } | null,
//   settings: { hideLevels: boolean } }
// Every older version has a migration (MIGRATIONS[v] turns version v into v + 1), so an upgrade never loses data.

export const KEY = 'sde-handbook-practice';
export const VERSION = 2;

export function emptyState() {
  return { version: VERSION, cards: {}, read: {}, plan: {}, last: null, settings: { hideLevels: false } };
}

// Version 1 (the first design, never shipped; kept as the model of a migration) stored SM-2 "ease" in percent,
// the due date as epoch milliseconds, and the chapters read as a list:
// { version: 1, seen: { id: { reps, ease: 250, ivl, due: <ms> } }, readChapters: [uri], plan: {} }
const MIGRATIONS = {
  1: (s) => {
    const cards = {};
    for (const [id, c] of Object.entries(s.seen || {})) {
      const due = typeof c.due === 'number' ? new Date(c.due).toISOString().slice(0, 10) : undefined;
      cards[id] = { n: c.reps || 0, ef: (c.ease || 250) / 100, interval: c.ivl || 0, due, reviews: c.reps || 0, lapses: 0 };
    }
    const read = {};
    (s.readChapters || []).forEach((uri) => { read[uri] = '1970-01-01'; });
    return { version: 2, cards, read, plan: Object.assign({}, s.plan), last: null, settings: { hideLevels: false } };
  }
};

/** Brings any known version up to the current one; throws an Error with a clear message otherwise. */
export function migrate(data) {
  if (!data || typeof data !== 'object' || Array.isArray(data)) throw new Error('The file does not hold practice data (expected a JSON object).');
  let s = data;
  if (!Number.isInteger(s.version)) throw new Error('The file has no "version" number: it is not a handbook progress export.');
  if (s.version > VERSION) throw new Error('The file is from a newer version of the handbook (version ' + s.version + '; this page reads up to ' + VERSION + '). Reload the site and try again.');
  if (s.version < 1) throw new Error('Unknown progress format version ' + s.version + '.');
  while (s.version < VERSION) s = MIGRATIONS[s.version](s);
  return normalise(s);
}

function normalise(s) {
  const out = emptyState();
  const obj = (x) => (x && typeof x === 'object' && !Array.isArray(x) ? x : {});
  out.cards = Object.assign({}, obj(s.cards));
  out.read = Object.assign({}, obj(s.read));
  out.plan = Object.assign({}, obj(s.plan));
  out.last = s.last && typeof s.last.uri === 'string' ? s.last : null;
  out.settings = Object.assign(out.settings, obj(s.settings));
  return out;
}

/** Reads the state (migrating older versions); a missing or unreadable value gives an empty state. */
export function load(storage) {
  let raw = null;
  try { raw = storage.getItem(KEY); } catch (e) { return emptyState(); }
  if (!raw) return emptyState();
  try { return migrate(JSON.parse(raw)); } catch (e) { return emptyState(); }
}

export function save(storage, state) {
  try { storage.setItem(KEY, JSON.stringify(state)); return true; } catch (e) { return false; }
}

/** The export file's text: the state itself, pretty-printed. */
export function exportText(state) {
  return JSON.stringify(state, null, 2) + '\n';
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/**
 * Parses and validates an export file. knownIds is a Set of the question and term card ids this site has.
 * Returns the migrated state; throws an Error whose message tells the reader what is wrong.
 */
export function parseImport(text, knownIds) {
  let data;
  try { data = JSON.parse(text); } catch (e) { throw new Error('The file is not valid JSON: ' + e.message); }
  const s = migrate(data);
  const unknown = Object.keys(s.cards).filter((id) => !knownIds.has(id));
  if (unknown.length) {
    throw new Error('The file has ' + unknown.length + ' card' + (unknown.length === 1 ? '' : 's') + ' this handbook does not know: ' + unknown.slice(0, 3).join(', ') + (unknown.length > 3 ? ', …' : '') + '.');
  }
  for (const [id, c] of Object.entries(s.cards)) {
    if (!c || typeof c !== 'object' || !(Number.isInteger(c.n) && c.n >= 0) || !(typeof c.ef === 'number' && c.ef >= 1.3 && c.ef <= 5)
        || !(Number.isInteger(c.interval) && c.interval >= 0) || (c.due !== undefined && !DAY.test(c.due))) {
      throw new Error('Card ' + id + ' has invalid values (n, ef, interval, due).');
    }
  }
  return s;
}

/** Merges an imported state into the current one: per card the one reviewed last wins; read and plan marks add up. */
export function merge(current, incoming) {
  const out = migrate(JSON.parse(JSON.stringify(current)));
  for (const [id, c] of Object.entries(incoming.cards)) {
    const mine = out.cards[id];
    if (!mine || (c.last || '') > (mine.last || '') || ((c.last || '') === (mine.last || '') && (c.reviews || 0) > (mine.reviews || 0))) out.cards[id] = c;
  }
  for (const [uri, day] of Object.entries(incoming.read)) if (!out.read[uri] || day < out.read[uri]) out.read[uri] = day;
  for (const [k, v] of Object.entries(incoming.plan)) if (v) out.plan[k] = true;
  if (!out.last && incoming.last) out.last = incoming.last;
  return out;
}
