// The user's own exercises, their standing limits (exclusions), and their recovery phase with the journal's
// suggestion for it.

import { h } from 'preact';
import { useState } from 'preact/hooks';
import { deleteJson, getJson } from '../lib/api.js';
import { label, labels } from '../lib/labels.js';
import { doseText } from '../lib/routines.js';
import { useResource } from '../lib/use-resource.js';
import { Section, TextList, useTitle } from '../ui/bits.js';
import { Resource } from '../ui/states.js';
import { ConfirmButton } from '../ui/confirm-button.js';
import { FormProblem, Saved } from '../ui/form-problem.js';
import { PersonalExerciseForm } from '../ui/personal-exercise-form.js';
import { ExclusionsForm } from '../ui/exclusions-form.js';
import { ProgressionPanel } from '../ui/progression-panel.js';

function PersonalExercise({ exercise: e, onChanged }) {
  const [editing, setEditing] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState(null);
  const remove = async () => {
    setBusy(true);
    setError(null);
    try {
      await deleteJson(`/api/v1/personal-exercises/${encodeURIComponent(e.id)}`);
      onChanged(`“${e.name}” deleted. Routines that use it show it as unavailable.`);
    } catch (err) {
      setError(err);
      setBusy(false);
    }
  };
  if (editing) {
    return h('li', { class: 'card personal-exercise editing' },
      h('div', { class: 'card-body' },
        h('h3', null, `Change “${e.name}”`),
        h(PersonalExerciseForm, { exercise: e, onSaved: () => { setEditing(false); onChanged(`“${e.name}” saved.`); }, onCancel: () => setEditing(false) })));
  }
  const dose = doseText(e.dose);
  return h('li', { class: 'card personal-exercise' },
    h('div', { class: 'card-body' },
      h('h3', null, e.name),
      h('p', { class: 'meta' }, [label(e.category), labels(e.positions)].filter(Boolean).join(' · ')),
      e.summary ? h('p', null, e.summary) : null,
      dose ? h('p', { class: 'dose' }, dose) : null,
      h('details', null, h('summary', null, 'Steps'), h(TextList, { items: e.steps, ordered: true, className: 'steps' })),
      h(FormProblem, { error }),
      h('div', { class: 'form-actions' },
        h('button', { type: 'button', class: 'button secondary', onClick: () => setEditing(true), 'aria-label': `Change ${e.name}` }, 'Change'),
        h(ConfirmButton, { label: 'Delete', confirmLabel: 'Yes, delete', question: `Delete ${e.name}?`, onConfirm: remove, busy }))));
}

function PersonalExercises() {
  const list = useResource((signal) => getJson('/api/v1/personal-exercises', { signal }), [], { refreshOn: [] });
  const [adding, setAdding] = useState(false);
  const [message, setMessage] = useState('');
  const changed = (text) => { setMessage(text); setAdding(false); list.retry(); };
  return h('div', null,
    h(Saved, { text: message }),
    h(Resource, { resource: list, what: 'your exercises' }, (data) => (data.exercises?.length
      ? h('ul', { class: 'cards personal-exercises' }, data.exercises.map((e) => h(PersonalExercise, { key: `${e.id}-${e.updatedAt}`, exercise: e, onChanged: changed })))
      : h('p', { class: 'empty' }, 'None yet. Add the exercises your physiotherapist gave you, with their steps and dose.'))),
    adding
      ? h('div', { class: 'card new-exercise' }, h('div', { class: 'card-body' },
        h('h3', null, 'New exercise'),
        h(PersonalExerciseForm, { onSaved: (saved) => changed(`“${saved.name}” added. You can now pick it in your routines.`), onCancel: () => setAdding(false) })))
      : h('button', { type: 'button', class: 'button', onClick: () => { setMessage(''); setAdding(true); } }, 'Add an exercise'));
}

export function MyExercisesPage() {
  useTitle('My exercises and limits');
  const exclusions = useResource((signal) => getJson('/api/v1/exclusions', { signal }), [], { refreshOn: [] });
  const progression = useResource((signal) => getJson('/api/v1/progression', { signal }), [], { refreshOn: [] });
  return h('div', { class: 'page my-exercises-page' },
    h('p', { class: 'back' }, h('a', { href: '/routines' }, '← Routines')),
    h('h1', null, 'My exercises and limits'),
    h(Section, { title: 'Your own exercises', id: 'personal' }, h(PersonalExercises, null)),
    h(Section, { title: 'Your limits', id: 'exclusions' },
      h('p', { class: 'muted' }, 'Routines warn about exercises these rule out, and the exercise picker marks them.'),
      h(Resource, { resource: exclusions, what: 'your limits' }, (data) => h(ExclusionsForm, { exclusions: data.exclusions }))),
    h(Section, { title: 'Recovery phase', id: 'phase' },
      h('p', { class: 'muted' }, 'The sources describe three phases: acute (pain is high: gentle movement and walking), subacute (pain is easing: more stretching) and recovery (little pain: strengthening).'),
      h(Resource, { resource: progression, what: 'your phase' }, (data) => h(ProgressionPanel, { progression: data }))));
}
