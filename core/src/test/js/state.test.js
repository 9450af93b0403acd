'use strict';
const test = require('node:test');
const assert = require('node:assert');
const { atelier, recorder, course } = require('./load.js');

const page = (id) => ({ id, kind: 'page', title: id, resources: [] });
const tf = (id, answer) => ({ id, kind: 'true-false', title: id, answer, scored: true, points: 1, attempts: 0, feedback: {} });

test('a fresh state is every item untouched, at the first item, no module done', () => {
  const A = atelier();
  const s = A.session(course([[page('a'), tf('b', true)]]), null, recorder());
  assert.strictEqual(s.encode(), '{"v":1,"l":0,"s":[0,0],"c":"0"}');
});

test('the encoding keeps its documented shape: visited, [attempts, done, response], module flags', () => {
  const A = atelier();
  const s = A.session(course([[page('a'), tf('b', true)], [page('c')]]), null, recorder());
  s.show(0); s.show(1); s.setDraft(1, 1); s.answer(1);
  assert.strictEqual(s.encode(), '{"v":1,"l":1,"s":[1,[1,1,1],0],"c":"00"}');
});

test('a state decoded then encoded again is the same text', () => {
  const A = atelier();
  const data = course([[page('a'), tf('b', true)], [page('c')]]);
  const text = '{"v":1,"l":2,"s":[1,[3,1,0],1],"c":"10"}';
  const s = A.session(data, null, recorder());
  assert.strictEqual(s.decode(text), true);
  assert.strictEqual(s.encode(), text);
  assert.strictEqual(s.current, 2);
});

test('a state of another course (another item count, another version, not JSON) is ignored', () => {
  const A = atelier();
  const s = A.session(course([[page('a'), page('b')]]), null, recorder());
  const before = s.encode();
  const warn = console.warn; console.warn = () => {};
  try {
    assert.strictEqual(s.decode('{"v":1,"l":0,"s":[1],"c":"1"}'), false);
    assert.strictEqual(s.decode('{"v":2,"l":0,"s":[1,1],"c":"1"}'), false);
    assert.strictEqual(s.decode('{'), false);
  } finally { console.warn = warn; }
  assert.strictEqual(s.encode(), before);
});

test('a place out of range is brought back to the last item', () => {
  const A = atelier();
  const s = A.session(course([[page('a'), page('b')]]), null, recorder());
  s.decode('{"v":1,"l":9,"s":[1,1],"c":"1"}');
  assert.strictEqual(s.current, 1);
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
  const mine = '{"v":1,"l":0,"s":[1,[1,0,0],0],"c":"10"}';
  const theirs = '{"v":1,"l":2,"s":[0,[2,1,1],1],"c":"01"}';
  assert.strictEqual(A.merge(mine, theirs), '{"v":1,"l":0,"s":[1,[2,1,1],1],"c":"11"}');
});

test('merging with nothing or with a state of another shape keeps the one that fits', () => {
  const A = atelier();
  const mine = '{"v":1,"l":0,"s":[1],"c":"1"}';
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
