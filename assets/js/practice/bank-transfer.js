// Export (a JSON file download), import (validated and merged by store.js, with a clear error) and reset (confirmed
// in the page) of the reader's progress.
import { KEY, load, emptyState, exportText, parseImport, merge } from './store.js';
import { ctx, doc, $, el, plural, persist, storage, today } from './page.js';
import { allCards } from './bank-session.js';
import { applyHideLevels } from './bank-filters.js';

const message = $('[data-message]');
$('[data-export]').addEventListener('click', () => {
  const blob = new Blob([exportText(ctx.state)], { type: 'application/json' });
  const a = el('a');
  a.href = URL.createObjectURL(blob);
  a.download = 'sde-handbook-progress-' + today() + '.json';
  doc.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(a.href), 1000);
  message.textContent = 'Exported ' + plural(Object.keys(ctx.state.cards).length, 'card', 'cards') + ', ' + plural(Object.keys(ctx.state.read).length, 'chapter', 'chapters') + ' read.';
});
/** Imports an export file's text (validated, merged); returns the message shown. */
function importText(text) {
  try {
    const known = new Set(allCards().map((c) => c.id));
    const incoming = parseImport(text, known);
    ctx.state = merge(load(storage), incoming);
    persist();
    ctx.render();
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
    ctx.state = emptyState();
    ctx.render();
    applyHideLevels();
    message.textContent = 'Progress reset. Everything starts fresh.';
  });
  no.addEventListener('click', () => { message.textContent = 'Nothing was deleted.'; $('[data-reset]').focus(); });
});
