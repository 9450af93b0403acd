/* What every tracker shares (docs/architecture.md, "The player's files"): back-off, ISO 8601
 * durations, token joining, and the browser's storage that never throws. A classic script with no
 * DOM, loaded before the tracker's own, so that each rule is written once. */
(function (root) {
  'use strict';

  /* Retries wait first, then twice as long each time up to max; a success starts again. failing()
   * says whether the last try failed, so the learner is told once and told again on recovery. */
  function backoff(first, max) {
    first = first || 1000;
    max = max || 30000;
    var delay = first, failing = false;
    return {
      /* A failure: how long to wait; first says whether it begins a run of failures. */
      fail: function () {
        var wait = delay, began = !failing;
        delay = Math.min(delay * 2, max);
        failing = true;
        return { delay: wait, first: began };
      },
      /* A success: back to the first delay; true when it ends a run of failures. */
      reset: function () {
        var ended = failing;
        delay = first;
        failing = false;
        return ended;
      },
      failing: function () { return failing; }
    };
  }

  /* ms as hours, minutes and seconds, rounded to the hundredth of a second (what SCORM keeps). */
  function clock(ms) {
    var cs = Math.max(0, Math.round(ms / 10));
    return { h: Math.floor(cs / 360000), m: Math.floor(cs / 6000) % 60, s: (cs % 6000) / 100 };
  }
  /* An ISO 8601 duration, PT<h>H<m>M<s.ss>S; short drops ".00" from whole seconds. */
  function duration(ms, short) {
    var c = clock(ms), s = c.s.toFixed(2);
    return 'PT' + c.h + 'H' + c.m + 'M' + (short ? s.replace(/\.00$/, '') : s) + 'S';
  }
  var ISO = /^P(?:(\d+(?:\.\d+)?)D)?(?:T(?:(\d+(?:\.\d+)?)H)?(?:(\d+(?:\.\d+)?)M)?(?:(\d+(?:\.\d+)?)S)?)?$/;
  /* An ISO 8601 duration (days, hours, minutes, seconds) in ms; null when it is not one. */
  function millis(text) {
    var p = ISO.exec(String(text));
    if (!p || text === 'P' || /T$/.test(text)) return null;
    var n = function (i) { return parseFloat(p[i] || '0'); };
    return Math.round((((n(1) * 24 + n(2)) * 60 + n(3)) * 60 + n(4)) * 1000);
  }

  /* Tokens joined by o.sep; with o.pair, each token's first '.' (a matching pair) is written
   * o.pair. With o.max, as many whole tokens as fit are kept (a token cut in the middle would name
   * something that does not exist; only a first token too long alone is cut) and o.cut(kept,
   * total) is told. */
  function join(tokens, o) {
    var parts = (tokens || []).map(function (t) { t = String(t); return o.pair ? t.replace('.', o.pair) : t; });
    var out = '';
    for (var k = 0; k < parts.length; k++) {
      var longer = k ? out + o.sep + parts[k] : parts[k];
      if (o.max && longer.length > o.max) {
        if (o.cut) o.cut(k, parts.length);
        return k ? out : parts[k].slice(0, o.max);
      }
      out = longer;
    }
    return out;
  }
  /* join's inverse: the tokens of text, pairs written back with '.'. */
  function split(text, o) {
    if (text === null || text === undefined || text === '') return [];
    return String(text).split(o.sep).map(function (t) { return o.pair ? t.replace(o.pair, '.') : t; });
  }

  /* localStorage or sessionStorage (by name) as JSON. A browser may refuse storage (full, private,
   * forbidden from file://): reads then give null, writes give false and tell onError(e, key). */
  function store(name, onError) {
    function area() { return root[name]; }
    function set(key, value) {
      try { area().setItem(key, JSON.stringify(value)); return true; } catch (e) { if (onError) onError(e, key); return false; }
    }
    function get(key) {
      try { return JSON.parse(area().getItem(key)); } catch (e) { return null; }
    }
    return {
      get: get,
      set: set,
      remove: function (key) { try { area().removeItem(key); } catch (e) { /* nothing stored */ } },
      /* Sets some fields of the object at key, keeping the others. */
      update: function (key, change) {
        var v = get(key) || {};
        for (var k in change) v[k] = change[k];
        return set(key, v);
      }
    };
  }

  /* The learner's copy of a course (or of one module) in this browser, for a site or an untracked
   * launch: { state, location }. */
  function browserCopy(info, onError) {
    var key = 'atelier:' + info.courseId + ':' + (info.moduleId || '*');
    var local = store('localStorage', onError);
    return {
      key: key,
      read: function () { return local.get(key) || {}; },
      write: function (state, location) { return local.set(key, { state: state, location: location }); },
      /* What start(info) resolves to when nothing but this copy is known. */
      resume: function (messageKey) {
        var saved = local.get(key) || {};
        return { state: saved.state || null, location: saved.location || null, mode: 'normal', masteryScore: null,
          learnerName: null, messageKey: messageKey };
      }
    };
  }

  root.AtelierTrackerKit = { backoff: backoff, clock: clock, duration: duration, millis: millis, join: join,
    split: split, store: store, browserCopy: browserCopy };
})(typeof window !== 'undefined' ? window : this);
