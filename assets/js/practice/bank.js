// The practice page: the question bank (filters in the URL, counts, shuffle), practice sessions (one card at a time,
// reveal, rate, scheduled by SM-2), the glossary deck, and export / import / reset of the progress.
// Logic lives in bank-core.js, sm2.js and store.js (tested under Node); this file is the DOM around them.
// Answers are HTML written by the build from the handbook's own pages (same origin, no user input).
import { load, save, KEY, emptyState, exportText, parseImport, merge } from './store.js';
import { rate, dayOf, needsRepeat, QUALITY, isDue } from './sm2.js';
import { parseFilter, filterToSearch, applyFilter, counts, LEVELS, ROUNDS } from './bank-core.js';

const doc = document;
const storage = window.localStorage;
const siteRoot = new URL(doc.documentElement.getAttribute('data-root') || './', window.location.href);
const app = doc.querySelector('[data-practice-app]');
const $ = (sel) => app.querySelector(sel);
const ROUND_NAMES = { concepts: 'Concepts', sql: 'SQL', coding: 'Coding', 'system-design': 'System design', behavioral: 'Behavioral' };
const LEVEL_NAMES = { mid: 'Mid', senior: 'Senior', staff: 'Staff' };
const today = () => dayOf(Date.now());

let bank = null;
let terms = {};
let state = load(storage);
let filter = parseFilter(window.location.search);

function el(tag, cls, text) {
  const e = doc.createElement(tag);
  if (cls) e.className = cls;
  if (text !== undefined) e.textContent = text;
  return e;
}
function plural(n, one, many) { return n + ' ' + (n === 1 ? one : many); }
function persist() { save(storage, state); }
function html(target, markup) {
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
function link(q) { return new URL(q.chapter + '#' + q.anchor, siteRoot).href; }
function termName(id) { return (terms[id] && terms[id].name) || id.replace(/-/g, ' '); }

function badges(q, asLinks) {
  const box = el('span', 'badges');
  const add = (cls, label, facet, value, name) => {
    const b = el(asLinks ? 'a' : 'span', 'badge ' + cls);
    b.appendChild(el('span', 'visually-hidden', label + ': '));
    b.appendChild(doc.createTextNode(name));
    if (asLinks) {
      b.href = filterToSearch(Object.assign(parseFilter(''), { [facet]: value })) || '?';
      b.addEventListener('click', (e) => { e.preventDefault(); setFilter(Object.assign(parseFilter(''), { [facet]: value }), true); });
    }
    box.appendChild(b);
  };
  if (q.level) add('level-' + q.level, 'Level', 'level', q.level, LEVEL_NAMES[q.level]);
  if (q.round) add('badge-round', 'Round', 'round', q.round, ROUND_NAMES[q.round]);
  return box;
}

// --- Filters ------------------------------------------------------------------------------------------
const form = $('[data-filters]');
function fillSelect(name, values, label) {
  const select = form.elements[name];
  const first = select.options[0];
  const c = counts(bank.questions, filter, name);
  const options = values.filter((v) => c[v] || filter[name] === v).map((v) => {
    const o = el('option', null, label(v) + ' (' + (c[v] || 0) + ')');
    o.value = v;
    return o;
  });
  select.replaceChildren(first, ...options);
  select.value = filter[name] || '';
}
function renderFilters() {
  fillSelect('part', Object.keys(bank.parts).sort((a, b) => partOrder(a) - partOrder(b)), (v) => bank.parts[v]);
  fillSelect('chapter', Object.keys(bank.chapters).sort((a, b) => chapterOrder(a) - chapterOrder(b)), (v) => bank.chapters[v]);
  fillSelect('level', LEVELS, (v) => LEVEL_NAMES[v]);
  fillSelect('round', ROUNDS, (v) => ROUND_NAMES[v]);
  const allTerms = Array.from(new Set(bank.questions.flatMap((q) => q.terms))).sort((a, b) => termName(a).localeCompare(termName(b)));
  fillSelect('term', allTerms, termName);
  if (doc.activeElement !== form.elements.q) form.elements.q.value = filter.q;
}
const firstIndex = {};
function partOrder(p) { return firstIndex['p:' + p] ?? 1e9; }
function chapterOrder(c) { return firstIndex['c:' + c] ?? 1e9; }

function renderList() {
  const list = $('[data-list]');
  const shown = applyFilter(bank.questions, filter);
  const items = shown.map((q) => {
    const li = el('li', 'bank-item');
    const a = el('a', 'bank-question', q.text);
    a.href = link(q);
    li.appendChild(a);
    li.appendChild(badges(q, true));
    const where = el('span', 'bank-where', bank.chapters[q.chapter] + (q.kind === 'challenge' ? ' · challenge' : ''));
    li.appendChild(where);
    const c = state.cards[q.id];
    if (c) li.appendChild(el('span', 'bank-state', isDue(c, today()) ? 'due' : 'next ' + c.due));
    return li;
  });
  list.replaceChildren(...items);
  $('[data-count]').textContent = 'Showing ' + shown.length + ' of ' + plural(bank.questions.length, 'question', 'questions') + '.';
  $('[data-start="filter"]').textContent = 'Practise these ' + plural(shown.length, 'question', 'questions');
  $('[data-start="filter"]').disabled = shown.length === 0;
}
function render() {
  renderFilters();
  renderList();
  renderDue();
}
function setFilter(next, push) {
  filter = next;
  const url = window.location.pathname + filterToSearch(filter);
  if (push) history.pushState(null, '', url); else history.replaceState(null, '', url);
  render();
}
form.addEventListener('change', (e) => {
  if (!e.target.name || e.target.name === 'q') return;
  const next = Object.assign({}, filter, { [e.target.name]: e.target.value });
  if (e.target.name === 'part' && next.chapter && !next.chapter.startsWith(e.target.value + '/')) next.chapter = '';
  setFilter(next, true);
});
form.elements.q.addEventListener('input', () => setFilter(Object.assign({}, filter, { q: form.elements.q.value.trim() }), false));
form.addEventListener('submit', (e) => e.preventDefault());
$('[data-shuffle]').addEventListener('click', () => setFilter(Object.assign({}, filter, { shuffle: 1 + Math.floor(Math.random() * 1e9) }), true));
$('[data-clear]').addEventListener('click', () => setFilter(parseFilter(''), true));
window.addEventListener('popstate', () => { filter = parseFilter(window.location.search); render(); });

const hideLevels = $('[data-hide-levels]');
function applyHideLevels() {
  hideLevels.checked = !!state.settings.hideLevels;
  app.classList.toggle('hide-levels', !!state.settings.hideLevels);
}
hideLevels.addEventListener('change', () => { state.settings.hideLevels = hideLevels.checked; persist(); applyHideLevels(); });

// --- Due cards ----------------------------------------------------------------------------------------
function allCards() {
  const cards = bank.questions.map((q) => ({ id: q.id, q }));
  Object.values(terms).forEach((t) => cards.push({ id: 'g:' + t.id, term: t }));
  return cards;
}
function dueCards() { return allCards().filter((c) => isDue(state.cards[c.id], today())); }
function renderDue() {
  const due = dueCards().length;
  const practised = Object.keys(state.cards).length;
  $('[data-due-line]').textContent = practised
    ? plural(due, 'card', 'cards') + ' due today; you have practised ' + plural(practised, 'card', 'cards') + '.'
    : 'No cards practised yet: start with the questions below, or the glossary deck.';
  const button = $('[data-start="due"]');
  button.textContent = 'Practise due cards (' + due + ')';
  button.disabled = due === 0;
}

// --- Practice session ----------------------------------------------------------------------------------
const session = $('[data-session]');
let queue = [];
let current = null;
let revealed = false;
let rated = {};
let stats = null;

function start(mode) {
  let cards;
  if (mode === 'due') cards = dueCards();
  else if (mode === 'glossary') {
    const g = allCards().filter((c) => c.term);
    cards = g.filter((c) => isDue(state.cards[c.id], today())).concat(g.filter((c) => !state.cards[c.id])).slice(0, 20);
  } else cards = applyFilter(bank.questions, filter).map((q) => ({ id: q.id, q }));
  if (!cards.length) return;
  queue = cards.slice();
  rated = {};
  stats = { again: 0, hard: 0, good: 0, easy: 0, total: cards.length };
  session.hidden = false;
  app.classList.add('in-session');
  $('[data-summary]').hidden = true;
  $('[data-card]').hidden = false;
  next();
  session.querySelector('#session-heading').focus();
}
function next() {
  current = queue.shift() || null;
  if (!current) return summary();
  revealed = false;
  const q = current.q;
  const t = current.term;
  const done = Object.keys(rated).length;
  $('[data-session-progress]').textContent = rated[current.id]
    ? 'Again, as SM-2 asks for cards rated below Good · ' + done + ' of ' + stats.total + ' rated'
    : 'Card ' + (done + 1) + ' of ' + stats.total;
  const meta = $('[data-card-meta]');
  meta.replaceChildren();
  if (q) {
    meta.append(bank.parts[q.part] + ' · ' + bank.chapters[q.chapter] + ' ', badges(q, false));
    $('[data-card-question]').textContent = q.text;
    html($('[data-card-prompt]'), q.prompt || '');
    $('[data-card-link]').href = link(q);
    $('[data-card-link]').textContent = 'Open in its chapter';
  } else {
    meta.textContent = 'Glossary';
    $('[data-card-question]').textContent = 'What is “' + t.name + '”?' + (t.aliases && t.aliases.length ? ' (' + t.aliases.join(', ') + ')' : '');
    $('[data-card-prompt]').replaceChildren();
    $('[data-card-link]').href = new URL(t.url, siteRoot).href;
    $('[data-card-link]').textContent = 'Open in the glossary';
  }
  $('[data-card-answer]').hidden = true;
  $('[data-card-answer]').replaceChildren();
  $('[data-rate]').hidden = true;
  $('[data-reveal]').hidden = false;
}
function reveal() {
  if (!current || revealed) return;
  revealed = true;
  const answer = $('[data-card-answer]');
  if (current.q) html(answer, current.q.answer);
  else {
    answer.replaceChildren(el('p', 'term-short', current.term.short), el('p', null, current.term.long));
  }
  answer.hidden = false;
  $('[data-reveal]').hidden = true;
  $('[data-rate]').hidden = false;
  answer.focus();
}
function rateCurrent(rating) {
  if (!current || !revealed) return;
  if (!rated[current.id]) {
    rated[current.id] = rating;
    stats[rating]++;
    const card = rate(state.cards[current.id], rating, today());
    if (current.q) card.chapter = current.q.chapter;
    state.cards[current.id] = card;
    persist();
  }
  // SM-2, step 7: what scored below "Good" today comes back at the end of this session.
  if (needsRepeat(QUALITY[rating])) queue.push(current);
  next();
  if (current) $('[data-card-question]').scrollIntoView({ block: 'nearest' });
}
function summary() {
  $('[data-card]').hidden = true;
  const box = $('[data-summary]');
  const ids = Object.keys(rated);
  const upcoming = ids.map((id) => state.cards[id].due).sort()[0];
  box.replaceChildren(
    el('h3', null, 'Session done'),
    el('p', null, 'You practised ' + plural(ids.length, 'card', 'cards') + ': ' + ['again', 'hard', 'good', 'easy'].map((r) => stats[r] + ' ' + r[0].toUpperCase() + r.slice(1)).join(', ') + '.'),
    el('p', null, upcoming ? 'The first of them comes back on ' + upcoming + '. ' + plural(dueCards().length, 'card is', 'cards are') + ' due today.' : ''));
  box.hidden = false;
  $('[data-session-progress]').textContent = '';
  box.setAttribute('tabindex', '-1');
  box.focus();
  render();
}
function end() {
  session.hidden = true;
  app.classList.remove('in-session');
  current = null;
  render();
  $('[data-start="due"]').focus();
}
app.querySelectorAll('[data-start]').forEach((b) => b.addEventListener('click', () => start(b.getAttribute('data-start'))));
$('[data-reveal]').addEventListener('click', reveal);
app.querySelectorAll('[data-rating]').forEach((b) => b.addEventListener('click', () => rateCurrent(b.getAttribute('data-rating'))));
$('[data-end]').addEventListener('click', end);
doc.addEventListener('keydown', (e) => {
  if (session.hidden || e.altKey || e.ctrlKey || e.metaKey) return;
  const tag = (e.target.tagName || '').toLowerCase();
  if (tag === 'input' || tag === 'select' || tag === 'textarea') return;
  if (e.key === 'Escape') { end(); return; }
  if (!current) return;
  if (!revealed && (e.key === ' ' || e.key === 'Enter') && tag !== 'a' && tag !== 'summary') { e.preventDefault(); reveal(); return; }
  const r = { 1: 'again', 2: 'hard', 3: 'good', 4: 'easy' }[e.key];
  if (revealed && r) { e.preventDefault(); rateCurrent(r); }
});

// --- Export, import, reset ----------------------------------------------------------------------------
const message = $('[data-message]');
$('[data-export]').addEventListener('click', () => {
  const blob = new Blob([exportText(state)], { type: 'application/json' });
  const a = el('a');
  a.href = URL.createObjectURL(blob);
  a.download = 'sde-handbook-progress-' + today() + '.json';
  doc.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(a.href), 1000);
  message.textContent = 'Exported ' + plural(Object.keys(state.cards).length, 'card', 'cards') + ', ' + plural(Object.keys(state.read).length, 'chapter', 'chapters') + ' read.';
});
/** Imports an export file's text (validated, merged); returns the message shown. */
function importText(text) {
  try {
    const known = new Set(allCards().map((c) => c.id));
    const incoming = parseImport(text, known);
    state = merge(load(storage), incoming);
    persist();
    render();
    applyHideLevels();
    message.classList.remove('error');
    message.textContent = 'Imported ' + plural(Object.keys(incoming.cards).length, 'card', 'cards') + ', ' + plural(Object.keys(incoming.read).length, 'chapter', 'chapters') + ' read and ' + plural(Object.keys(incoming.plan).length, 'study plan tick', 'study plan ticks') + ', merged with this browser’s progress.';
  } catch (e) {
    message.classList.add('error');
    message.textContent = 'Import failed: ' + e.message;
  }
  return message.textContent;
}
$('[data-import]').addEventListener('change', (e) => {
  const file = e.target.files && e.target.files[0];
  if (!file) return;
  file.text().then(importText).finally(() => { e.target.value = ''; });
});
$('[data-reset]').addEventListener('click', () => {
  const box = el('span', 'reset-confirm');
  const yes = el('button', 'button danger', 'Delete all my progress');
  const no = el('button', 'button', 'Cancel');
  yes.type = no.type = 'button';
  yes.setAttribute('data-reset-confirm', '');
  message.classList.remove('error');
  message.replaceChildren('This deletes every rating, read mark and study plan tick in this browser. ', box);
  box.append(yes, ' ', no);
  yes.focus();
  yes.addEventListener('click', () => {
    try { storage.removeItem(KEY); } catch (err) { /* private mode */ }
    state = emptyState();
    render();
    applyHideLevels();
    message.textContent = 'Progress reset. Everything starts fresh.';
  });
  no.addEventListener('click', () => { message.textContent = 'Nothing was deleted.'; $('[data-reset]').focus(); });
});

// --- Start ------------------------------------------------------------------------------------------------
Promise.all([
  fetch(new URL('questions.json', siteRoot)).then((r) => r.json()),
  fetch(new URL('glossary.json', siteRoot)).then((r) => (r.ok ? r.json() : { terms: [] })).catch(() => ({ terms: [] }))
]).then(([questions, glossary]) => {
  bank = questions;
  glossary.terms.forEach((t) => { terms[t.id] = t; });
  bank.questions.forEach((q, i) => {
    if (firstIndex['p:' + q.part] === undefined) firstIndex['p:' + q.part] = i;
    if (firstIndex['c:' + q.chapter] === undefined) firstIndex['c:' + q.chapter] = i;
  });
  Object.keys(bank.chapters).forEach((c, i) => { if (firstIndex['c:' + c] === undefined) firstIndex['c:' + c] = 1e6 + i; });
  app.hidden = false;
  applyHideLevels();
  render();
}).catch(() => {
  const p = el('p', 'progress-message error', 'The questions could not be loaded. Reload the page, or use the downloads: ');
  const a = el('a', null, 'questions-anki.csv');
  a.href = new URL('questions-anki.csv', siteRoot).href;
  p.appendChild(a);
  app.insertAdjacentElement('beforebegin', p);
});
