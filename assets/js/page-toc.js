// "On this page": on narrow screens the contents list becomes a sticky, collapsible bar under the header that
// names the current section; on every width the current section is highlighted while the reader scrolls
// (scroll-spy), and on wide screens the list keeps that entry in view.
(function (factory) {
  if (typeof module === 'object' && module.exports) {
    module.exports = factory(null);
  } else {
    factory(document);
  }
})(function (doc) {
  'use strict';

  // The current section: the last heading whose top has passed the line (px from the viewport top), else the
  // first. tops are the headings' viewport tops in document order. Pure, so Node tests it.
  function currentIndex(tops, line) {
    var at = 0;
    for (var i = 0; i < tops.length; i++) {
      if (tops[i] <= line) { at = i; } else { break; }
    }
    return at;
  }
  if (!doc) { return { currentIndex: currentIndex }; }

  var toc = doc.querySelector('.page-toc');
  var list = toc && toc.querySelector(':scope > ol');
  if (!list) { return null; }
  var links = Array.prototype.slice.call(list.querySelectorAll('a[href^="#"]'));
  var headings = links.map(function (a) { return doc.getElementById(decodeURIComponent(a.getAttribute('href').slice(1))); });
  if (headings.some(function (h) { return !h; })) {
    links = links.filter(function (a, i) { return headings[i]; });
    headings = headings.filter(Boolean);
  }

  // --- The collapsible bar (narrow screens; CSS shows the button only there) ---------------------
  list.id = list.id || 'page-toc-list';
  var toggle = doc.createElement('button');
  toggle.type = 'button';
  toggle.className = 'toc-toggle';
  toggle.setAttribute('aria-expanded', 'false');
  toggle.setAttribute('aria-controls', list.id);
  var label = doc.createElement('span');
  label.className = 'toc-toggle-label';
  label.textContent = 'On this page';
  var currentName = doc.createElement('span');
  currentName.className = 'toc-current';
  toggle.appendChild(label);
  toggle.appendChild(currentName);
  toc.insertBefore(toggle, list);
  toc.classList.add('toc-ready');

  function setOpen(open) {
    toc.classList.toggle('toc-open', open);
    toggle.setAttribute('aria-expanded', open ? 'true' : 'false');
  }
  toggle.addEventListener('click', function () { setOpen(!toc.classList.contains('toc-open')); });
  list.addEventListener('click', function (e) {
    if (e.target.closest('a')) { setOpen(false); }
  });
  doc.addEventListener('keydown', function (e) {
    if (e.key === 'Escape' && toc.classList.contains('toc-open')) { setOpen(false); toggle.focus(); }
  });
  doc.addEventListener('click', function (e) {
    if (toc.classList.contains('toc-open') && !toc.contains(e.target)) { setOpen(false); }
  });

  // --- Scroll-spy -----------------------------------------------------------------------------------
  var active = -1;
  function line() {
    // Below the sticky header (and the contents bar on narrow screens), with a little room.
    var header = doc.querySelector('.site-header');
    var h = header ? header.getBoundingClientRect().bottom : 0;
    var bar = toc.classList.contains('toc-ready') && getComputedStyle(toc).position === 'sticky' && getComputedStyle(toggle).display !== 'none'
      ? toggle.getBoundingClientRect().height : 0;
    return h + bar + 24;
  }
  function update() {
    var at = currentIndex(headings.map(function (h) { return h.getBoundingClientRect().top; }), line());
    if (at === active) { return; }
    if (active >= 0) { links[active].removeAttribute('aria-current'); }
    active = at;
    var link = links[at];
    link.setAttribute('aria-current', 'location');
    currentName.textContent = link.textContent;
    // Keep the entry in view inside the list when the list scrolls (wide screens), without moving the page.
    var box = toc.getBoundingClientRect();
    var r = link.getBoundingClientRect();
    if (toc.scrollHeight > toc.clientHeight && (r.top < box.top || r.bottom > box.bottom)) {
      toc.scrollTop += r.top - box.top - toc.clientHeight / 3;
    }
  }
  var queued = false;
  function schedule() {
    if (queued) { return; }
    queued = true;
    window.requestAnimationFrame(function () { queued = false; update(); });
  }
  window.addEventListener('scroll', schedule, { passive: true });
  window.addEventListener('resize', schedule);
  window.addEventListener('hashchange', schedule);
  update();
  return null;
});
