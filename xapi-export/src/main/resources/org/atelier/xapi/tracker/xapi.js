/* Atelier's xAPI tracker, for Tin Can launch and cmi5 (window.atelierXapi.profile says which),
 * behind the player's window.atelierTracker interface. The statements it sends are described in
 * docs/architecture.md. Credentials only ever come from the launch; nothing is lost: every
 * statement gets its id here and waits in a queue in localStorage until the LRS has it. */
window.atelierTracker = (function () {
  'use strict';
  var config = window.atelierXapi || {};
  var cmi5 = config.profile === 'cmi5';
  var V = 'http://adlnet.gov/expapi/verbs/';
  var A = 'http://adlnet.gov/expapi/activities/';
  var CMI5 = 'https://w3id.org/xapi/cmi5/context/';
  var STATE_ID = 'atelier.state';
  var BATCH = 50;
  var KEEPALIVE_BYTES = 60000;

  var data = {};
  try { data = JSON.parse(document.getElementById('atelier-data').textContent); } catch (e) { /* no data: no titles */ }
  var messages = data.messages || {};
  var lang = (data.course && data.course.language) || 'fr';
  var base = config.courseIri;

  var launch = null;       /* { endpoint, auth, actor, registration, activityId } */
  var template = {};       /* cmi5: the LMS's context template */
  var launchMode = 'Normal';
  var masteryScore = null;
  var returnURL = null;
  var key = '';            /* localStorage prefix of this learner, registration and activity */
  var preview = null;      /* untracked: the localStorage key of the state */
  var sent = {};           /* cmi5 defined statements of this registration: completed, passed, failed */
  var seen = {};           /* activities experienced in this session */
  var startedAt = Date.now();
  var ended = false;
  var busy = false, timer = null, failing = false, delay = 1000, singles = 0, finishing = false;

  function log(text) { if (window.console) console.warn('atelier xapi: ' + text); }
  function notify(text, level) { if (window.atelierPlayer) window.atelierPlayer.notify(text, level); }

  /* ---------- storage ---------- */
  function load(name) { try { return JSON.parse(localStorage.getItem(key + name)); } catch (e) { return null; } }
  function keep(name, value) {
    try { localStorage.setItem(key + name, JSON.stringify(value)); return true; } catch (e) { log('cannot keep ' + name + ': ' + e); return false; }
  }

  function uuid() {
    if (window.crypto && crypto.randomUUID) return crypto.randomUUID();
    var b = new Uint8Array(16); crypto.getRandomValues(b);
    b[6] = (b[6] & 15) | 64; b[8] = (b[8] & 63) | 128;
    var h = Array.prototype.map.call(b, function (x) { return (x + 256).toString(16).slice(1); }).join('');
    return h.slice(0, 8) + '-' + h.slice(8, 12) + '-' + h.slice(12, 16) + '-' + h.slice(16, 20) + '-' + h.slice(20);
  }
  function duration(ms) {
    var cs = Math.max(0, Math.round(ms / 10));
    return 'PT' + Math.floor(cs / 360000) + 'H' + Math.floor(cs / 6000) % 60 + 'M' + ((cs % 6000) / 100).toFixed(2) + 'S';
  }
  function map(text) { var m = {}; m[lang] = String(text || '').slice(0, 2000); return m; }
  function title(moduleId) {
    var m = (data.modules || []).filter(function (x) { return x.id === moduleId; })[0];
    return m ? m.title : moduleId;
  }

  /* ---------- IRIs (docs/architecture.md) ---------- */
  function moduleIri(m) { return base + '/' + m; }
  function itemIri(m, i) { return moduleIri(m) + '/' + i; }
  function activity(id, type, name, more) {
    var def = { type: type };
    if (name) def.name = map(name);
    for (var k in more || {}) def[k] = more[k];
    return { objectType: 'Activity', id: id, definition: def };
  }
  function launchActivity() {
    if (cmi5) return { objectType: 'Activity', id: launch.activityId };
    return activity(launch.activityId || base, A + 'course', data.course && data.course.title);
  }

  /* ---------- statements ---------- */
  function add(list, id) {
    if (!list.some(function (a) { return a.id === id; })) list.push({ objectType: 'Activity', id: id });
  }
  /* The context: the cmi5 template first (never overwritten), then ours. */
  function context(parent, grouping, defined) {
    var c = JSON.parse(JSON.stringify(template || {}));
    if (launch.registration) c.registration = launch.registration;
    c.language = lang;
    var ca = c.contextActivities = c.contextActivities || {};
    ['parent', 'grouping', 'category'].forEach(function (k) { ca[k] = ca[k] || []; });
    parent.forEach(function (id) { add(ca.parent, id); });
    grouping.forEach(function (id) { add(ca.grouping, id); });
    if (defined) {
      add(ca.category, CMI5 + 'categories/cmi5');
      if (defined === 'moveon') add(ca.category, CMI5 + 'categories/moveon');
    }
    ['parent', 'grouping', 'category'].forEach(function (k) { if (!ca[k].length) delete ca[k]; });
    if (!Object.keys(ca).length) delete c.contextActivities;
    return c;
  }
  function statement(verb, object, result, ctx, timestamp) {
    var s = { id: uuid(), actor: launch.actor, verb: { id: V + verb, display: { 'en-US': verb } }, object: object,
      context: ctx, timestamp: timestamp || new Date().toISOString() };
    if (result) s.result = result;
    return s;
  }
  /* The cmi5 statements about the AU itself: the AU's id, the cmi5 category, the module too. */
  function auContext(moveon) {
    var grouping = [base];
    if (cmi5 && launch.moduleId && launch.activityId !== moduleIri(launch.moduleId)) grouping.push(moduleIri(launch.moduleId));
    return context([], grouping, cmi5 ? (moveon ? 'moveon' : 'cmi5') : null);
  }

  function tokens(type, list) {
    return (list || []).map(function (t) { return type === 'matching' ? String(t).replace('.', '[.]') : String(t); }).join('[,]');
  }
  function components(list) {
    return (list || []).map(function (c) { return { id: String(c.id), description: map(c.text) }; });
  }
  function answeredStatements(a) {
    return a.interactions.map(function (i) {
      var sub = i.id !== a.activityId;
      var iri = itemIri(a.moduleId, a.activityId) + (sub ? '/' + i.id.slice(a.activityId.length + 1) : '');
      var def = { description: map(i.description || a.prompt || a.title), interactionType: i.type };
      var mark = i.caseMatters && (i.type === 'fill-in' || i.type === 'long-fill-in') ? '{case_matters=true}' : '';
      if (i.correct && i.correct.length) def.correctResponsesPattern = i.correct.map(function (p) { return mark + tokens(i.type, p); });
      if (i.choices) def[i.type === 'likert' ? 'scale' : 'choices'] = components(i.choices);
      if (i.source) { def.source = components(i.source); def.target = components(i.target); }
      var result = { response: tokens(i.type, i.response), duration: duration(a.latencyMs) };
      if (i.result !== 'neutral') result.success = i.result === 'correct';
      if (!sub && a.scored && a.score && a.score.max) {
        result.score = { raw: a.score.raw, min: 0, max: a.score.max, scaled: Math.round(a.score.raw / a.score.max * 10000) / 10000 };
      }
      var ctx = sub ? context([itemIri(a.moduleId, a.activityId)], [moduleIri(a.moduleId), base])
        : context([moduleIri(a.moduleId)], [base]);
      return statement('answered', activity(iri, A + 'cmi.interaction', a.title, def), result, ctx, a.timestamp);
    });
  }
  var TYPES = { page: 'lesson', discussion: 'interaction', actions: 'interaction', survey: 'assessment' };

  /* ---------- the queue ---------- */
  function enqueue(list) {
    if (!list.length) return;
    var box = load('outbox') || [];
    keep('outbox', box.concat(list));
    soon();
  }
  function soon() { if (!timer && !busy) timer = setTimeout(function () { timer = null; flush(false); }, 0); }
  function request(method, path, body, keepalive) {
    var headers = { 'X-Experience-API-Version': '1.0.3' };
    if (launch.auth) headers.Authorization = launch.auth;
    if (body !== undefined) headers['Content-Type'] = 'application/json';
    return fetch(launch.endpoint + path, { method: method, headers: headers, credentials: 'omit', cache: 'no-store',
      keepalive: !!keepalive, body: body === undefined ? undefined : JSON.stringify(body) });
  }
  function stateQuery() {
    return 'activities/state?stateId=' + encodeURIComponent(STATE_ID) + '&activityId=' + encodeURIComponent(launch.activityId || base) +
      '&agent=' + encodeURIComponent(JSON.stringify(launch.actor)) + (launch.registration ? '&registration=' + encodeURIComponent(launch.registration) : '');
  }
  /* Statements first, in order, in batches; then the state document. A batch the LRS refuses as
   * invalid (400) or in conflict (409) is sent again one statement at a time, to find which. */
  function flush(keepalive) {
    if (!launch || (busy && !keepalive)) return;
    var box = load('outbox') || [];
    if (!box.length) { putState(keepalive); return; }
    var n = singles > 0 ? 1 : Math.min(BATCH, box.length);
    var batch = box.slice(0, n);
    if (keepalive) while (batch.length > 1 && JSON.stringify(batch).length > KEEPALIVE_BYTES) batch.pop();
    busy = true;
    request('POST', 'statements', batch, keepalive).then(function (res) {
      busy = false;
      if (res.ok || (res.status === 409 && batch.length === 1)) { done(batch); }
      else if ((res.status === 400 || res.status === 409) && batch.length > 1) { singles = batch.length; flush(false); }
      else if (res.status === 400 || res.status === 413) {
        return res.text().then(function (why) { done(batch, res.status + ' ' + why.slice(0, 500)); });
      } else { later('HTTP ' + res.status); }
    }, function (e) { busy = false; later(String(e)); });
  }
  function done(batch, refusal) {
    var ids = {}; batch.forEach(function (s) { ids[s.id] = 1; });
    keep('outbox', (load('outbox') || []).filter(function (s) { return !ids[s.id]; }));
    if (singles > 0) singles--;
    if (refusal) {
      /* Kept for the trainer to see, never sent again: sending it again cannot make it valid. */
      keep('rejected', (load('rejected') || []).concat(batch.map(function (s) { return { statement: s, refusal: refusal }; })));
      log('the LRS refused statement ' + batch[0].id + ': ' + refusal);
      notify(messages.statementRejected || refusal, 'warning');
    }
    recovered();
    flush(false);
  }
  function recovered() {
    delay = 1000;
    if (failing) { failing = false; notify('', 'error'); notify(messages.saveRecovered, 'info'); }
  }
  /* The LRS is unreachable, busy or failing: everything waits in the queue; back off to 30 s. */
  function later(why) {
    log('sending failed (' + why + '), retrying in ' + delay / 1000 + ' s');
    if (!failing) { failing = true; notify(messages.saveFailed, 'error'); }
    clearTimeout(timer);
    timer = setTimeout(function () { timer = null; flush(false); }, delay);
    delay = Math.min(delay * 2, 30000);
  }
  function putState(keepalive) {
    var local = load('state');
    if (!local || !local.dirty) { afterFlush(); return; }
    var body = { state: local.state, location: local.location, sent: local.sent, at: local.at };
    busy = true;
    request('PUT', stateQuery(), body, keepalive).then(function (res) {
      busy = false;
      if (res.ok) {
        var now = load('state');
        if (now && now.at === local.at) { now.dirty = false; keep('state', now); }
        recovered();
        flush(false);
      } else later('state: HTTP ' + res.status);
    }, function (e) { busy = false; later('state: ' + e); });
  }
  /* cmi5: back to the LMS once the last statement is in. */
  function afterFlush() {
    if (finishing && returnURL) { finishing = false; window.location.assign(returnURL); }
  }

  /* ---------- launch ---------- */
  function parseActor(text) {
    try { var a = JSON.parse(text); return a && typeof a === 'object' ? a : null; } catch (e) { return null; }
  }
  function readLaunch(info) {
    var q = new URLSearchParams(window.location.search);
    var endpoint = q.get('endpoint'), actor = parseActor(q.get('actor'));
    if (!endpoint || !actor) return null;
    if (!/\/$/.test(endpoint)) endpoint += '/';
    return { endpoint: endpoint, auth: q.get('auth'), actor: actor, registration: q.get('registration'),
      activityId: q.get(cmi5 ? 'activityId' : 'activity_id'), fetch: q.get('fetch'), moduleId: info.moduleId };
  }
  /* cmi5: the fetch URL gives the session's token once; a reload of this tab reuses it. */
  function token() {
    var remembered = 'atelier-cmi5-token:' + launch.fetch;
    try { var t = sessionStorage.getItem(remembered); if (t) return Promise.resolve(t); } catch (e) { /* none */ }
    return fetch(launch.fetch, { method: 'POST', credentials: 'omit', cache: 'no-store' })
      .then(function (r) { return r.json(); })
      .then(function (body) {
        if (!body || !body['auth-token']) throw new Error('fetch URL: ' + (body && body['error-text'] || 'no auth-token'));
        try { sessionStorage.setItem(remembered, body['auth-token']); } catch (e) { /* kept in memory only */ }
        return body['auth-token'];
      });
  }
  function getState(stateId) {
    var query = stateQuery().replace(encodeURIComponent(STATE_ID), encodeURIComponent(stateId));
    return request('GET', query).then(function (res) {
      if (res.status === 404) return null;
      if (!res.ok) throw new Error('state ' + stateId + ': HTTP ' + res.status);
      return res.json();
    });
  }
  function untracked(info, messageKey) {
    preview = 'atelier:' + info.courseId + ':' + (info.moduleId || '*');
    var saved = {};
    try { saved = JSON.parse(localStorage.getItem(preview)) || {}; } catch (e) { /* nothing saved */ }
    return { state: saved.state || null, location: saved.location || null, mode: 'normal', masteryScore: null,
      learnerName: null, messageKey: messageKey };
  }

  function start(info) {
    launch = readLaunch(info);
    if (!launch) return Promise.resolve(untracked(info, 'untracked'));
    key = 'atelier-xapi:' + launch.endpoint + '|' + (launch.activityId || base) + '|' + (launch.registration || '') + '|' +
      JSON.stringify(launch.actor) + '|';
    var ready = cmi5 ? token().then(function (t) {
      launch.auth = 'Basic ' + t;
      /* The launch data is kept, so that a reload while the LRS is away still has the template. */
      return getState('LMS.LaunchData').then(function (d) { if (d) keep('launch', d); return d; },
        function (e) { var d = load('launch'); if (!d) throw e; return d; });
    }).then(function (d) {
      d = d || {};
      template = d.contextTemplate || {};
      launchMode = d.launchMode || 'Normal';
      masteryScore = typeof d.masteryScore === 'number' ? d.masteryScore : null;
      returnURL = d.returnURL || null;
    }) : Promise.resolve();
    return ready.then(function () {
      return getState(STATE_ID).catch(function (e) { log(String(e)); return null; });
    }).then(function (remote) {
      var local = load('state');
      /* What this browser saved but could not send yet is newer than the LRS's copy. */
      var saved = local && (local.dirty || !remote || (remote.at || 0) <= local.at) ? local : remote;
      sent = (saved && saved.sent) || {};
      enqueue([statement('initialized', launchActivity(), null, auContext(false))]);
      return { state: saved ? saved.state : null, location: saved ? saved.location : null,
        mode: launchMode === 'Browse' ? 'browse' : launchMode === 'Review' ? 'review' : 'normal',
        masteryScore: masteryScore, learnerName: launch.actor.name || null };
    }).catch(function (e) {
      log('launch failed: ' + e);
      launch = null;
      var shown = untracked(info, null);
      shown.message = (messages.launchFailed || '') + ' (' + e.message + ')';
      return shown;
    });
  }

  function defined(verb, result, moveon) {
    if (sent[verb]) return;
    sent[verb] = true;
    var local = load('state') || {};
    local.sent = sent; local.dirty = true; local.at = Date.now();
    keep('state', local);
    return statement(verb, launchActivity(), result, auContext(moveon));
  }

  return {
    start: start,
    save: function (state, location) {
      if (preview) {
        try { localStorage.setItem(preview, JSON.stringify({ state: state, location: location })); } catch (e) { notify(e.message, 'error'); }
        return;
      }
      if (!launch) return;
      keep('state', { state: state, location: location, sent: sent, at: Date.now(), dirty: true });
      soon();
    },
    answered: function (a) {
      if (!launch || ended) return;
      enqueue(answeredStatements(a));
    },
    experienced: function (e) {
      if (!launch || ended) return;
      var item = itemIri(e.moduleId, e.activityId);
      var id = e.cardId ? item + '/' + e.cardId : item;
      if (seen[id]) return;
      seen[id] = true;
      var object = e.cardId ? activity(id, A + 'interaction', e.cardTitle) : activity(id, A + (TYPES[e.kind] || 'interaction'), e.title);
      var ctx = e.cardId ? context([item], [moduleIri(e.moduleId), base]) : context([moduleIri(e.moduleId)], [base]);
      enqueue([statement('experienced', object, null, ctx)]);
    },
    completed: function (c) {
      if (!launch || ended) return;
      var list = [];
      var score = c.score ? { raw: c.score.raw, min: 0, max: c.score.max, scaled: c.score.scaled } : null;
      var took = duration(Date.now() - startedAt);
      if (cmi5 && c.scope === 'module' && c.moduleId === launch.moduleId) {
        /* cmi5 defined: once per registration, and only when the LMS launched for credit. */
        if (launchMode !== 'Normal') return;
        list.push(defined('completed', { completion: true, duration: took }, true));
        if (score) {
          var ok = c.passed === true;
          var verdict = ok ? defined('passed', { success: true, score: score, duration: took }, true)
            : sent.passed ? null : defined('failed', { success: false, score: score, duration: took }, true);
          if (verdict && masteryScore !== null) verdict.context.extensions = Object.assign(verdict.context.extensions || {},
            { 'https://w3id.org/xapi/cmi5/context/extensions/masteryscore': masteryScore });
          list.push(verdict);
        }
      } else if (c.scope === 'module') {
        var m = activity(moduleIri(c.moduleId), A + 'module', title(c.moduleId));
        var ctx = context([base], []);
        list.push(statement('completed', m, score ? { completion: true, score: score } : { completion: true }, ctx));
        if (score) list.push(statement(c.passed ? 'passed' : 'failed', m, { success: !!c.passed, score: score }, context([base], [])));
      } else if (!cmi5) {
        var course = launchActivity();
        list.push(statement('completed', course, score ? { completion: true, score: score, duration: took } : { completion: true, duration: took }, auContext(false)));
        if (score) list.push(statement(c.passed ? 'passed' : 'failed', course, { success: !!c.passed, score: score, duration: took }, auContext(false)));
      }
      enqueue(list.filter(Boolean));
    },
    exit: function (e) {
      if (!launch) return;
      if (!ended) {
        ended = true;
        enqueue([statement('terminated', launchActivity(), { duration: duration(Date.now() - startedAt) }, auContext(false))]);
      }
      clearTimeout(timer); timer = null;
      if (e && e.finished) { finishing = true; flush(false); }
      else flush(true);
    },
    /* The page is being hidden: send what waits with keepalive, so that it survives. */
    flushNow: function () { if (launch) flush(true); },
    /* For tests and support: what waits, and what the LRS refused. */
    pending: function () { return { outbox: (load('outbox') || []).length, rejected: (load('rejected') || []).length, dirty: !!(load('state') || {}).dirty }; }
  };
})();

document.addEventListener('visibilitychange', function () {
  if (document.visibilityState === 'hidden') window.atelierTracker.flushNow();
});
