/* Survey, sent once, never scored: per question an index (-1), a 0/1 per option, or text. */
Atelier.kind('survey', {
  fresh: function (it) {
    return it.questions.map(function (q) {
      return q.type === 'text' ? '' : q.type === 'choice' && q.multiple ? Atelier.zeros(q.options) : -1;
    });
  },
  /* The required questions unanswered, by index. */
  missing: function (it, r) {
    return it.questions.map(function (q, qi) {
      var v = r[qi]; return q.required && (v === -1 || String(v).trim() === '' || (typeof v === 'string' && q.type === 'choice' && v.indexOf('1') < 0)) ? qi : -1;
    }).filter(function (qi) { return qi >= 0; });
  },
  /* A required question unanswered. */
  blank: function (it, r) { return this.missing(it, r).length > 0; },
  interactions: function (it, r) {
    var A = Atelier;
    return it.questions.map(function (q, i) {
      var v = r[i];
      var base = { id: it.id + '.' + q.id, description: q.prompt, correct: [], result: 'neutral' };
      if (q.type === 'likert') {
        base.type = 'likert'; base.response = v >= 0 ? [String(v + 1)] : [];
        base.choices = q.scale.map(function (label, n) { return { id: String(n + 1), text: label }; });
      } else if (q.type === 'choice') {
        base.type = 'choice';
        base.response = q.multiple ? A.ids(q.options, v) : v >= 0 ? [q.options[v].id] : [];
        base.choices = A.choices(q.options);
      } else {
        base.type = 'long-fill-in'; base.response = [A.clean(v, A.rules.textMax)];
      }
      return base;
    });
  },
  render: function (it, s, ui) {
    var h = ui.h, t = ui.t, S = ui.S, max = Atelier.rules.textMax;
    ui.prompt(it, s);
    var lock = S.readOnly, kind = this, blocks = [];
    /* Sent incomplete: each unanswered required question says so where it is, and the first one
     * takes focus, its message naming them all (WCAG 3.3.1). */
    var form = h('form', { class: 'question survey', novalidate: true, onsubmit: function (e) {
      e.preventDefault();
      var miss = kind.missing(it, S.response(it.index));
      if (miss.length) {
        blocks.forEach(function (b) { ui.clearError(b); });
        var names = miss.map(function (qi) { return '« ' + h('span', { html: it.questions[qi].promptHtml }).textContent.trim() + ' »'; }).join(', ');
        miss.forEach(function (qi, k) {
          var b = blocks[qi];
          ui.fieldError(b, [].slice.call(b.querySelectorAll('input, textarea')), k ? t('requiredHere') : t('answerRequiredList', miss.length, names));
        });
        blocks[miss[0]].querySelector('input, textarea').focus();
        return;
      }
      S.answer(it.index);
      ui.answered('sent');
    } });
    var r = S.response(it.index);
    it.questions.forEach(function (q, qi) {
      var name = it.id + '-' + q.id;
      var legend = h('legend', { html: q.promptHtml }, q.required ? ' ' + t('required') : null);
      var upd = function (v) {
        var cur = S.response(it.index).slice(); cur[qi] = v; S.setDraft(it.index, cur);
        if (kind.missing(it, cur).indexOf(qi) < 0) ui.clearError(blocks[qi]);
      };
      if (q.type === 'text') {
        var area = h('textarea', { id: name, rows: '3', maxlength: String(max), disabled: lock, required: q.required,
          oninput: function (e) { upd(Atelier.clean(e.target.value, max)); } }, r[qi]);
        form.appendChild(h('div', { class: 'survey-q' },
          h('label', { for: name, html: q.promptHtml }, q.required ? ' ' + t('required') : null), area));
        blocks[qi] = area;
        return;
      }
      var fs = h('fieldset', { class: 'survey-q' + (q.type === 'likert' ? ' likert' : '') }, legend);
      blocks[qi] = fs;
      var labels = q.type === 'likert' ? q.scale : q.options.map(function (o) { return o.text; });
      labels.forEach(function (label, oi) {
        var multiple = q.type === 'choice' && q.multiple;
        var id = name + '-' + oi;
        fs.appendChild(h('div', { class: 'option' },
          h('input', { type: multiple ? 'checkbox' : 'radio', name: name, id: id, disabled: lock, required: q.required && !multiple,
            checked: multiple ? r[qi].charAt(oi) === '1' : r[qi] === oi,
            onchange: function (e) {
              if (!multiple) return upd(oi);
              upd(Atelier.flip(S.response(it.index)[qi], oi, e.target.checked ? '1' : '0'));
            } }),
          h('label', { for: id, text: label })));
      });
      form.appendChild(fs);
    });
    form.appendChild(h('div', { class: 'actions' }, h('button', { type: 'submit', disabled: lock }, t('send'))));
    s.appendChild(form);
    var fb = h('div', { class: 'feedback', id: 'feedback', tabindex: '-1' });
    if (S.done(it.index)) {
      fb.className = 'feedback feedback-correct'; fb.setAttribute('role', 'group'); fb.setAttribute('aria-labelledby', 'verdict');
      fb.appendChild(h('p', { class: 'verdict', id: 'verdict' }, h('span', { 'aria-hidden': 'true', text: '✓ ' }), t('sent'))); }
    s.appendChild(fb);
  }
});
