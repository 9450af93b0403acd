/* True or false: 1, 0, or -1 for none. */
Atelier.kind('true-false', {
  fresh: function () { return -1; },
  blank: function (it, r) { return r < 0; },
  score: function (it, r) { return r >= 0 && (r === 1) === it.answer ? 1 : 0; },
  interactions: function (it, r) {
    return [{ id: it.id, type: 'true-false', description: it.prompt || it.title,
      correct: [[String(it.answer)]], response: r >= 0 ? [String(r === 1)] : [], result: Atelier.result(this.score(it, r) === 1) }];
  },
  render: function (it, s, ui) {
    ui.frame(it, s, function (form, lock) {
      var r = ui.S.response(it.index), h = ui.h;
      var fs = h('fieldset', {}, h('legend', { class: 'sr-only', text: it.prompt || it.title }));
      [[1, ui.t('true')], [0, ui.t('false')]].forEach(function (pair) {
        var id = it.id + '-' + pair[0];
        fs.appendChild(h('div', { class: 'option' },
          h('input', { type: 'radio', name: it.id, id: id, checked: r === pair[0], disabled: lock,
            onchange: function () { ui.S.setDraft(it.index, pair[0]); } }),
          h('label', { for: id, text: pair[1] })));
      });
      form.appendChild(fs);
    });
  },
  feedback: function (it, r, fb, ui) {
    var html = r === 1 ? it.feedbackTrueHtml : r === 0 ? it.feedbackFalseHtml : '';
    if (html) fb.appendChild(ui.h('div', { html: html }));
  },
  answer: function (it, ui) { return ui.h('p', { text: ui.t(it.answer ? 'true' : 'false') }); }
});
