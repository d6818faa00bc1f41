// One guidance article. Its blocks are rendered as text only: no markup from a pack reaches the page.

import { h } from 'preact';
import { getJson } from '../lib/api.js';
import { useResource } from '../lib/use-resource.js';
import { SourceList, useTitle } from '../ui/bits.js';
import { Resource } from '../ui/states.js';

const items = (block, tag) =>
  block.items?.length ? h(tag, null, block.items.map((item, i) => h('li', { key: i }, item))) : null;

function Block({ block }) {
  switch (block.kind) {
    case 'heading':
      return h('h2', null, block.text);
    case 'bullets':
      return [block.text ? h('p', null, block.text) : null, items(block, 'ul')];
    case 'steps':
      return [block.text ? h('p', null, block.text) : null, items(block, 'ol')];
    case 'callout':
      return h('aside', { class: 'callout' }, block.text ? h('p', null, block.text) : null, items(block, 'ul'));
    default:
      return block.text ? h('p', null, block.text) : null;
  }
}

export function GuidancePage({ id }) {
  const article = useResource((signal) => getJson(`/api/v1/guidance/${encodeURIComponent(id)}`, { signal }), [id]);
  useTitle(article.data?.title || (article.status === 'error' ? article.error.title : 'Guidance'));
  return h('div', { class: 'page article-page' },
    h('p', { class: 'back' }, h('a', { href: '/guidance' }, '← All guidance')),
    h(Resource, { resource: article, what: 'the article' }, (a) =>
      h('article', { class: 'article' },
        h('h1', null, a.title),
        a.summary ? h('p', { class: 'lead' }, a.summary) : null,
        (a.blocks || []).map((block, i) => h(Block, { key: i, block })),
        a.sources?.length ? h('section', { 'aria-labelledby': 'sources' }, h('h2', { id: 'sources' }, 'Sources'), h(SourceList, { sources: a.sources })) : null)));
}
