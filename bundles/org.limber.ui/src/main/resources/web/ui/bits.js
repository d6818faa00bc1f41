// Small pieces shared by the pages.

import { h } from 'preact';
import { useEffect } from 'preact/hooks';

export function useTitle(text) {
  useEffect(() => {
    document.title = text ? `${text} · Limber` : 'Limber';
  }, [text]);
}

/** A link to an outside page; only http(s) addresses become links. */
export function ExternalLink({ href, children }) {
  if (!/^https?:\/\//i.test(href || '')) return h('span', null, children);
  return h('a', { href, rel: 'noopener noreferrer external' }, children);
}

export function SourceList({ sources }) {
  if (!sources?.length) return null;
  return h('ul', { class: 'sources' }, sources.map((s) =>
    h('li', { key: s.id },
      h(ExternalLink, { href: s.url }, s.title),
      s.publisher ? h('span', { class: 'muted' }, ` — ${s.publisher}`) : null)));
}

export function TextList({ items, ordered = false, className }) {
  if (!items?.length) return null;
  return h(ordered ? 'ol' : 'ul', { class: className }, items.map((item, i) => h('li', { key: i }, item)));
}

export function Section({ title, id, children, className }) {
  return h('section', { class: `section ${className || ''}`.trim(), 'aria-labelledby': id },
    h('h2', { id }, title),
    children);
}
