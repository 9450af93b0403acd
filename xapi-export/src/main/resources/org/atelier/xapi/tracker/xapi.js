/* Atelier's xAPI tracker, for Tin Can launch and cmi5 (its settings' profile says which), behind
 * the player's window.atelierTracker interface. The statements it sends and the session rules it
 * keeps are described in docs/architecture.md ("xAPI statements", "Sessions"); every xAPI word
 * comes from the settings (XapiVocabulary), none is written here.
 * Credentials only ever come from the launch; nothing is lost: every statement gets its id here
 * and waits in a queue in localStorage until the LRS has it. */
window.atelierTracker = (function () {
  'use strict';
  var K = AtelierTrackerKit;
  var cmi5 = false;
  var X = null;            /* the vocabulary, from the settings */
  var STATE_ID;
  var BATCH = 50;
  var KEEPALIVE_BYTES = 60000; /* browsers allow 64 KiB of keepalive bodies in flight */
  var MERGES = 3;              /* state conflicts resolved in a row before backing off */

  var messages = {};
  var lang = 'fr';
  var base = null;
  var modules = [];
  var courseTitle = '';
  var merge = function (mine) { return mine; };

  var launch = null;       /* { endpoint, auth, actor, registration, activityId, fetch, moduleId } */
  var template = {};       /* cmi5: the LMS's context template */
  var launchMode = 'Normal';
  var masteryScore = null;
  var returnURL = null;
  var key = '';            /* localStorage prefix of this learner, registration and activity */
  var session = '';        /* sessionStorage key of this launch: a reload of the tab is the same session */
  var preview = null;      /* untracked: the browser's copy of the state */
  var sent = {};           /* cmi5 defined statements of this registration: completed, passed, failed */
  var seen = {};           /* activities experienced in this session */
  var startedAt = Date.now();
  var ended = false;       /* Finish pressed: terminated waits in the queue, nothing is added after it */
  var closed = false;      /* terminated stored: the token is spent, nothing more is sent */
  var stopped = false;     /* the LRS refused our credentials: nothing more is sent */
  var hiding = false;      /* the page is being hidden or unloaded */
  var busy = false, timer = null, singles = 0;
  var backoff = K.backoff(1000, 30000);
  var etag = null;         /* the state document's ETag: null unknown (read first), '' no document, false none given */
  var stateless = false;   /* the LRS seems to have no State API: progress stays in this browser */
  var statelessSince = 0;
  var STATELESS_RETRY = 60000; /* even then, the state is offered again once a minute, quietly */
  var reachable = false;   /* the last statement request got an answer */
  var conflicts = 0;

  function log(text) { if (window.console) console.warn('atelier xapi: ' + text); }
  function notify(text, level) { if (window.atelierPlayer) window.atelierPlayer.notify(text, level); }

  /* ---------- storage ---------- */
  var local = K.store('localStorage', function (e, name) { log('cannot keep ' + name + ': ' + e); });
  var tab = K.store('sessionStorage'); /* no storage: kept in memory only */
  function load(name) { return local.get(key + name); }
  function keep(name, value) { return local.set(key + name, value); }
  function sessionGet() { return tab.get(session) || {}; }
  function sessionPut(change) { tab.update(session, change); }

  function uuid() {
    if (window.crypto && crypto.randomUUID) return crypto.randomUUID();
    var b = new Uint8Array(16); crypto.getRandomValues(b);
    b[6] = (b[6] & 15) | 64; b[8] = (b[8] & 63) | 128;
    var h = Array.prototype.map.call(b, function (x) { return (x + 256).toString(16).slice(1); }).join('');
    return h.slice(0, 8) + '-' + h.slice(8, 12) + '-' + h.slice(12, 16) + '-' + h.slice(16, 20) + '-' + h.slice(20);
  }
  function map(text) { var m = {}; m[lang] = String(text || '').slice(0, 2000); return m; }
  function title(moduleId) {
    var m = modules.filter(function (x) { return x.id === moduleId; })[0];
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
    return activity(launch.activityId || base, X.types.course, courseTitle);
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
      add(ca.category, X.categories.cmi5);
      if (defined === 'moveon') add(ca.category, X.categories.moveOn);
    }
    ['parent', 'grouping', 'category'].forEach(function (k) { if (!ca[k].length) delete ca[k]; });
    if (!Object.keys(ca).length) delete c.contextActivities;
    return c;
  }
  function statement(verb, object, result, ctx, timestamp) {
    var display = {};
    display[X.display] = verb;
    var s = { id: uuid(), actor: launch.actor, verb: { id: X.verbs[verb], display: display }, object: object,
      context: ctx, timestamp: timestamp || new Date().toISOString() };
    if (result) s.result = result;
    return s;
  }
  function is(s, verb) { return s.verb.id === X.verbs[verb]; }
  /* The cmi5 statements about the AU itself: the AU's id, the cmi5 category, the module too. */
  function auContext(moveon) {
    var grouping = [base];
    if (cmi5 && launch.moduleId && launch.activityId !== moduleIri(launch.moduleId)) grouping.push(moduleIri(launch.moduleId));
    return context([], grouping, cmi5 ? (moveon ? 'moveon' : 'cmi5') : null);
  }

  function tokens(type, list) { return K.join(list, { sep: X.list, pair: type === 'matching' ? X.pair : null }); }
  function components(list) {
    return (list || []).map(function (c) { return { id: String(c.id), description: map(c.text) }; });
  }
  function answeredStatements(a) {
    return a.interactions.map(function (i) {
      var sub = i.id !== a.activityId;
      var iri = itemIri(a.moduleId, a.activityId) + (sub ? '/' + i.id.slice(a.activityId.length + 1) : '');
      var def = { description: map(i.description || a.prompt || a.title), interactionType: i.type };
      var mark = i.caseMatters && (i.type === 'fill-in' || i.type === 'long-fill-in') ? X.caseMatters : '';
      if (i.correct && i.correct.length) def.correctResponsesPattern = i.correct.map(function (p) { return mark + tokens(i.type, p); });
      if (i.choices) def[i.type === 'likert' ? 'scale' : 'choices'] = components(i.choices);
      if (i.source) { def.source = components(i.source); def.target = components(i.target); }
      var result = { response: tokens(i.type, i.response), duration: K.duration(a.latencyMs) };
      if (i.result !== 'neutral') result.success = i.result === 'correct';
      if (!sub && a.scored && a.score && a.score.max) {
        result.score = { raw: a.score.raw, min: 0, max: a.score.max, scaled: Math.round(a.score.raw / a.score.max * 10000) / 10000 };
      }
      var ctx = sub ? context([itemIri(a.moduleId, a.activityId)], [moduleIri(a.moduleId), base])
        : context([moduleIri(a.moduleId)], [base]);
      return statement('answered', activity(iri, X.types.cmiInteraction, a.title, def), result, ctx, a.timestamp);
    });
  }

  /* ---------- the queue ---------- */
  function enqueue(list) {
    if (!list.length || stopped) return;
    var box = load('outbox') || [];
    keep('outbox', box.concat(list));
    soon();
  }
  /* keepalive's budget counts bytes, not characters: French text is longer in UTF-8. */
  function bytes(text) { return new Blob([text]).size; }
  function soon() { if (!timer && !busy) timer = setTimeout(function () { timer = null; flush(); }, 0); }
  function request(method, path, body, headers) {
    var h = { 'X-Experience-API-Version': X.version };
    if (launch.auth) h.Authorization = launch.auth;
    if (body !== undefined) h['Content-Type'] = 'application/json';
    for (var k in headers || {}) h[k] = headers[k];
    var text = body === undefined ? undefined : JSON.stringify(body);
    /* While the page goes away, keepalive lets the request outlive it (a reload, a closed tab);
     * otherwise not: Chromium fails some large keepalive bodies that are under its limit. */
    return fetch(launch.endpoint + path, { method: method, headers: h, credentials: 'omit', cache: 'no-store',
      keepalive: hiding && (!text || bytes(text) < KEEPALIVE_BYTES), body: text });
  }
  function stateQuery() {
    return 'activities/state?stateId=' + encodeURIComponent(STATE_ID) + '&activityId=' + encodeURIComponent(launch.activityId || base) +
      '&agent=' + encodeURIComponent(JSON.stringify(launch.actor)) + (launch.registration ? '&registration=' + encodeURIComponent(launch.registration) : '');
  }
  /* One request in flight, ever. Order: the statements (initialized alone, as cmi5 wants it
   * stored before any other), then the state document, then — once Finish was pressed and all
   * else is in — terminated, the session's last word. */
  function flush() {
    if (!launch || busy || closed || stopped) return;
    var box = load('outbox') || [];
    var last = box.length && is(box[box.length - 1], 'terminated');
    var statements = last ? box.slice(0, -1) : box;
    if (statements.length) { post(statements); return; }
    var local = load('state');
    if (local && local.dirty && (!stateless || Date.now() - statelessSince > STATELESS_RETRY)) { putState(local); return; }
    if (last) { post(box); return; }
  }
  function post(box) {
    var n = singles > 0 || is(box[0], 'initialized') || is(box[0], 'terminated') ? 1 : Math.min(BATCH, box.length);
    var batch = box.slice(0, n);
    if (hiding) while (batch.length > 1 && bytes(JSON.stringify(batch)) >= KEEPALIVE_BYTES) batch.pop();
    busy = true;
    request('POST', 'statements', batch).then(function (res) {
      busy = false;
      reachable = true;
      if (res.ok || (res.status === 409 && batch.length === 1)) { delivered(batch); }
      else if ((res.status === 400 || res.status === 409) && batch.length > 1) { singles = batch.length; flush(); }
      else if (res.status === 400 || res.status === 413) {
        return res.text().then(function (why) { delivered(batch, res.status + ' ' + why.slice(0, 500)); });
      } else { answer(res, 'statements'); }
    }, function (e) { busy = false; reachable = false; later(String(e)); });
  }
  function delivered(batch, refusal) {
    var ids = {}; batch.forEach(function (s) { ids[s.id] = 1; });
    keep('outbox', (load('outbox') || []).filter(function (s) { return !ids[s.id]; }));
    if (singles > 0) singles--;
    if (refusal) {
      /* Kept for the trainer to see, never sent again: sending it again cannot make it valid. */
      keep('rejected', (load('rejected') || []).concat(batch.map(function (s) { return { statement: s, refusal: refusal }; })));
      log('the LRS refused statement ' + batch[0].id + ': ' + refusal);
      notify(messages.statementRejected || refusal, 'warning');
    } else recovered();
    if (batch.some(function (s) { return is(s, 'terminated'); })) {
      closed = true;
      sessionPut({ terminated: true });
      goBack();
      return;
    }
    flush();
  }
  /* An answer that is neither success nor a refusal of one statement: only the network, a busy
   * LRS (429) and its failures (5xx) are worth waiting for; anything else ends tracking. */
  function answer(res, what) {
    if (res.status === 429 || res.status >= 500) { later(what + ': HTTP ' + res.status); return; }
    stopped = true;
    clearTimeout(timer); timer = null;
    log(what + ': HTTP ' + res.status + ', tracking stopped; the answers stay in this browser');
    notify('', 'error');
    notify(String(messages.trackingRefused || '').replace('{0}', res.status), 'error');
  }
  function recovered() {
    if (backoff.reset()) { notify('', 'error'); notify(messages.saveRecovered, 'info'); }
  }
  /* The LRS is unreachable, busy or failing: everything waits in the queue; back off to 30 s. */
  function later(why) {
    var wait = backoff.fail();
    log('sending failed (' + why + '), retrying in ' + wait.delay / 1000 + ' s');
    if (wait.first) notify(messages.saveFailed, 'error');
    clearTimeout(timer);
    timer = setTimeout(function () { timer = null; flush(); }, wait.delay);
  }

  /* ---------- the state document, with concurrency control ---------- */
  function documentOf(local) { return { state: local.state, location: local.location, sent: local.sent, at: local.at }; }
  function putState(local) {
    if (etag === null) { refreshState(local); return; }
    busy = true;
    var headers = etag ? { 'If-Match': etag } : etag === '' ? { 'If-None-Match': '*' } : {};
    request('PUT', stateQuery(), documentOf(local), headers).then(function (res) {
      busy = false;
      if (res.ok) {
        conflicts = 0;
        stateless = false;
        etag = res.headers.get('ETag'); /* null when the LRS does not say: read it before the next write */
        var now = load('state');
        if (now && now.at === local.at) { now.dirty = false; keep('state', now); }
        recovered();
        flush();
      } else if (res.status === 409 || res.status === 412) {
        /* Someone else wrote (another tab, another device): read theirs, merge, write again. */
        etag = null;
        if (++conflicts > MERGES) { conflicts = 0; later('state: HTTP ' + res.status); } else flush();
      } else if (res.status === 404 || res.status === 405 || res.status === 501) {
        noState();
        flush();
      } else answer(res, 'state');
    }, stateUnreachable);
  }
  /* The state request got no answer. If statements do get through, this LRS has no State API (its
   * CORS preflight for the State resource fails): no alarm, the state stays in this browser. */
  function stateUnreachable(e) {
    busy = false;
    if (reachable) { noState(); flush(); } else later('state: ' + e);
  }
  /* Reads the LRS's copy and its ETag, and merges it into ours before writing. */
  function refreshState(local) {
    busy = true;
    readState(STATE_ID).then(function (remote) {
      busy = false;
      if (remote && remote.body) {
        var mine = load('state') || local;
        var merged = mergeDocuments(mine, remote.body);
        merged.dirty = true;
        keep('state', merged);
      }
      flush();
    }, function (e) {
      if (!e.status) { stateUnreachable(e); return; }
      busy = false;
      if (e.status !== 429 && e.status < 500) answer(e, 'state'); else later(String(e.message || e));
    });
  }
  function mergeDocuments(mine, theirs) {
    var newer = (theirs.at || 0) > (mine.at || 0) ? theirs : mine;
    var s = {};
    [theirs.sent || {}, mine.sent || {}].forEach(function (x) { for (var k in x) s[k] = s[k] || x[k]; });
    return { state: theirs.state ? merge(mine.state, theirs.state) : mine.state, location: newer.location, sent: s,
      at: Math.max(mine.at || 0, theirs.at || 0) + 1 };
  }
  function noState() {
    statelessSince = Date.now();
    if (backoff.reset()) notify('', 'error');
    if (stateless) return;
    stateless = true;
    log('the LRS keeps no state document: progress stays in this browser');
    if (!sessionGet().stateNotKept) { sessionPut({ stateNotKept: true }); notify(messages.stateNotKept, 'info'); }
  }
  /* { body, etag } of a document, or null when there is none. */
  function readState(stateId) {
    var query = stateQuery().replace(encodeURIComponent(STATE_ID), encodeURIComponent(stateId));
    return request('GET', query).then(function (res) {
      if (res.status === 404) { if (stateId === STATE_ID) etag = ''; return null; }
      if (!res.ok) { var err = new Error('state ' + stateId + ': HTTP ' + res.status); err.status = res.status; throw err; }
      if (stateId === STATE_ID) etag = res.headers.get('ETag') || false;
      return res.json().then(function (body) { return { body: body }; });
    });
  }
  /* cmi5: back to the LMS once terminated is in. */
  function goBack() {
    if (returnURL && /^https?:\/\//i.test(returnURL)) window.location.assign(returnURL);
  }

  /* ---------- launch ---------- */
  /* Old Tin Can launchers send 0.9 actors: arrays of names and mailboxes. xAPI wants one Agent. */
  function agent(a) {
    if (!a || typeof a !== 'object') return null;
    var one = function (v) { return Array.isArray(v) ? v[0] : v; };
    var out = { objectType: 'Agent' };
    if (one(a.name)) out.name = String(one(a.name));
    var account = one(a.account);
    if (one(a.mbox)) out.mbox = /^mailto:/.test(one(a.mbox)) ? one(a.mbox) : 'mailto:' + one(a.mbox);
    else if (one(a.mbox_sha1sum)) out.mbox_sha1sum = one(a.mbox_sha1sum);
    else if (one(a.openid)) out.openid = one(a.openid);
    else if (account) out.account = { homePage: account.homePage || account.accountServiceHomePage, name: account.name || account.accountName };
    else return null;
    return out;
  }
  function parseActor(text) {
    try { return agent(JSON.parse(text)); } catch (e) { return null; }
  }
  function readLaunch(info) {
    var q = new URLSearchParams(window.location.search);
    var endpoint = q.get('endpoint'), actor = parseActor(q.get('actor'));
    if (!endpoint || !actor) return null;
    if (!/\/$/.test(endpoint)) endpoint += '/';
    return { endpoint: endpoint, auth: q.get('auth'), actor: actor, registration: q.get('registration'),
      activityId: q.get(cmi5 ? 'activityId' : 'activity_id'), fetch: q.get('fetch'), moduleId: info.moduleId };
  }
  /* cmi5: the fetch URL gives the session's token once; a reload of this tab is the same session
   * and keeps it (sessionStorage). A second opening of the same launch gets "already in use". */
  function token() {
    var t = sessionGet().token;
    if (t) return Promise.resolve(t);
    return fetch(launch.fetch, { method: 'POST', credentials: 'omit', cache: 'no-store' })
      .then(function (r) { return r.json(); })
      .then(function (body) {
        if (!body || !body['auth-token']) {
          var e = new Error('fetch URL: ' + (body && body['error-text'] || 'no auth-token'));
          e.messageKey = body && String(body['error-code']) === '1' ? 'launchUsed' : null;
          throw e;
        }
        sessionPut({ token: body['auth-token'] });
        return body['auth-token'];
      });
  }
  function untracked(info, messageKey) {
    preview = K.browserCopy(info, function () { notify(messages.storageFull, 'error'); });
    return preview.resume(messageKey);
  }
  /* cmi5 §11: the AU reads the learner's preferences before any statement; the course speaks
   * one language, so a preference only matters when it names another one (then nothing changes). */
  function preferences() {
    var q = 'agents/profile?profileId=' + X.documents.preferences + '&agent=' + encodeURIComponent(JSON.stringify(launch.actor));
    return request('GET', q).then(function (res) {
      if (res.status === 404) return null;
      if (!res.ok) throw new Error('learner preferences: HTTP ' + res.status);
      return res.json();
    });
  }
  function launchData() {
    return readState(X.documents.launchData).then(function (d) { d = d && d.body; if (d) keep('launch', d); return d; },
      function (e) { var d = load('launch'); if (!d) throw e; return d; });
  }

  function start(info) {
    var config = info.tracker || {};
    cmi5 = config.profile === 'cmi5';
    base = config.courseIri;
    X = config.vocabulary;
    STATE_ID = X.documents.state;
    messages = info.messages || {};
    lang = info.language || lang;
    modules = info.modules || [];
    courseTitle = info.courseTitle || '';
    if (typeof info.merge === 'function') merge = info.merge;
    launch = readLaunch(info);
    if (!launch) return Promise.resolve(untracked(info, 'untracked'));
    key = 'atelier-xapi:' + launch.endpoint + '|' + (launch.activityId || base) + '|' + (launch.registration || '') + '|' +
      JSON.stringify(launch.actor) + '|';
    session = 'atelier-xapi-session:' + (launch.fetch || key);
    if (sessionGet().terminated) {
      /* cmi5: this launch's token is spent, only the LMS can open a new session. Tin Can has no
       * session of the LMS's: opening the launch again after Finish is a new one. */
      if (cmi5) return Promise.resolve(untracked(info, 'sessionEnded'));
      tab.remove(session);
    }
    var ready = cmi5 ? token().then(function (t) {
      launch.auth = 'Basic ' + t;
      return launchData();
    }).then(function (d) {
      d = d || {};
      template = d.contextTemplate || {};
      launchMode = d.launchMode || 'Normal';
      masteryScore = typeof d.masteryScore === 'number' ? d.masteryScore : null;
      returnURL = d.returnURL || null;
      return preferences().catch(function (e) { log(String(e)); });
    }) : Promise.resolve();
    return ready.then(function () {
      return readState(STATE_ID).catch(function (e) { log(String(e)); return null; });
    }).then(function (remote) {
      remote = remote && remote.body;
      var local = load('state');
      /* What this browser saved but could not send yet is newer than the LRS's copy. */
      var saved = local && (local.dirty || !remote || (remote.at || 0) <= local.at) ? local : remote;
      sent = (saved && saved.sent) || {};
      if (!sessionGet().initialized) {
        /* A new session: what an earlier one could not send stays queued, but its own opening and
         * closing belong to that session; this one opens first. */
        var box = (load('outbox') || []).filter(function (s) { return !is(s, 'initialized') && !is(s, 'terminated'); });
        keep('outbox', [statement('initialized', launchActivity(), null, auContext(false))].concat(box));
        sessionPut({ initialized: true });
      }
      soon();
      return { state: saved ? saved.state : null, location: saved ? saved.location : null,
        mode: launchMode === 'Browse' ? 'browse' : launchMode === 'Review' ? 'review' : 'normal',
        masteryScore: masteryScore, learnerName: launch.actor.name || null };
    }).catch(function (e) {
      log('launch failed: ' + e);
      launch = null;
      var shown = untracked(info, e.messageKey || null);
      if (!e.messageKey) shown.message = (messages.launchFailed || '') + ' (' + e.message + ')';
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
  function live() { return launch && !ended && !stopped; }

  return {
    start: start,
    save: function (state, location) {
      if (preview) {
        preview.write(state, location);
        return;
      }
      if (!live()) return;
      keep('state', { state: state, location: location, sent: sent, at: Date.now(), dirty: true });
      soon();
    },
    answered: function (a) {
      if (live()) enqueue(answeredStatements(a));
    },
    experienced: function (e) {
      if (!live()) return;
      var item = itemIri(e.moduleId, e.activityId);
      var id = e.cardId ? item + '/' + e.cardId : item;
      if (seen[id]) return;
      seen[id] = true;
      var object = activity(id, e.cardId ? X.types.interaction : X.experienced[e.kind] || X.types.interaction, e.cardId ? e.cardTitle : e.title);
      var ctx = e.cardId ? context([item], [moduleIri(e.moduleId), base]) : context([moduleIri(e.moduleId)], [base]);
      enqueue([statement('experienced', object, null, ctx)]);
    },
    completed: function (c) {
      if (!live()) return;
      var list = [];
      var score = c.score ? { raw: c.score.raw, min: 0, max: c.score.max, scaled: c.score.scaled } : null;
      var took = K.duration(Date.now() - startedAt);
      if (cmi5 && c.scope === 'module' && c.moduleId === launch.moduleId) {
        /* cmi5 defined: once per registration, and only when the LMS launched for credit. */
        if (launchMode !== 'Normal') return;
        list.push(defined('completed', { completion: true, duration: took }, true));
        if (score) {
          var ok = c.passed === true;
          var verdict = ok ? defined('passed', { success: true, score: score, duration: took }, true)
            : sent.passed ? null : defined('failed', { success: false, score: score, duration: took }, true);
          if (verdict && masteryScore !== null) {
            verdict.context.extensions = verdict.context.extensions || {};
            verdict.context.extensions[X.extensions.masteryScore] = masteryScore;
          }
          list.push(verdict);
        }
      } else if (c.scope === 'module') {
        var m = activity(moduleIri(c.moduleId), X.types.module, title(c.moduleId));
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
    /* Finish ends the session: the state is written, then terminated, then back to the LMS. The
     * page going away (a reload, a closed tab) does not: a reload goes on in the same session, and
     * a closed tab's session is abandoned by the LMS at the next launch (cmi5 §9.3.6). */
    exit: function (e) {
      if (!launch || !e || !e.finished) { if (launch) { hiding = true; flush(); } return; }
      if (ended || stopped) return;
      enqueue([statement('terminated', launchActivity(), { duration: K.duration(Date.now() - startedAt) }, auContext(false))]);
      ended = true;
    },
    flushNow: function () { if (launch) { hiding = true; flush(); hiding = false; } },
    /* Back from the browser's page cache: the page lives again. */
    shown: function () { hiding = false; },
    /* For tests and support: what waits, and what the LRS refused. */
    pending: function () {
      return { outbox: (load('outbox') || []).length, rejected: (load('rejected') || []).length, dirty: !!(load('state') || {}).dirty && !stateless,
        closed: closed, stopped: stopped, stateless: stateless, returnURL: returnURL, mode: launchMode };
    }
  };
})();

document.addEventListener('visibilitychange', function () {
  if (document.visibilityState === 'hidden') window.atelierTracker.flushNow();
});
window.addEventListener('pageshow', function () { window.atelierTracker.shown(); });
