/* Fill-in: per gap the typed text or the chosen option's index (-1). */
(function (A) {
  function right(gap, value) {
    if (gap.options.length) return value >= 0 && gap.accept.indexOf(gap.options[value]) >= 0;
    var v = A.fold(value, gap.caseSensitive, gap.accentSensitive);
    return v !== '' && gap.accept.some(function (a) { return A.fold(a, gap.caseSensitive, gap.accentSensitive) === v; });
  }
  /* The sentence around part at (a gap) of a passage, its gaps as « … »: what names the gap, since
   * « Trou 1 » alone says nothing (WCAG 2.4.6). parts: the passage's texts, null for a gap. */
  function around(parts, at) {
    var join = function (xs) { return xs.map(function (x) { return x === null ? ' … ' : x; }).join(''); };
    var before = join(parts.slice(0, at)), after = join(parts.slice(at + 1));
    var cut = before.search(/[^.!?]*$/);
    before = before.slice(cut);
    var end = after.search(/[.!?](\s|$)/);
    if (end >= 0) after = after.slice(0, end + 1);
    if (before.length > 70) before = '…' + before.slice(before.length - 70).replace(/^\S*\s/, '');
    if (after.length > 70) after = after.slice(0, 70).replace(/\s\S*$/, '') + '…';
    return (before + ' … ' + after).replace(/\s+/g, ' ').replace(/ ([.,])/g, '$1').trim();
  }
  A.kind('fill-in', {
    around: around,
    fresh: function (it) { return it.gaps.map(function (g) { return g.options.length ? -1 : ''; }); },
    blank: function (it, r) { return r.every(function (v) { return v === -1 || String(v).trim() === ''; }); },
    score: function (it, r) { return A.share(it.gaps.map(function (g, i) { return right(g, r[i]); })); },
    interactions: function (it, r) {
      return it.gaps.map(function (g, i) {
        var value = g.options.length ? (r[i] >= 0 ? g.options[r[i]] : '') : A.clean(r[i], A.rules.gapMax);
        return { id: it.id + '.' + g.id, type: 'fill-in', description: it.title + ' — ' + A.t('gap', i + 1),
          correct: g.accept.map(function (a) { return [a]; }), response: [value], result: A.result(right(g, r[i])),
          caseMatters: !!g.caseSensitive, orderMatters: false };
      });
    },
    render: function (it, s, ui) {
      ui.frame(it, s, function (form, lock) {
        var r = ui.S.response(it.index), h = ui.h, max = A.rules.gapMax;
        var p = h('p', { class: 'passage' });
        var n = 0;
        var parts = it.segments.map(function (seg) { return seg.html !== undefined ? h('span', { html: seg.html }).textContent : null; });
        it.segments.forEach(function (seg, si) {
          if (seg.html !== undefined) { p.appendChild(h('span', { html: seg.html })); return; }
          var gi = it.gaps.findIndex(function (g) { return g.id === seg.gap; });
          var g = it.gaps[gi]; n++;
          var label = ui.t('gapIn', n, around(parts, si));
          /* Over, a gap shows its answer as text in the sentence: a disabled field cuts a long
           * answer off at its width (WCAG 1.4.12 at 320 px). */
          if (lock) {
            var given = g.options.length ? (r[gi] >= 0 ? g.options[r[gi]] : '') : r[gi];
            p.appendChild(h('span', { class: 'gap-given' }, h('span', { class: 'sr-only', text: ui.t('gap', n) + ' : ' }), given || '—'));
            return;
          }
          var onchange = function (e) {
            var cur = ui.S.response(it.index).slice();
            cur[gi] = g.options.length ? +e.target.value : A.clean(e.target.value, max);
            ui.S.setDraft(it.index, cur);
          };
          if (g.options.length) {
            var sel = h('select', { 'aria-label': label, onchange: onchange, class: 'gap' },
              h('option', { value: '-1', text: ui.t('choose') }));
            A.order(g.options.length, { id: it.id + g.id, shuffle: it.shuffle }).forEach(function (oi) {
              sel.appendChild(h('option', { value: String(oi), selected: r[gi] === oi, text: g.options[oi] }));
            });
            p.appendChild(sel);
          } else {
            p.appendChild(h('input', { type: 'text', class: 'gap', 'aria-label': label, maxlength: String(max),
              value: r[gi], autocomplete: 'off', spellcheck: 'false', oninput: onchange }));
          }
        });
        form.appendChild(p);
      });
    },
    feedback: function (it, r, fb, ui) {
      if (this.score(it, r) < 1) fb.appendChild(ui.list(it.gaps.map(function (g, i) {
        var ok = right(g, r[i]);
        var given = g.options.length ? (r[i] >= 0 ? g.options[r[i]] : '—') : (r[i] || '—');
        return ui.mark(ok, ui.t('gap', i + 1) + ' : ' + given + ' — ' + ui.t(ok ? 'correct' : 'incorrect'),
          !ok && g.feedbackHtml ? ui.h('span', { html: ' ' + g.feedbackHtml }) : null);
      })));
    },
    answer: function (it, ui) { return ui.list(it.gaps.map(function (g, i) { return ui.t('gap', i + 1) + ' : ' + g.accept[0]; })); }
  });
})(Atelier);
