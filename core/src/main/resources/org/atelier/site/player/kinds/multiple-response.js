/* Multiple response: a 0/1 per option; each wrong tick takes a right one back. */
Atelier.kind('multiple-response', {
  fresh: function (it) { return Atelier.zeros(it.options); },
  blank: function (it, r) { return r.indexOf('1') < 0; },
  score: function (it, r) {
    var k = 0, plus = 0, minus = 0;
    it.options.forEach(function (o, i) {
      if (o.correct) k++;
      if (r.charAt(i) === '1') { if (o.correct) plus++; else minus++; }
    });
    return Math.max(0, (plus - minus) / k);
  },
  interactions: function (it, r) { return Atelier.choiceInteraction(it, Atelier.ids(it.options, r), this.score(it, r)); },
  render: function (it, s, ui) { ui.frame(it, s, function (f, l) { ui.choices(it, f, l, true); }); },
  feedback: function (it, r, fb, ui) { ui.optionNotes(it, it.options.map(function (o, i) { return r.charAt(i) === '1'; }), fb); },
  answer: function (it, ui) { return ui.rightOptions(it); }
});
