// Practice sessions: one card at a time from the filtered questions, the due cards or the glossary deck; reveal,
// rate Again/Hard/Good/Easy (SM-2, sm2.js), SM-2's same-day repeats, a summary; keys Space/Enter, 1–4, Esc.
import { applyFilter } from './bank-core.js';
import { rate, needsRepeat, QUALITY, isDue } from './sm2.js';
import { ctx, doc, app, $, el, plural, persist, html, link, badges, today, siteRoot } from './page.js';

// --- Due cards ----------------------------------------------------------------------------------------
export function allCards() {
  if (!ctx.bank) return []; // nothing loaded (yet): no cards
  const cards = ctx.bank.questions.map((q) => ({ id: q.id, q }));
  Object.values(ctx.terms).forEach((t) => cards.push({ id: 'g:' + t.id, term: t }));
  return cards;
}
export function dueCards() { return allCards().filter((c) => isDue(ctx.state.cards[c.id], today())); }
export function renderDue() {
  const due = dueCards().length;
  const practised = Object.keys(ctx.state.cards).length;
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
  if (!ctx.bank) return; // the questions are not loaded (yet)
  let cards;
  if (mode === 'due') cards = dueCards();
  else if (mode === 'glossary') {
    const g = allCards().filter((c) => c.term);
    cards = g.filter((c) => isDue(ctx.state.cards[c.id], today())).concat(g.filter((c) => !ctx.state.cards[c.id])).slice(0, 20);
  } else cards = applyFilter(ctx.bank.questions, ctx.filter).map((q) => ({ id: q.id, q }));
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
    meta.append(ctx.bank.parts[q.part] + ' · ' + ctx.bank.chapters[q.chapter] + ' ', badges(q, false));
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
    const card = rate(ctx.state.cards[current.id], rating, today());
    if (current.q) card.chapter = current.q.chapter;
    ctx.state.cards[current.id] = card;
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
  const upcoming = ids.map((id) => ctx.state.cards[id].due).sort()[0];
  box.replaceChildren(
    el('h3', null, 'Session done'),
    el('p', null, 'You practised ' + plural(ids.length, 'card', 'cards') + ': ' + ['again', 'hard', 'good', 'easy'].map((r) => stats[r] + ' ' + r[0].toUpperCase() + r.slice(1)).join(', ') + '.'),
    el('p', null, upcoming ? 'The first of them comes back on ' + upcoming + '. ' + plural(dueCards().length, 'card is', 'cards are') + ' due today.' : ''));
  box.hidden = false;
  $('[data-session-progress]').textContent = '';
  box.setAttribute('tabindex', '-1');
  box.focus();
  ctx.render();
}
function end() {
  session.hidden = true;
  app.classList.remove('in-session');
  current = null;
  ctx.render();
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
