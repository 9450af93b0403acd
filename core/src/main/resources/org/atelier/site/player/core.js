/* Atelier player core: state, scoring, completion, the kind registry. No DOM but Atelier.load, so
 * that Node's tests load it as it is. The Java side's rules arrive in the data's "rules". */
(function (G) {
  'use strict';
  var A = G.Atelier = G.Atelier || {};
  var kinds = A.kinds = {};

  A.kind = function (name, hooks) { kinds[name] = hooks; };

  /* A kind that is no question but reports interactions (a survey) is sent, once. */
  var HOOKS = ['fresh', 'render'];
  var QUESTION_HOOKS = ['blank', 'score', 'interactions', 'feedback', 'answer'];

  A.isQuestion = function (it) { return A.rules.questions.indexOf(it.kind) >= 0; };
  A.isSent = function (it) { return !A.isQuestion(it) && !!kinds[it.kind].interactions; };

  /* Kinds the course uses that nothing registered, or that miss a hook. */
  A.problems = function (data) {
    A.rules = data.rules;
    var out = [];
    data.modules.forEach(function (m) {
      m.items.forEach(function (it) {
        var k = kinds[it.kind];
        var need = HOOKS.concat(A.isQuestion(it) ? QUESTION_HOOKS : k && k.interactions ? ['blank'] : []);
        var miss = k ? need.filter(function (n) { return typeof k[n] !== 'function'; }) : null;
        var text = !k ? 'kind "' + it.kind + '" is not registered (kinds/' + it.kind + '.js)'
          : miss.length ? 'kind "' + it.kind + '" has no ' + miss.join(', ') : null;
        if (text && out.indexOf(text) < 0) out.push(text);
      });
    });
    return out;
  };

  A.t = function (key) {
    var args = Array.prototype.slice.call(arguments, 1), M = A.messages;
    return String(M[key] === undefined ? key : M[key]).replace(/\{(\d)\}/g, function (m, i) {
      return args[+i];
    });
  };

  /* Seeded shuffle: the same order on every load. */
  function seeded(str) {
    var x = 2166136261;
    for (var i = 0; i < str.length; i++) { x ^= str.charCodeAt(i); x = Math.imul(x, 16777619); }
    return function () {
      x = Math.imul(x ^ (x >>> 15), 2246822507); x = Math.imul(x ^ (x >>> 13), 3266489909);
      x ^= x >>> 16; return (x >>> 0) / 4294967296;
    };
  }
  A.order = function (n, item) {
    var idx = []; for (var i = 0; i < n; i++) idx.push(i);
    if (item.shuffle === false) return idx;
    var rnd = seeded(item.id);
    for (var j = n - 1; j > 0; j--) { var k = Math.floor(rnd() * (j + 1)); var s = idx[j]; idx[j] = idx[k]; idx[k] = s; }
    if (n > 1 && idx.every(function (v, p) { return v === p; })) idx.push(idx.shift());
    return idx;
  };

  /* Cut before dropping lone surrogates: a cut through a pair would leave one, which JSON writes
   * as six characters and StateBudget counts as two at most. */
  A.clean = function (text, max) {
    return String(text || '')
      .replace(/[\u0000-\u0009\u000B-\u001F\u007F]/g, '')
      .slice(0, max)
      .replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(^|[^\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '$1');
  };
  A.fold = function (text, caseSensitive, accentSensitive) {
    var s = String(text).trim().replace(/\s+/g, ' ');
    if (!accentSensitive) s = s.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
    if (!caseSensitive) s = s.toLocaleLowerCase();
    return s.replace(/[\u2019\u02bc]/g, "'");
  };
  A.share = function (flags) {
    return flags.length ? flags.filter(Boolean).length / flags.length : 0;
  };
  /* '000' for three options; flip: one character changed; ids: those flagged '1'. */
  A.zeros = function (list, c) { return list.map(function () { return c || '0'; }).join(''); };
  A.flip = function (str, i, c) { return str.substring(0, i) + c + str.substring(i + 1); };
  A.ids = function (list, flags) {
    return list.filter(function (o, i) { return flags.charAt(i) === '1'; }).map(function (o) { return o.id; });
  };
  A.choices = function (list, key) {
    return list.map(function (o) { return { id: o.id, text: o[key || 'text'] }; });
  };
  /* A list with the items at i and j swapped: a typed position swaps, so every other card keeps
   * its place and a card put where it belongs stays there (one walk down the list orders it). */
  A.swap = function (list, i, j) {
    var out = list.slice(), x = out[i]; out[i] = out[j]; out[j] = x; return out;
  };
  /* A typed position, 1 to n, as an index; -1 for anything else. */
  A.position = function (text, n) {
    var s = String(text).trim();
    return /^[0-9]{1,4}$/.test(s) && +s >= 1 && +s <= n ? +s - 1 : -1;
  };
  A.result = function (ok) { return ok ? 'correct' : 'incorrect'; };
  A.choiceInteraction = function (it, chosen, s) {
    return [{ id: it.id, type: 'choice', description: it.prompt || it.title,
      correct: [it.options.filter(function (o) { return o.correct; }).map(function (o) { return o.id; })],
      response: chosen, result: A.result(s === 1), choices: A.choices(it.options) }];
  };

  /* Two copies of one state: per activity the record that went further (of the same build). */
  A.merge = function (mine, theirs) {
    var a, b;
    try { a = JSON.parse(mine); b = JSON.parse(theirs); } catch (e) { return mine || theirs; }
    if (!a) return theirs;
    if (!b || b.v !== 2 || a.v !== 2 || typeof a.s !== 'object' || typeof b.s !== 'object') return mine;
    function rank(r) { return Array.isArray(r) ? 2 + 2 * (r[0] | 0) + (r[1] | 0) : r | 0; }
    Object.keys(b.s).forEach(function (id) {
      var x = a.s[id], y = b.s[id];
      if (x === undefined || (Array.isArray(x) && Array.isArray(y) && x[3] === y[3] && rank(y) > rank(x))) a.s[id] = y;
      else if (!Array.isArray(x) && rank(y) > rank(x)) a.s[id] = y;
    });
    (b.c || []).forEach(function (m) { if ((a.c || (a.c = [])).indexOf(m) < 0) a.c.push(m); });
    return JSON.stringify(a);
  };

  /* A learner's session; onlyModule: a module id, or null for the whole course. */
  A.session = function (data, onlyModule, tracker) {
    A.rules = data.rules; A.messages = data.messages;
    var S = { data: data, tracker: tracker, current: 0, readOnly: false, mastery: null, drafts: {}, shownAt: Date.now() };
    var modules = data.modules.filter(function (m) { return !onlyModule || m.id === onlyModule; });
    if (!modules.length) modules = data.modules;
    var items = [];
    modules.forEach(function (m) {
      m.items.forEach(function (it) { it.module = m; it.index = items.length; items.push(it); });
    });
    S.modules = modules; S.items = items;
    S.one = !!onlyModule && modules.length === 1;
    /* records[i] = 0 untouched, 1 visited, or [attempts, done, response]. */
    S.records = items.map(function () { return 0; });
    S.moduleDone = modules.map(function () { return false; });

    S.record = function (i) { return Array.isArray(S.records[i]) ? S.records[i] : null; };
    S.response = function (i) {
      if (S.drafts[i] !== undefined) return S.drafts[i];
      var rec = S.record(i);
      return rec ? rec[2] : kinds[items[i].kind].fresh(items[i]);
    };
    /* By id, with each answer's fingerprint, so a new build keeps what did not change (StateBudget). */
    S.encode = function () {
      var s = {};
      items.forEach(function (it, i) {
        var r = S.records[i];
        if (r) s[it.id] = Array.isArray(r) ? [r[0], r[1], r[2], it.fp] : 1;
      });
      return JSON.stringify({ v: 2, l: items[S.current].id, s: s,
        c: modules.filter(function (m, mi) { return S.moduleDone[mi]; }).map(function (m) { return m.id; }) });
    };
    S.changed = { reset: [], gone: 0 };
    S.decode = function (text) {
      try {
        var s = JSON.parse(text);
        if (!s || s.v !== 2 || !s.s || typeof s.s !== 'object' || Array.isArray(s.s)) return false;
        var reset = [], gone = Object.keys(s.s).length;
        items.forEach(function (it, i) {
          var r = s.s[it.id];
          if (r !== undefined) gone--;
          if (Array.isArray(r)) {
            if (r[3] === it.fp) S.records[i] = r.slice(0, 3);
            else { S.records[i] = 1; reset.push(it); }
          } else if (r === 1) S.records[i] = 1;
        });
        var at = items.findIndex(function (it) { return it.id === s.l; });
        if (at >= 0) S.current = at;
        var done = Array.isArray(s.c) ? s.c : [];
        /* a module whose answers changed reports again once done */
        S.moduleDone = modules.map(function (m) {
          return done.indexOf(m.id) >= 0 && !gone && !reset.some(function (it) { return it.module === m; });
        });
        S.changed = { reset: reset, gone: gone };
        return true;
      } catch (e) {
        if (G.console) console.warn('atelier: saved state ignored', e);
        return false;
      }
    };
    var saveTimer = null;
    S.save = function () {
      clearTimeout(saveTimer); saveTimer = null;
      tracker.save(S.encode(), items[S.current].id);
    };
    S.setDraft = function (i, r) {
      S.drafts[i] = r;
      var rec = S.record(i);
      if (rec) rec[2] = r; else S.records[i] = [0, 0, r];
      if (!saveTimer) saveTimer = setTimeout(S.save, 800);
    };
    S.locked = function (i) {
      var rec = S.record(i);
      return S.readOnly || !!(rec && rec[1] === 1);
    };
    S.attemptsLeft = function (it) {
      var rec = S.record(it.index);
      return it.attempts ? Math.max(0, it.attempts - (rec ? rec[0] : 0)) : Infinity;
    };
    S.experienced = function (it, card) {
      var e = { activityId: it.id, moduleId: it.module.id, kind: it.kind, title: it.title };
      if (card) { e.cardId = card.id; e.cardTitle = card.title; }
      tracker.experienced(e);
    };

    /* A first view marks it visited. */
    S.show = function (i) {
      var it = items[S.current = i];
      S.drafts = {};
      if (S.records[i] === 0) {
        S.records[i] = 1;
        if (!A.isQuestion(it) && !A.isSent(it)) S.experienced(it);
      }
      S.shownAt = Date.now();
    };

    S.blank = function (i) { return kinds[items[i].kind].blank(items[i], S.response(i)); };
    /* Checks a question or sends a survey; the share right (null: a survey). */
    S.answer = function (i) {
      var it = items[i], r = S.response(i), q = A.isQuestion(it);
      var rec = S.record(i) || [0, 0, r];
      rec[0] = Math.min(A.rules.maxAttempts, rec[0] + 1);
      rec[2] = r;
      var s = q ? kinds[it.kind].score(it, r) : null;
      if (!q || s === 1 || (it.attempts && rec[0] >= it.attempts)) rec[1] = 1;
      S.records[i] = rec;
      S.drafts = {};
      tracker.answered({ activityId: it.id, moduleId: it.module.id, kind: it.kind, title: it.title, prompt: it.prompt || '',
        scored: q && !!it.scored, attempt: rec[0], success: q ? s === 1 : null,
        score: q ? { raw: Math.round(s * it.points * 100) / 100, max: it.points } : null,
        latencyMs: Date.now() - S.shownAt, timestamp: new Date().toISOString(), interactions: kinds[it.kind].interactions(it, r) });
      if (q && !it.scored) S.experienced(it);
      S.save();
      return s;
    };
    S.score = function (i) {
      var rec = S.record(i);
      return rec && rec[0] > 0 ? kinds[items[i].kind].score(items[i], rec[2]) : 0;
    };

    S.scoreOf = function (list) {
      var raw = 0, max = 0;
      list.forEach(function (it) {
        if (A.isQuestion(it) && it.scored) { raw += S.score(it.index) * it.points; max += it.points; }
      });
      if (!max) return null;
      raw = Math.round(raw * 100) / 100;
      return { raw: raw, max: max, scaled: Math.round(raw / max * 10000) / 10000 };
    };
    S.masteryOf = function (m) {
      return S.mastery !== null ? S.mastery : m ? m.masteryScore : data.course.masteryScore;
    };
    /* A question is done once checked, a survey once sent, anything else once seen. */
    S.done = function (i) {
      var it = items[i], rec = S.records[i];
      if (A.isQuestion(it)) return Array.isArray(rec) && rec[0] > 0;
      if (A.isSent(it)) return Array.isArray(rec) && rec[1] === 1;
      return rec !== 0;
    };
    /* Reports each module newly done, then the course. */
    S.complete = function (onModule) {
      modules.forEach(function (m, mi) {
        if (S.moduleDone[mi] || !m.items.every(function (it) { return S.done(it.index); })) return;
        S.moduleDone[mi] = true;
        var s = S.scoreOf(m.items);
        tracker.completed({ scope: 'module', moduleId: m.id, score: s,
          passed: s ? s.scaled >= S.masteryOf(m) : null, masteryScore: S.masteryOf(m) });
        if (onModule) onModule(m);
        if (S.moduleDone.every(Boolean)) {
          var all = S.scoreOf(items), mod = onlyModule ? modules[0] : null;
          tracker.completed({ scope: 'course', moduleId: S.one ? modules[0].id : null,
            score: all, passed: all ? all.scaled >= S.masteryOf(mod) : null, masteryScore: S.masteryOf(mod) });
        }
      });
    };

    S.start = function () {
      return Promise.resolve(tracker.start({ courseId: data.course.id, courseTitle: data.course.title,
        moduleId: S.one ? modules[0].id : null, language: data.course.language,
        modules: data.modules.map(function (m) { return { id: m.id, title: m.title }; }), messages: data.messages,
        merge: A.merge, tracker: data.tracker || null }))
        .catch(function (e) { if (G.console) console.warn('atelier: tracker start failed', e); return {}; })
        .then(function (info) {
          info = info || {};
          if (info.state) S.decode(info.state);
          if (info.location) {
            var at = items.findIndex(function (x) { return x.id === info.location; });
            if (at >= 0) S.current = at;
          }
          if (typeof info.masteryScore === 'number') S.mastery = info.masteryScore;
          S.readOnly = info.mode === 'review';
          return info;
        });
    };
    return S;
  };

  var nullTracker = {
    start: function () { return Promise.resolve({}); },
    save: function () {}, answered: function () {}, experienced: function () {},
    completed: function () {}, exit: function () {}
  };
  /* The page's session, or null: the course cannot be played, and the console and page say why. */
  A.load = function () {
    var data = JSON.parse(document.getElementById('atelier-data').textContent);
    var bad = A.problems(data);
    if (bad.length) {
      console.error('atelier: the player cannot play this course: ' + bad.join('; '));
      document.getElementById('item').textContent = data.messages.playerBroken + ' (' + bad.join('; ') + ')';
      return null;
    }
    return A.session(data, new URLSearchParams(G.location.search).get('module'), G.atelierTracker || nullTracker);
  };
})(globalThis);
