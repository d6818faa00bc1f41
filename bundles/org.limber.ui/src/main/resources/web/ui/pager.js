// Previous / next page links for the exercise list (links, so every page can be bookmarked).

import { h } from 'preact';

export function Pager({ page, pages, hrefFor }) {
  if (pages <= 1 && page <= 1) return null;
  if (page > pages) {
    return h('nav', { class: 'pager', 'aria-label': 'Pages' }, h('a', { href: hrefFor(1) }, 'Back to the first page'));
  }
  return h('nav', { class: 'pager', 'aria-label': 'Pages' },
    page > 1 ? h('a', { href: hrefFor(page - 1), rel: 'prev' }, '← Previous') : h('span', { 'aria-hidden': 'true' }),
    h('span', { class: 'pager-position' }, `Page ${page} of ${pages}`),
    page < pages ? h('a', { href: hrefFor(page + 1), rel: 'next' }, 'Next →') : h('span', { 'aria-hidden': 'true' }));
}
