// Copy buttons on code listings: a button per listing (keyboard-reachable: a real <button>), the outcome
// announced through one polite live region. Uses the Clipboard API where the page may; otherwise copies the
// selection with execCommand; failing both, leaves the code selected so the reader can copy it by hand.
// Result, output and diagram blocks get no button: they are not meant to be run.
(function (factory) {
  if (typeof module === 'object' && module.exports) {
    module.exports = factory(null);
  } else {
    factory(document);
  }
})(function (doc) {
  'use strict';

  // The text a listing copies as: callout numbers (Asciidoctor's <b class="conum">) left out, each line's
  // trailing spaces trimmed, no trailing blank lines. Pure, so Node tests it.
  function listingText(text) {
    return text.split('\n').map(function (line) { return line.replace(/\s+$/, ''); }).join('\n').replace(/\n+$/, '');
  }
  if (!doc) { return { listingText: listingText }; }

  var listings = doc.querySelectorAll('.doc .listingblock > .content > pre');
  if (listings.length === 0) { return null; }

  var status = doc.createElement('div');
  status.className = 'visually-hidden';
  status.setAttribute('role', 'status');
  status.setAttribute('aria-live', 'polite');
  doc.body.appendChild(status);
  function announce(text) {
    status.textContent = '';
    // A fresh text node each time, so the same message is announced again.
    setTimeout(function () { status.textContent = text; }, 30);
  }

  function textOf(pre) {
    var copy = pre.cloneNode(true);
    copy.querySelectorAll('.conum, [data-value]').forEach(function (n) { n.remove(); });
    return listingText(copy.textContent);
  }

  function selectContents(el) {
    var range = doc.createRange();
    range.selectNodeContents(el);
    var sel = window.getSelection();
    sel.removeAllRanges();
    sel.addRange(range);
  }

  // The fallback: a hidden textarea with the exact text, copied with the old command.
  function copyBySelection(text) {
    var area = doc.createElement('textarea');
    area.value = text;
    area.setAttribute('readonly', '');
    area.className = 'copy-scratch';
    doc.body.appendChild(area);
    area.select();
    var ok = false;
    try { ok = doc.execCommand('copy'); } catch (e) { ok = false; }
    area.remove();
    return ok;
  }

  function copy(text) {
    if (navigator.clipboard && window.isSecureContext) {
      return navigator.clipboard.writeText(text).catch(function () {
        if (!copyBySelection(text)) { throw new Error('no clipboard'); }
      });
    }
    return copyBySelection(text) ? Promise.resolve() : Promise.reject(new Error('no clipboard'));
  }

  listings.forEach(function (pre, i) {
    var box = pre.parentNode;
    var button = doc.createElement('button');
    button.type = 'button';
    button.className = 'copy-code';
    var lang = pre.querySelector('code[data-lang]');
    var label = 'Copy code' + (lang ? ' (' + lang.getAttribute('data-lang') + ')' : '');
    button.setAttribute('aria-label', label);
    button.title = label;
    button.textContent = 'Copy';
    box.classList.add('has-copy');
    box.insertBefore(button, pre);
    var reset = null;
    button.addEventListener('click', function () {
      var text = textOf(pre);
      copy(text).then(function () {
        button.textContent = 'Copied';
        button.setAttribute('data-copied', '');
        announce('Code copied to the clipboard');
      }, function () {
        selectContents(pre);
        button.textContent = 'Selected';
        announce('Could not copy: the code is selected, copy it with your keyboard or menu');
      }).then(function () {
        clearTimeout(reset);
        reset = setTimeout(function () { button.textContent = 'Copy'; button.removeAttribute('data-copied'); }, 2000);
      });
    });
    button.setAttribute('data-listing', String(i));
  });
  return null;
});
