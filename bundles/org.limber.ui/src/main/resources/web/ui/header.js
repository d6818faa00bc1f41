// The skip link, the name, the main navigation and who is signed in. On phones the less used links fold
// behind a "More" button, so the header stays one or two rows high.

import { h } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { isAdmin, useSession } from '../lib/session.js';
import { UserNav } from './user-nav.js';

const PUBLIC = [
  ['/', 'Exercises'],
  ['/guidance', 'Guidance'],
  ['/safety', 'Safety'],
  ['/packs', 'Packs'],
  ['/about', 'About'],
];
// [href, text, folded on phones]: the unfolded ones and "More" fit one row of a 360 px wide phone.
const MINE = [
  ['/check-in', 'Check-in', false],
  ['/routines', 'Routines', false],
  ['/journal', 'Journal', false],
  ['/insights', 'Insights', true],
];

const isCurrent = (href, path) =>
  href === '/' ? path === '/' || path.startsWith('/exercises') : path === href || path.startsWith(`${href}/`);

function links(session) {
  if (!session?.authenticated) return PUBLIC.map(([href, text]) => ({ href, text, folded: false }));
  return [
    ...MINE.map(([href, text, folded]) => ({ href, text, folded })),
    ...PUBLIC.map(([href, text]) => ({ href, text, folded: true })),
    { href: '/account', text: 'Account', folded: true },
    ...(isAdmin(session) ? [{ href: '/admin', text: 'Admin', folded: true }] : []),
  ];
}

export function Header({ path }) {
  const { session } = useSession();
  const [open, setOpen] = useState(false);
  useEffect(() => setOpen(false), [path]);
  const items = links(session);
  const folds = items.some((i) => i.folded);
  return h('header', { class: 'site-header' },
    h('a', { class: 'skip-link', href: '#main' }, 'Skip to content'),
    h('div', { class: 'header-inner' },
      h('a', { class: 'brand', href: '/' },
        h('img', { src: '/app/icon.svg', alt: '', width: 28, height: 28 }), 'Limber'),
      h('nav', { 'aria-label': 'Main', class: open ? 'open' : undefined },
        h('ul', null,
          items.map(({ href, text, folded }) =>
            h('li', { key: href, class: folded ? 'folded' : undefined },
              h('a', { href, 'aria-current': isCurrent(href, path) ? 'page' : undefined }, text))),
          folds
            ? h('li', { class: 'more', key: 'more' },
              h('button', { type: 'button', class: 'more-button', 'aria-expanded': open ? 'true' : 'false', onClick: () => setOpen(!open) },
                open ? 'Less' : 'More'))
            : null)),
      h(UserNav, { session, path })));
}
