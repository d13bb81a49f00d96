// Runs preview-core.js (given as the first argument) on the cases below and prints what it decided, as JSON.
'use strict';
const core = require(process.argv[2]);
const broken = { version: 3, problems: [
  { severity: 'ERROR', file: 'content/core/joins.adoc', line: 42, message: "unknown glossary term 'cdc'" },
  { severity: 'ERROR', file: 'templates', line: 0, message: 'rendering failed: <b>x</b>' }] };
const good = { version: 3, problems: [] };
const newer = { version: 4, problems: [] };
const out = {
  firstGood: core.decide(null, '', good),
  firstBroken: core.decide(null, '', broken),
  sameGood: core.decide(3, '', good),
  newerGood: core.decide(3, '', newer),
  brokenShown: core.decide(3, core.key(broken), broken),
  brokenChanged: core.decide(3, core.key({ problems: [broken.problems[0]] }), broken),
  fixedNoNewBuild: core.decide(3, core.key(broken), good),
  fixedRebuilt: core.decide(3, core.key(broken), newer),
  lines: core.lines(broken),
  heading: core.heading(broken),
  headingOne: core.heading({ problems: [broken.problems[0]] })
};
process.stdout.write(JSON.stringify(out));
