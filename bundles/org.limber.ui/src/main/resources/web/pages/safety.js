// Safety: red flags by urgency (emergencies first and most prominent), stop rules, and the notice.

import { h } from 'preact';
import { useResource } from '../lib/use-resource.js';
import { getJson } from '../lib/api.js';
import { SourceList, useTitle } from '../ui/bits.js';
import { Resource } from '../ui/states.js';
import { ArticleList } from './guidance-list.js';

const URGENCIES = [
  ['emergency', 'Emergency: get help now', 'Call your local emergency number or go to an emergency department straight away.'],
  ['urgent', 'Urgent: get medical advice today', 'Contact a doctor or an urgent care service today.'],
  ['see-professional', 'See a health professional', 'Book an appointment with a doctor or physiotherapist.'],
];

function FlagGroup({ urgency, title, advice, flags }) {
  if (!flags.length) return null;
  return h('section', { class: `flag-group urgency-${urgency}`, 'aria-labelledby': `flags-${urgency}` },
    h('h2', { id: `flags-${urgency}` }, title),
    h('p', { class: 'advice' }, advice),
    h('ul', { class: 'flags' }, flags.map((flag) =>
      h('li', { key: flag.id, class: 'flag', id: `flag-${flag.id}` },
        h('h3', null, flag.title),
        h('p', null, flag.description),
        flag.sources?.length ? h('details', { class: 'flag-sources' }, h('summary', null, 'Sources'), h(SourceList, { sources: flag.sources })) : null))));
}

function Safety({ data }) {
  const flags = data.redFlags || [];
  return h('div', null,
    URGENCIES.map(([urgency, title, advice]) => h(FlagGroup, {
      key: urgency, urgency, title, advice, flags: flags.filter((f) => f.urgency === urgency),
    })),
    data.stopRules?.length
      ? h('section', { class: 'stop-if', 'aria-labelledby': 'stop-rules' },
        h('h2', { id: 'stop-rules' }, h('span', { class: 'stop-icon', 'aria-hidden': 'true' }, '!'), 'Stop exercising if'),
        h('ul', null, data.stopRules.map((rule) => h('li', { key: rule.id }, rule.text))))
      : null,
    data.articles?.length
      ? h('section', { 'aria-labelledby': 'safety-reading' }, h('h2', { id: 'safety-reading' }, 'More to read'), h(ArticleList, { items: data.articles }))
      : null,
    data.notice
      ? h('section', { class: 'notice', 'aria-labelledby': 'notice' },
        h('h2', { id: 'notice' }, data.notice.title),
        (data.notice.paragraphs || []).map((p, i) => h('p', { key: i }, p)))
      : null);
}

export function SafetyPage() {
  useTitle('Safety');
  // Its reading list comes from the packs, so it follows catalog changes like the other pages.
  const safety = useResource((signal) => getJson('/api/v1/safety', { signal }), []);
  return h('div', { class: 'page safety-page' },
    h('h1', null, 'Safety: when to get help'),
    h('p', { class: 'lead' }, 'Most back pain and sciatica settles with time and gentle movement. Some signs need a doctor, and a few need help straight away.'),
    h(Resource, { resource: safety, what: 'safety information' }, (data) => h(Safety, { data })));
}
