// The tracker kit, alone, in a bare context: no DOM, no browser, as from file://.
'use strict';
const test = require('node:test');
const assert = require('node:assert');
const fs = require('node:fs');
const path = require('node:path');
const vm = require('node:vm');

const SOURCE = fs.readFileSync(
  path.join(__dirname, '../../main/resources/org/atelier/site/player/tracker-kit.js'), 'utf8');

/* A storage area as browsers give it; full: every write throws as a full browser does. */
function storage(full) {
  const items = new Map();
  return {
    getItem: (k) => (items.has(k) ? items.get(k) : null),
    setItem: (k, v) => {
      if (full) throw new Error('QuotaExceededError');
      items.set(k, String(v));
    },
    removeItem: (k) => items.delete(k),
    items,
  };
}

/* A value of the script's realm as one of this realm (arrays and objects have other prototypes). */
function plain(value) { return JSON.parse(JSON.stringify(value)); }

function kit(globals) {
  const context = vm.createContext(Object.assign({}, globals));
  vm.runInContext(SOURCE, context, { filename: 'tracker-kit.js' });
  return context.AtelierTrackerKit;
}

test('it defines one namespace and needs no window', () => {
  const context = vm.createContext({});
  vm.runInContext(SOURCE, context);
  assert.deepStrictEqual(Object.keys(context), ['AtelierTrackerKit']);
});

test('back-off doubles up to its ceiling and starts again after a success', () => {
  const b = kit().backoff(1000, 30000);
  assert.strictEqual(b.failing(), false);
  const delays = [];
  for (let i = 0; i < 7; i++) delays.push(b.fail().delay);
  assert.deepStrictEqual(delays, [1000, 2000, 4000, 8000, 16000, 30000, 30000]);
  assert.strictEqual(b.failing(), true);
  assert.strictEqual(b.reset(), true, 'a success after failures ends the run');
  assert.strictEqual(b.reset(), false, 'a success after a success ends nothing');
  const again = b.fail();
  assert.deepStrictEqual([again.delay, again.first], [1000, true]);
  assert.strictEqual(b.fail().first, false);
});

test('durations are ISO 8601 with hundredths, and read back', () => {
  const k = kit();
  assert.strictEqual(k.duration(0), 'PT0H0M0.00S');
  assert.strictEqual(k.duration(-5), 'PT0H0M0.00S');
  assert.strictEqual(k.duration(5004), 'PT0H0M5.00S');
  assert.strictEqual(k.duration(5004, true), 'PT0H0M5S');
  assert.strictEqual(k.duration(3723456), 'PT1H2M3.46S');
  assert.strictEqual(k.duration(3723456, true), 'PT1H2M3.46S');
  assert.strictEqual(k.duration(100 * 3600000), 'PT100H0M0.00S');
  assert.deepStrictEqual(plain(k.clock(3723456)), { h: 1, m: 2, s: 3.46 });
  for (const ms of [0, 10, 5000, 59990, 3723460, 360000000]) {
    assert.strictEqual(k.millis(k.duration(ms)), ms);
    assert.strictEqual(k.millis(k.duration(ms, true)), ms);
  }
  assert.strictEqual(k.millis('P1DT1S'), 86401000);
  assert.strictEqual(k.millis('PT1.5M'), 90000);
  for (const bad of ['', 'P', 'PT', 'T1S', 'PT1X', '1S', 'P1W', null]) {
    assert.strictEqual(k.millis(bad), null, String(bad));
  }
});

test('tokens join with the given separators and split back', () => {
  const k = kit();
  const xapi = { sep: '[,]', pair: '[.]' };
  assert.strictEqual(k.join(['a', 'b'], { sep: '[,]' }), 'a[,]b');
  assert.strictEqual(k.join(['c1.cat-a', 'c2.cat-b'], xapi), 'c1[.]cat-a[,]c2[.]cat-b');
  assert.strictEqual(k.join(['a.b.c'], xapi), 'a[.]b.c', 'only the first dot is the pair');
  assert.strictEqual(k.join([], xapi), '');
  assert.strictEqual(k.join(null, xapi), '');
  assert.strictEqual(k.join([1, true], { sep: ',' }), '1,true');
  assert.deepStrictEqual(plain(k.split('c1[.]cat-a[,]c2[.]cat-b', xapi)), ['c1.cat-a', 'c2.cat-b']);
  assert.deepStrictEqual(plain(k.split('', xapi)), []);
  assert.deepStrictEqual(plain(k.split('x', { sep: ',' })), ['x']);
  const list = ['one', 'two', 'three'];
  assert.deepStrictEqual(plain(k.split(k.join(list, xapi), xapi)), list);
});

test('a joined value too long keeps whole tokens and says how many', () => {
  const k = kit();
  let told = null;
  const cut = (kept, total) => { told = [kept, total]; };
  assert.strictEqual(k.join(['aaa', 'bbb', 'ccc'], { sep: ',', max: 8, cut }), 'aaa,bbb');
  assert.deepStrictEqual(told, [2, 3]);
  told = null;
  assert.strictEqual(k.join(['aaa', 'bbb'], { sep: ',', max: 7, cut }), 'aaa,bbb');
  assert.strictEqual(told, null, 'a value that fits is not cut');
  assert.strictEqual(k.join(['abcdefghij', 'b'], { sep: ',', max: 4, cut }), 'abcd',
    'a first token too long alone is cut to the limit');
  assert.deepStrictEqual(told, [0, 2]);
});

test('storage reads and writes JSON, and a full browser is reported, not thrown', () => {
  const local = storage(false);
  const k = kit({ localStorage: local });
  const s = k.store('localStorage');
  assert.strictEqual(s.get('missing'), null);
  assert.strictEqual(s.set('k', { a: [1, 'x'] }), true);
  assert.strictEqual(local.items.get('k'), '{"a":[1,"x"]}');
  assert.deepStrictEqual(plain(s.get('k')), { a: [1, 'x'] });
  assert.strictEqual(s.update('k', { b: true }), true);
  assert.deepStrictEqual(plain(s.get('k')), { a: [1, 'x'], b: true });
  local.items.set('broken', '{not json');
  assert.strictEqual(s.get('broken'), null);
  s.remove('k');
  assert.strictEqual(s.get('k'), null);

  const errors = [];
  const full = kit({ sessionStorage: storage(true) }).store('sessionStorage', (e, key) => errors.push(key));
  assert.strictEqual(full.set('x', 1), false);
  assert.strictEqual(full.update('y', { a: 1 }), false);
  assert.deepStrictEqual(errors, ['x', 'y']);
  assert.strictEqual(full.get('x'), null);
});

test('no storage at all (a browser that forbids it) gives nulls and false', () => {
  const errors = [];
  const s = kit({}).store('localStorage', (e) => errors.push(e));
  assert.strictEqual(s.get('k'), null);
  assert.strictEqual(s.set('k', 1), false);
  assert.doesNotThrow(() => s.remove('k'));
  assert.strictEqual(errors.length, 1);
  assert.strictEqual(kit({}).store('localStorage').set('k', 1), false, 'no callback: still no throw');
});

test("a browser copy keeps one course's or one module's state and resumes from it", () => {
  const local = storage(false);
  const k = kit({ localStorage: local });
  const course = k.browserCopy({ courseId: 'cafe', moduleId: null });
  const module = k.browserCopy({ courseId: 'cafe', moduleId: 'm1' });
  assert.strictEqual(course.key, 'atelier:cafe:*');
  assert.strictEqual(module.key, 'atelier:cafe:m1');
  assert.deepStrictEqual(plain(course.read()), {});
  assert.deepStrictEqual(plain(course.resume('preview')), {
    state: null, location: null, mode: 'normal', masteryScore: null, learnerName: null, messageKey: 'preview' });
  assert.strictEqual(course.write('{"v":1}', 'q1'), true);
  assert.strictEqual(local.items.get('atelier:cafe:*'), '{"state":"{\\"v\\":1}","location":"q1"}');
  assert.strictEqual(course.resume('untracked').state, '{"v":1}');
  assert.strictEqual(course.resume('untracked').location, 'q1');
  assert.strictEqual(module.resume('untracked').state, null);

  let full = 0;
  const refused = kit({ localStorage: storage(true) }).browserCopy({ courseId: 'c' }, () => full++);
  assert.strictEqual(refused.write('s', 'l'), false);
  assert.strictEqual(full, 1);
});
