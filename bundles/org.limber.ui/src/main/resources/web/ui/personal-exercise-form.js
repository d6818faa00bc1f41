// An exercise of the user's own (or their physiotherapist's): name, summary, steps, kind, positions, directions and
// default dose. Positions and directions let the user's limits (exclusions) apply to it too.

import { h } from 'preact';
import { useRef, useState } from 'preact/hooks';
import { postJson, putJson } from '../lib/api.js';
import { fieldErrors } from '../lib/fields.js';
import { label } from '../lib/labels.js';
import { CATEGORIES, DIRECTIONS, DOSE_NUMBERS, POSITIONS, doseBody, doseForm } from '../lib/routines.js';
import { FieldMessages, SelectField, TextArea, TextField } from './field.js';
import { FormProblem } from './form-problem.js';

const MAX_STEPS = 20;

function Checks({ name, legend, options, values, onValues, error }) {
  const toggle = (value, on) => onValues(on ? [...values.filter((v) => v !== value), value] : values.filter((v) => v !== value));
  return h('fieldset', { class: 'checks', 'aria-describedby': error ? `${name}-error` : undefined },
    h('legend', null, legend),
    h('div', { class: 'chips' }, options.map((value) => h('label', { key: value, class: 'chip toggle' },
      h('input', { type: 'checkbox', name, value, checked: values.includes(value), onChange: (e) => toggle(value, e.currentTarget.checked) }),
      h('span', null, label(value))))),
    h(FieldMessages, { id: name, error }));
}

export function PersonalExerciseForm({ exercise, onSaved, onCancel }) {
  const keys = useRef(1);
  const [name, setName] = useState(exercise?.name || '');
  const [summary, setSummary] = useState(exercise?.summary || '');
  const [steps, setSteps] = useState(() => (exercise?.steps?.length ? exercise.steps : ['']).map((text) => ({ key: keys.current++, text })));
  const [category, setCategory] = useState(exercise?.category || 'stretch');
  const [positions, setPositions] = useState(exercise?.positions || []);
  const [directions, setDirections] = useState(exercise?.directions || []);
  const [dose, setDose] = useState(() => doseForm(exercise?.dose));
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState(null);
  const errors = { ...fieldErrors(error), ...(error?.local || {}) };
  const prefix = exercise ? `pe${exercise.id}` : 'pe-new';
  const id = (field) => `${prefix}-${field}`;

  const submit = async (event) => {
    event.preventDefault();
    const body = {
      name: name.trim(), summary: summary.trim() || null, steps: steps.map((s) => s.text.trim()).filter(Boolean),
      category, positions, directions, dose: doseBody(dose),
    };
    const local = {};
    if (!body.name) local.name = 'Give the exercise a name.';
    if (!body.steps.length) local.steps = 'Describe at least one step.';
    if (Object.keys(local).length) { setError({ title: 'Some answers are missing', detail: '', errors: [], local }); return; }
    setBusy(true);
    setError(null);
    try {
      const saved = exercise
        ? await putJson(`/api/v1/personal-exercises/${encodeURIComponent(exercise.id)}`, body)
        : await postJson('/api/v1/personal-exercises', body);
      onSaved(saved);
    } catch (e) {
      setError(e);
      setBusy(false);
    }
  };

  return h('form', { class: 'form personal-exercise-form', onSubmit: submit, noValidate: true },
    h(TextField, { id: id('name'), label: 'Name', value: name, onValue: setName, maxLength: 100, error: errors.name }),
    h(TextArea, { id: id('summary'), label: 'What it is for (optional)', value: summary, onValue: setSummary, maxLength: 500, rows: 2, error: errors.summary }),
    h('fieldset', { class: 'steps-field' },
      h('legend', null, 'Steps'),
      h('ol', { class: 'step-inputs' }, steps.map((step, i) => h('li', { key: step.key },
        h('label', { class: 'visually-hidden', for: id(`step${step.key}`) }, `Step ${i + 1}`),
        h('input', { id: id(`step${step.key}`), type: 'text', maxLength: 500, value: step.text,
          'aria-invalid': errors[`steps/${i}`] ? 'true' : undefined,
          onInput: (e) => { const text = e.currentTarget.value; setSteps((list) => list.map((s) => (s.key === step.key ? { ...s, text } : s))); } }),
        steps.length > 1
          ? h('button', { type: 'button', class: 'link-button', onClick: () => setSteps(steps.filter((s) => s.key !== step.key)), 'aria-label': `Remove step ${i + 1}` }, 'Remove')
          : null,
        errors[`steps/${i}`] ? h('p', { class: 'field-error' }, errors[`steps/${i}`]) : null))),
      steps.length < MAX_STEPS
        ? h('button', { type: 'button', class: 'button secondary small-button', onClick: () => setSteps([...steps, { key: keys.current++, text: '' }]) }, '+ Add a step')
        : null,
      errors.steps ? h('p', { class: 'field-error', id: `${id('steps')}-error` }, errors.steps) : null),
    h(SelectField, { id: id('category'), label: 'Kind of exercise', value: category, onValue: setCategory, options: CATEGORIES.map((c) => [c, label(c)]), error: errors.category }),
    h(Checks, { name: id('positions'), legend: 'Positions', options: POSITIONS, values: positions, onValues: setPositions, error: errors.positions }),
    h(Checks, { name: id('directions'), legend: 'Movement of the back', options: DIRECTIONS, values: directions, onValues: setDirections, error: errors.directions }),
    h('fieldset', { class: 'dose-done' },
      h('legend', null, 'Usual dose'),
      h('div', { class: 'dose-fields' },
        DOSE_NUMBERS.map(([field, text, max]) => h(TextField, {
          key: field, id: id(field), label: text, type: 'number', inputmode: 'numeric', min: 0, max, value: dose[field],
          onValue: (v) => setDose({ ...dose, [field]: v }), error: errors[`dose/${field}`],
        })),
        h(SelectField, { id: id('perSide'), label: 'Sides', value: dose.perSide, onValue: (v) => setDose({ ...dose, perSide: v }),
          options: [['', 'Not said'], ['yes', 'Each side'], ['no', 'Not sided']], error: errors['dose/perSide'] }))),
    h(FormProblem, { error, shown: ['name', 'summary', 'steps', 'category', 'positions', 'directions', ...steps.map((_, i) => `steps/${i}`), ...DOSE_NUMBERS.map(([f]) => `dose/${f}`), 'dose/perSide'] }),
    h('div', { class: 'form-actions' },
      h('button', { type: 'submit', class: 'button', disabled: busy }, busy ? 'Saving…' : exercise ? 'Save changes' : 'Add exercise'),
      onCancel ? h('button', { type: 'button', class: 'button secondary', onClick: onCancel }, 'Cancel') : null));
}
