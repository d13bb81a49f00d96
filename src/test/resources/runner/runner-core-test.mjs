// The runner's pure logic under Node, for RunnerCoreJsTest: the statement splitting of every listing given,
// psql tables and errors formatted as the page prints them.
// Usage: node runner-core-test.mjs <runner-core.js> <input.json>  (input: {listings: [sql...]})
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

const [corePath, inputPath] = process.argv.slice(2);
const core = await import(pathToFileURL(corePath).href);
const input = JSON.parse(readFileSync(inputPath, 'utf8'));
const result = {
  splits: input.listings.map(core.splitStatements),
  table: core.formatTable(['customer_id', 'name', 'total'], [['10', 'Ann', '65.00'], ['1', '', '5.5'], ['123', 'Zoë', '']],
    [true, false, true]),
  multiline: core.formatTable(['note'], [['a\nb']], [false]),
  empty: core.formatTable(['n'], [], [true]),
  syntaxError: core.formatError({ severity: 'ERROR', message: 'syntax error at or near "FRM"', position: '28' },
    'SELECT a\n  FROM t\n WHERE x FRM'),
  hinted: core.formatError({ severity: 'ERROR', message: 'column "nme" does not exist', position: '8',
    hint: 'Perhaps you meant to reference the column "t.name".' }, 'SELECT nme FROM t'),
  summaries: [
    core.summary([{ kind: 'command', tag: 'CREATE TABLE' }, { kind: 'rows', rows: [[1], [2], [3]] }]),
    core.summary([{ kind: 'rows', rows: [[1]] }]),
    core.summary([{ kind: 'error' }, { kind: 'command', tag: 'INSERT 0 1' }]),
    core.summary([{ kind: 'command', tag: 'CREATE TABLE' }, { kind: 'error' }]),
    core.summary([]),
  ],
};
process.stdout.write(JSON.stringify(result), () => process.exit(0));
