// Unit tests of the practice modules (assets/js/practice/*.js) under Node; run by handbook.practice.PracticeJsTest.
// node practice-test.mjs <folder holding sm2.js, store.js, bank-core.js>. Prints {"passed": n} or fails with exit 1.
import assert from 'node:assert/strict';
const dir = process.argv[2];
const sm2 = await import(dir + '/sm2.js');
const store = await import(dir + '/store.js');
const core = await import(dir + '/bank-core.js');
let passed = 0;
const test = (name, fn) => { try { fn(); passed++; } catch (e) { console.error('FAILED ' + name + '\n' + e.stack); process.exitCode = 1; } };

// Reference values: SM-2 as published in P. A. Wozniak, "Optimization of learning" (1990), section 3.2,
// http://super-memory.com/english/ol/sm2.htm — I(1)=1, I(2)=6, I(n)=I(n-1)*EF rounded up; EF' = EF + (0.1 - (5-q)*(0.08+(5-q)*0.02));
// EF >= 1.3; new items start at EF 2.5. The EF changes per grade below are the formula's own values.
test('EF change per grade, from the published formula', () => {
  const delta = [0, 1, 2, 3, 4, 5].map((q) => Math.round((sm2.nextEF(2.5, q) - 2.5) * 100) / 100);
  assert.deepEqual(delta, [-0.8, -0.54, -0.32, -0.14, 0, 0.1]);
});
test('EF never falls below 1.3', () => {
  assert.equal(sm2.nextEF(1.3, 3), 1.3);
  assert.equal(sm2.nextEF(1.35, 0), 1.3);
});
const run = (grades) => {
  let c = sm2.newCard();
  return grades.map((q) => { c = sm2.review(c, q); return [c.interval, c.ef]; });
};
test('quality 4 every time: intervals 1, 6, 15, 38, 95 days (6*2.5=15, 15*2.5=37.5 rounded up)', () => {
  assert.deepEqual(run([4, 4, 4, 4, 4]).map((x) => x[0]), [1, 6, 15, 38, 95]);
  assert.deepEqual(run([4, 4, 4]).map((x) => x[1]), [2.5, 2.5, 2.5]);
});
test('quality 5 every time: EF 2.6, 2.7, 2.8; intervals 1, 6, 17 (6*2.7=16.2), 48 (17*2.8=47.6)', () => {
  const r = run([5, 5, 5, 5]);
  assert.deepEqual(r.map((x) => x[0]), [1, 6, 17, 48]);
  assert.deepEqual(r.map((x) => x[1]), [2.6, 2.7, 2.8, 2.9]);
});
test('quality 3 every time: EF 2.36, 2.22, 2.08; intervals 1, 6, 14 (6*2.22=13.32), 30 (14*2.08=29.12)', () => {
  const r = run([3, 3, 3, 3]);
  assert.deepEqual(r.map((x) => x[0]), [1, 6, 14, 30]);
  assert.deepEqual(r.map((x) => x[1]), [2.36, 2.22, 2.08, 1.94]);
});
test('a grade below 3 restarts the repetitions from I(1) without changing EF', () => {
  const r = run([4, 4, 4, 1, 4, 4]);
  assert.deepEqual(r.map((x) => x[0]), [1, 6, 15, 1, 1, 6]);
  assert.equal(r[3][1], 2.5);
});
test('same-day repeat below 4 (step 7)', () => {
  assert.equal(sm2.needsRepeat(sm2.QUALITY.hard), true);
  assert.equal(sm2.needsRepeat(sm2.QUALITY.good), false);
});
test('rate Good schedules tomorrow, then in 6 days; due compares days', () => {
  const a = sm2.rate(undefined, 'good', '2026-12-03');
  assert.equal(a.due, '2026-12-04');
  assert.equal(sm2.isDue(a, '2026-12-03'), false);
  assert.equal(sm2.isDue(a, '2026-12-04'), true);
  const b = sm2.rate(a, 'good', '2026-12-04');
  assert.equal(b.due, '2026-12-10');
  assert.equal(b.reviews, 2);
  assert.equal(sm2.addDays('2026-12-30', 3), '2027-01-02');
});

// State: one versioned key, migrations
test('v1 to v2 migration keeps every card, read mark and plan tick', () => {
  const v1 = { version: 1, seen: { 'a-1': { reps: 3, ease: 236, ivl: 15, due: Date.UTC(2026, 11, 20) } }, readChapters: ['core/a.html'], plan: { 'two-week:1': true } };
  const s = store.migrate(v1);
  assert.equal(s.version, 2);
  assert.deepEqual(s.cards['a-1'], { n: 3, ef: 2.36, interval: 15, due: '2026-12-20', reviews: 3, lapses: 0 });
  assert.ok(s.read['core/a.html']);
  assert.equal(s.plan['two-week:1'], true);
});
test('load: v1 stored under the key is migrated; garbage gives an empty state', () => {
  const mem = { v: null, getItem() { return this.v; }, setItem(k, v) { this.v = v; } };
  mem.v = JSON.stringify({ version: 1, seen: {}, readChapters: ['x.html'] });
  assert.ok(store.load(mem).read['x.html']);
  mem.v = '{not json';
  assert.deepEqual(store.load(mem), store.emptyState());
});
const known = new Set(['a-1', 'b-2', 'g:grain']);
const err = (text) => { try { store.parseImport(text, known); return 'no error'; } catch (e) { return e.message; } };
test('import validation: bad JSON, wrong version, unknown ids, bad values', () => {
  assert.match(err('{oops'), /^The file is not valid JSON/);
  assert.match(err('[1,2]'), /does not hold practice data/);
  assert.match(err('{"cards":{}}'), /no "version" number/);
  assert.match(err('{"version":9,"cards":{}}'), /newer version of the handbook \(version 9/);
  assert.match(err('{"version":2,"cards":{"zz-9":{"n":1,"ef":2.5,"interval":1}}}'), /1 card this handbook does not know: zz-9/);
  assert.match(err('{"version":2,"cards":{"a-1":{"n":-1,"ef":2.5,"interval":1}}}'), /Card a-1 has invalid values/);
  assert.equal(err('{"version":2,"cards":{"a-1":{"n":1,"ef":2.5,"interval":1,"due":"2026-12-04"}}}'), 'no error');
});
test('merge: the card reviewed last wins; read and plan marks add up', () => {
  const cur = store.emptyState();
  cur.cards['a-1'] = { n: 1, ef: 2.5, interval: 1, last: '2026-12-01' };
  cur.read['core/a.html'] = '2026-12-01';
  const inc = store.emptyState();
  inc.cards['a-1'] = { n: 2, ef: 2.5, interval: 6, last: '2026-12-02' };
  inc.cards['b-2'] = { n: 1, ef: 2.5, interval: 1, last: '2026-11-30' };
  inc.plan['two-week:2'] = true;
  const m = store.merge(cur, inc);
  assert.equal(m.cards['a-1'].interval, 6);
  assert.ok(m.cards['b-2']);
  assert.ok(m.read['core/a.html'] && m.plan['two-week:2']);
});

// Question bank filters
const qs = [
  { id: 'a-1', text: 'Why joins?', part: 'core', chapter: 'core/a.html', level: 'mid', round: 'sql', terms: ['anti-join'] },
  { id: 'a-2', text: 'Design a lake', part: 'core', chapter: 'core/a.html', level: 'senior', round: 'system-design', terms: [] },
  { id: 'b-1', text: 'Kafka offsets', part: 'big-data', chapter: 'big-data/b.html', level: 'senior', round: 'sql', terms: ['consumer-offset'] }
];
test('filter by level and round, and its URL round trip', () => {
  const f = core.parseFilter('?level=senior&round=sql');
  assert.deepEqual(core.applyFilter(qs, f).map((q) => q.id), ['b-1']);
  assert.equal(core.filterToSearch(f), '?level=senior&round=sql');
  assert.deepEqual(core.parseFilter(core.filterToSearch(Object.assign(f, { q: 'kafka', shuffle: 7 }))), f);
});
test('counts per facet ignore that facet own filter', () => {
  const f = core.parseFilter('?level=senior');
  assert.deepEqual(core.counts(qs, f, 'level'), { mid: 1, senior: 2 });
  assert.deepEqual(core.counts(qs, f, 'part'), { core: 1, 'big-data': 1 });
});
test('text filter matches every word; shuffle is seeded', () => {
  assert.deepEqual(core.applyFilter(qs, core.parseFilter('?q=kafka%20OFFSETS')).map((q) => q.id), ['b-1']);
  assert.deepEqual(core.shuffle([1, 2, 3, 4, 5], 42), core.shuffle([1, 2, 3, 4, 5], 42));
  assert.deepEqual(core.shuffle([1, 2, 3, 4, 5], 42).slice().sort(), [1, 2, 3, 4, 5]);
});
test('due ids', () => {
  const s = store.emptyState();
  s.cards['a-1'] = sm2.rate(undefined, 'good', '2026-12-03');
  assert.deepEqual(core.dueIds(s, ['a-1', 'a-2'], '2026-12-03'), []);
  assert.deepEqual(core.dueIds(s, ['a-1', 'a-2'], '2026-12-04'), ['a-1']);
});
process.stdout.write(JSON.stringify({ passed }));
