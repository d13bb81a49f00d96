// The practice page: the question bank (bank-filters.js), practice sessions and the glossary deck
// (bank-session.js), export / import / reset (bank-transfer.js), around logic tested under Node (bank-core.js,
// sm2.js, store.js). This entry loads questions.json and glossary.json (same origin) and starts them.
import { ctx, app, el, siteRoot } from './page.js';
import { indexBank, renderFilters, renderList, setFilter, applyHideLevels } from './bank-filters.js';
import { renderDue } from './bank-session.js';
import './bank-transfer.js';

ctx.render = () => { renderFilters(); renderList(); renderDue(); };
ctx.setFilter = setFilter;

Promise.all([
  fetch(new URL('questions.json', siteRoot)).then((r) => r.json()),
  fetch(new URL('glossary.json', siteRoot)).then((r) => (r.ok ? r.json() : { terms: [] })).catch(() => ({ terms: [] }))
]).then(([questions, glossary]) => {
  ctx.bank = questions;
  glossary.terms.forEach((t) => { ctx.terms[t.id] = t; });
  indexBank();
  app.hidden = false;
  applyHideLevels();
  ctx.render();
}).catch(() => {
  const p = el('p', 'progress-message error', 'The questions could not be loaded. Reload the page, or use the downloads: ');
  const a = el('a', null, 'questions-anki.csv');
  a.href = new URL('questions-anki.csv', siteRoot).href;
  p.appendChild(a);
  app.insertAdjacentElement('beforebegin', p);
});
