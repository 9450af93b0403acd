/* Atelier player, the page around the items and the widgets kinds share; starts the player. Author
 * text arrives as safe HTML (fields ending in "Html") or as plain text, only ever inserted as text. */
(function (A) {
  'use strict';

  var S = A.load();
  if (!S) return;
  var items = S.items, modules = S.modules, t = A.t;
  var $ = function (id) { return document.getElementById(id); };

  /* h('p', {class: 'x', html: safeHtml, onclick: fn}, child, 'text'…): text is always text. */
  function h(tag, attrs) {
    var el = document.createElement(tag);
    var a = attrs || {};
    Object.keys(a).forEach(function (k) {
      var v = a[k];
      if (v === undefined || v === null || v === false) return;
      if (k === 'html') el.innerHTML = v;
      else if (k === 'text') el.textContent = v;
      else if (k.indexOf('on') === 0) el.addEventListener(k.slice(2), v);
      else el.setAttribute(k, v === true ? '' : v);
    });
    for (var i = 2; i < arguments.length; i++) append(el, arguments[i]);
    return el;
  }
  function append(el, child) {
    if (child === undefined || child === null || child === false) return;
    if (Array.isArray(child)) child.forEach(function (c) { append(el, c); });
    else el.appendChild(typeof child === 'string' ? document.createTextNode(child) : child);
  }
  function list(xs) { return h('ul', {}, xs.map(function (x) { return h('li', {}, x); })); }
  /* A line of feedback: the mark is for the eye, the words say the same to everyone. */
  function mark(ok, text, more) {
    return h('span', {}, h('span', { 'aria-hidden': 'true', text: ok ? '✓ ' : '✗ ' }), text, more);
  }

  /* Texts announced together are said together: a later one must not cut an earlier one off. */
  var pending = [];
  function announce(text) {
    var a = $('announce'); a.textContent = '';
    if (!pending.length) setTimeout(function () { a.textContent = pending.join(' '); pending = []; }, 50);
    pending.push(text);
  }
  function notify(text, level) {
    var box = $('notices');
    var old = box.querySelector('[data-level="' + (level || 'info') + '"]');
    if (old) old.remove();
    if (text) box.appendChild(h('p', { class: 'notice notice-' + (level || 'info'), 'data-level': level || 'info', role: level === 'error' ? 'alert' : null, text: text }));
  }
  window.atelierPlayer = {
    notify: notify,
    state: S.encode,
    current: function () { return S.current; },
    count: function () { return items.length; },
    item: function () {
      return JSON.parse(JSON.stringify(items[S.current], function (k, v) { return k === 'module' ? undefined : v; }));
    }
  };
  function warn(key) { notify(t(key), 'warning'); announce(t(key)); }
  function fmt(n) { return String(Math.round(n * 100) / 100).replace('.', S.data.course.language.indexOf('fr') === 0 ? ',' : '.'); }
  function complete() { S.complete(function () { announce(t('moduleDone')); }); }

  /* A module's score and, once it is complete, whether it is passed: "Score : 3 sur 5 — Réussi". */
  function moduleStatus(m, mi) {
    var checked = m.items.some(function (it) { return A.isQuestion(it) && S.done(it.index); });
    var s = checked || S.moduleDone[mi] ? S.scoreOf(m.items) : null; // no « 0 sur 14 » before a first try
    var status = S.moduleDone[mi] ? (s ? t(s.scaled >= S.masteryOf(m) ? 'passed' : 'failed') : t('statusDone')) : null;
    return [s ? t('score', fmt(s.raw), fmt(s.max)) : null, status].filter(Boolean).join(' — ');
  }

  function renderToc() {
    var nav = $('toc'); nav.textContent = '';
    var ol = h('ol', { class: 'toc-modules' });
    modules.forEach(function (m, mi) {
      var sub = h('ol', { class: 'toc-items' });
      m.items.forEach(function (it) {
        var done = S.done(it.index), here = it.index === S.current;
        var status = here ? t('statusCurrent') : done ? t('statusDone') : t('statusNew');
        sub.appendChild(h('li', { class: done ? 'done' : null },
          h('button', { type: 'button', 'aria-current': here ? 'step' : null,
            onclick: function () { go(it.index); closeToc(); } },
          h('span', { class: 'toc-mark', 'aria-hidden': 'true', text: done ? '✓' : '' }),
          it.title, h('span', { class: 'sr-only', text: ' (' + status + ')' }))));
      });
      var status = moduleStatus(m, mi);
      ol.appendChild(h('li', {}, h('p', { class: 'toc-module', text: m.title }),
        status ? h('p', { class: 'toc-score', text: status }) : null, sub));
    });
    nav.appendChild(ol);
  }
  function closeToc() {
    document.body.classList.remove('toc-open');
    $('toc-toggle').setAttribute('aria-expanded', 'false');
  }
  $('toc-toggle').addEventListener('click', function () {
    var open = document.body.classList.toggle('toc-open');
    this.setAttribute('aria-expanded', String(open));
  });

  function renderPager() {
    var p = $('pager'), i = S.current; p.textContent = '';
    p.appendChild(h('button', { type: 'button', class: 'secondary', disabled: i === 0, onclick: function () { go(i - 1); } }, '← ', t('previous')));
    if (i < items.length - 1) {
      p.appendChild(h('button', { type: 'button', onclick: function () { go(i + 1); } }, t('next'), ' →'));
    } else {
      p.appendChild(h('button', { type: 'button', onclick: finish }, t('finish')));
    }
  }

  /* "Finish": the tracker flushes and closes; the learner sees each module's result. */
  function finish() {
    S.save(); S.tracker.exit({ finished: true });
    var box = $('item'); box.textContent = '';
    var heading = h('h1', { tabindex: '-1', id: 'item-title', text: t('summary') });
    var all = S.scoreOf(items);
    box.appendChild(heading);
    /* A SCO of one module speaks of its module: the course goes on in the others. */
    box.appendChild(h('p', { text: S.moduleDone.every(Boolean) ? t(S.one ? 'moduleFinished' : 'courseDone') : t(S.one ? 'moduleUnfinished' : 'courseUnfinished') }));
    box.appendChild(h('ul', { class: 'summary' }, modules.map(function (m, mi) {
      return h('li', {}, h('strong', { text: m.title }), h('br'), moduleStatus(m, mi) || t('statusNew'));
    })));
    if (all && modules.length > 1) box.appendChild(h('p', { text: t('total', fmt(all.raw), fmt(all.max)) }));
    heading.focus();
  }

  function go(i) {
    S.save();
    render(Math.max(0, Math.min(items.length - 1, i)), true);
  }

  function render(i, focus) {
    S.show(i);
    var it = items[i];
    notify('', 'warning');
    $('progress').textContent = t('progress', i + 1, items.length);
    var box = $('item'); box.textContent = '';
    var heading = h('h1', { tabindex: '-1', id: 'item-title', text: it.title });
    box.appendChild(h('p', { class: 'module-name', text: it.module.title }));
    box.appendChild(heading);
    var section = h('section', { class: 'item item-' + it.kind, 'aria-labelledby': 'item-title' });
    box.appendChild(section);
    A.kinds[it.kind].render(it, section, ui);
    renderToc(); renderPager();
    complete();
    S.save();
    if (focus) heading.focus();
  }
  function answered(key) {
    render(S.current, false);
    var fb = $('feedback'); if (fb) fb.focus();
    announce(t(key));
    complete();
    renderToc();
  }

  function prompt(it, parent) {
    if (it.promptHtml) parent.appendChild(h('div', { class: 'prompt', html: it.promptHtml }));
  }
  function verdict(s) { return s === 1 ? 'correct' : s > 0 ? 'partial' : 'incorrect'; }

  function frame(it, section, body) {
    prompt(it, section);
    var form = h('form', { class: 'question', novalidate: true, onsubmit: function (e) { e.preventDefault(); check(it); } });
    section.appendChild(form);
    body(form, S.locked(it.index));
    var actions = h('div', { class: 'actions' });
    form.appendChild(actions);
    var feedback = h('div', { class: 'feedback', id: 'feedback', tabindex: '-1' });
    section.appendChild(feedback);
    if (it.hintHtml) {
      var hint = h('div', { class: 'hint', id: 'hint-' + it.id, hidden: true, html: it.hintHtml });
      var hintButton = h('button', { type: 'button', class: 'secondary', 'aria-expanded': 'false', 'aria-controls': 'hint-' + it.id,
        onclick: function () {
          var open = hint.hidden; hint.hidden = !open;
          hintButton.setAttribute('aria-expanded', String(open));
          hintButton.textContent = open ? t('hideHint') : t('hint');
        } }, t('hint'));
      actions.appendChild(hintButton);
      section.insertBefore(hint, feedback);
    }
    var rec = S.record(it.index);
    if (!S.locked(it.index)) actions.appendChild(h('button', { type: 'submit' }, t('check')));
    if (rec && rec[0] > 0) showFeedback(it, feedback, actions);
  }

  function check(it) {
    if (S.blank(it.index)) return warn('answerFirst');
    answered(verdict(S.answer(it.index)));
  }

  function showFeedback(it, feedback, actions) {
    var r = S.record(it.index)[2], s = S.score(it.index), kind = verdict(s), lock = S.locked(it.index);
    feedback.className = 'feedback feedback-' + kind;
    feedback.appendChild(h('p', { class: 'verdict' }, h('span', { 'aria-hidden': 'true', text: s === 1 ? '✓ ' : s > 0 ? '◐ ' : '✗ ' }), t(kind)));
    if (it.scored) feedback.appendChild(h('p', { text: t('score', fmt(s * it.points), fmt(it.points)) }));
    if (it.feedback[kind]) feedback.appendChild(h('div', { html: it.feedback[kind] }));
    A.kinds[it.kind].feedback(it, r, feedback, ui);
    var left = S.attemptsLeft(it);
    if (s < 1 && !lock) {
      if (left !== Infinity) feedback.appendChild(h('p', { text: t('attemptsLeft', left) }));
      actions.appendChild(h('button', { type: 'button', class: 'secondary', onclick: function () { retry(it); } }, t('retry')));
    }
    if (s < 1 && lock && it.attempts) feedback.appendChild(h('p', { text: t('noAttemptsLeft') }));
    if (s < 1 && it.showAnswer && (lock || left === Infinity)) {
      if (lock) reveal(it, feedback);
      else actions.appendChild(h('button', { type: 'button', class: 'secondary', onclick: function (e) { e.target.remove(); reveal(it, feedback); } }, t('showAnswer')));
    }
  }
  function retry(it) {
    S.record(it.index)[1] = 0; render(S.current, false);
    var first = $('item').querySelector('input, select, textarea, .card-pick, .move');
    if (first) first.focus();
  }
  /* The right answer, as a list a screen reader can read. */
  function reveal(it, feedback) {
    feedback.appendChild(h('div', { class: 'answer' }, h('p', { text: t('answerShown') }), A.kinds[it.kind].answer(it, ui)));
    announce(t('answerShown'));
  }

  function choices(it, form, lock, multiple) {
    var r = S.response(it.index);
    var fs = h('fieldset', {}, h('legend', { class: 'sr-only', text: it.prompt || it.title }));
    A.order(it.options.length, it).forEach(function (oi) {
      var o = it.options[oi], id = it.id + '-' + o.id;
      fs.appendChild(h('div', { class: 'option' },
        h('input', { type: multiple ? 'checkbox' : 'radio', name: it.id, id: id, checked: multiple ? r.charAt(oi) === '1' : r === oi, disabled: lock,
          onchange: function (e) {
            S.setDraft(it.index, multiple ? A.flip(S.response(it.index), oi, e.target.checked ? '1' : '0') : oi);
          } }),
        h('label', { for: id, html: o.html })));
    });
    form.appendChild(fs);
  }
  function optionNotes(it, chosen, fb) {
    var notes = it.options.filter(function (o, i) { return chosen[i] && o.feedbackHtml; });
    if (notes.length) fb.appendChild(list(notes.map(function (o) {
      return h('span', {}, h('strong', { text: o.text + ' : ' }), h('span', { html: o.feedbackHtml }));
    })));
  }
  function rightOptions(it) {
    return list(it.options.filter(function (o) { return o.correct; }).map(function (o) { return o.text; }));
  }

  /* Cards to order; with extra (a timeline) the order is the response's first part. */
  function ordered(it, form, lock, extra) {
    form.appendChild(h('p', { class: 'help', text: t('orderHelp') }));
    var ol = h('ol', { class: 'sequence' });
    var n = it.cards.length;
    var move = function (from, to) {
      var cur = S.response(it.index);
      cur = extra ? [cur[0].slice(), cur[1]] : cur.slice();
      var arr = extra ? cur[0] : cur;
      var x = arr.splice(from, 1)[0]; arr.splice(to, 0, x);
      S.setDraft(it.index, cur); build();
      announce(t('moved', it.cards[x].text, to + 1, n));
      /* The same direction's button again, unless the card reached the end and it is disabled:
       * then the other one, so that focus never falls to the page (WCAG 2.4.3). */
      var place = ol.querySelector('[data-pos="' + to + '"]');
      var b = place && (place.querySelector('.move-' + (to < from ? 'up' : 'down') + ':not([disabled])') || place.querySelector('.move:not([disabled])'));
      if (b) b.focus();
    };
    var build = function () {
      var r = S.response(it.index);
      ol.textContent = '';
      (extra ? r[0] : r).forEach(function (ci, pos) {
        var c = it.cards[ci];
        var li = h('li', { 'data-pos': String(pos), draggable: lock ? null : 'true', class: 'step',
          ondragstart: function (e) { e.dataTransfer.setData('text/plain', String(pos)); },
          ondragover: function (e) { if (!lock) e.preventDefault(); },
          ondrop: function (e) { e.preventDefault(); move(+e.dataTransfer.getData('text/plain'), pos); } },
        h('span', { class: 'step-text', html: c.html }));
        if (!lock) {
          li.appendChild(h('span', { class: 'moves' },
            h('button', { type: 'button', class: 'secondary move move-up', disabled: pos === 0, onclick: function () { move(pos, pos - 1); } },
              h('span', { 'aria-hidden': 'true', text: '↑' }), h('span', { class: 'sr-only', text: t('moveUp') + ' : ' + c.text })),
            h('button', { type: 'button', class: 'secondary move move-down', disabled: pos === n - 1, onclick: function () { move(pos, pos + 1); } },
              h('span', { 'aria-hidden': 'true', text: '↓' }), h('span', { class: 'sr-only', text: t('moveDown') + ' : ' + c.text }))));
        }
        if (extra) extra(li, c, ci, r);
        ol.appendChild(li);
      });
    };
    build();
    form.appendChild(ol);
  }

  function deck(it, s, actions) {
    prompt(it, s);
    var r = S.response(it.index), lock = S.readOnly;
    it.cards.forEach(function (c, ci) {
      var read = r[0].charAt(ci) === '1';
      var art = h('article', { class: 'deck-card', 'aria-labelledby': it.id + '-' + c.id });
      art.appendChild(h('h2', { id: it.id + '-' + c.id, text: c.title }));
      if (c.bodyHtml) art.appendChild(h('div', { html: c.bodyHtml }));
      var part = function (key, html) { if (html && html.length) art.appendChild(h('h3', { text: t(key) })); };
      var texts = function (key, xs) { part(key, xs); if (xs.length) art.appendChild(list(xs.map(function (x) { return h('span', { html: x }); }))); };
      var block = function (key, html) { part(key, html); if (html) art.appendChild(h('div', { html: html })); };
      if (!actions) {
        texts('keyPoints', c.keyPoints); texts('questions', c.questions);
      } else {
        texts('actions', c.actions); block('learnMore', c.learnMoreHtml); block('cautions', c.cautionsHtml);
      }
      var bar = h('div', { class: 'actions' });
      bar.appendChild(h('button', { type: 'button', class: 'secondary', 'aria-pressed': String(read), disabled: lock,
        onclick: function () {
          var cur = S.response(it.index);
          if (cur[0].charAt(ci) === '1') return;
          S.setDraft(it.index, [A.flip(cur[0], ci, '1'), cur[1]]);
          S.experienced(it, c);
          this.setAttribute('aria-pressed', 'true'); this.textContent = '✓ ' + t('read');
          announce(t('read') + ' : ' + c.title); S.save();
        } }, read ? '✓ ' + t('read') : t('markRead')));
      if (actions) {
        var id = it.id + '-choose-' + c.id;
        bar.appendChild(h('span', { class: 'option' },
          h('input', { type: 'checkbox', id: id, disabled: lock, checked: r[1].charAt(ci) === '1',
            onchange: function (e) { var cur = S.response(it.index); S.setDraft(it.index, [cur[0], A.flip(cur[1], ci, e.target.checked ? '1' : '0')]); S.save(); } }),
          h('label', { for: id, text: t('chooseAction') })));
      }
      art.appendChild(bar);
      s.appendChild(art);
    });
  }

  /* What kinds' render, feedback and answer get. */
  var ui = { S: S, h: h, t: t, list: list, mark: mark, announce: announce, warn: warn, prompt: prompt,
    answered: answered, frame: frame, choices: choices, optionNotes: optionNotes, rightOptions: rightOptions,
    ordered: ordered, deck: deck };

  /* Hidden (another tab, a phone locked): save now. Closed or navigated away: exit too. */
  document.addEventListener('visibilitychange', function () {
    if (document.visibilityState === 'hidden') S.save();
  });
  window.addEventListener('pagehide', function () { S.save(); S.tracker.exit({ finished: false }); });

  S.start().then(function (info) {
    if (info.messageKey && S.data.messages[info.messageKey]) notify(S.data.messages[info.messageKey], 'info');
    else if (info.message) notify(info.message, 'info');
    render(S.current, false);
    /* A new build: say once what was reset, report again, save. */
    var changed = S.changed.reset.length + S.changed.gone;
    if (changed && !S.readOnly) {
      var text = S.changed.reset.length
        ? t('courseChanged', S.changed.reset.map(function (it) { return '« ' + it.title + ' »'; }).join(', '))
        : t('courseChangedKept');
      notify(text, 'info'); announce(text);
      complete();
      S.save();
    }
  });
})(Atelier);
