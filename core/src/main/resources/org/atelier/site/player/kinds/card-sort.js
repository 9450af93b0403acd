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
    /* The card to place after one is placed: the first left in the pool, in the order shown. */
    next: function (it, r) {
      var left = A.order(it.cards.length, it).filter(function (ci) { return r[ci] < 0; });
      return left.length ? left[0] : -1;
    },
    /* A card picked (Enter) shows, right after it, a button per other place, focus on the first:
     * a card costs a few keys, not a Tab through every card left. Placed, focus goes to the next
     * card to place, or stays on the card. Escape puts the card back. Drag and drop stays. */
    render: function (it, s, ui) {
      var kind = this;
      ui.frame(it, s, function (form, lock) {
        var h = ui.h, t = ui.t, S = ui.S;
        form.appendChild(h('p', { class: 'help', text: t('sortHelp') }));
        var r = S.response(it.index);
        var picked = null;
        var zones = h('div', { class: 'zones' });
        var title = function (cat) { return cat < 0 ? t('toPlace') : it.categories[cat].title; };
        var focus = function (css) { var b = form.querySelector(css); if (b) b.focus(); };
        var place = function (ci, cat) {
          var from = S.response(it.index)[ci], cur = S.response(it.index).slice(); cur[ci] = cat; S.setDraft(it.index, cur);
          picked = null; build();
          var left = cur.filter(function (v) { return v < 0; }).length;
          ui.announce(t('placed', it.cards[ci].text, title(cat)) + (from < 0 && left ? ' ' + t('leftToPlace', left) : ''));
          var next = from < 0 ? kind.next(it, cur) : -1;
          focus('[data-card="' + (next >= 0 ? next : ci) + '"]');
        };
        var pick = function (ci) {
          picked = picked === ci ? null : ci; build();
          if (picked === null) return focus('[data-card="' + ci + '"]');
          ui.announce(t('pickedCard', it.cards[ci].text));
          focus('.destinations .place');
        };
        var destinations = function (ci) {
          var id = it.id + '-where';
          return h('div', { class: 'destinations', role: 'group', 'aria-labelledby': id,
            onkeydown: function (e) { if (e.key === 'Escape') { e.preventDefault(); pick(ci); } } },
          h('p', { class: 'destinations-title', id: id, text: t('placeWhere', it.cards[ci].text) }),
          [-1].concat(it.categories.map(function (c, i) { return i; })).filter(function (cat) { return cat !== r[ci]; }).map(function (cat) {
            return h('button', { type: 'button', class: 'secondary place', onclick: function () { place(ci, cat); } },
              h('span', { 'aria-hidden': 'true', text: '→ ' }), t('placeIn', title(cat)));
          }));
        };
        var build = function () {
          r = S.response(it.index); zones.textContent = '';
          [-1].concat(it.categories.map(function (c, i) { return i; })).forEach(function (cat) {
            if (cat < 0 && lock && r.indexOf(-1) < 0) return; // no cards left to place: no pool
            var here = A.order(it.cards.length, it).filter(function (ci) { return r[ci] === cat; });
            var headingId = it.id + '-zone-' + (cat + 1);
            var zone = h('div', { class: 'zone' + (cat < 0 ? ' pool' : ''), role: 'group', 'aria-labelledby': headingId,
              ondragover: function (e) { if (!lock) e.preventDefault(); },
              ondrop: function (e) { e.preventDefault(); place(+e.dataTransfer.getData('text/plain'), cat); } },
            h('h2', { class: 'zone-title', id: headingId, text: title(cat) }),
            /* No empty list: an empty zone says so in words. */
            here.length ? h('ul', { class: 'cards' }, here.map(function (ci) {
              return h('li', { draggable: lock ? null : 'true',
                ondragstart: function (e) { e.dataTransfer.setData('text/plain', String(ci)); } },
              h('button', { type: 'button', class: 'card card-pick', 'data-card': String(ci), disabled: lock,
                'aria-pressed': String(picked === ci), onclick: function () { pick(ci); } }, it.cards[ci].text),
              picked === ci ? destinations(ci) : null);
            })) : h('p', { class: 'empty', text: t('empty') }));
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
        return ui.mark(false, c.text + ' — ' + ui.t(r[it.cards.indexOf(c)] < 0 ? 'notPlaced' : 'incorrect'), c.feedbackHtml ? ui.h('span', { html: ' ' + c.feedbackHtml }) : null);
      })));
    },
    answer: function (it, ui) {
      return ui.list(it.cards.map(function (c) {
        return c.text + ' → ' + it.categories.filter(function (k) { return k.id === c.category; })[0].title;
      }));
    }
  });
})(Atelier);
