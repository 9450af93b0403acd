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
          h('span', { class: 'toc-mark', 'aria-hidden': 'true', text: here ? '▶' : done ? '✓' : '' }),
          it.title, h('span', { class: 'sr-only', text: ' (' + status + ')' }))));
      });
      var status = moduleStatus(m, mi);
      ol.appendChild(h('li', {}, h('h2', { class: 'toc-module', text: m.title }),
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
  /* The contents opened over a narrow page close with Escape, back to their toggle. */
  document.addEventListener('keydown', function (e) {
    if (e.key !== 'Escape' || !document.body.classList.contains('toc-open')) return;
    closeToc(); $('toc-toggle').focus();
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
    newWindows(section);
    renderToc(); renderPager();
    complete();
    S.save();
    if (focus) heading.focus();
  }
  function answered(key) {
    render(S.current, false);
    var fb = $('feedback'); if (fb) fb.focus();
    announce(outcome(items[S.current], key));
    complete();
    renderToc();
  }
  /* What the live region says after a check: the verdict, the score, and what to do next. */
  function outcome(it, key) {
    if (!A.isQuestion(it)) return t(key);
    var s = S.score(it.index), left = S.attemptsLeft(it), again = s < 1 && !S.locked(it.index);
    return [t(key), it.scored ? t('score', fmt(s * it.points), fmt(it.points)) + '.' : null,
      again && left !== Infinity ? t('attemptsLeft', left) + '.' : null, t(again ? 'nextRetry' : 'nextGoOn')].filter(Boolean).join(' ');
  }

  /* A message right before the question that needs an answer, describing its controls, marked
   * invalid; focus goes there (WCAG 3.3.1): the page's notices are out of sight on a long item. */
  var errors = 0;
  function fieldError(where, controls, text) {
    var p = h('p', { class: 'field-error', id: 'error-' + (++errors) }, h('span', { 'aria-hidden': 'true', text: '⚠ ' }), text);
    if (where.tagName === 'FIELDSET') where.insertBefore(p, where.querySelector('legend').nextSibling);
    else where.parentNode.insertBefore(p, where);
    controls.forEach(function (c) { if (c.tagName !== 'BUTTON') c.setAttribute('aria-invalid', 'true'); c.setAttribute('aria-describedby', p.id); });
  }
  /* Takes a question's error back once it is answered. */
  function clearError(where) {
    var p = where.tagName === 'FIELDSET' ? where.querySelector('.field-error') : where.previousElementSibling;
    if (!p || !p.classList.contains('field-error')) return;
    [where].concat([].slice.call(where.querySelectorAll('[aria-invalid]'))).forEach(function (c) {
      c.removeAttribute('aria-invalid'); c.removeAttribute('aria-describedby');
    });
    p.remove();
  }
  var CONTROLS = 'input:not([disabled]), select:not([disabled]), textarea:not([disabled]), button.card-pick:not([disabled])';

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
    /* After the feedback, so that Tab from the focused feedback reaches them (WCAG 1.3.2). */
    var after = h('div', { class: 'actions after' });
    section.appendChild(after);
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
    if (rec && rec[0] > 0) showFeedback(it, feedback, after);
  }

  function check(it) {
    if (S.blank(it.index)) {
      var form = $('item').querySelector('form.question'), first = form.querySelector(CONTROLS);
      var where = first.closest('fieldset, .passage, .zones, .sequence') || first;
      if (!form.querySelector('.field-error')) {
        fieldError(where, first.tagName === 'BUTTON' ? [first] : [].slice.call(where.querySelectorAll('input, select, textarea')), t('answerFirstHere'));
      }
      first.focus();
      return;
    }
    answered(verdict(S.answer(it.index)));
  }

  function showFeedback(it, feedback, actions) {
    var r = S.record(it.index)[2], s = S.score(it.index), kind = verdict(s), lock = S.locked(it.index);
    feedback.className = 'feedback feedback-' + kind;
    feedback.setAttribute('role', 'group'); feedback.setAttribute('aria-labelledby', 'verdict');
    feedback.appendChild(h('p', { class: 'verdict', id: 'verdict' }, h('span', { 'aria-hidden': 'true', text: s === 1 ? '✓ ' : s > 0 ? '◐ ' : '✗ ' }), t(kind)));
    if (it.scored) feedback.appendChild(h('p', { text: t('score', fmt(s * it.points), fmt(it.points)) }));
    if (it.feedbackHtml[kind]) feedback.appendChild(h('div', { html: it.feedbackHtml[kind] }));
    A.kinds[it.kind].feedback(it, r, feedback, ui);
    var left = S.attemptsLeft(it);
    if (s < 1 && !lock) {
      if (left !== Infinity) feedback.appendChild(h('p', { text: t('attemptsLeft', left) }));
      actions.appendChild(h('button', { type: 'button', class: 'secondary', onclick: function () { retry(it); } }, t('retry')));
    }
    if (s < 1 && lock && it.attempts) feedback.appendChild(h('p', { text: t('noAttemptsLeft') }));
    if (s < 1 && it.showAnswer && (lock || left === Infinity)) {
      if (lock) reveal(it, feedback);
      else actions.appendChild(h('button', { type: 'button', class: 'secondary', onclick: function (e) { e.currentTarget.remove(); reveal(it, feedback).focus(); } }, t('showAnswer')));
    }
  }
  function retry(it) {
    S.record(it.index)[1] = 0; render(S.current, false);
    var first = $('item').querySelector('.position, input, select, textarea, .card-pick, .move');
    if (first) first.focus();
  }
  /* The right answer, as a list a screen reader can read. */
  function reveal(it, feedback) {
    var box = h('div', { class: 'answer', tabindex: '-1' }, h('p', { text: t('answerShown') }), A.kinds[it.kind].answer(it, ui));
    feedback.appendChild(box);
    announce(t('answerShown'));
    return box;
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

  /* Cards to order; with extra (a timeline) the order is the response's first part. Each card has
   * a position to type (a swap, so that one walk down the list orders it in a few keys; ↑ and ↓
   * there move it one place), the Move up and Move down buttons, and drag and drop. The buttons
   * are left out of the Tab order: the position field does all they do from the keyboard, and two
   * more stops per card tripled the keys of a long timeline. A rebuild puts focus back on the
   * same control of the same card (data-focus), so that it never falls to the page (WCAG 2.4.3). */
  function ordered(it, form, lock, extra) {
    var help = it.id + '-order-help';
    form.appendChild(h('p', { class: 'help', id: help, text: t('orderHelp') }));
    var ol = h('ol', { class: 'sequence' });
    var n = it.cards.length;
    var change = function (next) {
      var cur = S.response(it.index), arr = next(extra ? cur[0] : cur);
      S.setDraft(it.index, extra ? [arr, cur[1]] : arr); build();
      return arr;
    };
    var move = function (from, to, fromField) {
      var x;
      change(function (arr) { arr = arr.slice(); x = arr.splice(from, 1)[0]; arr.splice(to, 0, x); return arr; });
      announce(t('moved', it.cards[x].text, to + 1, n));
      /* Moved from its position field, focus follows the card's field; moved by a button, the same
       * direction's button again, unless the card reached the end and it is disabled: then the
       * other one. */
      var place = ol.querySelector('[data-pos="' + to + '"]');
      var b = place && (fromField ? place.querySelector('.position')
        : place.querySelector('.move-' + (to < from ? 'up' : 'down') + ':not([disabled])') || place.querySelector('.move:not([disabled])'));
      if (b) b.focus();
    };
    /* A typed position: the card swaps places with the one there, and focus stays at this place
     * (on the card that came in), to go on down the list. */
    var typed = function (from, field) {
      var to = A.position(field.value, n);
      /* The field gets its own value back first: removed by the rebuild, Chromium blurs it, and
       * its change would swap the cards back. */
      field.value = String(from + 1);
      if (to === from || !field.isConnected) return;
      if (to < 0) { field.select(); return announce(t('positionRange', n)); }
      var arr = change(function (cur) { return A.swap(cur, from, to); });
      announce(t('swapped', it.cards[arr[to]].text, to + 1, it.cards[arr[from]].text, from + 1));
      var f = ol.querySelector('[data-pos="' + from + '"] .position');
      f.focus(); f.select();
    };
    var build = function () {
      var active = document.activeElement, key = active && ol.contains(active) ? active.getAttribute('data-focus') : null;
      var r = S.response(it.index);
      ol.textContent = '';
      (extra ? r[0] : r).forEach(function (ci, pos) {
        var c = it.cards[ci], id = it.id + '-pos-' + c.id;
        var li = h('li', { 'data-pos': String(pos), draggable: lock ? null : 'true', class: 'step',
          ondragstart: function (e) { e.dataTransfer.setData('text/plain', String(pos)); },
          ondragover: function (e) { if (!lock) e.preventDefault(); },
          ondrop: function (e) { e.preventDefault(); move(+e.dataTransfer.getData('text/plain'), pos); } });
        if (!lock) {
          li.appendChild(h('span', { class: 'position-box' }, h('label', { for: id, text: t('position') }),
            h('input', { type: 'text', inputmode: 'numeric', class: 'position', id: id, 'data-focus': ci + ':position',
              value: String(pos + 1), size: '2', maxlength: '4', autocomplete: 'off', 'aria-label': t('positionOf', c.text, n), 'aria-describedby': help,
              'aria-keyshortcuts': 'ArrowUp ArrowDown',
              onkeydown: function (e) {
                var by = { ArrowUp: -1, ArrowDown: 1 }[e.key];
                if (e.key === 'Enter') { e.preventDefault(); typed(pos, e.target); }
                if (by && !e.altKey && !e.ctrlKey && !e.metaKey) {
                  e.preventDefault();
                  if (pos + by >= 0 && pos + by < n) move(pos, pos + by, true);
                }
              },
              onchange: function (e) { typed(pos, e.target); } })));
        }
        li.appendChild(h('span', { class: 'step-text', html: c.html }));
        if (extra) extra(li, c, ci, r);
        if (!lock) {
          li.appendChild(h('span', { class: 'moves' },
            h('button', { type: 'button', tabindex: '-1', class: 'secondary move move-up', 'data-focus': ci + ':up', disabled: pos === 0, onclick: function () { move(pos, pos - 1); } },
              h('span', { 'aria-hidden': 'true', text: '↑' }), h('span', { class: 'sr-only', text: t('moveUp') + ' : ' + c.text })),
            h('button', { type: 'button', tabindex: '-1', class: 'secondary move move-down', 'data-focus': ci + ':down', disabled: pos === n - 1, onclick: function () { move(pos, pos + 1); } },
              h('span', { 'aria-hidden': 'true', text: '↓' }), h('span', { class: 'sr-only', text: t('moveDown') + ' : ' + c.text }))));
        }
        ol.appendChild(li);
      });
      var again = key && ol.querySelector('[data-focus="' + key + '"]:not([disabled])');
      if (again) again.focus();
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
        texts('keyPoints', c.keyPointsHtml); texts('questions', c.questionsHtml);
      } else {
        texts('actions', c.actionsHtml); block('learnMore', c.learnMoreHtml); block('cautions', c.cautionsHtml);
      }
      var bar = h('div', { class: 'actions' });
      /* A toggle that can be undone; its name stays and says which card (WCAG 2.4.6), the state
       * is aria-pressed, the ✓ is for the eye. */
      var readLabel = function (on) { return on ? [h('span', { 'aria-hidden': 'true', text: '✓ ' }), t('read')] : t('markRead'); };
      bar.appendChild(h('button', { type: 'button', class: 'secondary read', 'aria-pressed': String(read), disabled: lock,
        'aria-label': t('markReadOf', c.title),
        onclick: function () {
          var cur = S.response(it.index), on = cur[0].charAt(ci) !== '1';
          S.setDraft(it.index, [A.flip(cur[0], ci, on ? '1' : '0'), cur[1]]);
          if (on) S.experienced(it, c);
          this.setAttribute('aria-pressed', String(on)); this.textContent = ''; append(this, readLabel(on));
          announce(on ? t('read') + ' : ' + c.title : t('unmarked', c.title)); S.save();
        } }, readLabel(read)));
      if (actions) {
        var id = it.id + '-choose-' + c.id;
        bar.appendChild(h('span', { class: 'option' },
          h('input', { type: 'checkbox', id: id, disabled: lock, checked: r[1].charAt(ci) === '1', 'aria-label': t('chooseActionOf', c.title),
            onchange: function (e) { var cur = S.response(it.index); S.setDraft(it.index, [cur[0], A.flip(cur[1], ci, e.target.checked ? '1' : '0')]); S.save(); } }),
          h('label', { for: id, text: t('chooseAction') })));
      }
      distinctLinks(art, c.title);
      art.appendChild(bar);
      s.appendChild(art);
    });
  }

  /* A link that opens a new window says so in words everyone sees, not to screen readers only. */
  function newWindows(box) {
    box.querySelectorAll('a[target="_blank"]').forEach(function (a) {
      if (!a.querySelector('.new-window')) a.appendChild(h('span', { class: 'new-window', text: ' ' + t('newWindow') }));
    });
  }

  /* Links whose words say nothing of where they lead (five « cafeia.org » in a deck) get the
   * card's title in their name, after their own words (WCAG 2.4.4, 2.5.3). */
  function distinctLinks(box, context) {
    box.querySelectorAll('a[href]').forEach(function (a) {
      if (!a.hasAttribute('aria-label')) a.setAttribute('aria-label', t('linkOf', a.textContent.trim(), context));
    });
  }

  /* What kinds' render, feedback and answer get. */
  var ui = { S: S, h: h, t: t, list: list, mark: mark, announce: announce, prompt: prompt,
    answered: answered, frame: frame, choices: choices, optionNotes: optionNotes, rightOptions: rightOptions,
    ordered: ordered, deck: deck, fieldError: fieldError, clearError: clearError };

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
