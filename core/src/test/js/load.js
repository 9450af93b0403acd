/* Loads core.js and every kind file into a fresh context, as the page does, without a DOM. */
'use strict';
const fs = require('node:fs');
const path = require('node:path');
const vm = require('node:vm');

const PLAYER = path.join(__dirname, '../../main/resources/org/atelier/site/player');
const RULES = { gapMax: 60, textMax: 300, maxAttempts: 99,
  questions: ['single-choice', 'multiple-response', 'true-false', 'fill-in', 'card-sort', 'sequence', 'timeline'] };

function atelier(options) {
  const context = vm.createContext({ console, setTimeout, clearTimeout, Date, Promise });
  const files = ['core.js'].concat((options && options.kinds) ||
    fs.readdirSync(path.join(PLAYER, 'kinds')).map((f) => 'kinds/' + f));
  for (const file of files) {
    vm.runInContext(fs.readFileSync(path.join(PLAYER, file), 'utf8'), context, { filename: file });
  }
  context.Atelier.rules = RULES;
  context.Atelier.messages = { gap: 'Gap {0}', reality: 'Reality', fiction: 'Fiction' };
  return context.Atelier;
}

/* A tracker that writes down every call. */
function recorder() {
  const calls = [];
  const tracker = {};
  for (const name of ['start', 'save', 'answered', 'experienced', 'completed', 'exit']) {
    tracker[name] = (arg, more) => { calls.push({ name, arg, more }); return Promise.resolve({}); };
  }
  tracker.calls = (name) => calls.filter((c) => c.name === name).map((c) => c.arg);
  return tracker;
}

/* Page data of modules, each a list of items; a plain copy so a test may change it. */
function course(modules, extra) {
  return Object.assign({
    course: { id: 'c', title: 'C', language: 'en', masteryScore: 0.8 },
    modules: modules.map((items, i) => ({ id: 'm' + (i + 1), title: 'M' + (i + 1), masteryScore: 0.8, items })),
    messages: {}, rules: RULES
  }, extra);
}

/* A value made in the player's context as a value of this one: assert.deepStrictEqual compares
 * prototypes, and each context has its own Array. */
const plain = (x) => JSON.parse(JSON.stringify(x));

module.exports = { atelier, recorder, course, plain, PLAYER };
