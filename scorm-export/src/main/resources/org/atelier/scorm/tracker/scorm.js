/* Atelier's SCORM tracker, for SCORM 1.2 and 2004 (the settings' version, info.tracker, says which),
 * behind the player's window.atelierTracker interface (docs/architecture.md). It finds the LMS's
 * API as the run-time rules describe, checks every call's error code, and never drops data:
 * a commit the LMS refuses is retried with back-off, and the learner is told. */
window.atelierTracker = (function () {
  'use strict';
  var K = AtelierTrackerKit;
  var v12 = true, N, E;
  /* Author ids in SCORM's short identifiers ([A-Za-z0-9_.]): the exporter says how (ScormTokens). */
  var TOKEN;
  /* The version's names, once the settings say which. */
  function version(config) {
    v12 = config.version !== '2004';
    TOKEN = config.token;
    N = v12
      ? { init: 'LMSInitialize', get: 'LMSGetValue', set: 'LMSSetValue', commit: 'LMSCommit', end: 'LMSFinish', err: 'LMSGetLastError', str: 'LMSGetErrorString' }
      : { init: 'Initialize', get: 'GetValue', set: 'SetValue', commit: 'Commit', end: 'Terminate', err: 'GetLastError', str: 'GetErrorString' };
    E = v12
      ? { location: 'cmi.core.lesson_location', exit: 'cmi.core.exit', time: 'cmi.core.session_time', entry: 'cmi.core.entry',
        mode: 'cmi.core.lesson_mode', name: 'cmi.core.student_name', score: 'cmi.core.score.', total: 'cmi.core.total_time' }
      : { location: 'cmi.location', exit: 'cmi.exit', time: 'cmi.session_time', entry: 'cmi.entry',
        mode: 'cmi.mode', name: 'cmi.learner_name', score: 'cmi.score.', total: 'cmi.total_time' };
  }
  var api = null;
  var live = false;
  var started = Date.now();
  var next = 0;
  var done = false;
  var backoff = K.backoff(1000, 30000);
  var retry = null;
  var language = 'fr';
  var review = false;      /* the LMS opened a finished attempt for review: nothing is written */
  var messages = {};
  var clockKey = null;

  function log(text) { if (window.console) console.warn('atelier scorm: ' + text); }
  function notify(text, level) { if (window.atelierPlayer) window.atelierPlayer.notify(text, level); }
  function message(key) { return messages[key] || key; }

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

  var lastCode = '0';
  function call(name, a, b) {
    if (!api) return '';
    var result;
    try { result = b === undefined ? api[name](a === undefined ? '' : a) : api[name](a, b); } catch (e) { log(name + ' threw ' + e); lastCode = '101'; return ''; }
    var code = lastCode = String(api[N.err]());
    if (code !== '0' && code !== '' && !(name === N.get && (code === '403' || code === '401'))) {
      log(name + '(' + (a || '') + ') → error ' + code + ': ' + api[N.str](code));
    }
    return String(result);
  }
  function get(el) { return call(N.get, el); }

  /* Every value is written through here. A value the LMS refuses for a passing reason (a general
   * failure, not a bad value) stays in `pending` (the latest value of each element, in the order
   * first written) and is written again before each retry, so a refused SetValue loses nothing
   * either. A value the LMS rejects as invalid is only logged: writing it again cannot help. */
  var TRANSIENT = { '101': 1, '351': 1, '391': 1 };
  var pending = {};
  var order = [];
  function set(el, value) {
    if (review) return true;
    value = String(value);
    if (call(N.set, el, value) === 'true') {
      if (el in pending) { delete pending[el]; order.splice(order.indexOf(el), 1); }
      return true;
    }
    if (!TRANSIENT[lastCode]) {
      if (el in pending) { delete pending[el]; order.splice(order.indexOf(el), 1); }
      return false;
    }
    if (!(el in pending)) order.push(el);
    pending[el] = value;
    return false;
  }
  function rewrite() {
    order.slice().forEach(function (el) { set(el, pending[el]); });
    return order.length === 0;
  }

  /* While the LMS refuses, the player's latest state also goes to this browser's storage, so that
   * closing the page before the LMS recovers loses nothing either: the next launch (same learner,
   * same SCO) takes it back and saves it. Cleared as soon as a commit succeeds. */
  var backupKey = null;
  var latest = null;
  var local = K.store('localStorage'); /* no storage: the retries remain */
  var tab = K.store('sessionStorage'); /* no storage: this page's own time only */
  function backup() { if (backupKey && latest) local.set(backupKey, latest); }
  function clearBackup() { if (backupKey) local.remove(backupKey); }

  /* The session's clock survives a reload of the page: when the LMS's total time has not moved
   * since this tab's session began, the time the unloading page sent never reached it (a race
   * Moodle's player shows), so the session goes on counting from its first start. */
  function sessionStart(total) {
    var s = tab.get(clockKey);
    if (s && s.total === total) return s.start;
    var now = Date.now();
    tab.set(clockKey, { start: now, total: total });
    return now;
  }

  var terminateWhenSaved = false;
  function terminate() {
    clearTimeout(retry); retry = null;
    done = true;
    call(N.end, '');
  }

  function commit() {
    if (!live || done || review) return;
    clearTimeout(retry); retry = null;
    var written = rewrite();
    if (call(N.commit, '') === 'true' && written) {
      if (backoff.reset()) { clearBackup(); notify('', 'error'); notify(message('saveRecovered'), 'info'); }
      if (terminateWhenSaved) terminate();
      return;
    }
    /* Refused: the LMS's data model keeps every value set (and `pending` the ones it refused),
     * so a later commit sends it all. Back off up to 30 s; the learner is told meanwhile. */
    backup();
    var wait = backoff.fail();
    if (wait.first) notify(message('saveFailed'), 'error');
    retry = setTimeout(commit, wait.delay);
  }

  function pad(n, w) { n = String(n); while (n.length < w) n = '0' + n; return n; }
  /* 1.2: HHHH:MM:SS.SS; 2004: an ISO 8601 duration. */
  function duration(ms) {
    var c = K.clock(ms);
    return v12 ? pad(c.h, 4) + ':' + pad(c.m, 2) + ':' + (c.s < 10 ? '0' : '') + c.s.toFixed(2) : K.duration(ms, true);
  }
  function clock(iso) {
    /* Run-times (Moodle's, scorm-again) only accept a time zone after hundredths of a second. */
    return v12 ? iso.slice(11, 19) : iso.slice(0, 22) + 'Z';
  }

  /* An option, card or category id as a short identifier. Text (fill-in) is left as typed. */
  var SHORT = { choice: 1, matching: 1, sequencing: 1, likert: 1 };
  function token(type, t) {
    t = String(t);
    if (!SHORT[type]) return t;
    if (type === 'matching') {
      var k = t.indexOf('.');
      return token('choice', t.slice(0, k)) + '.' + token('choice', t.slice(k + 1));
    }
    return t.split(TOKEN.from).join(TOKEN.to);
  }
  /* The learner's tokens and the right patterns, in each version's own delimiters. A value longer
   * than the version allows keeps as many whole tokens as fit (a token cut in the middle would
   * name an option or card that does not exist); SCORM 1.2's long sorts and orders never get
   * there, they are recorded card by card (perCard). */
  function joinTokens(type, tokens) {
    var max = v12 ? 255 : 4000;
    if (type === 'true-false') return v12 ? (tokens[0] === 'true' ? 't' : tokens[0] === 'false' ? 'f' : '') : tokens.join('');
    return K.join(tokens.map(function (t) { return token(type, t); }), { sep: v12 ? ',' : '[,]', pair: type === 'matching' && !v12 ? '[.]' : null,
      max: max, cut: function (k, n) { log('value of ' + n + ' tokens cut to ' + k + ' to fit ' + max + ' characters'); } });
  }
  function tooLong(i) {
    var whole = function (list) { return (list || []).map(function (t) { return token(i.type, t); }).join(',').length > 255; };
    return (i.correct || []).some(whole) || whole(i.response);
  }
  function pairs(list) {
    var m = {};
    (list || []).forEach(function (p) { var k = p.indexOf('.'); m[p.slice(0, k)] = p.slice(k + 1); });
    return m;
  }
  /* SCORM 1.2 holds 255 characters: a card sort or an order of many cards is recorded as one
   * interaction per card (id <interaction>.<card>), each with its own right answer and result, so
   * that the LMS's report shows every card and nothing is cut. */
  function perCard(i) {
    var right = i.correct[0] || [];
    if (i.type === 'matching') {
      var want = pairs(right), got = pairs(i.response);
      return Object.keys(want).map(function (card) {
        return { id: i.id + '.' + card, type: 'matching', correct: [[card + '.' + want[card]]],
          response: got[card] ? [card + '.' + got[card]] : [], result: got[card] === want[card] ? 'correct' : 'incorrect' };
      });
    }
    return right.map(function (card, k) {
      var at = (i.response || []).indexOf(card);
      return { id: i.id + '.' + card, type: 'numeric', correct: [[String(k + 1)]],
        response: at < 0 ? [] : [String(at + 1)], result: at === k ? 'correct' : 'incorrect' };
    });
  }
  function shaped(answer) {
    var list = [];
    answer.interactions.forEach(function (i) {
      if (v12 && (i.type === 'matching' || i.type === 'sequencing') && i.correct.length === 1 && tooLong(i)) list = list.concat(perCard(i));
      else list.push(i);
    });
    return list;
  }
  /* A partly right answer (1 of 3 ticks) is neither right nor wrong: both versions allow a number. */
  function result(answer, i) {
    var s = answer.score;
    if (i.result === 'incorrect' && answer.interactions.length === 1 && s && s.max > 0 && s.raw > 0) {
      return String(Math.round(s.raw / s.max * 100) / 100);
    }
    return i.result === 'incorrect' && v12 ? 'wrong' : i.result;
  }
  function limit(text, max) { return text.length > max ? text.slice(0, max) : text; }

  function record(answer) {
    var when = clock(answer.timestamp);
    shaped(answer).forEach(function (i) {
      var n = 'cmi.interactions.' + next++ + '.';
      var type = v12 && i.type === 'long-fill-in' ? 'fill-in' : i.type;
      set(n + 'id', limit(i.id, v12 ? 255 : 4000));
      set(n + 'type', type);
      if (!v12) set(n + 'description', '{lang=' + language + '}' + limit(i.description || '', 200));
      /* 2004 fill-in compares without case unless told: say so when the author's gap does. */
      var caseMark = !v12 && i.caseMatters && (type === 'fill-in' || type === 'long-fill-in') ? '{case_matters=true}' : '';
      (i.correct || []).slice(0, v12 ? 10 : 5).forEach(function (pattern, k) {
        set(n + 'correct_responses.' + k + '.pattern', caseMark + joinTokens(type, pattern));
      });
      set(n + (v12 ? 'student_response' : 'learner_response'), joinTokens(type, i.response));
      set(n + 'result', result(answer, i));
      set(n + 'latency', duration(answer.latencyMs));
      set(n + (v12 ? 'time' : 'timestamp'), when);
    });
  }

  return {
    start: function (info) {
      version(info.tracker || {});
      language = (info.language || 'fr').split('-')[0];
      messages = info.messages || {};
      api = discover();
      if (!api) return Promise.resolve({ state: null, location: null, mode: 'preview', masteryScore: null, messageKey: 'noLms' });
      /* 103: the LMS's API was left initialized by another SCO of this page; it serves this one. */
      if (call(N.init, '') !== 'true' && lastCode !== '103') {
        var code = lastCode, why = code === '0' ? '' : String(api[N.str](code));
        api = null;
        return Promise.resolve({ state: null, location: null, mode: 'preview', masteryScore: null,
          message: message('lmsRefused').replace('{0}', code + (why ? ' « ' + why + ' »' : '')) });
      }
      live = true;
      var mode = get(E.mode);
      review = mode === 'review';
      var count = parseInt(get('cmi.interactions._count'), 10);
      next = isNaN(count) ? 0 : count;
      var status = v12 ? get('cmi.core.lesson_status') : get('cmi.completion_status');
      if (status === '' || status === 'not attempted' || status === 'unknown') {
        set(v12 ? 'cmi.core.lesson_status' : 'cmi.completion_status', 'incomplete');
      }
      var mastery = v12 ? parseFloat(get('cmi.student_data.mastery_score')) / 100 : parseFloat(get('cmi.scaled_passing_score'));
      var resumed = get(E.entry) === 'resume';
      backupKey = 'atelier-scorm:' + info.courseId + ':' + (info.moduleId || '') + ':' + get(v12 ? 'cmi.core.student_id' : 'cmi.learner_id');
      clockKey = backupKey + ':clock';
      started = sessionStart(get(E.total));
      var unsaved = review ? null : local.get(backupKey);
      if (unsaved) {
        /* A previous session could not save its last answers: they are newer than the LMS's. */
        latest = unsaved;
        set('cmi.suspend_data', unsaved.state);
        set(E.location, unsaved.location);
      }
      set(E.exit, 'suspend');
      commit();
      if (unsaved && !backoff.failing()) clearBackup();
      return Promise.resolve({
        state: unsaved ? unsaved.state : get('cmi.suspend_data') || null,
        location: unsaved ? unsaved.location : get(E.location) || null,
        mode: mode === 'review' || mode === 'browse' ? mode : 'normal',
        masteryScore: isNaN(mastery) ? null : mastery,
        learnerName: get(E.name) || null,
        resumed: resumed
      });
    },
    save: function (state, location) {
      if (!live || done) return;
      latest = { state: state, location: location };
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
    exit: function (e) {
      if (!live || done || terminateWhenSaved) return;
      if (review) { terminate(); return; }
      set(E.time, duration(Date.now() - started));
      commit();
      if (e && e.finished) tab.remove(clockKey);
      /* "Finish" while the LMS refuses: the page stays, so keep retrying and terminate once
       * saved. The page going away: terminate now (the LMS keeps what it accepted; this browser's
       * storage keeps the rest for the next launch). */
      if (backoff.failing() && e && e.finished) terminateWhenSaved = true;
      else terminate();
    }
  };
})();
