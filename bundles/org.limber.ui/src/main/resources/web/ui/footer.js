// The footer on every page: the short not-medical-advice notice and a link to the full one.

import { h } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { FALLBACK_SHORT_TEXT, loadSafety } from '../lib/safety.js';

export function Footer() {
  const [shortText, setShortText] = useState(null);
  useEffect(() => {
    let live = true;
    loadSafety().then((s) => { if (live) setShortText(s?.notice?.shortText || null); }, () => {});
    return () => { live = false; };
  }, []);
  return h('footer', { class: 'site-footer' },
    h('p', null,
      h('span', { class: 'notice-short' }, shortText || FALLBACK_SHORT_TEXT), ' ',
      h('a', { href: '/about' }, 'Read the full notice'), ' · ',
      h('a', { href: '/safety' }, 'When to get help')));
}
