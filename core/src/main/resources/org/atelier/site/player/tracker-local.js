/* The standalone tracker: keeps the player's state in this browser's localStorage, so that a
 * reload keeps every answer. Used by the site format and atelier preview. */
window.atelierTracker = (function () {
  'use strict';
  var key = null;
  function read() {
    try { return JSON.parse(window.localStorage.getItem(key)) || {}; } catch (e) { return {}; }
  }
  return {
    start: function (info) {
      key = 'atelier:' + info.courseId + ':' + (info.moduleId || '*');
      var saved = read();
      return Promise.resolve({ state: saved.state || null, location: saved.location || null,
        mode: 'normal', masteryScore: null, learnerName: null, messageKey: 'preview' });
    },
    save: function (state, location) {
      try {
        window.localStorage.setItem(key, JSON.stringify({ state: state, location: location }));
      } catch (e) {
        if (window.atelierPlayer) window.atelierPlayer.notify(e.message, 'error');
      }
    },
    answered: function () {},
    experienced: function () {},
    completed: function () {},
    exit: function () {}
  };
})();
