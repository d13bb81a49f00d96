// The preview's pure logic: what the open page does with the build status the preview server reports. No DOM, so
// Node runs it in the unit tests; the page gets it as self.HandbookPreview. Served by the preview server only,
// never part of the published site.
(function (factory) {
  if (typeof module === 'object' && module.exports) {
    module.exports = factory();
  } else {
    self.HandbookPreview = factory();
  }
})(function () {
  'use strict';

  // "content/core/joins.adoc:42: message", the form editors recognise; a problem about a whole file has no line.
  function location(problem) {
    return problem.file + (problem.line > 0 ? ':' + problem.line : '');
  }

  function lines(status) {
    return (status.problems || []).map(function (p) {
      return { where: location(p), severity: p.severity, message: p.message };
    });
  }

  // seen: the version this page was built from (null before the first answer); shown: the key of the problems on
  // screen ('' when none). Returns what to do: 'reload' (a newer good build), 'show' (problems to display or
  // changed), 'hide' (nothing wrong any more, same build), or 'none'.
  function decide(seen, shown, status) {
    var failed = (status.problems || []).length > 0;
    if (!failed) {
      if (seen !== null && status.version !== seen) { return 'reload'; }
      return shown ? 'hide' : 'none';
    }
    return key(status) === shown ? 'none' : 'show';
  }

  function key(status) {
    return JSON.stringify(status.problems || []);
  }

  function heading(status) {
    var n = (status.problems || []).length;
    return 'The rebuild failed: ' + n + (n === 1 ? ' problem' : ' problems');
  }

  return { decide: decide, key: key, lines: lines, heading: heading, location: location };
});
