// The handbook's page behaviour: navigation drawer, theme toggle, glossary tooltips and filter, print.
// Search lives in search.js. No library, no innerHTML of content: text goes in through textContent.
(function () {
  'use strict';
  var doc = document;
  var root = doc.documentElement.getAttribute('data-root') || '';

  // --- 404.html answers any missing URL and resolves its links through <base href>: point its same-page links
  // ("#main" of the skip link) at this URL, or they would lead to the home page.
  if (doc.querySelector('base[href]')) {
    doc.querySelectorAll('a[href^="#"]').forEach(function (a) {
      // One leading slash only: on //evil.example/x the path would otherwise be read as another host.
      a.setAttribute('href', '/' + window.location.pathname.replace(/^[\/\\]+/, '') + window.location.search + a.getAttribute('href'));
    });
  }

  // --- Search form: the Content-Security-Policy allows no form submissions (form-action 'none'), so the
  // results page is opened by URL, exactly as the form's GET would.
  var searchForm = doc.querySelector('form.search-form');
  if (searchForm) {
    searchForm.addEventListener('submit', function (e) {
      e.preventDefault();
      var q = searchForm.querySelector('input[name="q"]');
      window.location.href = searchForm.getAttribute('action') + '?q=' + encodeURIComponent(q ? q.value : '');
    });
  }

  // --- Navigation drawer (phones) -------------------------------------------------------------
  var navToggle = doc.querySelector('.nav-toggle');
  if (navToggle) {
    navToggle.addEventListener('click', function () {
      var open = doc.body.classList.toggle('nav-open');
      navToggle.setAttribute('aria-expanded', open ? 'true' : 'false');
    });
    doc.addEventListener('keydown', function (e) {
      if (e.key === 'Escape' && doc.body.classList.contains('nav-open')) {
        doc.body.classList.remove('nav-open');
        navToggle.setAttribute('aria-expanded', 'false');
        navToggle.focus();
      }
    });
  }

  // --- Sidebar: scroll the current page into view (the chapter list is longer than a screen) --------
  var sidebar = doc.getElementById('sidebar');
  var current = sidebar && sidebar.querySelector('[aria-current="page"]');
  if (current) {
    var box = sidebar.getBoundingClientRect();
    var at = current.getBoundingClientRect();
    if (at.top < box.top || at.bottom > box.bottom) {
      sidebar.scrollTop += at.top - box.top - sidebar.clientHeight / 3;
    }
  }

  // --- Theme toggle: remembered in localStorage, otherwise follows the system ---------------------
  var themeToggle = doc.querySelector('.theme-toggle');
  function currentTheme() {
    var set = doc.documentElement.getAttribute('data-theme');
    if (set) { return set; }
    return window.matchMedia && window.matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
  }
  function showTheme() {
    if (themeToggle) { themeToggle.setAttribute('aria-pressed', currentTheme() === 'dark' ? 'true' : 'false'); }
  }
  if (themeToggle) {
    showTheme();
    themeToggle.addEventListener('click', function () {
      var next = currentTheme() === 'dark' ? 'light' : 'dark';
      doc.documentElement.setAttribute('data-theme', next);
      try { localStorage.setItem('handbook-theme', next); } catch (e) { /* private mode */ }
      showTheme();
    });
  }

  // --- Glossary tooltips: hover, keyboard focus and touch; Esc closes -----------------------------
  var tip = null;
  var tipOwner = null;
  function hideTip() {
    if (tip) { tip.hidden = true; }
    tipOwner = null;
  }
  function showTip(link) {
    var id = link.getAttribute('aria-describedby');
    var source = id && doc.getElementById(id);
    if (!source) { return; }
    if (!tip) {
      tip = doc.createElement('div');
      tip.className = 'term-tip';
      tip.setAttribute('role', 'tooltip');
      tip.id = 'term-tip-popup';
      doc.body.appendChild(tip);
      tip.addEventListener('mouseleave', hideTip);
    }
    tip.textContent = '';
    var name = doc.createElement('span');
    name.className = 'term-tip-name';
    name.textContent = source.getAttribute('data-name') || link.textContent;
    tip.appendChild(name);
    tip.appendChild(doc.createTextNode(source.textContent));
    tip.hidden = false;
    var r = link.getBoundingClientRect();
    var top = window.scrollY + r.bottom + 6;
    var left = Math.max(8, Math.min(window.scrollX + r.left, window.scrollX + doc.documentElement.clientWidth - tip.offsetWidth - 8));
    tip.style.top = top + 'px';
    tip.style.left = left + 'px';
    tipOwner = link;
  }
  doc.querySelectorAll('a.term[aria-describedby]').forEach(function (link) {
    link.addEventListener('mouseenter', function () { showTip(link); });
    link.addEventListener('mouseleave', function (e) {
      if (!tip || e.relatedTarget !== tip) { hideTip(); }
    });
    link.addEventListener('focus', function () { showTip(link); });
    link.addEventListener('blur', hideTip);
    // Touch: the first tap shows the definition, a second tap follows the link.
    link.addEventListener('touchend', function (e) {
      if (tipOwner !== link) { e.preventDefault(); showTip(link); }
    });
  });
  doc.addEventListener('keydown', function (e) {
    if (e.key === 'Escape' && tipOwner) { hideTip(); }
  });
  doc.addEventListener('touchstart', function (e) {
    if (tipOwner && e.target !== tipOwner && !(tip && tip.contains(e.target))) { hideTip(); }
  }, { passive: true });

  // --- Glossary filter ---------------------------------------------------------------------------
  var filter = doc.getElementById('glossary-filter-input');
  if (filter) {
    var entries = Array.prototype.slice.call(doc.querySelectorAll('.glossary-entry[data-names]'));
    var letters = Array.prototype.slice.call(doc.querySelectorAll('.glossary-letter'));
    var count = doc.getElementById('glossary-filter-count');
    var apply = function () {
      var q = filter.value.trim().toLowerCase();
      var shown = 0;
      entries.forEach(function (entry) {
        var match = !q || entry.getAttribute('data-names').split('|').some(function (n) { return n.indexOf(q) !== -1; });
        entry.hidden = !match;
        if (match) { shown++; }
      });
      letters.forEach(function (section) {
        var any = section.querySelector('.glossary-entry:not([hidden])');
        section.hidden = !any;
      });
      if (count) { count.textContent = shown + (shown === 1 ? ' term' : ' terms'); }
    };
    filter.addEventListener('input', apply);
    var fromUrl = new URLSearchParams(window.location.search).get('filter');
    if (fromUrl) { filter.value = fromUrl; apply(); }
  }

  // --- Code blocks and tables wider than the column scroll sideways: let the keyboard reach them too -------
  function keyboardScrollable() {
    doc.querySelectorAll('.doc pre, .doc table').forEach(function (el) {
      if (el.scrollWidth > el.clientWidth + 1) {
        if (!el.hasAttribute('tabindex')) { el.setAttribute('tabindex', '0'); el.setAttribute('data-scrolls', ''); }
      } else if (el.hasAttribute('data-scrolls')) {
        el.removeAttribute('tabindex');
        el.removeAttribute('data-scrolls');
      }
    });
  }
  keyboardScrollable();
  var resizing = null;
  window.addEventListener('resize', function () { clearTimeout(resizing); resizing = setTimeout(keyboardScrollable, 150); });

  // --- Print: open every model answer -----------------------------------------------------------
  var reopen = [];
  window.addEventListener('beforeprint', function () {
    doc.querySelectorAll('details:not([open])').forEach(function (d) { d.open = true; reopen.push(d); });
  });
  window.addEventListener('afterprint', function () {
    reopen.forEach(function (d) { d.open = false; });
    reopen = [];
  });

  // Open the model answer a link points into (e.g. from a search result).
  function openTarget() {
    if (!window.location.hash) { return; }
    var el = doc.getElementById(decodeURIComponent(window.location.hash.slice(1)));
    var details = el && el.closest('details');
    if (details) { details.open = true; }
  }
  window.addEventListener('hashchange', openTarget);
  openTarget();

  window.handbookRoot = root;
})();
