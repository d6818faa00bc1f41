// About: what Limber is, and the full not-medical-advice notice.

import { h } from 'preact';
import { useResource } from '../lib/use-resource.js';
import { loadSafety } from '../lib/safety.js';
import { useTitle } from '../ui/bits.js';
import { Resource } from '../ui/states.js';

export function AboutPage() {
  useTitle('About');
  const safety = useResource(() => loadSafety(), [], { refreshOn: [] });
  return h('div', { class: 'page about-page' },
    h('h1', null, 'About Limber'),
    h('p', { class: 'lead' }, 'Limber helps you build a habit of gentle stretching for sciatica and lower-back pain. It runs on your own computer, and what you do in it stays there.'),
    h(Resource, { resource: safety, what: 'the notice' }, (data) =>
      h('section', { class: 'notice', 'aria-labelledby': 'notice' },
        h('h2', { id: 'notice' }, data.notice?.title || 'Not medical advice'),
        (data.notice?.paragraphs || []).map((p, i) => h('p', { key: i }, p)))));
}
