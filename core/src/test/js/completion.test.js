'use strict';
const test = require('node:test');
const assert = require('node:assert');
const { atelier, recorder, course, plain } = require('./load.js');

const page = (id) => ({ id, kind: 'page', title: id, resources: [] });
const tf = (id, answer, more) => Object.assign({ id, kind: 'true-false', title: id, answer, scored: true, points: 1, attempts: 0, feedbackHtml: {} }, more);
const survey = (id) => ({ id, kind: 'survey', title: id, questions: [{ id: 'q', type: 'likert', required: true, scale: ['a', 'b'] }] });

test('a page is done once seen, and says it was experienced', () => {
  const A = atelier(); const tracker = recorder();
  const s = A.session(course([[page('a')]]), null, tracker);
  assert.strictEqual(s.done(0), false);
  s.show(0);
  assert.strictEqual(s.done(0), true);
  assert.deepStrictEqual(tracker.calls('experienced').map((e) => e.activityId), ['a']);
});

test('a question is done once checked, right or wrong, never by being seen', () => {
  const A = atelier();
  const s = A.session(course([[tf('q', true)]]), null, recorder());
  s.show(0);
  assert.strictEqual(s.done(0), false);
  s.setDraft(0, 0);
  assert.strictEqual(s.done(0), false);
  s.answer(0);
  assert.strictEqual(s.done(0), true);
});

test('a survey is done once sent, not when seen or filled in', () => {
  const A = atelier(); const tracker = recorder();
  const s = A.session(course([[survey('s')]]), null, tracker);
  s.show(0); s.setDraft(0, [1]);
  assert.strictEqual(s.done(0), false);
  assert.deepStrictEqual(tracker.calls('experienced'), []);
  s.answer(0);
  assert.strictEqual(s.done(0), true);
  assert.strictEqual(tracker.calls('answered')[0].success, null);
});

test('a survey with a required question unanswered is blank', () => {
  const A = atelier();
  const s = A.session(course([[survey('s')]]), null, recorder());
  assert.strictEqual(s.blank(0), true);
  s.setDraft(0, [0]);
  assert.strictEqual(s.blank(0), false);
});

test('a module is reported once, when its last item is done, then the course with its score', () => {
  const A = atelier(); const tracker = recorder();
  const s = A.session(course([[page('a'), tf('q', true)]]), null, tracker);
  s.show(0); s.complete();
  assert.deepStrictEqual(tracker.calls('completed'), []);
  s.setDraft(1, 1); s.answer(1); s.complete(); s.complete();
  const done = tracker.calls('completed');
  assert.deepStrictEqual(done.map((c) => c.scope), ['module', 'course']);
  assert.deepStrictEqual(JSON.parse(JSON.stringify(done[1].score)), { raw: 1, max: 1, scaled: 1 });
  assert.strictEqual(done[1].passed, true);
});

test('a module below its mastery score is completed but failed', () => {
  const A = atelier(); const tracker = recorder();
  const s = A.session(course([[tf('q', true), tf('r', true)]]), null, tracker);
  s.setDraft(0, 1); s.answer(0); s.setDraft(1, 0); s.answer(1); s.complete();
  const module = tracker.calls('completed')[0];
  assert.strictEqual(module.score.scaled, 0.5);
  assert.strictEqual(module.passed, false);
});

test('the platform mastery score overrides the course one', () => {
  const A = atelier(); const tracker = recorder();
  const s = A.session(course([[tf('q', true), tf('r', true)]]), null, tracker);
  s.mastery = 0.5;
  s.setDraft(0, 1); s.answer(0); s.setDraft(1, 0); s.answer(1); s.complete();
  assert.strictEqual(tracker.calls('completed')[0].passed, true);
});

test('unscored questions count for completion, not for the score', () => {
  const A = atelier(); const tracker = recorder();
  const s = A.session(course([[tf('q', true, { scored: false })]]), null, tracker);
  s.setDraft(0, 1); s.answer(0); s.complete();
  const module = tracker.calls('completed')[0];
  assert.strictEqual(module.score, null);
  assert.strictEqual(module.passed, null);
});

test('a right answer or the last attempt makes the answer final', () => {
  const A = atelier();
  const s = A.session(course([[tf('q', true, { attempts: 2 })]]), null, recorder());
  s.setDraft(0, 0); s.answer(0);
  assert.strictEqual(s.locked(0), false);
  assert.strictEqual(s.attemptsLeft(s.items[0]), 1);
  s.setDraft(0, 0); s.answer(0);
  assert.strictEqual(s.locked(0), true);
});

test('one module played on its own reports the course as that module', () => {
  const A = atelier(); const tracker = recorder();
  const s = A.session(course([[page('a')], [page('b')]]), 'm2', tracker);
  assert.deepStrictEqual(plain(s.items.map((i) => i.id)), ['b']);
  s.show(0); s.complete();
  assert.deepStrictEqual(tracker.calls('completed').map((c) => c.scope + ':' + c.moduleId), ['module:m2', 'course:m2']);
});
