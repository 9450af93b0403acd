'use strict';
/* Every kind's scoring: right, wrong, partial where the kind has it, blank; and what it reports. */
const test = require('node:test');
const assert = require('node:assert');
const { atelier, plain } = require('./load.js');

const A = atelier();
const score = (item, r) => A.kinds[item.kind].score(item, r);
const blank = (item, r) => A.kinds[item.kind].blank(item, r);
const fresh = (item) => plain(A.kinds[item.kind].fresh(item));
const report = (item, r) => plain(A.kinds[item.kind].interactions(item, r));

const opt = (id, correct) => ({ id, text: id.toUpperCase(), correct });
const single = { id: 'sc', kind: 'single-choice', title: 'SC', options: [opt('a', false), opt('b', true), opt('c', false)] };
const multiple = { id: 'mr', kind: 'multiple-response', title: 'MR', options: [opt('a', true), opt('b', true), opt('c', false)] };
const trueFalse = { id: 'tf', kind: 'true-false', title: 'TF', answer: false };
const gap = (id, accept, more) => Object.assign({ id, accept, options: [], caseSensitive: false, accentSensitive: false }, more);
const fillIn = { id: 'fi', kind: 'fill-in', title: 'FI',
  gaps: [gap('g1', ['Café']), gap('g2', ['oui'], { options: ['non', 'oui'] })] };
const sort = { id: 'cs', kind: 'card-sort', title: 'CS', categories: [{ id: 'x', title: 'X' }, { id: 'y', title: 'Y' }],
  cards: [{ id: 'p', text: 'P', category: 'x' }, { id: 'q', text: 'Q', category: 'y' }] };
const sequence = { id: 'sq', kind: 'sequence', title: 'SQ', cards: [{ id: 'one' }, { id: 'two' }, { id: 'three' }, { id: 'four' }] };
const timeline = { id: 'tl', kind: 'timeline', title: 'TL', order: ['old', 'new'],
  cards: [{ id: 'new', nature: 'reality' }, { id: 'old', nature: 'fiction' }] };

test('single choice: the right option scores 1, a wrong one 0, none is blank', () => {
  assert.strictEqual(score(single, 1), 1);
  assert.strictEqual(score(single, 2), 0);
  assert.strictEqual(fresh(single), -1);
  assert.strictEqual(blank(single, -1), true);
  assert.strictEqual(blank(single, 0), false);
  assert.deepStrictEqual(report(single, 1)[0].response, ['b']);
  assert.deepStrictEqual(report(single, 1)[0].correct, [['b']]);
  assert.strictEqual(report(single, 0)[0].result, 'incorrect');
});

test('multiple response: all right ticks score 1, each wrong tick takes a right one back, never below 0', () => {
  assert.strictEqual(score(multiple, '110'), 1);
  assert.strictEqual(score(multiple, '100'), 0.5);
  assert.strictEqual(score(multiple, '101'), 0);
  assert.strictEqual(score(multiple, '001'), 0);
  assert.strictEqual(fresh(multiple), '000');
  assert.strictEqual(blank(multiple, '000'), true);
  assert.deepStrictEqual(report(multiple, '101')[0].response, ['a', 'c']);
  assert.strictEqual(report(multiple, '110')[0].result, 'correct');
});

test('true or false: the right value scores 1, the other 0, none is blank', () => {
  assert.strictEqual(score(trueFalse, 0), 1);
  assert.strictEqual(score(trueFalse, 1), 0);
  assert.strictEqual(blank(trueFalse, -1), true);
  assert.deepStrictEqual(report(trueFalse, 0)[0].response, ['false']);
  assert.deepStrictEqual(report(trueFalse, -1)[0].response, []);
});

test('fill-in: each gap right is a share; case, accents and spaces do not count unless asked', () => {
  assert.strictEqual(score(fillIn, ['  cafe ', 1]), 1);
  assert.strictEqual(score(fillIn, ['thé', 1]), 0.5);
  assert.strictEqual(score(fillIn, ['thé', 0]), 0);
  const strict = { id: 'f', kind: 'fill-in', gaps: [gap('g', ['Café'], { caseSensitive: true, accentSensitive: true })] };
  assert.strictEqual(score(strict, ['cafe']), 0);
  assert.strictEqual(score(strict, ['Café']), 1);
  assert.deepStrictEqual(fresh(fillIn), ['', -1]);
  assert.strictEqual(blank(fillIn, [' ', -1]), true);
  assert.strictEqual(blank(fillIn, ['', 0]), false);
});

test('fill-in reports one interaction per gap, typed text cut at the gap limit', () => {
  const parts = report(fillIn, ['x'.repeat(80), 1]);
  assert.deepStrictEqual(parts.map((p) => p.id), ['fi.g1', 'fi.g2']);
  assert.strictEqual(parts[0].response[0].length, 60);
  assert.deepStrictEqual(parts[1].response, ['oui']);
  assert.deepStrictEqual(parts.map((p) => p.result), ['incorrect', 'correct']);
});

test('card sort: each card in its category is a share, a card not placed is wrong, none placed is blank', () => {
  assert.strictEqual(score(sort, [0, 1]), 1);
  assert.strictEqual(score(sort, [0, -1]), 0.5);
  assert.strictEqual(score(sort, [1, 0]), 0);
  assert.deepStrictEqual(fresh(sort), [-1, -1]);
  assert.strictEqual(blank(sort, [-1, -1]), true);
  assert.deepStrictEqual(report(sort, [0, -1])[0].response, ['p.x']);
  assert.deepStrictEqual(report(sort, [0, -1])[0].correct, [['p.x', 'q.y']]);
});

test('sequence: each card at its place is a share; it starts shuffled, never blank', () => {
  assert.strictEqual(score(sequence, [0, 1, 2, 3]), 1);
  assert.strictEqual(score(sequence, [0, 1, 3, 2]), 0.5);
  assert.strictEqual(score(sequence, [1, 0, 3, 2]), 0);
  const start = fresh(sequence);
  assert.notDeepStrictEqual(start, [0, 1, 2, 3]);
  assert.deepStrictEqual(start.slice().sort(), [0, 1, 2, 3]);
  assert.deepStrictEqual(fresh(sequence), start); // the same shuffle on every load
  assert.strictEqual(blank(sequence, start), false);
  assert.deepStrictEqual(report(sequence, [1, 0, 2, 3])[0].response, ['two', 'one', 'three', 'four']);
});

test('timeline: order and nature weigh half each', () => {
  assert.strictEqual(score(timeline, [[1, 0], 'rf']), 1);
  assert.strictEqual(score(timeline, [[0, 1], 'rf']), 0.5);
  assert.strictEqual(score(timeline, [[1, 0], 'fr']), 0.5);
  assert.strictEqual(score(timeline, [[1, 0], 'r-']), 0.75);
  assert.strictEqual(score(timeline, [[0, 1], '--']), 0);
  assert.deepStrictEqual(fresh(timeline)[1], '--');
  assert.strictEqual(blank(timeline, fresh(timeline)), false);
});

test('timeline reports its order and its natures as two interactions', () => {
  const [order, nature] = report(timeline, [[1, 0], 'r-']);
  assert.strictEqual(order.id, 'tl.order');
  assert.deepStrictEqual(order.response, ['old', 'new']);
  assert.strictEqual(order.result, 'correct');
  assert.strictEqual(nature.id, 'tl.nature');
  assert.deepStrictEqual(nature.response, ['new.reality']);
  assert.strictEqual(nature.result, 'incorrect');
});

test('survey: neutral interactions, one per question, text cut at the open answer limit', () => {
  const survey = { id: 'sv', kind: 'survey', questions: [
    { id: 'l', type: 'likert', prompt: 'L', scale: ['a', 'b', 'c'] },
    { id: 'c', type: 'choice', prompt: 'C', multiple: true, options: [{ id: 'x', text: 'X' }, { id: 'y', text: 'Y' }] },
    { id: 't', type: 'text', prompt: 'T' }] };
  assert.deepStrictEqual(fresh(survey), [-1, '00', '']);
  const parts = report(survey, [2, '01', 'z'.repeat(400)]);
  assert.deepStrictEqual(parts.map((p) => p.type), ['likert', 'choice', 'long-fill-in']);
  assert.deepStrictEqual(parts[0].response, ['3']);
  assert.deepStrictEqual(parts[1].response, ['y']);
  assert.strictEqual(parts[2].response[0].length, 300);
  assert.ok(parts.every((p) => p.result === 'neutral' && p.correct.length === 0));
});

test('discussion and action cards start with no card read and none chosen', () => {
  const deck = { cards: [{ id: 'a' }, { id: 'b' }] };
  assert.deepStrictEqual(fresh(Object.assign({ kind: 'discussion' }, deck)), ['00', '00']);
  assert.deepStrictEqual(fresh(Object.assign({ kind: 'actions' }, deck)), ['00', '00']);
});
