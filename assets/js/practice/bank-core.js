// The question bank's logic, without the DOM: filters and their URL form, counts per filter value, a seeded
// shuffle, and which cards are due. Tested under Node (src/test/resources/practice/practice-test.mjs).
import { isDue } from './sm2.js';

export const FACETS = ['part', 'chapter', 'level', 'round', 'term'];
export const LEVELS = ['mid', 'senior', 'staff'];
export const ROUNDS = ['concepts', 'sql', 'coding', 'system-design', 'behavioral'];

/** Filter state from a query string ('?level=senior&round=sql&q=join&shuffle=42'). */
export function parseFilter(search) {
  const p = new URLSearchParams(search || '');
  const f = { q: (p.get('q') || '').trim(), shuffle: parseInt(p.get('shuffle') || '', 10) || 0 };
  FACETS.forEach((k) => { f[k] = p.get(k) || ''; });
  return f;
}

/** The query string of a filter state, in a fixed order, empty values left out. */
export function filterToSearch(f) {
  const p = new URLSearchParams();
  FACETS.forEach((k) => { if (f[k]) p.set(k, f[k]); });
  if (f.q) p.set('q', f.q);
  if (f.shuffle) p.set('shuffle', String(f.shuffle));
  const s = p.toString();
  return s ? '?' + s : '';
}

function words(s) {
  return s.toLowerCase().normalize('NFKD').replace(/[\u0300-\u036f]/g, '').split(/[^\p{L}\p{N}]+/u).filter(Boolean);
}

function matches(q, f, skip) {
  if (f.part && skip !== 'part' && q.part !== f.part) return false;
  if (f.chapter && skip !== 'chapter' && q.chapter !== f.chapter) return false;
  if (f.level && skip !== 'level' && q.level !== f.level) return false;
  if (f.round && skip !== 'round' && q.round !== f.round) return false;
  if (f.term && skip !== 'term' && !(q.terms || []).includes(f.term)) return false;
  if (f.q) {
    const hay = words(q.text + ' ' + (q.terms || []).join(' ')).join(' ');
    if (!words(f.q).every((w) => hay.includes(w))) return false;
  }
  return true;
}

/** The questions that pass every filter, in reading order or shuffled by the filter's seed. */
export function applyFilter(questions, f) {
  const list = questions.filter((q) => matches(q, f, null));
  return f.shuffle ? shuffle(list, f.shuffle) : list;
}

/** For one facet: how many questions each value would show, given all the other filters. */
export function counts(questions, f, facet) {
  const out = {};
  for (const q of questions) {
    if (!matches(q, f, facet)) continue;
    const values = facet === 'term' ? (q.terms || []) : [q[facet]];
    values.forEach((v) => { out[v] = (out[v] || 0) + 1; });
  }
  return out;
}

/** Fisher–Yates with mulberry32 seeded by seed: the same seed gives the same order (shareable URLs). */
export function shuffle(list, seed) {
  let a = seed >>> 0;
  const rnd = () => {
    a = (a + 0x6D2B79F5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const out = list.slice();
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(rnd() * (i + 1));
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

/** Ids of the cards due on a day, among the given ids (those never rated are new, not due). */
export function dueIds(state, ids, today) {
  return ids.filter((id) => isDue(state.cards[id], today));
}

/** Questions practised (rated at least once) per chapter uri. */
export function practisedPerChapter(state) {
  const out = {};
  for (const c of Object.values(state.cards)) if (c.chapter) out[c.chapter] = (out[c.chapter] || 0) + 1;
  return out;
}
