// Any address the app does not know.

import { h } from 'preact';
import { useTitle } from '../ui/bits.js';

export function NotFoundPage() {
  useTitle('Page not found');
  return h('div', { class: 'page' },
    h('h1', null, 'Page not found'),
    h('p', null, 'There is no page at this address. ', h('a', { href: '/' }, 'Go to the exercises'), '.'));
}
