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

  // --- Navigation drawer (phones): a backdrop that closes it, Esc closes it, focus kept inside while open --------
  var navToggle = doc.querySelector('.nav-toggle');
  var drawer = doc.getElementById('sidebar');
  if (navToggle && drawer) {
    var backdrop = doc.createElement('div');
    backdrop.className = 'nav-backdrop';
    doc.body.appendChild(backdrop);
    var isOpen = function () { return doc.body.classList.contains('nav-open'); };
    var setDrawer = function (open, returnFocus) {
      doc.body.classList.toggle('nav-open', open);
      navToggle.setAttribute('aria-expanded', open ? 'true' : 'false');
      if (open) {
        var first = drawer.querySelector('[aria-current="page"]') || drawer.querySelector('a');
        if (first) { first.focus({ preventScroll: false }); }
      } else if (returnFocus) {
        navToggle.focus();
      }
    };
    navToggle.addEventListener('click', function () { setDrawer(!isOpen(), false); });
    backdrop.addEventListener('click', function () { setDrawer(false, true); });
    doc.addEventListener('keydown', function (e) {
      if (!isOpen()) { return; }
      if (e.key === 'Escape') {
        setDrawer(false, true);
      } else if (e.key === 'Tab') {
        // The drawer and its button form the trap: from the last link back to the button, and the reverse.
        var stops = [navToggle].concat(Array.prototype.slice.call(drawer.querySelectorAll('a[href]')));
        var at = stops.indexOf(doc.activeElement);
        e.preventDefault();
        var next = at < 0 ? 1 : (at + (e.shiftKey ? -1 : 1) + stops.length) % stops.length;
        stops[next].focus();
      }
    });
    // Back on a wide screen the drawer is the sidebar again: nothing to trap.
    window.matchMedia('(min-width: 821px)').addEventListener('change', function (m) { if (m.matches && isOpen()) { setDrawer(false, false); } });
  }

  // --- Sidebar parts fold on wide screens: the current part open, the others closed (the full list is 3 screens) ---
  doc.querySelectorAll('#sidebar .nav-part').forEach(function (part, i) {
    var list = part.querySelector('.nav-chapters');
    var link = part.querySelector('.nav-part-link');
    if (!list || !link) { return; }
    list.id = list.id || 'nav-chapters-' + i;
    var button = doc.createElement('button');
    button.type = 'button';
    button.className = 'nav-part-toggle';
    button.setAttribute('aria-controls', list.id);
    var label = doc.createElement('span');
    label.className = 'visually-hidden';
    label.textContent = 'Chapters of ' + link.textContent;
    button.appendChild(label);
    var setOpen = function (open) {
      part.classList.toggle('collapsed', !open);
      button.setAttribute('aria-expanded', open ? 'true' : 'false');
    };
    setOpen(part.classList.contains('current-part'));
    button.addEventListener('click', function () { setOpen(part.classList.contains('collapsed')); });
    link.after(button);
  });

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

  // --- Theme toggle: follow the system → dark → light → follow the system; a choice is remembered ------------
  var themeToggle = doc.querySelector('.theme-toggle');
  var systemDark = window.matchMedia ? window.matchMedia('(prefers-color-scheme: dark)') : null;
  function chosenTheme() { return doc.documentElement.getAttribute('data-theme'); }
  function currentTheme() {
    return chosenTheme() || (systemDark && systemDark.matches ? 'dark' : 'light');
  }
  var MODE_NAMES = { dark: 'dark', light: 'light' };
  function showTheme() {
    if (!themeToggle) { return; }
    var chosen = chosenTheme();
    themeToggle.setAttribute('aria-pressed', currentTheme() === 'dark' ? 'true' : 'false');
    themeToggle.setAttribute('data-mode', chosen || 'system');
    var next = chosen === null ? 'dark' : chosen === 'dark' ? 'light' : 'system';
    themeToggle.title = 'Theme: ' + (chosen ? MODE_NAMES[chosen] : 'as the system (' + currentTheme() + ')')
      + '. Click for ' + (next === 'system' ? 'the system theme' : next) + '.';
    var label = themeToggle.querySelector('.visually-hidden');
    if (label) { label.textContent = 'Dark theme' + (chosen ? '' : ' (following the system)'); }
  }
  if (themeToggle) {
    showTheme();
    if (systemDark && systemDark.addEventListener) { systemDark.addEventListener('change', showTheme); }
    themeToggle.addEventListener('click', function () {
      var chosen = chosenTheme();
      var next = chosen === null ? (currentTheme() === 'dark' ? 'light' : 'dark') : chosen === 'dark' && !(systemDark && systemDark.matches) ? 'light'
        : chosen === 'light' && systemDark && systemDark.matches ? 'dark' : null;
      if (next) {
        doc.documentElement.setAttribute('data-theme', next);
      } else {
        doc.documentElement.removeAttribute('data-theme');
      }
      try {
        if (next) { localStorage.setItem('handbook-theme', next); } else { localStorage.removeItem('handbook-theme'); }
      } catch (e) { /* private mode */ }
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
    // Below the term, or above it when there is no room below (near the bottom edge of the window).
    var below = r.bottom + 6 + tip.offsetHeight <= doc.documentElement.clientHeight || r.top - 6 - tip.offsetHeight < 0;
    var top = window.scrollY + (below ? r.bottom + 6 : r.top - 6 - tip.offsetHeight);
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

  // --- Glossary filter: names first, then definitions; letters without a match dimmed; the list brought into view -
  var filter = doc.getElementById('glossary-filter-input');
  if (filter) {
    var entries = Array.prototype.slice.call(doc.querySelectorAll('.glossary-entry[data-names]'));
    var letters = Array.prototype.slice.call(doc.querySelectorAll('.glossary-letter'));
    var count = doc.getElementById('glossary-filter-count');
    var definitions = entries.map(function (entry) {
      var short = entry.querySelector('.term-short');
      return (short ? short.textContent : '').toLowerCase();
    });
    var elsewhere = doc.createElement('a');
    elsewhere.className = 'glossary-search-all';
    var apply = function () {
      var q = filter.value.trim().toLowerCase();
      var shown = 0;
      var byName = entries.map(function (entry) {
        return !q || entry.getAttribute('data-names').split('|').some(function (n) { return n.indexOf(q) !== -1; });
      });
      // Names first; only when no name matches, the terms whose one-line definition mentions the words.
      var inDefinitions = q.length > 2 && byName.indexOf(true) < 0;
      entries.forEach(function (entry, i) {
        var match = byName[i] || (inDefinitions && definitions[i].indexOf(q) !== -1);
        entry.hidden = !match;
        if (match) { shown++; }
      });
      letters.forEach(function (section) {
        var any = section.querySelector('.glossary-entry:not([hidden])');
        section.hidden = !any;
        var link = doc.querySelector('.letter-bar a[href="#' + section.querySelector('h2').id + '"]');
        if (link) { link.classList.toggle('no-match', !any); }
      });
      if (count) {
        count.textContent = shown + (shown === 1 ? ' term' : ' terms') + (inDefinitions && shown > 0 ? ' whose definition mentions “' + filter.value.trim() + '”' : '');
        if (shown === 0 && q) {
          elsewhere.href = root + 'search.html?q=' + encodeURIComponent(filter.value.trim());
          elsewhere.textContent = 'Search the whole handbook for “' + filter.value.trim() + '”';
          count.appendChild(doc.createTextNode(' · '));
          count.appendChild(elsewhere);
        }
      }
    };
    filter.addEventListener('input', apply);
    // On a phone the matches start below the intro: bring the box to the top once the reader types.
    filter.addEventListener('input', function () {
      var r = filter.getBoundingClientRect();
      var header = doc.querySelector('.site-header');
      var top = header ? header.getBoundingClientRect().bottom : 0;
      if (window.innerWidth <= 820 && r.top > top + 80) { window.scrollBy(0, r.top - top - 8); }
    });
    // The letter being read is marked in the letter bar.
    var letterLinks = Array.prototype.slice.call(doc.querySelectorAll('.letter-bar a[href^="#letter-"]'));
    var letterQueued = false;
    var markLetter = function () {
      letterQueued = false;
      var bar = doc.querySelector('.letter-bar-nav');
      var line = bar ? bar.getBoundingClientRect().bottom + 8 : 120;
      var current = null;
      letterLinks.forEach(function (a) {
        var h = doc.getElementById(a.getAttribute('href').slice(1));
        if (h && h.getClientRects().length > 0 && h.getBoundingClientRect().top <= line) { current = a; }
      });
      letterLinks.forEach(function (a) {
        if (a === current) { a.setAttribute('aria-current', 'true'); } else { a.removeAttribute('aria-current'); }
      });
    };
    window.addEventListener('scroll', function () {
      if (!letterQueued) { letterQueued = true; window.requestAnimationFrame(markLetter); }
    }, { passive: true });
    markLetter();
    var fromUrl = new URLSearchParams(window.location.search).get('filter');
    if (fromUrl) { filter.value = fromUrl; apply(); }
  }

  // --- Glossary "Used in" lists: loaded from glossary-backlinks.json when the reader opens one --------------
  var backlinks = null;
  function fillBacklinks(details) {
    if (details.getAttribute('data-filled') !== null) { return; }
    details.setAttribute('data-filled', '');
    var status = doc.createElement('p');
    status.className = 'term-backlinks-status';
    status.textContent = 'Loading…';
    details.appendChild(status);
    if (!backlinks) {
      backlinks = fetch(root + 'glossary-backlinks.json').then(function (r) {
        if (!r.ok) { throw new Error('could not load the backlinks'); }
        return r.json();
      });
      backlinks.catch(function () { backlinks = null; });
    }
    backlinks.then(function (data) {
      var ul = doc.createElement('ul');
      (data[details.getAttribute('data-term')] || []).forEach(function (page) {
        var li = doc.createElement('li');
        var title = doc.createElement('span');
        title.className = 'term-backlinks-page';
        title.textContent = page.t;
        li.appendChild(title);
        li.appendChild(doc.createTextNode(': '));
        page.s.forEach(function (section, i) {
          if (i > 0) { li.appendChild(doc.createTextNode(', ')); }
          var a = doc.createElement('a');
          a.href = root + page.u + (section[0] ? '#' + section[0] : '');
          a.textContent = section[1] || 'the chapter';
          li.appendChild(a);
        });
        ul.appendChild(li);
      });
      status.remove();
      details.appendChild(ul);
    }).catch(function () {
      status.textContent = 'The list could not be loaded.';
      details.removeAttribute('data-filled');
      setTimeout(function () { status.remove(); }, 3000);
    });
  }
  doc.addEventListener('toggle', function (e) {
    var d = e.target;
    if (d.open && d.matches && d.matches('details.term-backlinks[data-term]')) { fillBacklinks(d); }
  }, true);

  // --- Code blocks and tables wider than the column scroll sideways: let the keyboard reach them too -------
  function markScrollable(el) {
    // No tolerance: axe-core counts a region as scrollable from the first pixel of overflow.
    if (el.scrollWidth > el.clientWidth || el.scrollHeight > el.clientHeight) {
      if (!el.hasAttribute('tabindex')) { el.setAttribute('tabindex', '0'); el.setAttribute('data-scrolls', ''); }
    } else if (el.hasAttribute('data-scrolls')) {
      el.removeAttribute('tabindex');
      el.removeAttribute('data-scrolls');
    }
  }
  function keyboardScrollable() {
    // ASCII diagrams a little wider than the column on a wide screen: a smaller font makes them fit (F11). On a
    // phone they scroll instead: shrunk to fit they would be unreadable.
    doc.querySelectorAll('.doc .diagram pre').forEach(function (pre) {
      pre.classList.remove('diagram-fit');
      if (window.innerWidth > 1100 && pre.scrollWidth > pre.clientWidth + 1 && pre.scrollWidth * 0.73 <= pre.clientWidth) {
        pre.classList.add('diagram-fit');
      }
    });
    doc.querySelectorAll('.doc pre, .doc table').forEach(markScrollable);
  }
  keyboardScrollable();
  // A listing can become wider than its column later (the on-page contents or a copy button taking room):
  // look again whenever one changes size.
  if ('ResizeObserver' in window) {
    var scrollWatch = new ResizeObserver(function (entries) {
      entries.forEach(function (entry) { markScrollable(entry.target); });
    });
    doc.querySelectorAll('.doc pre, .doc table').forEach(function (el) { scrollWatch.observe(el); });
  }
  // Again once every script has run: copy buttons widen the padding of code listings.
  window.addEventListener('load', keyboardScrollable);
  var resizing = null;
  window.addEventListener('resize', function () { clearTimeout(resizing); resizing = setTimeout(keyboardScrollable, 150); });

  // --- Diagrams drawn as SVG are scaled to the column: offer the full-size drawing (pinch-zoom on a phone) ------
  doc.querySelectorAll('.doc .imageblock img[src$=".svg"]').forEach(function (img) {
    if (img.closest('a')) { return; }
    var a = doc.createElement('a');
    a.className = 'diagram-full';
    a.href = img.getAttribute('src');
    a.textContent = 'Open the diagram full size';
    var box = img.closest('.imageblock');
    (box.querySelector('.content') || box).appendChild(a);
  });

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

  // --- Back to top: after two screens of scrolling ----------------------------------------------
  var topButton = doc.createElement('button');
  topButton.type = 'button';
  topButton.className = 'back-to-top';
  topButton.textContent = '↑ Top';
  topButton.setAttribute('aria-label', 'Back to top');
  topButton.hidden = true;
  doc.body.appendChild(topButton);
  topButton.addEventListener('click', function () {
    var reduce = window.matchMedia && window.matchMedia('(prefers-reduced-motion: reduce)').matches;
    window.scrollTo({ top: 0, behavior: reduce ? 'auto' : 'smooth' });
    var main = doc.getElementById('main');
    if (main) { main.focus({ preventScroll: true }); }
  });
  var topQueued = false;
  window.addEventListener('scroll', function () {
    if (topQueued) { return; }
    topQueued = true;
    window.requestAnimationFrame(function () {
      topQueued = false;
      topButton.hidden = window.scrollY < 2 * window.innerHeight;
    });
  }, { passive: true });

  // --- Prefetch the page behind an internal link the reader hovers or focuses (same origin, once each) -------
  var prefetched = {};
  var hoverTimer = null;
  function prefetch(a) {
    if (!a || !a.href || a.origin !== window.location.origin || a.hasAttribute('download')) { return; }
    var url = a.href.split('#')[0];
    if (prefetched[url] || url === window.location.href.split('#')[0] || !/\.html(\?|$)/.test(url)) { return; }
    if (navigator.connection && (navigator.connection.saveData || /2g/.test(navigator.connection.effectiveType || ''))) { return; }
    prefetched[url] = true;
    var link = doc.createElement('link');
    link.rel = 'prefetch';
    link.href = url;
    doc.head.appendChild(link);
  }
  doc.addEventListener('pointerover', function (e) {
    var a = e.target.closest && e.target.closest('a[href]');
    clearTimeout(hoverTimer);
    if (a) { hoverTimer = setTimeout(function () { prefetch(a); }, 80); }
  });
  doc.addEventListener('focusin', function (e) {
    if (e.target.matches && e.target.matches('a[href]:not(.term)')) { prefetch(e.target); }
  });

  window.handbookRoot = root;
})();
