/* Sequence: the card indices in the learner's order. */
Atelier.kind('sequence', {
  /* Cards to put in order always start shuffled: the file may list them in the right order. */
  fresh: function (it) { return Atelier.order(it.cards.length, { id: it.id }); },
  blank: function () { return false; },
  score: function (it, r) { return Atelier.share(r.map(function (ci, pos) { return ci === pos; })); },
  interactions: function (it, r) {
    return [{ id: it.id, type: 'sequencing', description: it.prompt || it.title,
      correct: [it.cards.map(function (c) { return c.id; })],
      response: r.map(function (ci) { return it.cards[ci].id; }), result: Atelier.result(this.score(it, r) === 1),
      choices: Atelier.choices(it.cards) }];
  },
  render: function (it, s, ui) { ui.frame(it, s, function (form, lock) { ui.ordered(it, form, lock); }); },
  feedback: function (it, r, fb, ui) {
    if (this.score(it, r) < 1) fb.appendChild(ui.list(r.map(function (ci, pos) {
      return ui.mark(ci === pos, it.cards[ci].text + ' — ' + ui.t(ci === pos ? 'placeRight' : 'placeWrong'));
    })));
  },
  answer: function (it, ui) { return ui.h('ol', {}, it.cards.map(function (c) { return ui.h('li', { text: c.text }); })); }
});
