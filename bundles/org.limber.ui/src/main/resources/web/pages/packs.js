// Installed exercise packs: state, version, where each comes from, and for packs not in use, why.

import { h } from 'preact';
import { getJson } from '../lib/api.js';
import { useResource } from '../lib/use-resource.js';
import { useTitle } from '../ui/bits.js';
import { Resource } from '../ui/states.js';

const STATES = {
  active: ['In use', 'The pack’s exercises are in the catalog.'],
  rejected: ['Rejected', 'The pack has problems and is not used.'],
  shadowed: ['Shadowed', 'Another version of this pack is in use instead.'],
  unresolved: ['Unresolved', 'The pack refers to something that is missing.'],
  stopped: ['Stopped', 'The pack is installed but not running.'],
};

function when(iso) {
  if (!iso) return '';
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : date.toLocaleString();
}

function Problems({ problems }) {
  return h('div', { class: 'problems' },
    h('h3', null, problems.length === 1 ? '1 problem' : `${problems.length} problems`),
    h('ul', null, problems.map((p, i) => h('li', { key: i },
      h('p', { class: 'problem-where' },
        h('span', { class: 'problem-file' }, p.file || 'pack'),
        p.pointer ? h('code', null, p.pointer) : h('span', null, '(whole file)')),
      h('p', { class: 'problem-message' }, p.message)))));
}

/** One pack source's card; the admin page adds its actions and uses a lower heading level. */
export function Pack({ pack, actions = null, highlight = false, heading = 'h2' }) {
  const [stateText, stateHelp] = STATES[pack.state] || [pack.state, ''];
  const problems = pack.problems || [];
  return h('li', { class: `card pack state-${pack.state}${highlight ? ' highlight' : ''}` },
    h('div', { class: 'card-body' },
      h('div', { class: 'pack-head' },
        h(heading, null, pack.name || pack.packId),
        h('span', { class: `badge pack-state state-${pack.state}` }, stateText)),
      stateHelp ? h('p', { class: 'muted small' }, stateHelp) : null,
      h('dl', { class: 'facts' },
        h('dt', null, 'Pack id'), h('dd', null, h('code', null, pack.packId)),
        h('dt', null, 'Version'), h('dd', null, pack.version || '—'),
        pack.servingVersion && pack.servingVersion !== pack.version
          ? [h('dt', null, 'Version in use'), h('dd', null, pack.servingVersion)] : null,
        h('dt', null, 'Source'), h('dd', null, `${pack.sourceKind === 'file' ? 'File' : 'Bundle'}: `, h('span', { class: 'source-name' }, pack.source)),
        h('dt', null, 'Exercises'), h('dd', null, String(pack.exerciseCount ?? 0)),
        pack.updatedAt ? [h('dt', null, 'Updated'), h('dd', null, when(pack.updatedAt))] : null),
      problems.length ? h(Problems, { problems }) : null,
      actions ? h('div', { class: 'pack-actions' }, actions) : null));
}

export function PacksPage() {
  useTitle('Packs');
  const packs = useResource((signal) => getJson('/api/v1/packs', { signal }), []);
  return h('div', { class: 'page packs-page' },
    h('h1', null, 'Packs'),
    h('p', { class: 'lead' }, 'Exercise packs bring exercises, guidance and drawings. To add one, copy its file into the deploy folder of your Limber installation: it appears here within seconds.'),
    h(Resource, { resource: packs, what: 'packs' }, (data) =>
      data.items.length
        ? h('ul', { class: 'cards packs' }, data.items.map((p) => h(Pack, { key: `${p.packId}|${p.source}`, pack: p })))
        : h('p', null, 'No packs are installed.')));
}
