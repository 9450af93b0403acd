/* Single choice: the option's index, -1 for none. */
Atelier.kind('single-choice', {
  fresh: function () { return -1; },
  blank: function (it, r) { return r < 0; },
  score: function (it, r) { return r >= 0 && it.options[r].correct ? 1 : 0; },
  interactions: function (it, r) { return Atelier.choiceInteraction(it, r >= 0 ? [it.options[r].id] : [], this.score(it, r)); },
  render: function (it, s, ui) { ui.frame(it, s, function (f, l) { ui.choices(it, f, l, false); }); },
  feedback: function (it, r, fb, ui) { ui.optionNotes(it, it.options.map(function (o, i) { return i === r; }), fb); },
  answer: function (it, ui) { return ui.rightOptions(it); }
});
