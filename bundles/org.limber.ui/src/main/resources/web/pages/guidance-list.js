// The list of guidance articles.

import { h } from 'preact';
import { getJson } from '../lib/api.js';
import { label } from '../lib/labels.js';
import { useResource } from '../lib/use-resource.js';
import { useTitle } from '../ui/bits.js';
import { Resource } from '../ui/states.js';

export const articleHref = (id) => `/guidance/${encodeURIComponent(id)}`;

export function ArticleList({ items }) {
  return h('ul', { class: 'cards articles' }, items.map((a) =>
    h('li', { class: 'card', key: a.id },
      h('div', { class: 'card-body' },
        h('h2', null, h('a', { class: 'card-link', href: articleHref(a.id) }, a.title)),
        a.topic ? h('p', { class: 'meta' }, label(a.topic)) : null,
        a.summary ? h('p', null, a.summary) : null))));
}

export function GuidanceListPage() {
  useTitle('Guidance');
  const guidance = useResource((signal) => getJson('/api/v1/guidance', { signal }), []);
  return h('div', { class: 'page' },
    h('h1', null, 'Guidance'),
    h('p', { class: 'lead' }, 'Short reads on living and moving with sciatica and lower-back pain.'),
    h(Resource, { resource: guidance, what: 'guidance' }, (data) =>
      data.items.length ? h(ArticleList, { items: data.items }) : h('p', null, 'No guidance articles are installed.')));
}
