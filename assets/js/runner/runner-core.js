// The SQL runner's logic, free of the DOM and of PGlite's loading: splitting a listing into statements as psql
// does, running them one by one on a database, and printing what psql would print (aligned tables, command tags,
// errors). The page's worker (runner-worker.js) and the Node test (every checked listing of the handbook) both use
// it, so what the reader sees is what the test compared with the chapter.

// The settings under which the chapters' results were checked (src/test/java/handbook/examples/PostgresServer):
// a stock PostgreSQL in UTC. PGlite starts with these already; set anyway so that both sides say the same.
export const SESSION_SETTINGS = "SET TimeZone = 'UTC'; SET DateStyle = 'ISO, MDY'; "
  + "SET IntervalStyle = 'postgres'; SET extra_float_digits = 1";

// The types psql right-aligns (its column_type_alignment), by oid: int2, int4, int8, float4, float8, numeric,
// oid, xid, xid8, cid, money.
const RIGHT_ALIGNED = new Set([21, 23, 20, 700, 701, 1700, 26, 28, 5069, 29, 790]);

// Splits a listing where psql would send statements: at each ';' outside quotes, quoted identifiers, dollar
// quotes, comments and parentheses; pieces holding only comments are dropped. A port of SqlStatements.java.
export function splitStatements(sql) {
  const statements = [];
  let start = 0;
  let depth = 0;
  let meaningful = false;
  let i = 0;
  while (i < sql.length) {
    const c = sql[i];
    const skipTo = skipQuotedOrComment(sql, i);
    if (skipTo > i) {
      meaningful = meaningful || !isComment(sql, i);
      i = skipTo;
      continue;
    }
    if (c === '(') {
      depth++;
    } else if (c === ')') {
      depth = Math.max(0, depth - 1);
    } else if (c === ';' && depth === 0) {
      if (meaningful) { statements.push(sql.substring(start, i).trim()); }
      start = i + 1;
      meaningful = false;
      i++;
      continue;
    }
    meaningful = meaningful || !/\s/.test(c);
    i++;
  }
  if (meaningful) { statements.push(sql.substring(start).trim()); }
  return statements;
}

function isComment(sql, i) {
  return sql.startsWith('--', i) || sql.startsWith('/*', i);
}

function isIdentifierChar(c) {
  return /[\p{L}\p{N}_$]/u.test(c);
}

function skipQuotedOrComment(sql, i) {
  const c = sql[i];
  if (sql.startsWith('--', i)) {
    const end = sql.indexOf('\n', i);
    return end < 0 ? sql.length : end + 1;
  }
  if (sql.startsWith('/*', i)) {
    let depth = 0;
    let j = i;
    while (j < sql.length) {
      if (sql.startsWith('/*', j)) { depth++; j += 2; } else if (sql.startsWith('*/', j)) {
        depth--; j += 2;
        if (depth === 0) { return j; }
      } else { j++; }
    }
    return sql.length;
  }
  if (c === "'") {
    const escapes = i > 0 && (sql[i - 1] === 'E' || sql[i - 1] === 'e') && (i < 2 || !isIdentifierChar(sql[i - 2]));
    return skipQuoted(sql, i, "'", escapes);
  }
  if (c === '"') { return skipQuoted(sql, i, '"', false); }
  if (c === '$' && (i === 0 || !isIdentifierChar(sql[i - 1]))) {
    let j = i + 1;
    while (j < sql.length && /[\p{L}\p{N}_]/u.test(sql[j]) && !/\p{N}/u.test(sql[i + 1])) { j++; }
    if (j >= sql.length || sql[j] !== '$') { return i; }
    const tag = sql.substring(i, j + 1);
    const end = sql.indexOf(tag, j + 1);
    return end < 0 ? sql.length : end + tag.length;
  }
  return i;
}

function skipQuoted(sql, i, quote, backslashEscapes) {
  let j = i + 1;
  while (j < sql.length) {
    const c = sql[j];
    if (backslashEscapes && c === '\\') { j += 2; } else if (c === quote && sql[j + 1] === quote) { j += 2; } else if (c === quote) {
      return j + 1;
    } else { j++; }
  }
  return sql.length;
}

function width(text) {
  return [...text].length;
}

// psql's aligned format (border 1), as PsqlTableFormatter.java prints it: names centred, cells padded, numbers to
// the right, "(N rows)"; a value with line breaks shown on one line with \n escapes; no trailing spaces.
export function formatTable(columns, rows, rightAligned) {
  const oneLine = (cells) => cells.map((c) => c.replace(/\r\n/g, '\\n').replace(/\n/g, '\\n'));
  const names = oneLine(columns);
  const body = rows.map(oneLine);
  const widths = names.map((name, c) => Math.max(width(name), ...body.map((row) => width(row[c]))));
  const line = (cells, cell) => cells.map((_, c) => (c === 0 ? ' ' : ' | ') + cell(c)).join('').replace(/\s+$/, '');
  const lines = [line(names, (c) => {
    const room = widths[c] - width(names[c]);
    return ' '.repeat(Math.floor(room / 2)) + names[c] + ' '.repeat(room - Math.floor(room / 2));
  })];
  lines.push(widths.map((w) => '-'.repeat(w + 2)).join('+'));
  for (const row of body) {
    lines.push(line(row, (c) => {
      const padding = ' '.repeat(widths[c] - width(row[c]));
      return rightAligned[c] ? padding + row[c] : row[c] + padding;
    }));
  }
  lines.push('(' + rows.length + (rows.length === 1 ? ' row)' : ' rows)'));
  return lines.join('\n');
}

// An error as psql prints it: "ERROR:  message", the statement's line with a caret under the position, then
// DETAIL and HINT when PostgreSQL gave them.
export function formatError(error, statement) {
  const severity = error.severity || 'ERROR';
  const lines = [severity + ':  ' + (error.message || String(error))];
  const position = parseInt(error.position, 10);
  if (position > 0 && statement) {
    const chars = [...statement];
    const before = chars.slice(0, position - 1).join('');
    const lineNumber = before.split('\n').length;
    const lineText = statement.split('\n')[lineNumber - 1];
    const column = width(before.substring(before.lastIndexOf('\n') + 1));
    const prefix = 'LINE ' + lineNumber + ': ';
    lines.push(prefix + lineText);
    lines.push(' '.repeat(prefix.length + column) + '^');
  }
  if (error.detail) { lines.push('DETAIL:  ' + error.detail); }
  if (error.hint) { lines.push('HINT:  ' + error.hint); }
  return lines.join('\n');
}

// One statement's result from PGlite's protocol messages: the last row set (as a table) or the command tag.
function outcomeOf(messages) {
  let table = null;
  let tag = null;
  for (const m of messages) {
    if (m.name === 'rowDescription') {
      table = { columns: m.fields.map((f) => f.name), rightAligned: m.fields.map((f) => RIGHT_ALIGNED.has(f.dataTypeID)), rows: [] };
    } else if (m.name === 'dataRow' && table) {
      table.rows.push(m.fields.map((v) => (v === null ? '' : v))); // as PostgreSQL sent it: a plan keeps its indentation
    } else if (m.name === 'commandComplete') {
      tag = m.text;
    }
  }
  return table ? { kind: 'rows', columns: table.columns, rows: table.rows, rightAligned: table.rightAligned, tag }
    : { kind: 'command', tag: tag || '' };
}

// Runs statements one by one, each on its own as psql does (autocommit), carrying on after an error.
// `db` is a PGlite instance; `serializeQuery` turns SQL into a simple-query protocol message.
export async function runStatements(db, serializeQuery, statements) {
  const outcomes = [];
  for (const statement of statements) {
    try {
      const { messages } = await db.execProtocol(serializeQuery(statement));
      outcomes.push({ statement, ...outcomeOf(messages) });
    } catch (e) {
      outcomes.push({ statement, kind: 'error', text: formatError(e, statement), message: e.message });
    }
  }
  return outcomes;
}

// A listing's run, the way the tests run a chapter: the listings before it (its setup: the tables and rows the
// chapter creates first; their errors are the chapter's own check=error examples and are not shown), then the
// listing. Returns the listing's outcomes.
export async function runListing(db, serializeQuery, setupCodes, code) {
  await db.exec(SESSION_SETTINGS);
  for (const setup of setupCodes) {
    await runStatements(db, serializeQuery, splitStatements(setup));
  }
  return runStatements(db, serializeQuery, splitStatements(code));
}

// What psql would print for the outcomes, statement after statement: a table, a command tag, or an error.
export function printOutcomes(outcomes) {
  if (outcomes.length === 0) { return '(no statements)'; }
  return outcomes.map((o) => {
    if (o.kind === 'rows') { return formatTable(o.columns, o.rows, o.rightAligned); }
    if (o.kind === 'error') { return o.text; }
    return o.tag;
  }).join('\n\n');
}

// The short status after a run: "3 rows", "1 row", "CREATE TABLE", "ERROR" — the last statement's.
export function summary(outcomes) {
  const errors = outcomes.filter((o) => o.kind === 'error').length;
  const last = outcomes[outcomes.length - 1];
  if (!last) { return 'No statements'; }
  const what = last.kind === 'rows' ? last.rows.length + (last.rows.length === 1 ? ' row' : ' rows')
    : last.kind === 'error' ? 'Error' : last.tag;
  return errors > 0 && last.kind !== 'error' ? what + ' (' + errors + (errors === 1 ? ' error' : ' errors') + ')' : what;
}
