'use strict';
/* The logic behind the player's keyboard and screen-reader aids: typed positions, the card to
 * place next, the sentence that names a gap, the survey's unanswered required questions. */
const test = require('node:test');
const assert = require('node:assert');
const { atelier, plain } = require('./load.js');

const A = atelier();

test('a typed position swaps two cards and leaves every other one in its place', () => {
  assert.deepStrictEqual(plain(A.swap([3, 1, 0, 2], 0, 3)), [2, 1, 0, 3]);
  assert.deepStrictEqual(plain(A.swap([3, 1, 0, 2], 1, 1)), [3, 1, 0, 2]);
});

test('a walk down the list, each card swapped to where it belongs, orders it', () => {
  let list = [4, 2, 0, 5, 1, 3], swaps = 0;
  for (let p = 0; p < list.length; p++) {
    while (list[p] !== p) { list = A.swap(list, p, list[p]); swaps++; }
  }
  assert.deepStrictEqual(plain(list), [0, 1, 2, 3, 4, 5]);
  assert.ok(swaps <= 5);
});

test('a position is read from 1 to n, anything else is -1', () => {
  assert.strictEqual(A.position('1', 18), 0);
  assert.strictEqual(A.position(' 18 ', 18), 17);
  for (const bad of ['0', '19', '', 'deux', '1.5', '-1', '12345']) assert.strictEqual(A.position(bad, 18), -1, bad);
});

test('after a card is placed, the next one is the first left in the pool as shown', () => {
  const sort = A.kinds['card-sort'];
  const item = { id: 'tri', cards: [{}, {}, {}, {}], shuffle: false };
  assert.strictEqual(sort.next(item, [0, -1, 1, -1]), 1);
  assert.strictEqual(sort.next(item, [0, 0, 1, 1]), -1);
  const shuffled = { id: 'tri', cards: [{}, {}, {}, {}] };
  const order = plain(A.order(4, shuffled));
  assert.strictEqual(sort.next(shuffled, [-1, -1, -1, -1]), order[0]);
});

test('a gap is named by its sentence, the other gaps as an ellipsis', () => {
  const around = A.kinds['fill-in'].around;
  const parts = ["L'IA génère ", null, ' à partir de ce qui est ', null, '. Elle ne vérifie pas ', null, '.'];
  assert.strictEqual(around(parts, 1), "L'IA génère … à partir de ce qui est ….");
  assert.strictEqual(around(parts, 3), "L'IA génère … à partir de ce qui est ….");
  assert.strictEqual(around(parts, 5), 'Elle ne vérifie pas ….');
  const long = around(['x '.repeat(100), null, ' y'.repeat(100)], 1);
  assert.ok(long.length < 160, long);
});

test('the survey names the required questions left unanswered, in order', () => {
  const survey = A.kinds.survey;
  const item = { questions: [
    { type: 'likert', required: true, scale: ['a', 'b'] },
    { type: 'choice', multiple: true, required: true, options: [{}, {}] },
    { type: 'text', required: true },
    { type: 'text' }] };
  assert.deepStrictEqual(plain(survey.missing(item, [-1, '00', '  ', ''])), [0, 1, 2]);
  assert.deepStrictEqual(plain(survey.missing(item, [1, '01', 'oui', ''])), []);
  assert.strictEqual(survey.blank(item, [1, '00', 'oui', '']), true);
});
