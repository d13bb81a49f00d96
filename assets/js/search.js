// Search: lunr.js 2.3.9 with an index built at bake time (in Java, byte-identical to lunr's own).
// The index, its display store and lunr itself load on first use, not with every page.
// Queries are built with idx.query (never idx.search), so input like "foo:", "a^" or "~2" cannot throw.
// Indexed text is only ever inserted with textContent: content can never inject markup.
(function () {
  'use strict';
  var doc = document;
  var root = doc.documentElement.getAttribute('data-root') || '';
  var MAX_POPUP = 8;
  var MAX_PAGE = 50;
  var loading = null;
  var state = { index: null, store: null };

  function load() {
    if (loading) { return loading; }
    loading = new Promise(function (resolve, reject) {
      var s = doc.createElement('script');
      s.src = root + 'js/lunr.min.js';
      s.onload = resolve;
      s.onerror = function () { reject(new Error('could not load lunr.min.js')); };
      doc.head.appendChild(s);
    }).then(function () {
      return Promise.all([
        fetch(root + 'search-index.json').then(function (r) { return r.json(); }),
        fetch(root + 'search-store.json').then(function (r) { return r.json(); })
      ]);
    }).then(function (parts) {
      state.index = window.lunr.Index.load(parts[0]);
      state.store = parts[1];
      return state;
    });
    loading.catch(function () { loading = null; });
    return loading;
  }

  // --- Query building ------------------------------------------------------------------------
  // The same tokenizer, trimmer and stop-word filter as the index; the query pipeline stems.
  function queryWords(text) {
    var lunr = window.lunr;
    return lunr.tokenizer(text).map(function (t) {
      var trimmed = lunr.trimmer(t);
      return trimmed && lunr.stopWordFilter(trimmed) ? trimmed.toString() : '';
    }).filter(function (w) { return w.length > 0; });
  }

  function run(text) {
    var lunr = window.lunr;
    var words = queryWords(text);
    if (words.length === 0) { return { results: [], words: [] }; }
    var partial = /[^\s\-]$/.test(text) ? words[words.length - 1] : null;
    var results = state.index.query(function (q) {
      words.forEach(function (w) {
        q.term(w, { boost: 10 });  // stemmed by the search pipeline
        if (w === partial && w.length > 1) {
          // The word being typed: also a prefix match on the raw word (wildcards skip the stemmer).
          q.term(w, { usePipeline: false, wildcard: lunr.Query.wildcard.TRAILING, boost: 2 });
        }
      });
    });
    var fuzzy = false;
    if (results.length === 0) {
      // Nothing matched: allow one typo per word ("kafak", "idempotancy").
      fuzzy = true;
      results = state.index.query(function (q) {
        words.forEach(function (w) {
          q.term(w, { usePipeline: false, editDistance: w.length > 4 ? 2 : 1, boost: 1 });
          q.term(w, { editDistance: 1, boost: 1 });
        });
      });
    }
    var matched = {};
    results.forEach(function (r) {
      Object.keys(r.matchData.metadata).forEach(function (term) { matched[term] = true; });
    });
    return { results: results, words: words, terms: Object.keys(matched), fuzzy: fuzzy };
  }

  // --- Snippets --------------------------------------------------------------------------------
  function isHit(word, terms) {
    var lunr = window.lunr;
    var w = word.toLowerCase().replace(/^\W+/, '').replace(/\W+$/, '');
    if (!w) { return false; }
    var stem = lunr.stemmer(new lunr.Token(w)).toString();
    return terms.some(function (t) { return t && (stem === t || w === t || (t.length > 2 && w.indexOf(t) === 0)); });
  }

  // Appends the text with the matched words wrapped in <mark>; returns the element.
  function highlighted(el, text, terms) {
    var re = /[^\s\-]+/g;
    var last = 0;
    var m;
    while ((m = re.exec(text)) !== null) {
      if (isHit(m[0], terms)) {
        el.appendChild(doc.createTextNode(text.slice(last, m.index)));
        var mark = doc.createElement('mark');
        mark.textContent = m[0];
        el.appendChild(mark);
        last = m.index + m[0].length;
      }
    }
    el.appendChild(doc.createTextNode(text.slice(last)));
    return el;
  }

  function snippetText(text, terms) {
    var re = /[^\s\-]+/g;
    var m;
    var at = -1;
    while ((m = re.exec(text)) !== null) {
      if (isHit(m[0], terms)) { at = m.index; break; }
    }
    if (at < 0) { return text.slice(0, 160) + (text.length > 160 ? '…' : ''); }
    var start = Math.max(0, at - 60);
    var end = Math.min(text.length, at + 120);
    if (start > 0) { start = text.indexOf(' ', start) + 1 || start; }
    return (start > 0 ? '…' : '') + text.slice(start, end) + (end < text.length ? '…' : '');
  }

  function targetUrl(entry, words) {
    var url = entry.u;
    var hash = '';
    var i = url.indexOf('#');
    if (i >= 0) { hash = url.slice(i); url = url.slice(0, i); }
    return root + url + '?highlight=' + encodeURIComponent(words.join(' ')) + hash;
  }

  function resultElement(tag, cls, entry, found) {
    var a = doc.createElement(tag === 'a' ? 'a' : 'a');
    a.className = cls;
    a.href = targetUrl(entry, found.words);
    var title = doc.createElement('span');
    title.className = 'search-hit-title';
    highlighted(title, entry.t, found.terms);
    var path = doc.createElement('span');
    path.className = 'search-hit-path';
    path.textContent = entry.p;
    var snippet = doc.createElement('span');
    snippet.className = 'search-hit-snippet';
    highlighted(snippet, snippetText(entry.x || '', found.terms), found.terms);
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

  function render(text) {
    if (!text.trim()) { closePopup(); return; }
    var found = run(text);
    popup.textContent = '';
    if (found.results.length === 0) {
      var empty = doc.createElement('p');
      empty.className = 'search-empty';
      empty.textContent = 'No results for “' + text + '”.';
      popup.appendChild(empty);
    }
    found.results.slice(0, MAX_POPUP).forEach(function (r, i) {
      var entry = state.store.docs[r.ref];
      if (!entry) { return; }
      var a = resultElement('a', 'search-hit', entry, found);
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
      popup.appendChild(all);
    }
    popup.hidden = false;
    input.setAttribute('aria-expanded', 'true');
    selected = -1;
  }

  if (input && popup) {
    input.setAttribute('role', 'combobox');
    input.setAttribute('aria-haspopup', 'listbox');
    popup.setAttribute('role', 'listbox');
    popup.setAttribute('aria-label', 'Search results');
    input.addEventListener('focus', function () { load().catch(function () {}); });
    input.addEventListener('input', function () {
      clearTimeout(timer);
      var text = input.value;
      timer = setTimeout(function () {
        load().then(function () { if (input.value === text) { render(text); } }).catch(function () {
          popup.textContent = '';
          var p = doc.createElement('p');
          p.className = 'search-empty';
          p.textContent = 'Search could not be loaded.';
          popup.appendChild(p);
          popup.hidden = false;
        });
      }, 120);
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

  // --- The results page: search.html?q=... ------------------------------------------------------
  var list = doc.querySelector('.search-results-list');
  if (list) {
    var q = new URLSearchParams(window.location.search).get('q') || '';
    var pageInput = doc.getElementById('search-page-input');
    var status = doc.querySelector('.search-status');
    var card = doc.querySelector('.search-glossary-card');
    if (pageInput) { pageInput.value = q; }
    if (input) { input.value = q; }
    if (q.trim()) {
      status.textContent = 'Searching…';
      load().then(function () {
        var found = run(q);
        list.textContent = '';
        status.textContent = found.results.length === 0 ? 'No results for “' + q + '”.'
          : found.results.length + (found.results.length === 1 ? ' result' : ' results') + ' for “' + q + '”'
            + (found.fuzzy ? ' (allowing for typos)' : '') + '.';
        var termShown = false;
        found.results.slice(0, MAX_PAGE).forEach(function (r, i) {
          var entry = state.store.docs[r.ref];
          if (!entry) { return; }
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
          li.appendChild(resultElement('a', 'search-result', entry, found));
          list.appendChild(li);
        });
      }).catch(function () { status.textContent = 'Search could not be loaded.'; });
    }
  }

  // --- On a page opened from a result: highlight the words; Esc or the button clears ------------
  var words = new URLSearchParams(window.location.search).get('highlight');
  var article = doc.querySelector('article.doc');
  if (words && article) {
    load().then(function () {
      var terms = window.lunr.tokenizer(words).map(function (t) { return window.lunr.stemmer(t).toString(); });
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
      var bar = doc.createElement('div');
      bar.className = 'highlight-bar';
      bar.setAttribute('role', 'status');
      bar.textContent = 'Highlighted: ' + words;
      var clear = doc.createElement('button');
      clear.type = 'button';
      clear.textContent = 'Clear (Esc)';
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
})();
