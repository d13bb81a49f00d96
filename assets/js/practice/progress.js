// Progress on every page, from the practice state in localStorage (store.js): marks on chapter links in the
// sidebar and on cards, "Mark as read" at the end of a chapter, the study plan's days as checklists, a timer for
// each coding challenge, and the home page's front door (due cards, plan progress, continue where you stopped).
// No network: everything comes from the page (data-chapter / data-questions hooks written by the build) and the state.
import { load, save } from './store.js';
import { dayOf } from './sm2.js';
import { practisedPerChapter } from './bank-core.js';

const doc = document;
const storage = window.localStorage;
const siteRoot = new URL(doc.documentElement.getAttribute('data-root') || './', window.location.href);
const pageUri = decodeURIComponent(window.location.pathname.slice(siteRoot.pathname.length)) || 'index.html';
const today = () => dayOf(Date.now());

function el(tag, cls, text) {
  const e = doc.createElement(tag);
  if (cls) e.className = cls;
  if (text !== undefined) e.textContent = text;
  return e;
}

function plural(n, one, many) {
  return n + ' ' + (n === 1 ? one : many);
}

/** Chapter and part links: how many of their questions were practised, and whether the chapter was read. */
function decorateLinks(state) {
  const practised = practisedPerChapter(state);
  const partPractised = {};
  const partRead = {};
  Object.entries(practised).forEach(([uri, n]) => { const p = uri.split('/')[0]; partPractised[p] = (partPractised[p] || 0) + n; });
  Object.keys(state.read).forEach((uri) => { const p = uri.split('/')[0]; partRead[p] = (partRead[p] || 0) + 1; });
  doc.querySelectorAll('.progress-mark, .card-progress').forEach((e) => e.remove());
  doc.querySelectorAll('a[data-chapter], a[data-part]').forEach((a) => {
    const total = Number(a.getAttribute('data-questions')) || 0;
    const chapter = a.getAttribute('data-chapter');
    const done = chapter ? Math.min(practised[chapter] || 0, total) : Math.min(partPractised[a.getAttribute('data-part')] || 0, total);
    const read = chapter ? !!state.read[chapter] : false;
    const inCard = !!a.closest('.card');
    if (inCard) {
      const parts = [];
      if (chapter && read) parts.push('Read');
      if (!chapter && partRead[a.getAttribute('data-part')]) parts.push(plural(partRead[a.getAttribute('data-part')], 'chapter read', 'chapters read'));
      if (total) parts.push(done + ' of ' + plural(total, 'question', 'questions') + ' practised');
      if (parts.length && (read || done || !chapter && partRead[a.getAttribute('data-part')])) a.appendChild(el('span', 'card-progress', parts.join(' · ')));
    } else if (chapter && (read || done)) {
      const mark = el('span', 'progress-mark');
      mark.appendChild(el('span', null, (read ? '✓' : '') + (done ? (read ? ' ' : '') + done + '/' + total : '')));
      mark.firstChild.setAttribute('aria-hidden', 'true');
      mark.appendChild(el('span', 'visually-hidden', ' (' + [read ? 'read' : '', done ? done + ' of ' + total + ' questions practised' : ''].filter(Boolean).join(', ') + ')'));
      a.appendChild(mark);
    }
  });
}

/** The end of a chapter: a toggle that marks it read; and remember it as the place to continue. */
function chapterTools(state) {
  const article = doc.querySelector('article.doc.chapter');
  if (!article) return;
  const title = (article.querySelector('h1') || {}).textContent || pageUri;
  state.last = { uri: pageUri, title: title.trim(), at: today() };
  save(storage, state);
  const box = el('div', 'mark-read');
  const button = el('button', 'button');
  button.type = 'button';
  const show = () => {
    const read = !!state.read[pageUri];
    button.setAttribute('aria-pressed', read ? 'true' : 'false');
    button.textContent = read ? 'Read ✓' : 'Mark chapter as read';
  };
  button.addEventListener('click', () => {
    if (state.read[pageUri]) delete state.read[pageUri]; else state.read[pageUri] = today();
    save(storage, state);
    show();
    decorateLinks(state);
  });
  show();
  box.appendChild(button);
  const practise = el('a', 'mark-read-practise', 'Practise this chapter’s questions');
  practise.href = new URL('practice.html?chapter=' + encodeURIComponent(pageUri), siteRoot).href;
  box.appendChild(practise);
  article.appendChild(box);
}

/** The study plan's tables (one row a day or week) and the last-week list become checklists. */
function studyPlan(state) {
  ['the-two-week-plan', 'the-four-week-plan', 'the-last-week-checklist'].forEach((sectionId) => {
    const heading = doc.getElementById(sectionId);
    const section = heading && heading.parentElement;
    if (!section) return;
    const items = section.querySelector('table')
      ? Array.from(section.querySelectorAll('table tbody tr')).map((tr) => tr.cells[0])
      : Array.from(section.querySelectorAll('li'));
    if (!items.length) return;
    const status = el('p', 'plan-progress');
    status.setAttribute('role', 'status');
    const unit = section.querySelector('table') ? (sectionId === 'the-four-week-plan' ? ['week', 'weeks'] : ['day', 'days']) : ['item', 'items'];
    const count = () => {
      const done = items.filter((_, i) => state.plan[sectionId + ':' + (i + 1)]).length;
      status.textContent = done + ' of ' + plural(items.length, unit[0], unit[1]) + ' done';
    };
    items.forEach((cell, i) => {
      const key = sectionId + ':' + (i + 1);
      const box = el('input', 'plan-check');
      box.type = 'checkbox';
      box.id = 'plan-' + sectionId + '-' + (i + 1);
      box.checked = !!state.plan[key];
      const label = (cell.textContent || '').trim().split('\n')[0].slice(0, 60);
      box.setAttribute('aria-label', (unit[0] === 'item' ? '' : unit[0][0].toUpperCase() + unit[0].slice(1) + ' ') + label + ' done');
      box.addEventListener('change', () => {
        if (box.checked) state.plan[key] = true; else delete state.plan[key];
        save(storage, state);
        count();
      });
      cell.insertBefore(box, cell.firstChild);
    });
    count();
    (section.querySelector('table') || section.querySelector('ul') || heading).insertAdjacentElement('beforebegin', status);
  });
}

/** An optional timer per coding challenge, next to its "Show solution". */
function challengeTimers() {
  doc.querySelectorAll('[data-challenge] > details.solution').forEach((details) => {
    const bar = el('p', 'challenge-timer');
    const button = el('button', 'button', 'Start timer');
    button.type = 'button';
    const time = el('span', 'timer-value', '0:00');
    time.setAttribute('role', 'timer');
    let started = 0;
    let tick = null;
    const render = () => {
      const s = Math.floor((Date.now() - started) / 1000);
      time.textContent = Math.floor(s / 60) + ':' + String(s % 60).padStart(2, '0');
    };
    button.addEventListener('click', () => {
      if (tick) {
        clearInterval(tick);
        tick = null;
        button.textContent = 'Start timer';
      } else {
        started = Date.now();
        render();
        tick = setInterval(render, 1000);
        button.textContent = 'Stop timer';
      }
    });
    bar.append(button, ' ', time);
    details.insertAdjacentElement('beforebegin', bar);
    const summary = details.querySelector('summary');
    details.addEventListener('toggle', () => { summary.textContent = details.open ? 'Hide solution' : 'Show solution'; });
  });
}

/** Home: due cards, plan progress and the last chapter visited. */
function frontDoor(state) {
  const due = Object.values(state.cards).filter((c) => c.due && c.due <= today()).length;
  const practised = Object.keys(state.cards).length;
  const dueLine = doc.querySelector('[data-due-summary]');
  if (dueLine && practised) dueLine.textContent = plural(due, 'card', 'cards') + ' due today · ' + practised + ' practised';
  doc.querySelectorAll('[data-plan-progress]').forEach((e) => {
    const id = e.getAttribute('data-plan-progress');
    const done = Object.keys(state.plan).filter((k) => k.startsWith(id + ':')).length;
    if (done) e.textContent = done + (id === 'the-four-week-plan' ? ' weeks' : ' days') + ' ticked off · continue the plan';
  });
  const cont = doc.querySelector('[data-continue]');
  if (cont && state.last) {
    const link = cont.querySelector('[data-continue-link]');
    link.href = new URL(state.last.uri, siteRoot).href;
    cont.querySelector('[data-continue-title]').textContent = state.last.title;
    cont.hidden = false;
  }
}

/** A link to a question (#its-id) opens it. */
function openLinkedQuestion() {
  const id = decodeURIComponent(window.location.hash.slice(1));
  const target = id && doc.getElementById(id);
  if (target && target.tagName === 'DETAILS') target.open = true;
}

const state = load(storage);
decorateLinks(state);
chapterTools(state);
studyPlan(state);
challengeTimers();
frontDoor(state);
openLinkedQuestion();
window.addEventListener('hashchange', openLinkedQuestion);
window.addEventListener('storage', (e) => { if (e.key === null || e.key === 'sde-handbook-practice') decorateLinks(load(storage)); });
