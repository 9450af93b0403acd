'use strict';
const test = require('node:test');
const assert = require('node:assert');
const { atelier, recorder, course, plain } = require('./load.js');

const page = (id) => ({ id, kind: 'page', title: id, resources: [] });
const tf = (id, answer) => ({ id, kind: 'true-false', title: id, answer, scored: true, points: 1, attempts: 0, feedbackHtml: {}, fp: 'fp-' + id });

test('a fresh state names the first item and holds nothing else', () => {
  const A = atelier();
  const s = A.session(course([[page('a'), tf('b', true)]]), null, recorder());
  assert.strictEqual(s.encode(), '{"v":2,"l":"a","s":{},"c":[]}');
});

test('the encoding keeps its documented shape: by id, visited or [attempts, done, response, fingerprint]', () => {
  const A = atelier();
  const s = A.session(course([[page('a'), tf('b', true)], [page('c')]]), null, recorder());
  s.show(0); s.show(1); s.setDraft(1, 1); s.answer(1);
  assert.strictEqual(s.encode(), '{"v":2,"l":"b","s":{"a":1,"b":[1,1,1,"fp-b"]},"c":[]}');
});

test('a state decoded then encoded again is the same text', () => {
  const A = atelier();
  const data = course([[page('a'), tf('b', true)], [page('c')]]);
  const text = '{"v":2,"l":"c","s":{"a":1,"b":[3,1,0,"fp-b"],"c":1},"c":["m1"]}';
  const s = A.session(data, null, recorder());
  assert.strictEqual(s.decode(text), true);
  assert.strictEqual(s.encode(), text);
  assert.strictEqual(s.current, 2);
  assert.deepStrictEqual(plain(s.changed), { reset: [], gone: 0 });
});

test('a state of another shape (the old positional one, not JSON) is ignored', () => {
  const A = atelier();
  const s = A.session(course([[page('a'), page('b')]]), null, recorder());
  const before = s.encode();
  const warn = console.warn; console.warn = () => {};
  try {
    assert.strictEqual(s.decode('{"v":1,"l":0,"s":[1,1],"c":"1"}'), false);
    assert.strictEqual(s.decode('{"v":2,"l":"a","s":[1,1],"c":[]}'), false);
    assert.strictEqual(s.decode('{'), false);
  } finally { console.warn = warn; }
  assert.strictEqual(s.encode(), before);
});

test('a new build: an inserted item shifts nothing, the place follows its item', () => {
  const A = atelier();
  const s = A.session(course([[page('new'), page('a'), tf('b', true)]]), null, recorder());
  assert.strictEqual(s.decode('{"v":2,"l":"b","s":{"a":1,"b":[1,1,1,"fp-b"]},"c":["m1"]}'), true);
  assert.strictEqual(s.current, 2);
  assert.strictEqual(s.records[0], 0);
  assert.deepStrictEqual(plain(s.records[2]), [1, 1, 1]);
  assert.strictEqual(s.moduleDone[0], true);
});

test('a new build: an activity whose answer content changed starts afresh, the others are kept', () => {
  const A = atelier();
  const changed = Object.assign(tf('b', false), { fp: 'fp-b2' });
  const s = A.session(course([[tf('a', true), changed]]), null, recorder());
  s.decode('{"v":2,"l":"a","s":{"a":[1,1,1,"fp-a"],"b":[2,1,1,"fp-b"]},"c":["m1"]}');
  assert.deepStrictEqual(plain(s.records), [[1, 1, 1], 1]);
  assert.deepStrictEqual(plain(s.changed.reset.map((it) => it.id)), ['b']);
  assert.strictEqual(s.score(1), 0);
  assert.strictEqual(s.moduleDone[0], false); // its completion and score are reported again
});

test('a new build: a removed item is dropped and its module reports again', () => {
  const A = atelier();
  const s = A.session(course([[tf('a', true)]]), null, recorder());
  s.decode('{"v":2,"l":"gone","s":{"a":[1,1,1,"fp-a"],"gone":[1,1,0,"fp-x"]},"c":["m1"]}');
  assert.strictEqual(s.current, 0);
  assert.strictEqual(s.changed.gone, 1);
  assert.strictEqual(s.moduleDone[0], false);
  const tracker = s.tracker;
  s.complete();
  const done = tracker.calls('completed');
  assert.strictEqual(done[0].scope, 'module');
  assert.deepStrictEqual(plain(done[0].score), { raw: 1, max: 1, scaled: 1 });
});

test('attempts stored stop at the cap the rules give', () => {
  const A = atelier();
  const data = course([[tf('b', true)]]);
  data.rules = Object.assign({}, data.rules, { maxAttempts: 2 });
  const s = A.session(data, null, recorder());
  for (let i = 0; i < 4; i++) { s.setDraft(0, 0); s.answer(0); s.record(0)[1] = 0; }
  assert.strictEqual(s.record(0)[0], 2);
});

test('merging keeps each activity the record that went further and every module done', () => {
  const A = atelier();
  const mine = '{"v":2,"l":"a","s":{"a":1,"b":[1,0,0,"f"]},"c":["m1"]}';
  const theirs = '{"v":2,"l":"c","s":{"b":[2,1,1,"f"],"c":1},"c":["m2"]}';
  assert.strictEqual(A.merge(mine, theirs), '{"v":2,"l":"a","s":{"a":1,"b":[2,1,1,"f"],"c":1},"c":["m1","m2"]}');
});

test('merging never mixes records of two builds of one activity, nor states of another shape', () => {
  const A = atelier();
  const mine = '{"v":2,"l":"a","s":{"b":[1,0,0,"new"]},"c":[]}';
  assert.strictEqual(A.merge(mine, '{"v":2,"l":"a","s":{"b":[5,1,1,"old"]},"c":[]}'), mine);
  assert.strictEqual(A.merge(mine, 'null'), mine);
  assert.strictEqual(A.merge(mine, '{"v":1,"l":0,"s":[1,1],"c":"1"}'), mine);
  assert.strictEqual(A.merge('null', mine), mine);
});

test('typed text is cut at its limit, control characters and half emoji dropped', () => {
  const A = atelier();
  assert.strictEqual(A.clean('a\u0001b\nc', 60), 'ab\nc');
  assert.strictEqual(A.clean('x'.repeat(70), 60), 'x'.repeat(60));
  assert.strictEqual(A.clean('"'.repeat(59) + '\uD83D\uDE00', 60), '"'.repeat(59));
});

test('the tracker is started with its own settings from the page, or null', async () => {
  const A = atelier();
  const t1 = recorder();
  await A.session(course([[page('a')]], { tracker: { endpoint: 'x' } }), null, t1).start();
  assert.deepStrictEqual(t1.calls('start')[0].tracker, { endpoint: 'x' });
  const t2 = recorder();
  await A.session(course([[page('a')]]), null, t2).start();
  assert.strictEqual(t2.calls('start')[0].tracker, null);
});
