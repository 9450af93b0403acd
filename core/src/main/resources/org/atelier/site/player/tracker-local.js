/* The standalone tracker: keeps the player's state in this browser's localStorage, so that a
 * reload keeps every answer. Used by the site format and atelier preview. The course may be
 * open in two tabs: each save merges what the other tab saved (the player's merge keeps, for
 * each activity, the record that went further), so neither tab's answers are lost, and the
 * learner is told once. */
window.atelierTracker = (function () {
  'use strict';
  var copy = null;
  var messages = {};
  var merge = function (mine) { return mine; };
  var warned = false;
  function notify(text, level) { if (window.atelierPlayer && text) window.atelierPlayer.notify(text, level); }
  return {
    start: function (info) {
      messages = info.messages || {};
      /* Full (or forbidden) storage: said in the course's language, never the browser's text. */
      copy = AtelierTrackerKit.browserCopy(info, function () { notify(messages.storageFull, 'error'); });
      if (typeof info.merge === 'function') merge = info.merge;
      window.addEventListener('storage', function (e) {
        if (e.key === copy.key && e.newValue && !warned) { warned = true; notify(messages.otherTab, 'warning'); }
      });
      return Promise.resolve(copy.resume('preview'));
    },
    save: function (state, location) {
      var stored = copy.read();
      if (stored.state && stored.state !== state) state = merge(state, stored.state);
      copy.write(state, location);
    },
    answered: function () {},
    experienced: function () {},
    completed: function () {},
    exit: function () {}
  };
})();
