// The routines the sources describe, carried by packs: what each is for, how long it takes, its advice and its
// sections. "Use this routine" copies it into the user's own routines, to change as they like.

import { h } from 'preact';
import { useState } from 'preact/hooks';
import { getJson, postJson } from '../lib/api.js';
import { setFlash } from '../lib/flash.js';
import { labels } from '../lib/labels.js';
import { navigate } from '../lib/router.js';
import { range } from '../lib/dose.js';
import { sectionTitle } from '../lib/routines.js';
import { useResource } from '../lib/use-resource.js';
import { TextList } from './bits.js';
import { Resource } from './states.js';
import { FormProblem } from './form-problem.js';
import { editHref } from './routine-card.js';

async function loadTemplates(signal) {
  const [templates, exercises] = await Promise.all([
    getJson('/api/v1/templates', { signal }),
    getJson('/api/v1/exercises?size=500&sort=name', { signal }).catch(() => ({ items: [] })),
  ]);
  return { templates: templates.templates || [], names: new Map((exercises.items || []).map((e) => [e.id, e.name])) };
}

// An exercise whose pack is gone still gets a readable name from its id ("sciatica.knee-to-chest").
const nameOf = (names, id) => names.get(id) || id.replace(/^.*\./, '').replaceAll('-', ' ');

function Template({ template: t, names }) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState(null);
  const use = async () => {
    setBusy(true);
    setError(null);
    try {
      const { routine } = await postJson('/api/v1/routines/from-template', { templateId: t.id });
      setFlash(`“${routine.name}” is now one of your routines. Change it as you like, then save.`);
      navigate(editHref(routine.id));
    } catch (e) {
      setError(e);
      setBusy(false);
    }
  };
  return h('li', { class: 'card template-card' },
    h('div', { class: 'card-body' },
      h('h3', null, t.name),
      h('p', { class: 'meta' },
        t.minutes ? h('span', null, `${range(t.minutes)} minutes`) : null,
        t.phases?.length ? h('span', null, labels(t.phases)) : null),
      t.summary ? h('p', null, t.summary) : null,
      h('ol', { class: 'template-sections' }, (t.sections || []).map((s, i) =>
        h('li', { key: i }, h('strong', null, sectionTitle(s)), ': ',
          (s.items || []).map((item) => nameOf(names, item.exerciseId)).join(', ')))),
      t.advice?.length
        ? h('details', { class: 'template-advice' }, h('summary', null, 'How to use it'), h(TextList, { items: t.advice }))
        : null,
      h(FormProblem, { error }),
      h('button', { type: 'button', class: 'button', disabled: busy, onClick: use, 'aria-label': `Use ${t.name}` },
        busy ? 'Copying…' : 'Use this routine')));
}

export function TemplateList({ id }) {
  const templates = useResource(loadTemplates, []);
  return h('section', { class: 'section templates', id, 'aria-labelledby': `${id}-title` },
    h('h2', { id: `${id}-title` }, 'Routines from the sources'),
    h('p', { class: 'muted' }, 'Copied into your routines, a template becomes yours: change the exercises, doses and days as you like.'),
    h(Resource, { resource: templates, what: 'the templates' }, (data) => (data.templates.length
      ? h('ul', { class: 'cards template-cards' }, data.templates.map((t) => h(Template, { key: t.id, template: t, names: data.names })))
      : h('p', { class: 'empty' }, 'No pack installed here offers a routine template.'))));
}
