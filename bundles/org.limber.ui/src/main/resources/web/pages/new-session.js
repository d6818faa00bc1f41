// Log a stretching session: when, the exercises done with the dose actually done and how each felt, and an
// optional "pain now" check-in saved with it.

import { h } from 'preact';
import { useRef, useState } from 'preact/hooks';
import { postJson } from '../lib/api.js';
import { fieldErrors } from '../lib/fields.js';
import { instantOf, localInputValue } from '../lib/dates.js';
import { setFlash } from '../lib/flash.js';
import { navigate } from '../lib/router.js';
import { refreshRedFlags } from '../lib/red-flags.js';
import { useTitle } from '../ui/bits.js';
import { TextArea, TextField } from '../ui/field.js';
import { FormProblem } from '../ui/form-problem.js';
import { ExercisePicker } from '../ui/exercise-picker.js';
import { ExerciseDone, entryBody, entryFor } from '../ui/exercise-done.js';
import { CheckInFields, EMPTY_CHECK_IN, checkInBody, missing } from '../ui/check-in-form.js';

const SHOWN_PER_EXERCISE = ['outcome', 'sets', 'reps', 'holdSeconds', 'response'];
const SHOWN = ['at', 'durationMinutes', 'notes', 'exercises', 'after/backPain', 'after/legPain', 'after/legExtent'];

const touched = (c) => c.backPain != null || c.legPain != null || c.legExtent != null;

export function NewSessionPage({ session }) {
  useTitle('Log a session');
  const [at, setAt] = useState(() => localInputValue());
  const [duration, setDuration] = useState('');
  const [entries, setEntries] = useState([]);
  const [notes, setNotes] = useState('');
  const [after, setAfter] = useState(EMPTY_CHECK_IN);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState(null);
  const nextKey = useRef(1);
  const errors = { ...fieldErrors(error), ...(error?.local || {}) };

  const add = (exercise) => {
    setEntries([...entries, entryFor(exercise, nextKey.current++)]);
  };
  const change = (index, entry) => setEntries(entries.map((e, i) => (i === index ? entry : e)));
  const remove = (index) => setEntries(entries.filter((_, i) => i !== index));

  const submit = async (event) => {
    event.preventDefault();
    const local = {};
    if (!instantOf(at)) local.at = 'Give the date and time of the session.';
    if (!entries.length) local.exercises = 'Add at least one exercise.';
    if (touched(after)) Object.assign(local, missing(after, 'after/'));
    if (Object.keys(local).length) {
      setError({ title: 'Some answers are missing', detail: '', errors: [], local });
      return;
    }
    setBusy(true);
    setError(null);
    const when = instantOf(at);
    try {
      const saved = await postJson('/api/v1/journal/sessions', {
        at: when, routineId: null, routineName: null,
        durationMinutes: duration === '' ? null : Number(duration),
        exercises: entries.map(entryBody), notes: notes.trim() || null,
        after: touched(after) ? checkInBody(after, { at: new Date().toISOString() }) : null,
      });
      if (saved?.after?.redFlags?.length) refreshRedFlags(session.user.id);
      setFlash('Session saved.');
      navigate('/journal');
    } catch (e) {
      setError(e);
      setBusy(false);
    }
  };

  return h('div', { class: 'page new-session-page' },
    h('p', { class: 'back' }, h('a', { href: '/journal' }, '← Journal')),
    h('h1', null, 'Log a session'),
    h('form', { class: 'form session-form', onSubmit: submit, noValidate: true },
      h('div', { class: 'two-columns' },
        h(TextField, { id: 'at', label: 'When', type: 'datetime-local', value: at, onValue: setAt, error: errors.at, required: true }),
        h(TextField, { id: 'durationMinutes', label: 'How long (minutes, optional)', type: 'number', inputmode: 'numeric', min: 1, max: 600, value: duration, onValue: setDuration, error: errors.durationMinutes })),
      h('section', { class: 'section', 'aria-labelledby': 'done-title' },
        h('h2', { id: 'done-title' }, 'Exercises'),
        entries.length
          ? h('ol', { class: 'done-list' }, entries.map((entry, i) => h(ExerciseDone, {
            key: entry.key, entry, index: i, errors, onChange: (next) => change(i, next), onRemove: () => remove(i),
          })))
          : h('p', { class: 'muted' }, 'None yet: find them below and add them in the order you did them.'),
        errors.exercises ? h('p', { class: 'field-error', id: 'exercises-error' }, errors.exercises) : null,
        h(ExercisePicker, { chosenIds: entries.map((e) => e.exerciseId), onAdd: add })),
      h('details', { class: 'more-details after-check-in', open: touched(after) ? true : undefined },
        h('summary', null, 'Pain now, after the session (optional)'),
        h('div', { class: 'details-body' },
          h(CheckInFields, { form: after, onChange: setAfter, errors, idPrefix: 'after-', errorPrefix: 'after/', short: true }))),
      h(TextArea, { id: 'notes', label: 'Notes (optional)', value: notes, onValue: setNotes, maxLength: 2000, error: errors.notes }),
      h(FormProblem, { error, shown: [...SHOWN, ...entries.flatMap((_, i) => SHOWN_PER_EXERCISE.map((f) => `exercises/${i}/${f}`))] }),
      h('div', { class: 'form-actions sticky-actions' },
        h('button', { type: 'submit', class: 'button big', disabled: busy }, busy ? 'Saving…' : 'Save session'),
        h('a', { class: 'button secondary', href: '/journal' }, 'Cancel'))));
}
