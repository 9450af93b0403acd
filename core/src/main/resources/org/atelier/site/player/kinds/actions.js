/* Action cards: [read, chosen], a 0/1 per card each. */
Atelier.kind('actions', {
  fresh: function (it) { var z = Atelier.zeros(it.cards); return [z, z]; },
  render: function (it, s, ui) { ui.deck(it, s, true); }
});
