/* The standalone tracker: keeps the player's state in this browser's localStorage, so that a
 * reload keeps every answer. Used by the site format and atelier preview. The course may be
 * open in two tabs: each save merges what the other tab saved (the player's merge keeps, for
 * each activity, the record that went further), so neither tab's answers are lost, and the
 * learner is told once. */
window.atelierTracker = (function () {
  'use strict';
  var key = null;
  var messages = {};
  var merge = function (mine) { return mine; };
  var warned = false;
  function notify(text, level) { if (window.atelierPlayer && text) window.atelierPlayer.notify(text, level); }
  function read() {
    try { return JSON.parse(window.localStorage.getItem(key)) || {}; } catch (e) { return {}; }
  }
  return {
    start: function (info) {
      key = 'atelier:' + info.courseId + ':' + (info.moduleId || '*');
      messages = info.messages || {};
      if (typeof info.merge === 'function') merge = info.merge;
      window.addEventListener('storage', function (e) {
        if (e.key === key && e.newValue && !warned) { warned = true; notify(messages.otherTab, 'warning'); }
      });
      var saved = read();
      return Promise.resolve({ state: saved.state || null, location: saved.location || null,
        mode: 'normal', masteryScore: null, learnerName: null, messageKey: 'preview' });
    },
    save: function (state, location) {
      var stored = read();
      if (stored.state && stored.state !== state) state = merge(state, stored.state);
      try {
        window.localStorage.setItem(key, JSON.stringify({ state: state, location: location }));
      } catch (e) {
        /* Full (or forbidden) storage: said in the course's language, never the browser's text. */
        notify(messages.storageFull, 'error');
      }
    },
    answered: function () {},
    experienced: function () {},
    completed: function () {},
    exit: function () {}
  };
})();
