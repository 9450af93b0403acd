'use strict';
const test = require('node:test');
const assert = require('node:assert');
const fs = require('node:fs');
const path = require('node:path');
const { atelier, course, plain, PLAYER } = require('./load.js');

const page = { id: 'a', kind: 'page', title: 'A', resources: [] };
const tf = { id: 'b', kind: 'true-false', title: 'B', answer: true };

test('a course whose kinds are all registered with their hooks has no problem', () => {
  assert.deepStrictEqual(plain(atelier().problems(course([[page, tf]]))), []);
});

test('a kind the course uses that no file registered is refused, named once', () => {
  const A = atelier({ kinds: ['kinds/page.js'] });
  assert.deepStrictEqual(plain(A.problems(course([[page, tf, tf]]))), ['kind "true-false" is not registered (kinds/true-false.js)']);
});

test('a question kind without its scoring hooks is refused, the missing hooks named', () => {
  const A = atelier({ kinds: [] });
  A.kind('true-false', { fresh() { return -1; }, render() {}, blank() { return false; } });
  assert.deepStrictEqual(plain(A.problems(course([[tf]]))), ['kind "true-false" has no score, interactions, feedback, answer']);
});

test('a kind that is no question needs only fresh and render', () => {
  const A = atelier({ kinds: [] });
  A.kind('page', { fresh() { return null; } });
  assert.deepStrictEqual(plain(A.problems(course([[page]]))), ['kind "page" has no render']);
});

test('every kind file registers the kind it is named for', () => {
  for (const file of fs.readdirSync(path.join(PLAYER, 'kinds'))) {
    const A = atelier({ kinds: ['kinds/' + file] });
    assert.deepStrictEqual(plain(Object.keys(A.kinds)), [file.replace(/\.js$/, '')], file);
  }
});
