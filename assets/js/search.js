// Search: lunr.js 2.3.9 with an index built at bake time (in Java, byte-identical to lunr's own).
// The index, its display store and lunr itself load on first use, not with every page; the index is rebuilt and
// searched in a Web Worker (search-worker.js), so loading it never blocks the page.
// Queries are built with idx.query (never idx.search), so input like "foo:", "a^" or "~2" cannot throw.
// Indexed text is only ever inserted with textContent: content can never inject markup.
(function () {
  'use strict';
  var doc = document;
  var root = doc.documentElement.getAttribute('data-root') || '';
  var MAX_POPUP = 8;
  var PAGE_SIZE = 20;
  var QUERY_EVERY = 120;
  var loading = null;
  var state = { index: null, store: null };

  function script(path) {
    return new Promise(function (resolve, reject) {
      var s = doc.createElement('script');
      s.src = root + path;
      s.onload = resolve;
      s.onerror = function () { reject(new Error('could not load ' + path)); };
      doc.head.appendChild(s);
    });
  }

  // The build's version of the search files: the index and the store are asked for with it, so that a cached
  // pair from an older build is never mixed with a newer one. Text files are named by their content.
  var version = doc.documentElement.getAttribute('data-search-version');

  function json(path) {
    return fetch(root + path).then(function (r) {
      if (!r.ok) { throw new Error('could not load ' + path); }
      return r.json();
    });
  }

  // The index is fetched and rebuilt by lunr.js in a worker (search-worker.js), which also runs the queries, so
  // the page never waits for it. The page itself loads lunr.js and search-core.js only to mark matched words in
  // text, and the store (titles, paths, opening words) to show results.
  var worker = null;
  var asked = 0;
  var waitingFor = {};
  function ask(message) {
    return new Promise(function (resolve, reject) {
      message.id = ++asked;
      waitingFor[message.id] = { resolve: resolve, reject: reject };
      worker.postMessage(message);
    });
  }
  function startWorker(v) {
    worker = new Worker(root + 'js/search-worker.js' + v);
    worker.onmessage = function (e) {
      var w = waitingFor[e.data.id];
      if (!w) { return; }
      delete waitingFor[e.data.id];
      if (e.data.error) { w.reject(new Error(e.data.error)); } else { w.resolve(e.data); }
    };
    worker.onerror = function () {
      Object.keys(waitingFor).forEach(function (id) { waitingFor[id].reject(new Error('search worker failed')); });
      waitingFor = {};
      worker = null;
    };
    return ask({ type: 'load', url: new URL(root + 'search-index.json' + v, window.location.href).href });
  }

  // Words to mark only (the page a result leads to): lunr.js and search-core.js, no index.
  var marking = null;
  function loadMarking() {
    if (!marking) {
      marking = script('js/lunr.min.js').then(function () { return script('js/search-core.js'); });
      marking.catch(function () { marking = null; });
    }
    return marking;
  }

  // Everything a search needs: the worker with its index, the store, and the marking code, side by side.
  function load() {
    if (loading) { return loading; }
    var v = version ? '?v=' + encodeURIComponent(version) : '';
    loading = Promise.all([worker ? Promise.resolve() : startWorker(v), json('search-store.json' + v), loadMarking()])
      .then(function (parts) {
        state.store = parts[1];
        state.index = true;
        return state;
      });
    loading.catch(function () { loading = null; if (worker) { worker.terminate(); worker = null; } });
    return loading;
  }

  // Query building and snippets live in search-core.js (tested under Node with the real lunr.js); queries run
  // in the worker, which answers the refs in rank order and the index terms that matched.
  function core() { return window.HandbookSearch; }
  function run(text) {
    return ask({ type: 'query', text: text }).then(function (found) {
      return { results: found.refs.map(function (ref) { return { ref: ref }; }), words: found.words, terms: found.terms, fuzzy: found.fuzzy };
    });
  }
  function snippetText(text, terms) { return core().snippet(text, terms); }

  // For the tests and the benchmark: the page's own worker, asked directly.
  window.HandbookSearchWorker = { load: load, ask: function (message) { return load().then(function () { return ask(message); }); } };

  // Appends the text with the matched words wrapped in <mark>, built from text nodes; returns the element.
  function highlighted(el, text, terms) {
    core().pieces(text, terms).forEach(function (p) {
      if (p.hit) {
        var mark = doc.createElement('mark');
        mark.textContent = p.text;
        el.appendChild(mark);
      } else {
        el.appendChild(doc.createTextNode(p.text));
      }
    });
    return el;
  }

  // The text a snippet is cut from at first: the opening words of the section (a glossary term's short
  // definition, "d", is stored once, before the rest).
  function storedText(entry) {
    return (entry.d ? entry.d + ' ' : '') + (entry.x || '');
  }

  // A section's whole text, from search-text/<g>.json (the sections of a page, named by the file's content),
  // fetched once and only when a result whose opening words have no match is shown.
  var texts = {};
  function wholeText(entry, ref) {
    var g = entry.g;
    if (!texts[g]) {
      texts[g] = json('search-text/' + g + '.json');
      texts[g].catch(function () { delete texts[g]; });
    }
    return texts[g].then(function (file) { return file[ref]; });
  }

  // Runs f when el scrolls into view (at once where IntersectionObserver is missing).
  var waiting = typeof WeakMap === 'function' ? new WeakMap() : null;
  var observer = waiting && 'IntersectionObserver' in window ? new IntersectionObserver(function (seen) {
    seen.forEach(function (e) {
      if (!e.isIntersecting) { return; }
      observer.unobserve(e.target);
      var f = waiting.get(e.target);
      waiting.delete(e.target);
      if (f) { f(); }
    });
  }) : null;
  function whenVisible(el, f) {
    if (!observer) { f(); return; }
    waiting.set(el, f);
    observer.observe(el);
  }

  // The snippet of a result: from the stored opening words when they contain a match; otherwise from the
  // section's whole text (on the results page once the result scrolls into view; in the popup once typing
  // pauses). data-source says which: "lead", "pending" or "whole".
  function fillSnippet(el, entry, ref, terms, lazy) {
    var lead = storedText(entry);
    var shown = snippetText(lead, terms);
    // The opening words of a longer text end in an ellipsis, as a snippet cut from inside a text does.
    highlighted(el, entry.g !== undefined && shown.slice(-1) !== '…' ? shown + '…' : shown, terms);
    if (entry.g === undefined || core().firstHit(lead, terms) >= 0) {
      el.setAttribute('data-source', 'lead');
      return;
    }
    el.setAttribute('data-source', 'pending');
    var upgrade = function () {
      wholeText(entry, ref).then(function (text) {
        if (!el.isConnected) { return; }
        if (text) {
          el.textContent = '';
          highlighted(el, snippetText(text, terms), terms);
        }
        el.setAttribute('data-source', 'whole');
      }).catch(function () { el.setAttribute('data-source', 'lead'); }); // the opening words stay
    };
    if (lazy) {
      whenVisible(el, upgrade);
    } else {
      // In the popup, only once typing pauses: results of a half-typed word are replaced before this runs.
      setTimeout(function () { if (el.isConnected) { upgrade(); } }, 250);
    }
  }

  function targetUrl(entry, words) {
    var url = entry.u;
    var hash = '';
    var i = url.indexOf('#');
    if (i >= 0) { hash = url.slice(i); url = url.slice(0, i); }
    return root + url + '?highlight=' + encodeURIComponent(words.join(' ')) + hash;
  }

  function resultElement(tag, cls, entry, ref, found, lazy) {
    var a = doc.createElement(tag === 'a' ? 'a' : 'a');
    a.className = cls;
    a.href = targetUrl(entry, found.words);
    var title = doc.createElement('span');
    title.className = 'search-hit-title';
    highlighted(title, entry.t, found.terms);
    var path = doc.createElement('span');
    path.className = 'search-hit-path';
    highlighted(path, entry.p, found.terms); // a section may match by its chapter's name alone
    var snippet = doc.createElement('span');
    snippet.className = 'search-hit-snippet';
    fillSnippet(snippet, entry, ref, found.terms, lazy);
    a.appendChild(title);
    a.appendChild(path);
    a.appendChild(snippet);
    return a;
  }

  // --- Header search box: search as you type, keyboard navigation ------------------------------
  var input = doc.getElementById('search-input');
  var popup = doc.getElementById('search-popup');
  var selected = -1;
  var timer = null;

  function options() { return popup ? popup.querySelectorAll('[role="option"]') : []; }

  function select(i) {
    var opts = options();
    if (opts.length === 0) { selected = -1; return; }
    selected = (i + opts.length) % opts.length;
    for (var k = 0; k < opts.length; k++) {
      opts[k].setAttribute('aria-selected', k === selected ? 'true' : 'false');
    }
    input.setAttribute('aria-activedescendant', opts[selected].id);
    opts[selected].scrollIntoView({ block: 'nearest' });
  }

  function closePopup() {
    if (!popup) { return; }
    popup.hidden = true;
    popup.textContent = '';
    input.setAttribute('aria-expanded', 'false');
    input.removeAttribute('aria-activedescendant');
    selected = -1;
  }

  function render(text, found) {
    popup.textContent = '';
    // A listbox may hold options only: the "no results" message is announced as a status instead.
    popup.setAttribute('role', found.results.length > 0 ? 'listbox' : 'status');
    if (found.results.length === 0) {
      var empty = doc.createElement('p');
      empty.className = 'search-empty';
      empty.textContent = 'No results for “' + text + '”.';
      popup.appendChild(empty);
    }
    found.results.slice(0, MAX_POPUP).forEach(function (r, i) {
      var entry = state.store.docs[r.ref];
      if (!entry) { return; }
      var a = resultElement('a', 'search-hit', entry, r.ref, found, false);
      a.id = 'search-option-' + i;
      a.setAttribute('role', 'option');
      a.setAttribute('aria-selected', 'false');
      a.tabIndex = -1;
      popup.appendChild(a);
    });
    if (found.results.length > 0) {
      var all = doc.createElement('a');
      all.className = 'search-hit search-all';
      all.href = root + 'search.html?q=' + encodeURIComponent(text);
      all.textContent = 'All ' + found.results.length + ' results';
      all.id = 'search-option-all';
      all.setAttribute('role', 'option');
      all.setAttribute('aria-selected', 'false');
      all.tabIndex = -1;
      popup.appendChild(all);
    }
    popup.hidden = false;
    input.setAttribute('aria-expanded', 'true');
    input.removeAttribute('aria-activedescendant'); // the old options are gone
    selected = -1;
  }

  if (input && popup) {
    input.setAttribute('role', 'combobox');
    input.setAttribute('aria-haspopup', 'listbox');
    popup.setAttribute('role', 'listbox');
    popup.setAttribute('aria-label', 'Search results');
    input.addEventListener('focus', function () { load().catch(function () {}); });
    // At most one query every QUERY_EVERY ms while the reader types (not only once typing pauses), so results of
    // what is typed so far appear while typing goes on; the last text is always searched. Answers come back in order:
    // an answer older than the one shown is dropped.
    var sent = 0;
    var lastSent = 0;
    var shown = 0;
    var issue = function () {
      timer = null;
      lastSent = Date.now();
      var text = input.value;
      var n = ++sent;
      if (!text.trim()) { shown = n; closePopup(); return; }
      load().then(function () { return run(text); }).then(function (found) {
        if (n > shown && input.value.trim()) { shown = n; render(text, found); }
      }).catch(function () {
        popup.textContent = '';
        popup.setAttribute('role', 'status');
        var p = doc.createElement('p');
        p.className = 'search-empty';
        p.textContent = 'Search could not be loaded.';
        popup.appendChild(p);
        popup.hidden = false;
      });
    };
    input.addEventListener('input', function () {
      if (timer) { return; }
      timer = setTimeout(issue, Math.max(0, QUERY_EVERY - (Date.now() - lastSent)));
    });
    input.addEventListener('keydown', function (e) {
      if (e.key === 'ArrowDown') { e.preventDefault(); select(selected + 1); }
      else if (e.key === 'ArrowUp') { e.preventDefault(); select(selected - 1); }
      else if (e.key === 'Enter') {
        var opts = options();
        if (!popup.hidden && opts.length > 0) {
          e.preventDefault();
          window.location.href = opts[selected >= 0 ? selected : 0].href;
        }
      } else if (e.key === 'Escape') {
        if (!popup.hidden) { e.preventDefault(); closePopup(); } else { input.blur(); }
      }
    });
    doc.addEventListener('click', function (e) {
      if (!input.contains(e.target) && !popup.contains(e.target)) { closePopup(); }
    });
    doc.addEventListener('keydown', function (e) {
      var t = e.target;
      var typing = t && (t.tagName === 'INPUT' || t.tagName === 'TEXTAREA' || t.isContentEditable);
      if (e.key === '/' && !typing && !e.ctrlKey && !e.metaKey && !e.altKey) {
        e.preventDefault();
        input.focus();
        input.select();
      }
    });
  }

  // --- The results page: search.html?q=...&page=N, PAGE_SIZE results a page ----------------------
  var list = doc.querySelector('.search-results-list');
  if (list) {
    var params = new URLSearchParams(window.location.search);
    var q = params.get('q') || '';
    var pageInput = doc.getElementById('search-page-input');
    var status = doc.querySelector('.search-status');
    var card = doc.querySelector('.search-glossary-card');
    var pager = doc.querySelector('.search-pages');
    if (pageInput) {
      pageInput.value = q;
      if (!q.trim()) { pageInput.focus(); }
    }
    if (input) { input.value = q; }
    if (q.trim()) {
      doc.title = '“' + q + '” · ' + doc.title;
      status.textContent = 'Searching…';
      load().then(function () { return run(q); }).then(function (found) {
        var total = found.results.length;
        var pages = Math.max(1, Math.ceil(total / PAGE_SIZE));
        var at = Math.min(pages, Math.max(1, parseInt(params.get('page'), 10) || 1));
        var first = (at - 1) * PAGE_SIZE;
        var shown = found.results.slice(first, first + PAGE_SIZE);
        list.textContent = '';
        list.start = first + 1;
        status.textContent = total === 0 ? 'No results for “' + q + '”.'
          : total + (total === 1 ? ' result' : ' results') + ' for “' + q + '”'
            + (found.fuzzy ? ' (allowing for typos)' : '')
            + (pages > 1 ? ', ' + (first + 1) + '–' + (first + shown.length) + ' shown.' : '.');
        if (at > 1) { doc.title = doc.title.replace(' · ', ' (page ' + at + ') · '); }
        // The glossary card shows the best term among the first results of the first page, unless it leads them.
        var termShown = at !== 1;
        shown.forEach(function (r, i) {
          var entry = state.store.docs[r.ref];
          if (!entry) { return; }
          // A term that is already the first result shows its definition there: no card repeating it (U4).
          if (entry.k === 'term' && i === 0) { termShown = true; }
          if (entry.k === 'term' && !termShown && i < 5 && card) {
            termShown = true;
            card.textContent = '';
            var h = doc.createElement('p');
            var strong = doc.createElement('a');
            strong.href = root + entry.u;
            strong.textContent = entry.t;
            h.appendChild(strong);
            var def = doc.createElement('p');
            def.textContent = entry.d || '';
            card.appendChild(h);
            card.appendChild(def);
            card.hidden = false;
          }
          var li = doc.createElement('li');
          li.appendChild(resultElement('a', 'search-result', entry, r.ref, found, true));
          list.appendChild(li);
        });
        if (pager && pages > 1) { fillPager(pager, q, at, pages); }
      }).catch(function () { status.textContent = 'Search could not be loaded.'; });
    }
  }

  // Links to the other pages of results: previous, numbers (the first, the last and two around this one), next.
  function fillPager(nav, text, at, pages) {
    var ol = doc.createElement('ol');
    function item(label, page, rel) {
      var li = doc.createElement('li');
      var el;
      if (page === at) {
        el = doc.createElement('span');
        el.setAttribute('aria-current', 'page');
      } else {
        el = doc.createElement('a');
        el.href = root + 'search.html?q=' + encodeURIComponent(text) + (page > 1 ? '&page=' + page : '');
        if (rel) { el.rel = rel; }
      }
      el.textContent = label;
      if (/^\d+$/.test(label)) { el.setAttribute('aria-label', 'Page ' + label); }
      li.appendChild(el);
      ol.appendChild(li);
    }
    if (at > 1) { item('Previous', at - 1, 'prev'); }
    var last = 0;
    for (var p = 1; p <= pages; p++) {
      if (p === 1 || p === pages || Math.abs(p - at) <= 2) {
        if (p > last + 1) {
          var gap = doc.createElement('li');
          gap.textContent = '…';
          gap.setAttribute('aria-hidden', 'true');
          ol.appendChild(gap);
        }
        item(String(p), p);
        last = p;
      }
    }
    if (at < pages) { item('Next', at + 1, 'next'); }
    nav.textContent = '';
    nav.appendChild(ol);
    nav.hidden = false;
  }

  // --- On a page opened from a result: highlight the words; Esc or the button clears ------------
  var words = new URLSearchParams(window.location.search).get('highlight');
  var article = doc.querySelector('article.doc');
  if (words && article) {
    loadMarking().then(function () {
      var terms = window.lunr.tokenizer(words).map(function (t) { return window.lunr.stemmer(t).toString(); });
      // "scd type 2": a lone number or letter next to real words would be marked all over the page; leave it out.
      var longer = terms.filter(function (t) { return t.length > 2 && !/^\d+$/.test(t); });
      if (longer.length > 0) { terms = longer; }
      var walker = doc.createTreeWalker(article, NodeFilter.SHOW_TEXT, null);
      var nodes = [];
      while (walker.nextNode()) { nodes.push(walker.currentNode); }
      var marks = 0;
      nodes.forEach(function (node) {
        if (!node.nodeValue.trim() || node.parentNode.closest('script, style, .term-definitions')) { return; }
        var frag = doc.createDocumentFragment();
        var span = doc.createElement('span');
        highlighted(span, node.nodeValue, terms);
        if (span.querySelector('mark')) {
          span.querySelectorAll('mark').forEach(function (m) { m.className = 'search-highlight'; marks++; });
          while (span.firstChild) { frag.appendChild(span.firstChild); }
          node.parentNode.replaceChild(frag, node);
        }
      });
      if (marks === 0) { return; }
      openMatchingAnswer(terms);
      var bar = doc.createElement('div');
      bar.className = 'highlight-bar';
      bar.setAttribute('role', 'status');
      bar.textContent = 'Highlighted: ' + words;
      var clear = doc.createElement('button');
      clear.type = 'button';
      clear.textContent = 'Clear';
      clear.setAttribute('aria-keyshortcuts', 'Escape');
      var key = doc.createElement('span');
      key.className = 'key-hint';
      key.textContent = ' (Esc)';
      clear.appendChild(key);
      bar.appendChild(clear);
      doc.body.appendChild(bar);
      var unmark = function () {
        doc.querySelectorAll('mark.search-highlight').forEach(function (m) {
          m.parentNode.replaceChild(doc.createTextNode(m.textContent), m);
        });
        article.normalize();
        bar.remove();
        doc.removeEventListener('keydown', onEsc);
      };
      var onEsc = function (e) {
        if (e.key === 'Escape' && (!input || doc.activeElement !== input)) { unmark(); }
      };
      clear.addEventListener('click', unmark);
      doc.addEventListener('keydown', onEsc);
    }).catch(function () {});
  }

  // A result that lands on a section whose model answers (collapsed <details>) hold the matched words opens the
  // answer that matches best: the most distinct query words, then the most marks. Others stay closed.
  function openMatchingAnswer(terms) {
    var hash = window.location.hash ? decodeURIComponent(window.location.hash.slice(1)) : '';
    var target = hash && doc.getElementById(hash);
    var section = target ? (target.closest('.sect1, .sect2, .sect3, section') || target.parentNode) : article;
    var best = null;
    var bestScore = [0, 0];
    section.querySelectorAll('details:not([open])').forEach(function (d) {
      var marks = d.querySelectorAll('mark.search-highlight');
      if (marks.length === 0) { return; }
      var distinct = {};
      marks.forEach(function (m) {
        var t = m.textContent.toLowerCase();
        terms.forEach(function (term) { if (core().isHit(t, [term])) { distinct[term] = true; } });
      });
      var score = [Object.keys(distinct).length, marks.length];
      if (score[0] > bestScore[0] || (score[0] === bestScore[0] && score[1] > bestScore[1])) { best = d; bestScore = score; }
    });
    if (!best) { return; }
    best.open = true;
    best.setAttribute('data-opened-by-search', '');
    var reduce = window.matchMedia && window.matchMedia('(prefers-reduced-motion: reduce)').matches;
    best.scrollIntoView({ block: 'start', behavior: reduce ? 'auto' : 'smooth' });
  }
})();
