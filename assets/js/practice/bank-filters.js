// The question bank: the ctx.filter form (each option with its count), the list, shuffle, hiding level badges, and the
// ctx.filter in the URL (every change is a history entry, so the back button and shared links work).
import { parseFilter, filterToSearch, applyFilter, counts, LEVELS, ROUNDS } from './bank-core.js';
import { isDue } from './sm2.js';
import { ctx, doc, app, $, el, plural, persist, link, termName, badges, today, ROUND_NAMES, LEVEL_NAMES } from './page.js';

const form = $('[data-filters]');
const firstIndex = {};

/** Remembers where each part and chapter first appears, to list them in reading order. */
export function indexBank() {
  ctx.bank.questions.forEach((q, i) => {
    if (firstIndex['p:' + q.part] === undefined) firstIndex['p:' + q.part] = i;
    if (firstIndex['c:' + q.chapter] === undefined) firstIndex['c:' + q.chapter] = i;
  });
  Object.keys(ctx.bank.chapters).forEach((c, i) => { if (firstIndex['c:' + c] === undefined) firstIndex['c:' + c] = 1e6 + i; });
}
function fillSelect(name, values, label) {
  const select = form.elements[name];
  const first = select.options[0];
  const c = counts(ctx.bank.questions, ctx.filter, name);
  const options = values.filter((v) => c[v] || ctx.filter[name] === v).map((v) => {
    const o = el('option', null, label(v) + ' (' + (c[v] || 0) + ')');
    o.value = v;
    return o;
  });
  select.replaceChildren(first, ...options);
  select.value = ctx.filter[name] || '';
}
export function renderFilters() {
  if (!ctx.bank) return; // the questions are not loaded (yet)
  fillSelect('part', Object.keys(ctx.bank.parts).sort((a, b) => partOrder(a) - partOrder(b)), (v) => ctx.bank.parts[v]);
  fillSelect('chapter', Object.keys(ctx.bank.chapters).sort((a, b) => chapterOrder(a) - chapterOrder(b)), (v) => ctx.bank.chapters[v]);
  fillSelect('level', LEVELS, (v) => LEVEL_NAMES[v]);
  fillSelect('round', ROUNDS, (v) => ROUND_NAMES[v]);
  const allTerms = Array.from(new Set(ctx.bank.questions.flatMap((q) => q.terms))).sort((a, b) => termName(a).localeCompare(termName(b)));
  fillSelect('term', allTerms, termName);
  if (doc.activeElement !== form.elements.q) form.elements.q.value = ctx.filter.q;
}
function partOrder(p) { return firstIndex['p:' + p] ?? 1e9; }
function chapterOrder(c) { return firstIndex['c:' + c] ?? 1e9; }

export function renderList() {
  if (!ctx.bank) return;
  const list = $('[data-list]');
  const shown = applyFilter(ctx.bank.questions, ctx.filter);
  const items = shown.map((q) => {
    const li = el('li', 'bank-item');
    const a = el('a', 'bank-question', q.text);
    a.href = link(q);
    li.appendChild(a);
    li.appendChild(badges(q, true));
    const where = el('span', 'bank-where', ctx.bank.chapters[q.chapter] + (q.kind === 'challenge' ? ' · challenge' : ''));
    li.appendChild(where);
    const c = ctx.state.cards[q.id];
    if (c) li.appendChild(el('span', 'bank-state', isDue(c, today()) ? 'due' : 'next ' + c.due));
    return li;
  });
  list.replaceChildren(...items);
  $('[data-count]').textContent = 'Showing ' + shown.length + ' of ' + plural(ctx.bank.questions.length, 'question', 'questions') + '.';
  $('[data-start="filter"]').textContent = 'Practise these ' + plural(shown.length, 'question', 'questions');
  $('[data-start="filter"]').disabled = shown.length === 0;
}
export function setFilter(next, push) {
  ctx.filter = next;
  const url = window.location.pathname + filterToSearch(ctx.filter);
  if (push) history.pushState(null, '', url); else history.replaceState(null, '', url);
  ctx.render();
}
form.addEventListener('change', (e) => {
  if (!e.target.name || e.target.name === 'q') return;
  const next = Object.assign({}, ctx.filter, { [e.target.name]: e.target.value });
  if (e.target.name === 'part' && next.chapter && !next.chapter.startsWith(e.target.value + '/')) next.chapter = '';
  setFilter(next, true);
});
form.elements.q.addEventListener('input', () => setFilter(Object.assign({}, ctx.filter, { q: form.elements.q.value.trim() }), false));
form.addEventListener('submit', (e) => e.preventDefault());
$('[data-shuffle]').addEventListener('click', () => setFilter(Object.assign({}, ctx.filter, { shuffle: 1 + Math.floor(Math.random() * 1e9) }), true));
$('[data-clear]').addEventListener('click', () => setFilter(parseFilter(''), true));
window.addEventListener('popstate', () => { ctx.filter = parseFilter(window.location.search); ctx.render(); });

const hideLevels = $('[data-hide-levels]');
export function applyHideLevels() {
  hideLevels.checked = !!ctx.state.settings.hideLevels;
  app.classList.toggle('hide-levels', !!ctx.state.settings.hideLevels);
}
hideLevels.addEventListener('change', () => { ctx.state.settings.hideLevels = hideLevels.checked; persist(); applyHideLevels(); });
