// The skip link, the name and the main navigation.

import { h } from 'preact';

const LINKS = [
  ['/', 'Exercises'],
  ['/guidance', 'Guidance'],
  ['/safety', 'Safety'],
  ['/packs', 'Packs'],
  ['/about', 'About'],
];

const isCurrent = (href, path) =>
  href === '/' ? path === '/' || path.startsWith('/exercises') : path === href || path.startsWith(`${href}/`);

export function Header({ path }) {
  return h('header', { class: 'site-header' },
    h('a', { class: 'skip-link', href: '#main' }, 'Skip to content'),
    h('div', { class: 'header-inner' },
      h('a', { class: 'brand', href: '/' },
        h('img', { src: '/app/icon.svg', alt: '', width: 28, height: 28 }), 'Limber'),
      h('nav', { 'aria-label': 'Main' },
        h('ul', null, LINKS.map(([href, text]) =>
          h('li', { key: href },
            h('a', { href, 'aria-current': isCurrent(href, path) ? 'page' : undefined }, text)))))));
}
