/* Atelier's SCORM tracker, for SCORM 1.2 and 2004 (window.atelierScorm.version says which),
 * behind the player's window.atelierTracker interface (docs/architecture.md). It finds the LMS's
 * API as the run-time rules describe, checks every call's error code, and never drops data:
 * a commit the LMS refuses is retried with back-off, and the learner is told. */
window.atelierTracker = (function () {
  'use strict';
  var v12 = (window.atelierScorm || {}).version !== '2004';
  var N = v12
    ? { init: 'LMSInitialize', get: 'LMSGetValue', set: 'LMSSetValue', commit: 'LMSCommit', end: 'LMSFinish', err: 'LMSGetLastError', str: 'LMSGetErrorString' }
    : { init: 'Initialize', get: 'GetValue', set: 'SetValue', commit: 'Commit', end: 'Terminate', err: 'GetLastError', str: 'GetErrorString' };
  var E = v12
    ? { location: 'cmi.core.lesson_location', exit: 'cmi.core.exit', time: 'cmi.core.session_time', entry: 'cmi.core.entry',
      mode: 'cmi.core.lesson_mode', name: 'cmi.core.student_name', score: 'cmi.core.score.' }
    : { location: 'cmi.location', exit: 'cmi.exit', time: 'cmi.session_time', entry: 'cmi.entry',
      mode: 'cmi.mode', name: 'cmi.learner_name', score: 'cmi.score.' };
  var api = null;
  var live = false;
  var started = Date.now();
  var next = 0;
  var done = false;
  var failing = false;
  var delay = 1000;
  var retry = null;
  var language = 'fr';

  function log(text) { if (window.console) console.warn('atelier scorm: ' + text); }
  function notify(text, level) { if (window.atelierPlayer) window.atelierPlayer.notify(text, level); }
  function message(key) {
    try { return JSON.parse(document.getElementById('atelier-data').textContent).messages[key]; } catch (e) { return key; }
  }

  /* The run-time's search: this window and its parents, then the opener's. */
  function search(win) {
    for (var hops = 0; win && hops < 500; hops++) {
      try {
        var found = v12 ? win.API : win.API_1484_11;
        if (found) return found;
      } catch (e) { return null; } /* a parent of another origin */
      if (!win.parent || win.parent === win) return null;
      win = win.parent;
    }
    return null;
  }
  function discover() {
    var found = search(window);
    if (!found && window.opener) found = search(window.opener);
    if (!found && window.top && window.top.opener) found = search(window.top.opener);
    return found;
  }

  function call(name, a, b) {
    if (!api) return '';
    var result;
    try { result = b === undefined ? api[name](a === undefined ? '' : a) : api[name](a, b); } catch (e) { log(name + ' threw ' + e); return ''; }
    var code = String(api[N.err]());
    if (code !== '0' && code !== '' && !(name === N.get && (code === '403' || code === '401'))) {
      log(name + '(' + (a || '') + ') → error ' + code + ': ' + api[N.str](code));
    }
    return String(result);
  }
  function get(el) { return call(N.get, el); }
  function set(el, value) { return call(N.set, el, String(value)) === 'true'; }

  function commit() {
    if (!live) return;
    clearTimeout(retry); retry = null;
    if (call(N.commit, '') === 'true') {
      delay = 1000;
      if (failing) { failing = false; notify('', 'error'); notify(message('saveRecovered'), 'info'); }
      return;
    }
    /* The LMS refused: its data model keeps every value set, so committing again later sends it all. */
    if (!failing) { failing = true; notify(message('saveFailed'), 'error'); }
    retry = setTimeout(commit, delay);
    delay = Math.min(delay * 2, 30000);
  }

  function pad(n, w) { n = String(n); while (n.length < w) n = '0' + n; return n; }
  /* 1.2: HHHH:MM:SS.SS; 2004: an ISO 8601 duration. */
  function duration(ms) {
    var cs = Math.max(0, Math.round(ms / 10));
    var h = Math.floor(cs / 360000), m = Math.floor(cs / 6000) % 60, s = (cs % 6000) / 100;
    if (v12) return pad(h, 4) + ':' + pad(m, 2) + ':' + (s < 10 ? '0' : '') + s.toFixed(2);
    return 'PT' + h + 'H' + m + 'M' + s.toFixed(2).replace(/\.00$/, '') + 'S';
  }
  function clock(iso) {
    return v12 ? iso.slice(11, 19) : iso.slice(0, 19) + 'Z';
  }

  /* The learner's tokens and the right patterns, in each version's own delimiters. */
  function joinTokens(type, tokens) {
    if (type === 'matching') {
      return tokens.map(function (pair) { return v12 ? pair : pair.replace('.', '[.]'); }).join(v12 ? ',' : '[,]');
    }
    if (type === 'true-false') return v12 ? (tokens[0] === 'true' ? 't' : tokens[0] === 'false' ? 'f' : '') : tokens.join('');
    if (type === 'fill-in' || type === 'long-fill-in') return tokens.join(v12 ? ',' : '[,]');
    return tokens.join(v12 ? ',' : '[,]');
  }
  function limit(text, max) { return text.length > max ? text.slice(0, max) : text; }

  function record(answer) {
    var when = clock(answer.timestamp);
    answer.interactions.forEach(function (i) {
      var n = 'cmi.interactions.' + next++ + '.';
      var type = v12 && i.type === 'long-fill-in' ? 'fill-in' : i.type;
      set(n + 'id', limit(i.id, v12 ? 255 : 4000));
      set(n + 'type', type);
      if (!v12) set(n + 'description', '{lang=' + language + '}' + limit(i.description || '', 200));
      (i.correct || []).slice(0, v12 ? 10 : 5).forEach(function (pattern, k) {
        set(n + 'correct_responses.' + k + '.pattern', limit(joinTokens(type, pattern), v12 ? 255 : 4000));
      });
      set(n + (v12 ? 'student_response' : 'learner_response'), limit(joinTokens(type, i.response), v12 ? 255 : 4000));
      set(n + 'result', i.result === 'incorrect' && v12 ? 'wrong' : i.result);
      set(n + 'latency', duration(answer.latencyMs));
      set(n + (v12 ? 'time' : 'timestamp'), when);
    });
  }

  return {
    start: function (info) {
      language = (info.language || 'fr').split('-')[0];
      api = discover();
      if (!api || call(N.init, '') !== 'true') {
        api = null;
        return Promise.resolve({ state: null, location: null, mode: 'preview', masteryScore: null, messageKey: 'noLms' });
      }
      live = true;
      started = Date.now();
      var count = parseInt(get('cmi.interactions._count'), 10);
      next = isNaN(count) ? 0 : count;
      var status = v12 ? get('cmi.core.lesson_status') : get('cmi.completion_status');
      if (status === '' || status === 'not attempted' || status === 'unknown') {
        set(v12 ? 'cmi.core.lesson_status' : 'cmi.completion_status', 'incomplete');
      }
      var mastery = v12 ? parseFloat(get('cmi.student_data.mastery_score')) / 100 : parseFloat(get('cmi.scaled_passing_score'));
      var mode = get(E.mode);
      var resumed = get(E.entry) === 'resume';
      set(E.exit, 'suspend');
      commit();
      return Promise.resolve({
        state: get('cmi.suspend_data') || null,
        location: get(E.location) || null,
        mode: mode === 'review' || mode === 'browse' ? mode : 'normal',
        masteryScore: isNaN(mastery) ? null : mastery,
        learnerName: get(E.name) || null,
        resumed: resumed
      });
    },
    save: function (state, location) {
      if (!live || done) return;
      set('cmi.suspend_data', state);
      set(E.location, location);
      commit();
    },
    answered: function (answer) {
      if (!live || done) return;
      record(answer);
      commit();
    },
    experienced: function () {},
    completed: function (c) {
      if (!live || done || c.scope !== 'course') return;
      if (c.score) {
        set(E.score + 'min', 0);
        set(E.score + 'max', 100);
        set(E.score + 'raw', Math.round(c.score.scaled * 10000) / 100);
        if (!v12) set('cmi.score.scaled', c.score.scaled);
      }
      if (v12) {
        set('cmi.core.lesson_status', c.score ? (c.passed ? 'passed' : 'failed') : 'completed');
      } else {
        set('cmi.completion_status', 'completed');
        set('cmi.success_status', c.score ? (c.passed ? 'passed' : 'failed') : 'unknown');
      }
      set(E.exit, v12 ? '' : 'normal');
      commit();
    },
    exit: function () {
      if (!live || done) return;
      set(E.time, duration(Date.now() - started));
      commit();
      done = true;
      call(N.end, '');
    }
  };
})();
