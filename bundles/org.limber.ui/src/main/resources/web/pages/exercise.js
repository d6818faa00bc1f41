// One exercise: drawing, summary, dose, steps, stop rules, cautions and where it comes from.

import { Fragment, h } from 'preact';
import { getJson } from '../lib/api.js';
import { listHref } from '../lib/filters.js';
import { label, labels } from '../lib/labels.js';
import { useResource } from '../lib/use-resource.js';
import { Section, SourceList, TextList, useTitle } from '../ui/bits.js';
import { Resource } from '../ui/states.js';
import { Illustration } from '../ui/illustration.js';
import { Doses } from '../ui/doses.js';
import { exerciseHref } from '../ui/exercise-card.js';

const EDITORIAL = 'limber-editorial';

function Links({ items }) {
  return h('ul', { class: 'link-list' }, items.map((x) => h('li', { key: x.id }, h('a', { href: exerciseHref(x.id) }, x.name))));
}

function Phases({ phases }) {
  if (!phases?.values?.length) return null;
  return h(Section, { title: 'Recovery phases', id: 'phases' },
    h('p', null, labels(phases.values)),
    phases.basis === EDITORIAL
      ? h('p', { class: 'editorial' }, 'Limber’s editorial suggestion, not from the sources.')
      : phases.basis ? h('p', { class: 'muted small' }, `Basis: ${phases.basis}`) : null);
}

function Detail({ exercise: ex }) {
  const moreEasy = ex.regressions?.length, moreHard = ex.progressions?.length;
  return h('article', { class: 'exercise' },
    h('header', { class: 'exercise-head' },
      h('h1', null, ex.name),
      ex.aliases?.length ? h('p', { class: 'muted' }, `Also called ${ex.aliases.join(', ')}`) : null,
      h('p', { class: 'meta' },
        h('span', null, `${label(ex.category)} · ${labels(ex.positions)}`),
        ex.inBed ? h('span', { class: 'badge in-bed' }, 'In bed') : null)),
    h(Illustration, { illustration: ex.illustration }),
    h('p', { class: 'lead' }, ex.summary),
    h(Section, { title: 'How much', id: 'dose' }, h(Doses, { doses: ex.doses })),
    h(Section, { title: 'How to do it', id: 'steps' }, h(TextList, { items: ex.steps, ordered: true, className: 'steps' })),
    ex.stopIf?.length
      ? h('section', { class: 'stop-if', 'aria-labelledby': 'stop-if' },
        h('h2', { id: 'stop-if' }, h('span', { class: 'stop-icon', 'aria-hidden': 'true' }, '!'), 'Stop if'),
        h(TextList, { items: ex.stopIf }))
      : null,
    ex.cautions?.length ? h(Section, { title: 'Take care', id: 'cautions', className: 'cautions' }, h(TextList, { items: ex.cautions })) : null,
    ex.benefits?.length ? h(Section, { title: 'What it helps with', id: 'benefits' }, h(TextList, { items: ex.benefits })) : null,
    ex.equipment?.length ? h(Section, { title: 'You may need', id: 'equipment' }, h(TextList, { items: ex.equipment })) : null,
    moreEasy || moreHard
      ? h(Section, { title: 'Easier and harder', id: 'variations' },
        moreEasy ? h(Fragment, null, h('h3', null, 'Easier'), h(Links, { items: ex.regressions })) : null,
        moreHard ? h(Fragment, null, h('h3', null, 'Harder'), h(Links, { items: ex.progressions })) : null)
      : null,
    h(Phases, { phases: ex.phases }),
    h(Section, { title: 'Sources', id: 'sources' },
      h(SourceList, { sources: ex.sources }),
      h('p', { class: 'muted small' }, `From the pack “${ex.packName || ex.packId}”.`)));
}

export function ExercisePage({ id }) {
  const exercise = useResource((signal) => getJson(`/api/v1/exercises/${encodeURIComponent(id)}`, { signal }), [id]);
  useTitle(exercise.data?.name || (exercise.status === 'error' ? exercise.error.title : 'Exercise'));
  return h('div', { class: 'page exercise-page' },
    h('p', { class: 'back' }, h('a', { href: listHref() }, '← All exercises')),
    h(Resource, { resource: exercise, what: 'the exercise' }, (ex) => h(Detail, { exercise: ex })));
}
