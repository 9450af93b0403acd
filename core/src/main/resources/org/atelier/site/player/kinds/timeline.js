/* Timeline: [order, natures], natures an r, f or - per card; order and nature weigh half each. */
(function (A) {
  function places(it, r) {
    return r[0].map(function (cardIndex, pos) { return it.cards[cardIndex].id === it.order[pos]; });
  }
  function natureRight(c, n) { return n === c.nature.charAt(0); }
  /* A date for people: 1956, juillet 1969, 20 juillet 1969, 300 av. J.-C. */
  function date(d, ui) {
    var m = /^(-?)(\d+)(?:-(\d+))?(?:-(\d+))?$/.exec(d), text = m ? String(+m[2]) : d;
    if (m && m[3] && !m[1]) {
      var at = new Date(0); at.setUTCFullYear(+m[2], m[3] - 1, m[4] || 1);
      try {
        text = at.toLocaleDateString(ui.S.data.course.language, { timeZone: 'UTC', year: 'numeric', month: 'long', day: m[4] ? 'numeric' : undefined });
      } catch (e) { text = d; }
    }
    return m && m[1] ? ui.t('bc', text) : text;
  }
  A.kind('timeline', {
    fresh: function (it) { return [A.order(it.cards.length, { id: it.id }), A.zeros(it.cards, '-')]; },
    blank: function () { return false; },
    score: function (it, r) {
      return A.share(places(it, r)) / 2 + A.share(it.cards.map(function (c, i) { return natureRight(c, r[1].charAt(i)); })) / 2;
    },
    interactions: function (it, r) {
      var natureOk = it.cards.every(function (c, i) { return natureRight(c, r[1].charAt(i)); });
      return [{ id: it.id + '.order', type: 'sequencing', description: it.title,
        correct: [it.order.slice()], response: r[0].map(function (ci) { return it.cards[ci].id; }),
        result: A.result(places(it, r).every(Boolean)), choices: A.choices(it.cards) },
      { id: it.id + '.nature', type: 'matching', description: it.title + ' — ' + A.t('reality') + ' / ' + A.t('fiction'),
        correct: [it.cards.map(function (c) { return c.id + '.' + c.nature; })],
        response: it.cards.map(function (c, i) {
          var n = r[1].charAt(i); return n === '-' ? null : c.id + '.' + (n === 'r' ? 'reality' : 'fiction');
        }).filter(Boolean), result: A.result(natureOk),
        source: A.choices(it.cards), target: [{ id: 'reality', text: A.t('reality') }, { id: 'fiction', text: A.t('fiction') }] }];
    },
    render: function (it, s, ui) {
      ui.frame(it, s, function (form, lock) {
        ui.ordered(it, form, lock, function (li, c, ci, r) {
          var h = ui.h, name = it.id + '-n-' + c.id;
          var fs = h('fieldset', { class: 'nature' }, h('legend', { class: 'sr-only', text: ui.t('natureOf', c.text) }));
          [['r', ui.t('reality')], ['f', ui.t('fiction')]].forEach(function (pair) {
            fs.appendChild(h('span', { class: 'option' },
              h('input', { type: 'radio', name: name, id: name + '-' + pair[0], disabled: lock, checked: r[1].charAt(ci) === pair[0], 'data-focus': ci + ':' + pair[0],
                onchange: function () {
                  var cur = ui.S.response(it.index);
                  ui.S.setDraft(it.index, [cur[0], A.flip(cur[1], ci, pair[0])]);
                } }),
              h('label', { for: name + '-' + pair[0], text: pair[1] })));
          });
          li.appendChild(fs);
        });
      });
    },
    /* Dates and explanations would give the order away: they wait until the activity is over. */
    feedback: function (it, r, fb, ui) {
      var ok = places(it, r), over = ui.S.locked(it.index), t = ui.t;
      fb.appendChild(ui.list(r[0].map(function (ci, pos) {
        var c = it.cards[ci], n = r[1].charAt(ci), natureOk = natureRight(c, n);
        return ui.mark(ok[pos] && natureOk, (over ? date(c.date, ui) + ' — ' : '') + c.text + ' — ' +
          t(ok[pos] ? 'placeRight' : 'placeWrong') + ', ' +
          t(natureOk ? 'natureRight' : 'natureWrong', n === '-' ? '—' : t(n === 'r' ? 'reality' : 'fiction')) + '.',
          over && c.explanationHtml ? ui.h('span', { html: ' ' + c.explanationHtml }) : null);
      })));
    },
    answer: function (it, ui) {
      return ui.h('ol', {}, it.order.map(function (id) {
        var c = it.cards.filter(function (x) { return x.id === id; })[0];
        return ui.h('li', {}, date(c.date, ui) + ' — ' + c.text + ' (' + ui.t(c.nature) + ')', c.explanationHtml ? ui.h('span', { html: ' ' + c.explanationHtml }) : null);
      }));
    }
  });
})(Atelier);
