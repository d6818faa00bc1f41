// Loading and error states. Loads always end (requests time out), and an error offers a retry.

import { h } from 'preact';

export function Loading({ what }) {
  return h('p', { class: 'state loading', role: 'status' },
    h('span', { class: 'spinner', 'aria-hidden': 'true' }), `Loading ${what}…`);
}

export function ErrorState({ error, retry }) {
  const title = error?.title || 'Something went wrong';
  return h('div', { class: 'state error', role: 'alert' },
    h('h2', null, title),
    error?.detail ? h('p', null, error.detail) : null,
    error?.errors?.length
      ? h('ul', null, error.errors.map((e, i) => h('li', { key: i }, `${e.parameter || e.pointer || ''}: ${e.message}`)))
      : null,
    retry ? h('button', { type: 'button', class: 'button', onClick: retry }, 'Try again') : null);
}

/** Renders a resource from useResource: loading, error, or the content (kept while refreshing). */
export function Resource({ resource, what, children }) {
  if (resource.status === 'error') return h(ErrorState, { error: resource.error, retry: resource.retry });
  if (!resource.data) return h(Loading, { what });
  return h('div', { 'aria-busy': resource.status === 'refreshing' ? 'true' : 'false' }, children(resource.data));
}
