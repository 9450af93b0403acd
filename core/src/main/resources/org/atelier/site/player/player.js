/* Atelier player: plays a course from the JSON in #atelier-data. It knows nothing of SCORM or
 * xAPI: it talks to window.atelierTracker (docs/architecture.md). Author text arrives either as
 * HTML already made safe by the Java side (fields ending in "Html") or as plain text, which is
 * only ever inserted as text. */
(function () {
  'use strict';

  var data = JSON.parse(document.getElementById('atelier-data').textContent);
  var M = data.messages;
  var GAP_MAX = 60;
  var TEXT_MAX = 300;
  var MAX_ATTEMPTS_STORED = 99;

  function t(key) {
    var args = Array.prototype.slice.call(arguments, 1);
    return String(M[key] === undefined ? key : M[key]).replace(/\{(\d)\}/g, function (m, i) {
      return args[+i];
    });
  }

  /* h('p', {class: 'x', html: safeHtml, onclick: fn}, child, 'text'…): text is always text. */
  function h(tag, attrs) {
    var el = document.createElement(tag);
    var a = attrs || {};
    Object.keys(a).forEach(function (k) {
      var v = a[k];
      if (v === undefined || v === null || v === false) return;
      if (k === 'html') el.innerHTML = v;
      else if (k === 'text') el.textContent = v;
      else if (k.indexOf('on') === 0) el.addEventListener(k.slice(2), v);
      else el.setAttribute(k, v === true ? '' : v);
    });
    for (var i = 2; i < arguments.length; i++) append(el, arguments[i]);
    return el;
  }
  function append(el, child) {
    if (child === undefined || child === null || child === false) return;
    if (Array.isArray(child)) child.forEach(function (c) { append(el, c); });
    else el.appendChild(typeof child === 'string' ? document.createTextNode(child) : child);
  }

  var nullTracker = {
    start: function () { return Promise.resolve({}); },
    save: function () {}, answered: function () {}, experienced: function () {},
    completed: function () {}, exit: function () {}
  };
  var tracker = window.atelierTracker || nullTracker;

  var params = new URLSearchParams(window.location.search);
  var onlyModule = params.get('module');
  var modules = data.modules.filter(function (m) { return !onlyModule || m.id === onlyModule; });
  if (!modules.length) modules = data.modules;
  var items = [];
  modules.forEach(function (m) {
    m.items.forEach(function (it) { it.module = m; it.index = items.length; items.push(it); });
  });

  /* State: records[i] = 0 untouched, 1 visited, or [attempts, done, response]. */
  var records = items.map(function () { return 0; });
  var moduleDone = modules.map(function () { return false; });
  var current = 0;
  var shownAt = Date.now();
  var readOnly = false;
  var overrideMastery = null;
  var drafts = {};

  /* ---------- seeded shuffle: the same order on every load, so reloads and tests agree ---------- */
  function seeded(str) {
    var x = 2166136261;
    for (var i = 0; i < str.length; i++) { x ^= str.charCodeAt(i); x = Math.imul(x, 16777619); }
    return function () {
      x = Math.imul(x ^ (x >>> 15), 2246822507); x = Math.imul(x ^ (x >>> 13), 3266489909);
      x ^= x >>> 16; return (x >>> 0) / 4294967296;
    };
  }
  function order(n, item) {
    var idx = []; for (var i = 0; i < n; i++) idx.push(i);
    if (item.shuffle === false) return idx;
    var rnd = seeded(item.id);
    for (var j = n - 1; j > 0; j--) { var k = Math.floor(rnd() * (j + 1)); var s = idx[j]; idx[j] = idx[k]; idx[k] = s; }
    if (n > 1 && idx.every(function (v, p) { return v === p; })) idx.push(idx.shift());
    return idx;
  }

  /* ---------- text ---------- */
  /* Cut before dropping lone surrogates: a cut through a pair would leave one, which JSON writes
   * as six characters and StateBudget counts as two at most. */
  function clean(text, max) {
    return String(text || '')
      .replace(/[\u0000-\u0009\u000B-\u001F\u007F]/g, '')
      .slice(0, max)
      .replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(^|[^\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '$1');
  }
  function fold(text, caseSensitive, accentSensitive) {
    var s = String(text).trim().replace(/\s+/g, ' ');
    if (!accentSensitive) s = s.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
    if (!caseSensitive) s = s.toLocaleLowerCase();
    return s.replace(/[\u2019\u02bc]/g, "'");
  }

  /* ---------- kinds: fresh response, score (0..1 per part), interactions ---------- */
  var QUESTION = { 'single-choice': 1, 'multiple-response': 1, 'true-false': 1, 'fill-in': 1, 'card-sort': 1, sequence: 1, timeline: 1 };

  function fresh(item) {
    switch (item.kind) {
      case 'single-choice': return -1;
      case 'multiple-response': return item.options.map(function () { return '0'; }).join('');
      case 'true-false': return -1;
      case 'fill-in': return item.gaps.map(function (g) { return g.options.length ? -1 : ''; });
      case 'card-sort': return item.cards.map(function () { return -1; });
      /* Cards to put in order always start shuffled: the file may list them in the right order. */
      case 'sequence': return order(item.cards.length, { id: item.id });
      case 'timeline': return [order(item.cards.length, { id: item.id }), item.cards.map(function () { return '-'; }).join('')];
      case 'survey': return item.questions.map(function (q) {
        return q.type === 'text' ? '' : q.type === 'choice' && q.multiple ? q.options.map(function () { return '0'; }).join('') : -1;
      });
      case 'discussion': case 'actions':
        var z = item.cards.map(function () { return '0'; }).join(''); return [z, z];
      default: return null;
    }
  }

  function gapRight(gap, value) {
    if (gap.options.length) return value >= 0 && gap.accept.indexOf(gap.options[value]) >= 0;
    var v = fold(value, gap.caseSensitive, gap.accentSensitive);
    return v !== '' && gap.accept.some(function (a) { return fold(a, gap.caseSensitive, gap.accentSensitive) === v; });
  }
  function timelinePositions(item, r) {
    return r[0].map(function (cardIndex, pos) { return item.cards[cardIndex].id === item.order[pos]; });
  }

  /* The share of the answer that is right, from 0 to 1. */
  function score(item, r) {
    switch (item.kind) {
      case 'single-choice': return r >= 0 && item.options[r].correct ? 1 : 0;
      case 'multiple-response':
        var k = 0, plus = 0, minus = 0;
        item.options.forEach(function (o, i) {
          if (o.correct) k++;
          if (r.charAt(i) === '1') { if (o.correct) plus++; else minus++; }
        });
        return Math.max(0, (plus - minus) / k);
      case 'true-false': return r >= 0 && (r === 1) === item.answer ? 1 : 0;
      case 'fill-in': return share(item.gaps.map(function (g, i) { return gapRight(g, r[i]); }));
      case 'card-sort': return share(item.cards.map(function (c, i) { return r[i] >= 0 && item.categories[r[i]].id === c.category; }));
      case 'sequence': return share(r.map(function (ci, pos) { return ci === pos; }));
      case 'timeline':
        return share(timelinePositions(item, r)) / 2 +
          share(item.cards.map(function (c, i) { return r[1].charAt(i) === c.nature.charAt(0); })) / 2;
    }
    return 0;
  }
  /* Nothing answered yet: a check would only use up an attempt. */
  function blank(item, r) {
    switch (item.kind) {
      case 'single-choice': case 'true-false': return r < 0;
      case 'multiple-response': return r.indexOf('1') < 0;
      case 'fill-in': return r.every(function (v) { return v === -1 || String(v).trim() === ''; });
      case 'card-sort': return r.every(function (v) { return v < 0; });
    }
    return false;
  }
  function share(flags) {
    return flags.length ? flags.filter(Boolean).length / flags.length : 0;
  }

  function plainOf(list, i) { return list[i] ? list[i].text : ''; }
  function interactions(item, r) {
    var res = function (ok) { return ok ? 'correct' : 'incorrect'; };
    var s = score(item, r);
    switch (item.kind) {
      case 'single-choice': case 'multiple-response':
        var chosen = item.kind === 'single-choice' ? (r >= 0 ? [item.options[r].id] : [])
          : item.options.filter(function (o, i) { return r.charAt(i) === '1'; }).map(function (o) { return o.id; });
        return [{ id: item.id, type: 'choice', description: item.prompt || item.title,
          correct: [item.options.filter(function (o) { return o.correct; }).map(function (o) { return o.id; })],
          response: chosen, result: res(s === 1),
          choices: item.options.map(function (o) { return { id: o.id, text: o.text }; }) }];
      case 'true-false':
        return [{ id: item.id, type: 'true-false', description: item.prompt || item.title,
          correct: [[String(item.answer)]], response: r >= 0 ? [String(r === 1)] : [], result: res(s === 1) }];
      case 'fill-in':
        return item.gaps.map(function (g, i) {
          var value = g.options.length ? (r[i] >= 0 ? g.options[r[i]] : '') : clean(r[i], GAP_MAX);
          return { id: item.id + '.' + g.id, type: 'fill-in', description: item.title + ' — ' + t('gap', i + 1),
            correct: g.accept.map(function (a) { return [a]; }), response: [value], result: res(gapRight(g, r[i])),
            caseMatters: !!g.caseSensitive, orderMatters: false };
        });
      case 'card-sort':
        return [{ id: item.id, type: 'matching', description: item.prompt || item.title,
          correct: [item.cards.map(function (c) { return c.id + '.' + c.category; })],
          response: item.cards.map(function (c, i) { return r[i] >= 0 ? c.id + '.' + item.categories[r[i]].id : null; }).filter(Boolean),
          result: res(s === 1),
          source: item.cards.map(function (c) { return { id: c.id, text: c.text }; }),
          target: item.categories.map(function (c) { return { id: c.id, text: c.title }; }) }];
      case 'sequence':
        return [{ id: item.id, type: 'sequencing', description: item.prompt || item.title,
          correct: [item.cards.map(function (c) { return c.id; })],
          response: r.map(function (ci) { return item.cards[ci].id; }), result: res(s === 1),
          choices: item.cards.map(function (c) { return { id: c.id, text: c.text }; }) }];
      case 'timeline':
        var natureOk = item.cards.every(function (c, i) { return r[1].charAt(i) === c.nature.charAt(0); });
        return [{ id: item.id + '.order', type: 'sequencing', description: item.title,
          correct: [item.order.slice()], response: r[0].map(function (ci) { return item.cards[ci].id; }),
          result: res(timelinePositions(item, r).every(Boolean)),
          choices: item.cards.map(function (c) { return { id: c.id, text: c.text }; }) },
        { id: item.id + '.nature', type: 'matching', description: item.title + ' — ' + t('reality') + ' / ' + t('fiction'),
          correct: [item.cards.map(function (c) { return c.id + '.' + c.nature; })],
          response: item.cards.map(function (c, i) {
            var n = r[1].charAt(i); return n === '-' ? null : c.id + '.' + (n === 'r' ? 'reality' : 'fiction');
          }).filter(Boolean), result: res(natureOk),
          source: item.cards.map(function (c) { return { id: c.id, text: c.text }; }),
          target: [{ id: 'reality', text: t('reality') }, { id: 'fiction', text: t('fiction') }] }];
      case 'survey':
        return item.questions.map(function (q, i) {
          var v = r[i];
          var base = { id: item.id + '.' + q.id, description: q.prompt, correct: [], result: 'neutral' };
          if (q.type === 'likert') {
            base.type = 'likert'; base.response = v >= 0 ? [String(v + 1)] : [];
            base.choices = q.scale.map(function (label, n) { return { id: String(n + 1), text: label }; });
          } else if (q.type === 'choice') {
            base.type = 'choice';
            base.response = q.multiple ? q.options.filter(function (o, n) { return v.charAt(n) === '1'; }).map(function (o) { return o.id; })
              : v >= 0 ? [q.options[v].id] : [];
            base.choices = q.options.map(function (o) { return { id: o.id, text: o.text }; });
          } else {
            base.type = 'long-fill-in'; base.response = [clean(v, TEXT_MAX)];
          }
          return base;
        });
    }
    return [];
  }

  /* ---------- state ---------- */
  function record(i) { return Array.isArray(records[i]) ? records[i] : null; }
  function response(i) {
    if (drafts[i] !== undefined) return drafts[i];
    var rec = record(i);
    return rec ? rec[2] : fresh(items[i]);
  }
  function encodeState() {
    return JSON.stringify({ v: 1, l: current, s: records, c: moduleDone.map(function (d) { return d ? '1' : '0'; }).join('') });
  }
  function decodeState(text) {
    try {
      var s = JSON.parse(text);
      if (!s || s.v !== 1 || !Array.isArray(s.s) || s.s.length !== items.length) return false;
      records = s.s;
      current = Math.min(Math.max(0, s.l | 0), items.length - 1);
      if (typeof s.c === 'string') moduleDone = modules.map(function (m, i) { return s.c.charAt(i) === '1'; });
      return true;
    } catch (e) {
      if (window.console) console.warn('atelier: saved state ignored', e);
      return false;
    }
  }
  /* Two copies of one learner's state (another tab, another device wrote meanwhile): each
   * activity keeps the record that went further (more attempts, then finished), each module its
   * completion. The tracker merges places itself. */
  function mergeStates(mine, theirs) {
    var a, b;
    try { a = JSON.parse(mine); b = JSON.parse(theirs); } catch (e) { return mine || theirs; }
    if (!a) return theirs;
    if (!b || b.v !== a.v || !Array.isArray(b.s) || !Array.isArray(a.s) || b.s.length !== a.s.length) return mine;
    function rank(r) { return Array.isArray(r) ? 2 + 2 * (r[0] | 0) + (r[1] | 0) : r | 0; }
    a.s = a.s.map(function (r, i) { return rank(b.s[i]) > rank(r) ? b.s[i] : r; });
    var ca = String(a.c || ''), cb = String(b.c || '');
    a.c = (ca.length >= cb.length ? ca : cb).split('').map(function (x, i) { return x === '1' || ca.charAt(i) === '1' || cb.charAt(i) === '1' ? '1' : '0'; }).join('');
    return JSON.stringify(a);
  }
  var saveTimer = null;
  function save() {
    clearTimeout(saveTimer); saveTimer = null;
    tracker.save(encodeState(), items[current].id);
  }
  function saveSoon() {
    if (!saveTimer) saveTimer = setTimeout(save, 800);
  }
  function setDraft(i, r) {
    drafts[i] = r;
    var rec = record(i);
    if (rec) rec[2] = r; else records[i] = [0, 0, r];
    saveSoon();
  }

  /* ---------- scores ---------- */
  function itemScore(i) {
    var it = items[i], rec = record(i);
    return rec && rec[0] > 0 ? score(it, rec[2]) * it.points : 0;
  }
  function scoreOf(list) {
    var raw = 0, max = 0;
    list.forEach(function (it) {
      if (QUESTION[it.kind] && it.scored) { raw += itemScore(it.index); max += it.points; }
    });
    if (!max) return null;
    raw = Math.round(raw * 100) / 100;
    return { raw: raw, max: max, scaled: Math.round(raw / max * 10000) / 10000 };
  }
  function mastery(m) {
    return overrideMastery !== null ? overrideMastery : m ? m.masteryScore : data.course.masteryScore;
  }
  function itemDone(i) {
    var it = items[i], rec = records[i];
    if (QUESTION[it.kind]) return Array.isArray(rec) && rec[0] > 0;
    if (it.kind === 'survey') return Array.isArray(rec) && rec[1] === 1;
    return rec !== 0;
  }
  function checkCompletion() {
    modules.forEach(function (m, mi) {
      if (moduleDone[mi] || !m.items.every(function (it) { return itemDone(it.index); })) return;
      moduleDone[mi] = true;
      var s = scoreOf(m.items);
      tracker.completed({ scope: 'module', moduleId: m.id, score: s,
        passed: s ? s.scaled >= mastery(m) : null, masteryScore: mastery(m) });
      announce(t('moduleDone'));
      if (moduleDone.every(Boolean)) {
        var all = scoreOf(items);
        tracker.completed({ scope: 'course', moduleId: onlyModule && modules.length === 1 ? modules[0].id : null,
          score: all, passed: all ? all.scaled >= mastery(onlyModule ? modules[0] : null) : null,
          masteryScore: mastery(onlyModule ? modules[0] : null) });
      }
    });
  }

  /* ---------- page structure ---------- */
  var $ = function (id) { return document.getElementById(id); };
  /* Texts announced together are said together: a later one must not cut an earlier one off. */
  var pending = [];
  function announce(text) {
    var a = $('announce'); a.textContent = '';
    if (!pending.length) setTimeout(function () { a.textContent = pending.join(' '); pending = []; }, 50);
    pending.push(text);
  }
  function notify(text, level) {
    var box = $('notices');
    var old = box.querySelector('[data-level="' + (level || 'info') + '"]');
    if (old) old.remove();
    if (text) box.appendChild(h('p', { class: 'notice notice-' + (level || 'info'), 'data-level': level || 'info', role: level === 'error' ? 'alert' : null, text: text }));
  }
  window.atelierPlayer = {
    notify: notify,
    state: encodeState,
    current: function () { return current; },
    count: function () { return items.length; },
    /* The current item's data without its module, for tests and tools. */
    item: function () {
      return JSON.parse(JSON.stringify(items[current], function (k, v) { return k === 'module' ? undefined : v; }));
    }
  };

  /* A module's score and, once it is complete, whether it is passed: "Score : 3 sur 5 — Réussi". */
  function moduleStatus(m, mi) {
    var checked = m.items.some(function (it) { return QUESTION[it.kind] && itemDone(it.index); });
    var s = checked || moduleDone[mi] ? scoreOf(m.items) : null; // no « 0 sur 14 » before a first try
    var status = moduleDone[mi] ? (s ? t(s.scaled >= mastery(m) ? 'passed' : 'failed') : t('statusDone')) : null;
    return [s ? t('score', fmt(s.raw), fmt(s.max)) : null, status].filter(Boolean).join(' — ');
  }

  function renderToc() {
    var nav = $('toc'); nav.textContent = '';
    var list = h('ol', { class: 'toc-modules' });
    modules.forEach(function (m, mi) {
      var sub = h('ol', { class: 'toc-items' });
      m.items.forEach(function (it) {
        var status = it.index === current ? t('statusCurrent') : itemDone(it.index) ? t('statusDone') : t('statusNew');
        sub.appendChild(h('li', { class: itemDone(it.index) ? 'done' : null },
          h('button', { type: 'button', 'aria-current': it.index === current ? 'step' : null,
            onclick: function () { go(it.index); closeToc(); } },
          h('span', { class: 'toc-mark', 'aria-hidden': 'true', text: itemDone(it.index) ? '✓' : '' }),
          it.title, h('span', { class: 'sr-only', text: ' (' + status + ')' }))));
      });
      var status = moduleStatus(m, mi);
      list.appendChild(h('li', {}, h('p', { class: 'toc-module', text: m.title }),
        status ? h('p', { class: 'toc-score', text: status }) : null, sub));
    });
    nav.appendChild(list);
  }
  function closeToc() {
    document.body.classList.remove('toc-open');
    $('toc-toggle').setAttribute('aria-expanded', 'false');
  }
  $('toc-toggle').addEventListener('click', function () {
    var open = document.body.classList.toggle('toc-open');
    this.setAttribute('aria-expanded', String(open));
  });

  function renderPager() {
    var p = $('pager'); p.textContent = '';
    p.appendChild(h('button', { type: 'button', class: 'secondary', disabled: current === 0, onclick: function () { go(current - 1); } }, '← ', t('previous')));
    if (current < items.length - 1) {
      p.appendChild(h('button', { type: 'button', onclick: function () { go(current + 1); } }, t('next'), ' →'));
    } else {
      p.appendChild(h('button', { type: 'button', onclick: finish }, t('finish')));
    }
  }

  /* "Finish": the tracker flushes and closes; the learner sees each module's result. */
  function finish() {
    save(); tracker.exit({ finished: true });
    var box = $('item'); box.textContent = '';
    var heading = h('h1', { tabindex: '-1', id: 'item-title', text: t('summary') });
    var all = scoreOf(items);
    box.appendChild(heading);
    /* A SCO of one module speaks of its module: the course goes on in the others. */
    var one = onlyModule && modules.length === 1;
    box.appendChild(h('p', { text: moduleDone.every(Boolean) ? t(one ? 'moduleFinished' : 'courseDone') : t(one ? 'moduleUnfinished' : 'courseUnfinished') }));
    box.appendChild(h('ul', { class: 'summary' }, modules.map(function (m, mi) {
      return h('li', {}, h('strong', { text: m.title }), h('br'), moduleStatus(m, mi) || t('statusNew'));
    })));
    if (all && modules.length > 1) box.appendChild(h('p', { text: t('total', fmt(all.raw), fmt(all.max)) }));
    heading.focus();
  }

  function go(i) {
    save();
    current = Math.max(0, Math.min(items.length - 1, i));
    render(true);
  }

  function render(focus) {
    var it = items[current];
    drafts = {};
    if (records[current] === 0) {
      records[current] = 1;
      if (!QUESTION[it.kind] && it.kind !== 'survey') tracker.experienced({ activityId: it.id, moduleId: it.module.id, kind: it.kind, title: it.title });
    }
    shownAt = Date.now();
    notify('', 'warning');
    $('progress').textContent = t('progress', current + 1, items.length);
    var box = $('item'); box.textContent = '';
    var heading = h('h1', { tabindex: '-1', id: 'item-title', text: it.title });
    box.appendChild(h('p', { class: 'module-name', text: it.module.title }));
    box.appendChild(heading);
    var section = h('section', { class: 'item item-' + it.kind, 'aria-labelledby': 'item-title' });
    box.appendChild(section);
    (RENDER[it.kind] || function () {})(it, section);
    renderToc(); renderPager();
    checkCompletion();
    save();
    if (focus) heading.focus();
  }

  /* ---------- widgets ---------- */
  function prompt(it, parent) {
    if (it.promptHtml) parent.appendChild(h('div', { class: 'prompt', html: it.promptHtml }));
  }
  function locked(i) {
    var rec = record(i);
    return readOnly || !!(rec && rec[1] === 1);
  }

  function questionFrame(it, section, body) {
    prompt(it, section);
    var form = h('form', { class: 'question', novalidate: true, onsubmit: function (e) { e.preventDefault(); check(it); } });
    section.appendChild(form);
    body(form, locked(it.index));
    var actions = h('div', { class: 'actions' });
    form.appendChild(actions);
    var feedback = h('div', { class: 'feedback', id: 'feedback', tabindex: '-1' });
    section.appendChild(feedback);
    if (it.hintHtml) {
      var hint = h('div', { class: 'hint', id: 'hint-' + it.id, hidden: true, html: it.hintHtml });
      var hintButton = h('button', { type: 'button', class: 'secondary', 'aria-expanded': 'false', 'aria-controls': 'hint-' + it.id,
        onclick: function () {
          var open = hint.hidden; hint.hidden = !open;
          hintButton.setAttribute('aria-expanded', String(open));
          hintButton.textContent = open ? t('hideHint') : t('hint');
        } }, t('hint'));
      actions.appendChild(hintButton);
      section.insertBefore(hint, feedback);
    }
    var rec = record(it.index);
    if (!locked(it.index)) actions.appendChild(h('button', { type: 'submit' }, t('check')));
    if (rec && rec[0] > 0) showFeedback(it, feedback, actions, false);
  }

  function attemptsLeft(it) {
    var rec = record(it.index);
    return it.attempts ? Math.max(0, it.attempts - (rec ? rec[0] : 0)) : Infinity;
  }

  function check(it) {
    var i = it.index;
    var r = response(i);
    if (blank(it, r)) { notify(t('answerFirst'), 'warning'); announce(t('answerFirst')); return; }
    var rec = record(i) || [0, 0, r];
    rec[0] = Math.min(MAX_ATTEMPTS_STORED, rec[0] + 1);
    rec[2] = r;
    var s = score(it, r);
    if (s === 1 || (it.attempts && rec[0] >= it.attempts)) rec[1] = 1;
    records[i] = rec;
    drafts = {};
    var raw = Math.round(s * it.points * 100) / 100;
    tracker.answered({ activityId: it.id, moduleId: it.module.id, kind: it.kind, title: it.title, prompt: it.prompt || '',
      scored: !!it.scored, attempt: rec[0], success: s === 1, score: { raw: raw, max: it.points },
      latencyMs: Date.now() - shownAt, timestamp: new Date().toISOString(), interactions: interactions(it, r) });
    if (!it.scored) tracker.experienced({ activityId: it.id, moduleId: it.module.id, kind: it.kind, title: it.title });
    save();
    render(false);
    var fb = $('feedback'); if (fb) fb.focus();
    announce(t(s === 1 ? 'correct' : s > 0 ? 'partial' : 'incorrect'));
    checkCompletion();
    renderToc();
  }

  function showFeedback(it, feedback, actions, revealed) {
    var rec = record(it.index), s = score(it, rec[2]);
    var kind = s === 1 ? 'correct' : s > 0 ? 'partial' : 'incorrect';
    feedback.className = 'feedback feedback-' + kind;
    feedback.appendChild(h('p', { class: 'verdict' }, h('span', { 'aria-hidden': 'true', text: s === 1 ? '✓ ' : s > 0 ? '◐ ' : '✗ ' }), t(kind)));
    if (it.scored) feedback.appendChild(h('p', { text: t('score', fmt(s * it.points), fmt(it.points)) }));
    if (it.feedback[kind]) feedback.appendChild(h('div', { html: it.feedback[kind] }));
    (DETAIL[it.kind] || function () {})(it, rec[2], feedback);
    var left = attemptsLeft(it);
    if (s < 1 && !locked(it.index)) {
      if (left !== Infinity) feedback.appendChild(h('p', { text: t('attemptsLeft', left) }));
      actions.appendChild(h('button', { type: 'button', class: 'secondary', onclick: function () { retry(it); } }, t('retry')));
    }
    if (s < 1 && locked(it.index) && it.attempts) feedback.appendChild(h('p', { text: t('noAttemptsLeft') }));
    if (s < 1 && it.showAnswer && (locked(it.index) || left === Infinity) && !revealed) {
      if (locked(it.index)) reveal(it, feedback);
      else actions.appendChild(h('button', { type: 'button', class: 'secondary', onclick: function (e) { e.target.remove(); reveal(it, feedback); } }, t('showAnswer')));
    }
  }
  function fmt(n) { return String(Math.round(n * 100) / 100).replace('.', data.course.language.indexOf('fr') === 0 ? ',' : '.'); }
  function retry(it) {
    var rec = record(it.index); rec[1] = 0; render(false);
    var first = $('item').querySelector('input, select, textarea, .card-pick, .move');
    if (first) first.focus();
  }
  function reveal(it, feedback) {
    var answer = ANSWER[it.kind] ? ANSWER[it.kind](it) : '';
    feedback.appendChild(h('div', { class: 'answer' }, h('p', { text: t('answerShown') }), answer));
    announce(t('answerShown'));
  }

  function choiceList(it, form, lock, multiple) {
    var r = response(it.index);
    var fs = h('fieldset', {}, h('legend', { class: 'sr-only', text: it.prompt || it.title }));
    order(it.options.length, it).forEach(function (oi) {
      var o = it.options[oi], id = it.id + '-' + o.id;
      var checked = multiple ? r.charAt(oi) === '1' : r === oi;
      fs.appendChild(h('div', { class: 'option' },
        h('input', { type: multiple ? 'checkbox' : 'radio', name: it.id, id: id, checked: checked, disabled: lock,
          onchange: function (e) {
            var cur = response(it.index);
            if (multiple) cur = cur.substring(0, oi) + (e.target.checked ? '1' : '0') + cur.substring(oi + 1);
            else cur = oi;
            setDraft(it.index, cur);
          } }),
        h('label', { for: id, html: o.html })));
    });
    form.appendChild(fs);
  }

  function list(items2) { return h('ul', {}, items2.map(function (x) { return h('li', {}, x); })); }

  var RENDER = {
    page: function (it, s) {
      if (it.bodyHtml) s.appendChild(h('div', { class: 'body', html: it.bodyHtml }));
      if (it.image) s.appendChild(h('img', { src: it.image.src, alt: it.image.alt, class: 'picture' }));
      if (it.resources.length) {
        s.appendChild(h('h2', { text: t('resources') }));
        s.appendChild(list(it.resources.map(function (r) {
          var title = r.url ? h('a', { href: r.url, target: /^https?:/.test(r.url) ? '_blank' : null, rel: 'noopener noreferrer' },
            r.title, /^https?:/.test(r.url) ? h('span', { class: 'sr-only', text: ' ' + t('newWindow') }) : null) : h('strong', { text: r.title });
          return h('div', {}, title, r.descriptionHtml ? h('span', { html: ' — ' + r.descriptionHtml }) : null);
        })));
      }
    },
    'single-choice': function (it, s) { questionFrame(it, s, function (f, l) { choiceList(it, f, l, false); }); },
    'multiple-response': function (it, s) { questionFrame(it, s, function (f, l) { choiceList(it, f, l, true); }); },
    'true-false': function (it, s) {
      questionFrame(it, s, function (form, lock) {
        var r = response(it.index);
        var fs = h('fieldset', {}, h('legend', { class: 'sr-only', text: it.prompt || it.title }));
        [[1, t('true')], [0, t('false')]].forEach(function (pair) {
          var id = it.id + '-' + pair[0];
          fs.appendChild(h('div', { class: 'option' },
            h('input', { type: 'radio', name: it.id, id: id, checked: r === pair[0], disabled: lock,
              onchange: function () { setDraft(it.index, pair[0]); } }),
            h('label', { for: id, text: pair[1] })));
        });
        form.appendChild(fs);
      });
    },
    'fill-in': function (it, s) {
      questionFrame(it, s, function (form, lock) {
        var r = response(it.index);
        var p = h('p', { class: 'passage' });
        var n = 0;
        it.segments.forEach(function (seg) {
          if (seg.html !== undefined) { p.appendChild(h('span', { html: seg.html })); return; }
          var gi = it.gaps.findIndex(function (g) { return g.id === seg.gap; });
          var g = it.gaps[gi]; n++;
          var label = t('gap', n);
          var onchange = function (e) {
            var cur = response(it.index).slice();
            cur[gi] = g.options.length ? +e.target.value : clean(e.target.value, GAP_MAX);
            setDraft(it.index, cur);
          };
          if (g.options.length) {
            var sel = h('select', { 'aria-label': label, disabled: lock, onchange: onchange, class: 'gap' },
              h('option', { value: '-1', text: t('choose') }));
            order(g.options.length, { id: it.id + g.id, shuffle: it.shuffle }).forEach(function (oi) {
              sel.appendChild(h('option', { value: String(oi), selected: r[gi] === oi, text: g.options[oi] }));
            });
            p.appendChild(sel);
          } else {
            p.appendChild(h('input', { type: 'text', class: 'gap', 'aria-label': label, maxlength: String(GAP_MAX),
              value: r[gi], disabled: lock, autocomplete: 'off', spellcheck: 'false', oninput: onchange }));
          }
        });
        form.appendChild(p);
      });
    },
    'card-sort': function (it, s) {
      questionFrame(it, s, function (form, lock) {
        form.appendChild(h('p', { class: 'help', text: t('sortHelp') }));
        var r = response(it.index);
        var picked = null;
        var zones = h('div', { class: 'zones' });
        var place = function (ci, cat) {
          var cur = response(it.index).slice(); cur[ci] = cat; setDraft(it.index, cur);
          build(); announce(t('placed', it.cards[ci].text, cat < 0 ? t('toPlace') : it.categories[cat].title));
          var again = form.querySelector('[data-card="' + ci + '"]'); if (again) again.focus();
        };
        var build = function () {
          r = response(it.index); zones.textContent = '';
          [-1].concat(it.categories.map(function (c, i) { return i; })).forEach(function (cat) {
            if (cat < 0 && lock && r.indexOf(-1) < 0) return; // no cards left to place: no pool
            var title = cat < 0 ? t('toPlace') : it.categories[cat].title;
            var ul = h('ul', { class: 'cards' });
            order(it.cards.length, it).forEach(function (ci) {
              if (r[ci] !== cat) return;
              ul.appendChild(h('li', { draggable: lock ? null : 'true',
                ondragstart: function (e) { e.dataTransfer.setData('text/plain', String(ci)); } },
              h('button', { type: 'button', class: 'card card-pick', 'data-card': String(ci), disabled: lock,
                'aria-pressed': String(picked === ci),
                onclick: function () { picked = picked === ci ? null : ci; build(); if (picked !== null) announce(t('pickedCard', it.cards[ci].text)); var b = form.querySelector('[data-card="' + ci + '"]'); if (b) b.focus(); } },
              it.cards[ci].text)));
            });
            var zone = h('div', { class: 'zone' + (cat < 0 ? ' pool' : ''), role: 'group', 'aria-label': title,
              ondragover: function (e) { if (!lock) e.preventDefault(); },
              ondrop: function (e) { e.preventDefault(); var ci = +e.dataTransfer.getData('text/plain'); picked = null; place(ci, cat); } },
            h('h2', { class: 'zone-title', text: title }), ul,
            lock ? null : h('button', { type: 'button', class: 'secondary place', disabled: picked === null || r[picked] === cat,
              onclick: function () { var ci = picked; picked = null; place(ci, cat); } }, t('placeHere'), h('span', { class: 'sr-only', text: ' : ' + title })));
            zones.appendChild(zone);
          });
        };
        build();
        form.appendChild(zones);
      });
    },
    sequence: function (it, s) { questionFrame(it, s, function (form, lock) { orderedList(it, form, lock, false); }); },
    timeline: function (it, s) { questionFrame(it, s, function (form, lock) { orderedList(it, form, lock, true); }); },
    discussion: function (it, s) { cardDeck(it, s, false); },
    actions: function (it, s) { cardDeck(it, s, true); },
    survey: function (it, s) {
      prompt(it, s);
      var lock = readOnly;
      var form = h('form', { class: 'question survey', novalidate: true, onsubmit: function (e) {
        e.preventDefault();
        var r = response(it.index);
        var missing = it.questions.some(function (q, qi) {
          var v = r[qi]; return q.required && (v === -1 || v === '' || (typeof v === 'string' && q.type === 'choice' && v.indexOf('1') < 0));
        });
        if (missing) { notify(t('answerRequired'), 'warning'); announce(t('answerRequired')); return; }
        notify('', 'warning');
        var rec = record(it.index) || [0, 0, r]; rec[0] = Math.min(MAX_ATTEMPTS_STORED, rec[0] + 1); rec[1] = 1; rec[2] = r; records[it.index] = rec;
        tracker.answered({ activityId: it.id, moduleId: it.module.id, kind: it.kind, title: it.title, prompt: it.prompt || '',
          scored: false, attempt: rec[0], success: null, score: null, latencyMs: Date.now() - shownAt,
          timestamp: new Date().toISOString(), interactions: interactions(it, r) });
        save(); render(false); var fb = $('feedback'); if (fb) fb.focus(); announce(t('sent')); checkCompletion(); renderToc();
      } });
      var r = response(it.index);
      it.questions.forEach(function (q, qi) {
        var name = it.id + '-' + q.id;
        var legend = h('legend', { html: q.promptHtml }, q.required ? ' ' + t('required') : null);
        var upd = function (v) { var cur = response(it.index).slice(); cur[qi] = v; setDraft(it.index, cur); };
        if (q.type === 'text') {
          form.appendChild(h('div', { class: 'survey-q' },
            h('label', { for: name, html: q.promptHtml }, q.required ? ' ' + t('required') : null),
            h('textarea', { id: name, rows: '3', maxlength: String(TEXT_MAX), disabled: lock, required: q.required,
              oninput: function (e) { upd(clean(e.target.value, TEXT_MAX)); } }, r[qi])));
          return;
        }
        var fs = h('fieldset', { class: 'survey-q' + (q.type === 'likert' ? ' likert' : '') }, legend);
        var labels = q.type === 'likert' ? q.scale : q.options.map(function (o) { return o.text; });
        labels.forEach(function (label, oi) {
          var multiple = q.type === 'choice' && q.multiple;
          var id = name + '-' + oi;
          fs.appendChild(h('div', { class: 'option' },
            h('input', { type: multiple ? 'checkbox' : 'radio', name: name, id: id, disabled: lock,
              checked: multiple ? r[qi].charAt(oi) === '1' : r[qi] === oi,
              onchange: function (e) {
                if (!multiple) return upd(oi);
                var cur = response(it.index)[qi]; upd(cur.substring(0, oi) + (e.target.checked ? '1' : '0') + cur.substring(oi + 1));
              } }),
            h('label', { for: id, text: label })));
        });
        form.appendChild(fs);
      });
      form.appendChild(h('div', { class: 'actions' }, h('button', { type: 'submit', disabled: lock }, t('send'))));
      s.appendChild(form);
      var fb = h('div', { class: 'feedback', id: 'feedback', tabindex: '-1' });
      if (itemDone(it.index)) { fb.className = 'feedback feedback-correct'; fb.appendChild(h('p', { class: 'verdict' }, h('span', { 'aria-hidden': 'true', text: '✓ ' }), t('sent'))); }
      s.appendChild(fb);
    }
  };

  function orderedList(it, form, lock, timeline) {
    form.appendChild(h('p', { class: 'help', text: t('orderHelp') }));
    var ol = h('ol', { class: 'sequence' });
    var n = it.cards.length;
    var move = function (from, to) {
      var cur = response(it.index);
      cur = timeline ? [cur[0].slice(), cur[1]] : cur.slice();
      var arr = timeline ? cur[0] : cur;
      var x = arr.splice(from, 1)[0]; arr.splice(to, 0, x);
      setDraft(it.index, cur); build();
      announce(t('moved', it.cards[x].text, to + 1, n));
      /* The same direction's button again, unless the card reached the end and it is disabled:
       * then the other one, so that focus never falls to the page (WCAG 2.4.3). */
      var place = ol.querySelector('[data-pos="' + to + '"]');
      var b = place && (place.querySelector('.move-' + (to < from ? 'up' : 'down') + ':not([disabled])') || place.querySelector('.move:not([disabled])'));
      if (b) b.focus();
    };
    var build = function () {
      var r = response(it.index), arr = timeline ? r[0] : r;
      ol.textContent = '';
      arr.forEach(function (ci, pos) {
        var c = it.cards[ci];
        var li = h('li', { 'data-pos': String(pos), draggable: lock ? null : 'true', class: 'step',
          ondragstart: function (e) { e.dataTransfer.setData('text/plain', String(pos)); },
          ondragover: function (e) { if (!lock) e.preventDefault(); },
          ondrop: function (e) { e.preventDefault(); move(+e.dataTransfer.getData('text/plain'), pos); } },
        h('span', { class: 'step-text', html: c.html }));
        if (!lock) {
          li.appendChild(h('span', { class: 'moves' },
            h('button', { type: 'button', class: 'secondary move move-up', disabled: pos === 0, onclick: function () { move(pos, pos - 1); } },
              h('span', { 'aria-hidden': 'true', text: '↑' }), h('span', { class: 'sr-only', text: t('moveUp') + ' : ' + c.text })),
            h('button', { type: 'button', class: 'secondary move move-down', disabled: pos === n - 1, onclick: function () { move(pos, pos + 1); } },
              h('span', { 'aria-hidden': 'true', text: '↓' }), h('span', { class: 'sr-only', text: t('moveDown') + ' : ' + c.text }))));
        }
        if (timeline) {
          var name = it.id + '-n-' + c.id;
          var fs = h('fieldset', { class: 'nature' }, h('legend', { class: 'sr-only', text: t('natureOf', c.text) }));
          [['r', t('reality')], ['f', t('fiction')]].forEach(function (pair) {
            fs.appendChild(h('span', { class: 'option' },
              h('input', { type: 'radio', name: name, id: name + '-' + pair[0], disabled: lock, checked: r[1].charAt(ci) === pair[0],
                onchange: function () {
                  var cur = response(it.index);
                  setDraft(it.index, [cur[0], cur[1].substring(0, ci) + pair[0] + cur[1].substring(ci + 1)]);
                } }),
              h('label', { for: name + '-' + pair[0], text: pair[1] })));
          });
          li.appendChild(fs);
        }
        ol.appendChild(li);
      });
    };
    build();
    form.appendChild(ol);
  }

  function cardDeck(it, s, actions) {
    prompt(it, s);
    var r = response(it.index);
    it.cards.forEach(function (c, ci) {
      var read = r[0].charAt(ci) === '1';
      var art = h('article', { class: 'deck-card', 'aria-labelledby': it.id + '-' + c.id });
      art.appendChild(h('h2', { id: it.id + '-' + c.id, text: c.title }));
      if (c.bodyHtml) art.appendChild(h('div', { html: c.bodyHtml }));
      var part = function (key, html) { if (html && html.length) art.appendChild(h('h3', { text: t(key) })); };
      if (!actions) {
        part('keyPoints', c.keyPoints); if (c.keyPoints.length) art.appendChild(list(c.keyPoints.map(function (x) { return h('span', { html: x }); })));
        part('questions', c.questions); if (c.questions.length) art.appendChild(list(c.questions.map(function (x) { return h('span', { html: x }); })));
      } else {
        part('actions', c.actions); if (c.actions.length) art.appendChild(list(c.actions.map(function (x) { return h('span', { html: x }); })));
        part('learnMore', c.learnMoreHtml); if (c.learnMoreHtml) art.appendChild(h('div', { html: c.learnMoreHtml }));
        part('cautions', c.cautionsHtml); if (c.cautionsHtml) art.appendChild(h('div', { html: c.cautionsHtml }));
      }
      var bar = h('div', { class: 'actions' });
      bar.appendChild(h('button', { type: 'button', class: 'secondary', 'aria-pressed': String(read), disabled: readOnly,
        onclick: function () {
          var cur = response(it.index);
          if (cur[0].charAt(ci) === '1') return;
          setDraft(it.index, [cur[0].substring(0, ci) + '1' + cur[0].substring(ci + 1), cur[1]]);
          tracker.experienced({ activityId: it.id, moduleId: it.module.id, kind: it.kind, title: it.title, cardId: c.id, cardTitle: c.title });
          this.setAttribute('aria-pressed', 'true'); this.textContent = '✓ ' + t('read');
          announce(t('read') + ' : ' + c.title); save();
        } }, read ? '✓ ' + t('read') : t('markRead')));
      if (actions) {
        var id = it.id + '-choose-' + c.id;
        bar.appendChild(h('span', { class: 'option' },
          h('input', { type: 'checkbox', id: id, disabled: readOnly, checked: r[1].charAt(ci) === '1',
            onchange: function (e) { var cur = response(it.index); setDraft(it.index, [cur[0], cur[1].substring(0, ci) + (e.target.checked ? '1' : '0') + cur[1].substring(ci + 1)]); save(); } }),
          h('label', { for: id, text: t('chooseAction') })));
      }
      art.appendChild(bar);
      s.appendChild(art);
    });
  }

  /* Per-part detail after a check: what the learner chose and why it is right or wrong. */
  var DETAIL = {
    'single-choice': function (it, r, fb) { optionDetail(it, it.options.map(function (o, i) { return i === r; }), fb); },
    'multiple-response': function (it, r, fb) { optionDetail(it, it.options.map(function (o, i) { return r.charAt(i) === '1'; }), fb); },
    'true-false': function (it, r, fb) {
      var html = r === 1 ? it.feedbackTrueHtml : r === 0 ? it.feedbackFalseHtml : '';
      if (html) fb.appendChild(h('div', { html: html }));
    },
    'fill-in': function (it, r, fb) {
      if (score(it, r) < 1) fb.appendChild(list(it.gaps.map(function (g, i) {
        var ok = gapRight(g, r[i]);
        var given = g.options.length ? (r[i] >= 0 ? g.options[r[i]] : '—') : (r[i] || '—');
        return mark(ok, t('gap', i + 1) + ' : ' + given + ' — ' + (ok ? t('correct') : t('incorrect')),
          !ok && g.feedbackHtml ? h('span', { html: ' ' + g.feedbackHtml }) : null);
      })));
    },
    'card-sort': function (it, r, fb) {
      var wrong = it.cards.filter(function (c, i) { return !(r[i] >= 0 && it.categories[r[i]].id === c.category); });
      if (wrong.length) fb.appendChild(list(wrong.map(function (c) {
        return mark(false, c.text + ' — ' + t('incorrect'), c.feedbackHtml ? h('span', { html: ' ' + c.feedbackHtml }) : null);
      })));
    },
    sequence: function (it, r, fb) {
      if (score(it, r) < 1) fb.appendChild(list(r.map(function (ci, pos) {
        return mark(ci === pos, it.cards[ci].text + ' — ' + t(ci === pos ? 'placeRight' : 'placeWrong'));
      })));
    },
    /* Dates and explanations would give the order away: they wait until the activity is over. */
    timeline: function (it, r, fb) {
      var ok = timelinePositions(it, r), over = locked(it.index);
      fb.appendChild(list(r[0].map(function (ci, pos) {
        var c = it.cards[ci], n = r[1].charAt(ci), natureOk = n === c.nature.charAt(0);
        return mark(ok[pos] && natureOk, (over ? date(c.date) + ' — ' : '') + c.text + ' — ' +
          t(ok[pos] ? 'placeRight' : 'placeWrong') + ', ' +
          t(natureOk ? 'natureRight' : 'natureWrong', n === '-' ? '—' : t(n === 'r' ? 'reality' : 'fiction')) + '.',
          over && c.explanationHtml ? h('span', { html: ' ' + c.explanationHtml }) : null);
      })));
    }
  };
  /* A line of feedback: the mark is for the eye, the words say the same to everyone. */
  function mark(ok, text, more) {
    return h('span', {}, h('span', { 'aria-hidden': 'true', text: ok ? '✓ ' : '✗ ' }), text, more);
  }
  /* A timeline date for people: 1956, juillet 1969, 20 juillet 1969, 300 av. J.-C. */
  function date(d) {
    var m = /^(-?)(\d+)(?:-(\d+))?(?:-(\d+))?$/.exec(d), text = m ? String(+m[2]) : d;
    if (m && m[3] && !m[1]) {
      var at = new Date(0); at.setUTCFullYear(+m[2], m[3] - 1, m[4] || 1);
      try {
        text = at.toLocaleDateString(data.course.language, { timeZone: 'UTC', year: 'numeric', month: 'long', day: m[4] ? 'numeric' : undefined });
      } catch (e) { text = d; }
    }
    return m && m[1] ? t('bc', text) : text;
  }
  function optionDetail(it, chosen, fb) {
    var notes = it.options.filter(function (o, i) { return chosen[i] && o.feedbackHtml; });
    if (notes.length) fb.appendChild(list(notes.map(function (o) {
      return h('span', {}, h('strong', { text: o.text + ' : ' }), h('span', { html: o.feedbackHtml }));
    })));
  }

  /* The right answer, as a list a screen reader can read. */
  var ANSWER = {
    'single-choice': function (it) { return list(it.options.filter(function (o) { return o.correct; }).map(function (o) { return o.text; })); },
    'multiple-response': function (it) { return list(it.options.filter(function (o) { return o.correct; }).map(function (o) { return o.text; })); },
    'true-false': function (it) { return h('p', { text: it.answer ? t('true') : t('false') }); },
    'fill-in': function (it) { return list(it.gaps.map(function (g, i) { return t('gap', i + 1) + ' : ' + g.accept[0]; })); },
    'card-sort': function (it) {
      return list(it.cards.map(function (c) {
        return c.text + ' → ' + it.categories.filter(function (k) { return k.id === c.category; })[0].title;
      }));
    },
    sequence: function (it) { return h('ol', {}, it.cards.map(function (c) { return h('li', { text: c.text }); })); },
    timeline: function (it) {
      return h('ol', {}, it.order.map(function (id) {
        var c = it.cards.filter(function (x) { return x.id === id; })[0];
        return h('li', {}, date(c.date) + ' — ' + c.text + ' (' + t(c.nature) + ')', c.explanationHtml ? h('span', { html: ' ' + c.explanationHtml }) : null);
      }));
    }
  };

  /* ---------- start ---------- */
  /* Hidden (another tab, a phone locked): save now. Closed or navigated away: exit too. */
  document.addEventListener('visibilitychange', function () {
    if (document.visibilityState === 'hidden') save();
  });
  window.addEventListener('pagehide', function () { save(); tracker.exit({ finished: false }); });

  Promise.resolve(tracker.start({ courseId: data.course.id, courseTitle: data.course.title,
    moduleId: onlyModule && modules.length === 1 ? modules[0].id : null, language: data.course.language,
    modules: data.modules.map(function (m) { return { id: m.id, title: m.title }; }), messages: M, merge: mergeStates }))
    .catch(function (e) { if (window.console) console.warn('atelier: tracker start failed', e); return {}; })
    .then(function (info) {
      info = info || {};
      if (info.state) decodeState(info.state);
      if (info.location) {
        var at = items.findIndex(function (x) { return x.id === info.location; });
        if (at >= 0) current = at;
      }
      if (typeof info.masteryScore === 'number') overrideMastery = info.masteryScore;
      readOnly = info.mode === 'review';
      if (info.messageKey && M[info.messageKey]) notify(M[info.messageKey], 'info');
      else if (info.message) notify(info.message, 'info');
      render(false);
    });
})();
