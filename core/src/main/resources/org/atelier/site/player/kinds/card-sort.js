/* Card sort: per card its category's index, -1 still to place. */
(function (A) {
  function right(it, r, c, i) { return r[i] >= 0 && it.categories[r[i]].id === c.category; }
  A.kind('card-sort', {
    fresh: function (it) { return it.cards.map(function () { return -1; }); },
    blank: function (it, r) { return r.every(function (v) { return v < 0; }); },
    score: function (it, r) { return A.share(it.cards.map(function (c, i) { return right(it, r, c, i); })); },
    interactions: function (it, r) {
      return [{ id: it.id, type: 'matching', description: it.prompt || it.title,
        correct: [it.cards.map(function (c) { return c.id + '.' + c.category; })],
        response: it.cards.map(function (c, i) { return r[i] >= 0 ? c.id + '.' + it.categories[r[i]].id : null; }).filter(Boolean),
        result: A.result(this.score(it, r) === 1), source: A.choices(it.cards), target: A.choices(it.categories, 'title') }];
    },
    render: function (it, s, ui) {
      ui.frame(it, s, function (form, lock) {
        var h = ui.h, t = ui.t, S = ui.S;
        form.appendChild(h('p', { class: 'help', text: t('sortHelp') }));
        var r = S.response(it.index);
        var picked = null;
        var zones = h('div', { class: 'zones' });
        var place = function (ci, cat) {
          var cur = S.response(it.index).slice(); cur[ci] = cat; S.setDraft(it.index, cur);
          build(); ui.announce(t('placed', it.cards[ci].text, cat < 0 ? t('toPlace') : it.categories[cat].title));
          var again = form.querySelector('[data-card="' + ci + '"]'); if (again) again.focus();
        };
        var build = function () {
          r = S.response(it.index); zones.textContent = '';
          [-1].concat(it.categories.map(function (c, i) { return i; })).forEach(function (cat) {
            if (cat < 0 && lock && r.indexOf(-1) < 0) return; // no cards left to place: no pool
            var title = cat < 0 ? t('toPlace') : it.categories[cat].title;
            var ul = h('ul', { class: 'cards' });
            A.order(it.cards.length, it).forEach(function (ci) {
              if (r[ci] !== cat) return;
              ul.appendChild(h('li', { draggable: lock ? null : 'true',
                ondragstart: function (e) { e.dataTransfer.setData('text/plain', String(ci)); } },
              h('button', { type: 'button', class: 'card card-pick', 'data-card': String(ci), disabled: lock,
                'aria-pressed': String(picked === ci),
                onclick: function () { picked = picked === ci ? null : ci; build(); if (picked !== null) ui.announce(t('pickedCard', it.cards[ci].text)); var b = form.querySelector('[data-card="' + ci + '"]'); if (b) b.focus(); } },
              it.cards[ci].text)));
            });
            var zone = h('div', { class: 'zone' + (cat < 0 ? ' pool' : ''), role: 'group', 'aria-label': title,
              ondragover: function (e) { if (!lock) e.preventDefault(); },
              ondrop: function (e) { e.preventDefault(); var ci = +e.dataTransfer.getData('text/plain'); picked = null; place(ci, cat); } },
            h('h2', { class: 'zone-title', text: title }), ul,
            lock ? null : h('button', { type: 'button', class: 'secondary place', disabled: picked === null || r[picked] === cat,
              onclick: function () { var ci = picked; picked = null; place(ci, cat); } }, t('placeHere'), h('span', { class: 'sr-only', text: ' : ' + title })));
            zones.appendChild(zone);
          });
        };
        build();
        form.appendChild(zones);
      });
    },
    feedback: function (it, r, fb, ui) {
      var wrong = it.cards.filter(function (c, i) { return !right(it, r, c, i); });
      if (wrong.length) fb.appendChild(ui.list(wrong.map(function (c) {
        return ui.mark(false, c.text + ' — ' + ui.t('incorrect'), c.feedbackHtml ? ui.h('span', { html: ' ' + c.feedbackHtml }) : null);
      })));
    },
    answer: function (it, ui) {
      return ui.list(it.cards.map(function (c) {
        return c.text + ' → ' + it.categories.filter(function (k) { return k.id === c.category; })[0].title;
      }));
    }
  });
})(Atelier);
