// The preview page's side: waits on the build status, reloads the page after a good rebuild, and shows every problem
// of a failed one in an overlay over the last good page (fixing the file clears it). Served by the preview server
// only; a file, not inline script, because the pages' Content-Security-Policy allows only the site's own scripts.
(function () {
  'use strict';
  var core = self.HandbookPreview;
  var STATUS = '/__preview/status';
  var seen = null;
  var shown = '';
  var overlay = null;
  var dismissed = '';
  var revision = null; // the status last answered: the server holds the next request until it changes

  function poll() {
    var url = revision === null ? STATUS : STATUS + '?after=' + revision;
    var failed = false;
    fetch(url, { cache: 'no-store' }).then(function (r) { return r.json(); }).then(function (status) {
      revision = status.revision;
      var action = core.decide(seen, shown, status);
      if (seen === null) { seen = status.version; }
      if (action === 'reload') {
        location.reload();
        return;
      }
      if (action === 'show') {
        show(status);
      } else if (action === 'hide') {
        hide();
      }
    }).catch(function () { failed = true; /* the preview is restarting: try again shortly */ }).then(function () {
      setTimeout(poll, failed ? 500 : 0);
    });
  }

  function show(status) {
    hide();
    shown = core.key(status);
    if (shown === dismissed) { return; } // closed by the reader: stays closed until the problems change
    var css = document.getElementById('preview-overlay-css');
    if (!css) {
      css = document.createElement('link');
      css.id = 'preview-overlay-css';
      css.rel = 'stylesheet';
      css.href = '/__preview/overlay.css';
      document.head.appendChild(css);
    }
    overlay = document.createElement('div');
    overlay.className = 'preview-overlay';
    overlay.setAttribute('role', 'alertdialog');
    overlay.setAttribute('aria-labelledby', 'preview-overlay-title');
    overlay.setAttribute('aria-describedby', 'preview-overlay-note');
    var box = document.createElement('div');
    box.className = 'preview-overlay-box';
    var title = document.createElement('h2');
    title.id = 'preview-overlay-title';
    title.textContent = core.heading(status);
    var note = document.createElement('p');
    note.id = 'preview-overlay-note';
    note.textContent = 'Below is the last good build of this page. Fix the files and save: the page reloads.';
    var list = document.createElement('ul');
    core.lines(status).forEach(function (line) {
      var item = document.createElement('li');
      item.className = 'preview-overlay-' + String(line.severity).toLowerCase();
      var where = document.createElement('code');
      where.textContent = line.where;
      item.appendChild(where);
      item.appendChild(document.createTextNode(': ' + line.message)); // text, never HTML: messages quote sources
      list.appendChild(item);
    });
    var close = document.createElement('button');
    close.type = 'button';
    close.className = 'preview-overlay-close';
    close.textContent = 'Close';
    close.setAttribute('aria-label', 'Close the build problems');
    close.addEventListener('click', function () { dismissed = shown; hide(); shown = dismissed; });
    box.appendChild(close);
    box.appendChild(title);
    box.appendChild(note);
    box.appendChild(list);
    overlay.appendChild(box);
    overlay.addEventListener('keydown', function (e) {
      if (e.key === 'Escape') { close.click(); }
    });
    document.body.appendChild(overlay);
    close.focus();
  }

  function hide() {
    if (overlay) {
      overlay.remove();
      overlay = null;
    }
    shown = '';
  }

  poll();
})();
