// Run, Edit and Reset on the page's checked SQL listings (issue #18). The build marks each runnable listing with
// data-sql-listing="<index>" and loads this module with where the page's listings are (data-sql-listings) and how
// big PostgreSQL's download is (data-download-mb). Nothing else is fetched until the first Run: then the listings'
// JSON and the worker (runner-worker.js), which loads PGlite and keeps it for later runs; the browser caches the files.
const script = document.querySelector('script[data-sql-listings]');
const blocks = document.querySelectorAll('.listingblock[data-sql-listing]');

let listings = null;   // Promise of the page's listings (JSON), fetched on the first Run
let worker = null;     // the worker, started on the first Run
let started = false;   // whether PostgreSQL has started once (later runs only run)
let nextId = 1;
const pending = new Map();
let queue = Promise.resolve();

function loadListings() {
  if (!listings) {
    listings = fetch(new URL(script.getAttribute('data-sql-listings'), document.baseURI))
      .then((r) => { if (!r.ok) { throw new Error('HTTP ' + r.status); } return r.json(); })
      .catch((e) => { listings = null; throw e; });
  }
  return listings;
}

function failAll(message) {
  pending.forEach((p) => p.reject(new Error(message)));
  pending.clear();
  if (worker) { worker.terminate(); }
  worker = null;
  started = false;
}

function startWorker() {
  if (worker) { return worker; }
  const url = new URL('runner-worker.js', import.meta.url);
  url.searchParams.set('pglite', script.getAttribute('data-pglite-version') || '');
  worker = new Worker(url, { type: 'module', name: 'sql-runner' });
  worker.onmessage = (event) => {
    const reply = event.data;
    if (!reply || reply.id === undefined) { return; }
    const p = pending.get(reply.id);
    if (!p) { return; }
    pending.delete(reply.id);
    if (reply.ok) { started = true; p.resolve(reply); } else { p.reject(new Error(reply.error)); }
  };
  // A module worker that cannot load (offline, blocked) reports only an error event.
  worker.onerror = (event) => {
    event.preventDefault();
    failAll('PostgreSQL (PGlite) could not be loaded. Check your connection and press Run again.');
  };
  return worker;
}

function run(setup, code) {
  return new Promise((resolve, reject) => {
    const id = nextId++;
    pending.set(id, { resolve, reject });
    startWorker().postMessage({ id, setup, code });
  });
}

function button(text, className, label) {
  const b = document.createElement('button');
  b.type = 'button';
  b.className = 'sql-button ' + className;
  b.textContent = text;
  if (label) { b.setAttribute('aria-label', label); }
  return b;
}

function enhance(block) {
  const index = Number(block.getAttribute('data-sql-listing'));
  const content = block.querySelector(':scope > .content');
  const pre = content.querySelector('pre');
  const name = 'listing ' + (index + 1);
  const bar = document.createElement('div');
  bar.className = 'sql-runner';
  bar.setAttribute('role', 'group');
  bar.setAttribute('aria-label', 'Run this SQL on PostgreSQL in your browser');
  const runButton = button('Run', 'sql-run', 'Run SQL ' + name);
  const editButton = button('Edit', 'sql-edit', 'Edit SQL ' + name);
  editButton.setAttribute('aria-pressed', 'false');
  const resetButton = button('Reset', 'sql-reset', 'Reset SQL ' + name);
  resetButton.disabled = true;
  const status = document.createElement('span');
  status.className = 'sql-status';
  status.setAttribute('role', 'status');
  status.setAttribute('aria-live', 'polite');
  bar.append(runButton, editButton, resetButton, status);
  const output = document.createElement('pre');
  output.className = 'sql-output';
  output.setAttribute('tabindex', '0');
  output.hidden = true;
  content.after(bar, output);

  let editor = null;

  function setStatus(text) { status.textContent = text; }

  function openEditor(code) {
    editor = document.createElement('textarea');
    editor.className = 'sql-editor';
    editor.spellcheck = false;
    editor.setAttribute('autocapitalize', 'off');
    editor.setAttribute('aria-label', 'SQL of ' + name + ' (Ctrl+Enter runs it)');
    editor.value = code;
    editor.rows = Math.min(30, Math.max(4, code.split('\n').length + 1));
    editor.addEventListener('keydown', (e) => {
      if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) { e.preventDefault(); runButton.click(); }
    });
    pre.hidden = true;
    pre.after(editor);
    editButton.setAttribute('aria-pressed', 'true');
    resetButton.disabled = false;
    editor.focus();
  }

  editButton.addEventListener('click', async () => {
    if (editor) { editor.focus(); return; }
    try {
      const data = await loadListings();
      openEditor(data.listings[index].code);
    } catch (e) {
      setStatus('Could not load the listing for editing. Check your connection and try again.');
    }
  });

  resetButton.addEventListener('click', () => {
    if (editor) { editor.remove(); editor = null; }
    pre.hidden = false;
    output.hidden = true;
    output.textContent = '';
    output.classList.remove('sql-output-error');
    editButton.setAttribute('aria-pressed', 'false');
    resetButton.disabled = true;
    setStatus('Reset to the chapter\'s SQL');
    editButton.focus();
  });

  runButton.addEventListener('click', () => {
    runButton.disabled = true;
    queue = queue.then(async () => {
      const t0 = performance.now();
      try {
        setStatus(started ? 'Running…' : 'Downloading PostgreSQL (about ' + script.getAttribute('data-download-mb')
          + ' MB)…');
        const data = await loadListings();
        const setup = data.listings.slice(0, index).map((l) => l.code);
        const code = editor ? editor.value : data.listings[index].code;
        const reply = await run(setup, code);
        output.textContent = reply.printed;
        output.classList.toggle('sql-output-error', reply.outcomes.some((o) => o.kind === 'error'));
        output.hidden = false;
        resetButton.disabled = false;
        setStatus(reply.summary + ' · ' + Math.round(performance.now() - t0) + ' ms');
      } catch (e) {
        output.textContent = e.message;
        output.classList.add('sql-output-error');
        output.hidden = false;
        setStatus('Failed: ' + e.message);
      } finally {
        runButton.disabled = false;
      }
    });
  });
}

if (script && blocks.length > 0) {
  blocks.forEach(enhance);
  // For the benchmark and the browser test: the worker's downloads (absent until the first Run).
  document.documentElement.addEventListener('sql-runner-resources', () => {
    if (!worker) { return; }
    const id = nextId++;
    pending.set(id, { resolve: (reply) => { document.documentElement.dataset.sqlRunnerResources = JSON.stringify(reply.resources); },
      reject: () => {} });
    worker.postMessage({ id, resources: true });
  });
}
