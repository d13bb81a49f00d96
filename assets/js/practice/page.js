// The practice page's shared context and DOM helpers, used by bank-filters.js, bank-session.js and bank-transfer.js.
// Answers are HTML written by the build from the handbook's own pages (same origin, no user input).
import { load, save } from './store.js';
import { dayOf } from './sm2.js';
import { parseFilter, filterToSearch } from './bank-core.js';

export const doc = document;
export const storage = window.localStorage;
export const siteRoot = new URL(doc.documentElement.getAttribute('data-root') || './', window.location.href);
export const app = doc.querySelector('[data-practice-app]');
export const $ = (sel) => app.querySelector(sel);
export const ROUND_NAMES = { concepts: 'Concepts', sql: 'SQL', coding: 'Coding', 'system-design': 'System design', behavioral: 'Behavioral' };
export const LEVEL_NAMES = { mid: 'Mid', senior: 'Senior', staff: 'Staff' };
export const today = () => dayOf(Date.now());

/**
 * What the modules share: the question bank and glossary terms once loaded, the reader's state, the current
 * filter, and the two actions every module may trigger (re-render the page, change the filter).
 */
export const ctx = {
  bank: null,
  terms: {},
  state: load(storage),
  filter: parseFilter(window.location.search),
  render: () => {},
  setFilter: () => {}
};

export function persist() { save(storage, ctx.state); }

export function el(tag, cls, text) {
  const e = doc.createElement(tag);
  if (cls) e.className = cls;
  if (text !== undefined) e.textContent = text;
  return e;
}
export function plural(n, one, many) { return n + ' ' + (n === 1 ? one : many); }
export function html(target, markup) {
  // Build-time HTML from questions.json (the handbook's own rendered pages), parsed inertly in a template; as
  // defence in depth, scripts, frames and event-handler attributes are dropped before it is moved in.
  const t = doc.createElement('template');
  t.innerHTML = markup || '';
  t.content.querySelectorAll('script, iframe, object, embed, style, link, meta, form').forEach((e) => e.remove());
  t.content.querySelectorAll('*').forEach((e) => {
    Array.from(e.attributes).forEach((a) => {
      if (/^on/i.test(a.name) || a.name === 'style' || (/^(href|src|xlink:href|action)$/i.test(a.name) && /^\s*(javascript|data|vbscript):/i.test(a.value))) e.removeAttribute(a.name);
    });
  });
  target.replaceChildren(t.content);
}
export function link(q) { return new URL(q.chapter + '#' + q.anchor, siteRoot).href; }
export function termName(id) { return (ctx.terms[id] && ctx.terms[id].name) || id.replace(/-/g, ' '); }

export function badges(q, asLinks) {
  const box = el('span', 'badges');
  const add = (cls, label, facet, value, name) => {
    const b = el(asLinks ? 'a' : 'span', 'badge ' + cls);
    b.appendChild(el('span', 'visually-hidden', label + ': '));
    b.appendChild(doc.createTextNode(name));
    if (asLinks) {
      b.href = filterToSearch(Object.assign(parseFilter(''), { [facet]: value })) || '?';
      b.addEventListener('click', (e) => { e.preventDefault(); ctx.setFilter(Object.assign(parseFilter(''), { [facet]: value }), true); });
    }
    box.appendChild(b);
  };
  if (q.level) add('level-' + q.level, 'Level', 'level', q.level, LEVEL_NAMES[q.level]);
  if (q.round) add('badge-round', 'Round', 'round', q.round, ROUND_NAMES[q.round]);
  return box;
}
