/* A page: nothing to answer, seen is done. */
Atelier.kind('page', {
  fresh: function () { return null; },
  render: function (it, s, ui) {
    var h = ui.h;
    if (it.bodyHtml) s.appendChild(h('div', { class: 'body', html: it.bodyHtml }));
    if (it.image) s.appendChild(h('img', { src: it.image.src, alt: it.image.alt, class: 'picture' }));
    if (it.resources.length) {
      s.appendChild(h('h2', { text: ui.t('resources') }));
      s.appendChild(ui.list(it.resources.map(function (r) {
        /* Whether a link opens a new window is the Java side's rule (PlayerData: newWindow); the
         * player says so next to every such link. */
        var title = r.url ? h('a', { href: r.url, target: r.newWindow ? '_blank' : null, rel: 'noopener noreferrer' },
          r.title) : h('strong', { text: r.title });
        return h('div', {}, title, r.descriptionHtml ? h('span', { html: ' — ' + r.descriptionHtml }) : null);
      })));
    }
  }
});
