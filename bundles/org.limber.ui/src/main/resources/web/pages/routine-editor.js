// Builds or changes a routine: name, notes, planned days, and sections of exercises with their doses. The routine
// rules of the sources are checked as it changes and shown next to what they concern. Saving a routine that holds
// an exercise the journal says to stop asks, per exercise, to keep it or swap it.

import { h } from 'preact';
import { useRef, useState } from 'preact/hooks';
import { deleteJson, getJson, postJson, putJson } from '../lib/api.js';
import { fieldErrors } from '../lib/fields.js';
import { setFlash, takeFlash } from '../lib/flash.js';
import { loadInfo } from '../lib/exercise-info.js';
import { navigate } from '../lib/router.js';
import { DOSE_NUMBERS, SECTION_KINDS, WEEKDAYS, dayName, doseForm, routineBody } from '../lib/routines.js';
import { useResource } from '../lib/use-resource.js';
import { useRoutineCheck } from '../lib/use-routine-check.js';
import { useTitle } from '../ui/bits.js';
import { TextArea, TextField } from '../ui/field.js';
import { FormProblem } from '../ui/form-problem.js';
import { Resource } from '../ui/states.js';
import { ConfirmButton } from '../ui/confirm-button.js';
import { RoutinePicker } from '../ui/routine-picker.js';
import { RoutineSection } from '../ui/routine-section.js';
import { KeepOrSwap } from '../ui/keep-or-swap.js';

const SHOWN = ['name', 'notes', 'days', 'sections'];

/** The field errors the form shows at their fields; FormProblem lists the rest. */
function shownFields(form) {
  return [...SHOWN, ...form.sections.flatMap((s, i) => [
    `sections/${i}/title`, `sections/${i}/items`,
    ...s.items.flatMap((_, j) => [...DOSE_NUMBERS.map(([f]) => `sections/${i}/items/${j}/dose/${f}`), `sections/${i}/items/${j}/note`]),
  ])];
}

async function loadEditor(id, signal) {
  const [routine, personal, exclusions] = await Promise.all([
    id ? getJson(`/api/v1/routines/${encodeURIComponent(id)}`, { signal }) : null,
    getJson('/api/v1/personal-exercises', { signal }),
    getJson('/api/v1/exclusions', { signal }),
  ]);
  const ids = (routine?.sections || []).flatMap((s) => (s.items || []).map((i) => i.exerciseId));
  const info = await loadInfo(ids, personal.exercises || [], signal);
  return { routine, personal: personal.exercises || [], exclusions: exclusions.exclusions || [], info };
}

function formOf(routine, nextKey) {
  if (!routine) {
    return { name: '', notes: '', days: [], keptDespiteStop: [], sections: [{ key: nextKey(), kind: 'stretching', title: '', items: [] }] };
  }
  return {
    name: routine.name || '', notes: routine.notes || '', days: routine.days || [],
    keptDespiteStop: routine.keptDespiteStop || [],
    sections: (routine.sections || []).map((s) => ({
      key: nextKey(), kind: s.kind, title: s.title || '',
      items: (s.items || []).map((i) => ({ key: nextKey(), exerciseId: i.exerciseId, dose: doseForm(i.dose), note: i.note || '' })),
    })),
  };
}

function AddSection({ onAdd }) {
  const [kind, setKind] = useState('warm-up');
  const [title, setTitle] = useState('');
  const [error, setError] = useState('');
  const add = () => {
    if (kind === 'custom' && !title.trim()) { setError('Give your section a title.'); return; }
    onAdd(kind, title.trim());
    setTitle('');
    setError('');
  };
  return h('fieldset', { class: 'add-section' },
    h('legend', null, 'Add a section'),
    h('div', { class: 'add-section-fields' },
      h('div', { class: 'field' },
        h('label', { for: 'new-section-kind' }, 'Kind'),
        h('select', { id: 'new-section-kind', value: kind, onChange: (e) => setKind(e.currentTarget.value) },
          SECTION_KINDS.map(([v, t]) => h('option', { key: v, value: v }, t)))),
      h(TextField, { id: 'new-section-title', label: kind === 'custom' ? 'Title' : 'Title (optional)', value: title, onValue: setTitle, maxLength: 100, error }),
      h('button', { type: 'button', class: 'button secondary', onClick: add }, 'Add section')));
}

function RoutineWarnings({ check }) {
  const general = check.warnings.filter((w) => !w.exerciseId);
  return h('div', { class: 'routine-rules', 'aria-live': 'polite' },
    general.length
      ? h('ul', { class: 'item-warnings' }, general.map((w, i) => h('li', { key: i, class: 'routine-warning', 'data-code': w.code }, w.message)))
      : null,
    check.error && check.error.status !== 400
      ? h('p', { class: 'muted small' }, `The routine rules could not be checked just now (${check.error.title}).`) : null);
}

function Editor({ id, data }) {
  const keys = useRef(1);
  const nextKey = () => keys.current++;
  const [form, setForm] = useState(() => formOf(data.routine, nextKey));
  const [info, setInfo] = useState(data.info);
  const [picker, setPicker] = useState(null);
  const [questions, setQuestions] = useState(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState(null);
  const body = routineBody(form);
  const check = useRoutineCheck(body, id);
  // What the check finds wrong shows at its field while the user types; what saving found, once they save.
  const live = check.error?.status === 400 ? fieldErrors(check.error) : {};
  const errors = { ...live, ...fieldErrors(error), ...(error?.local || {}) };

  const set = (name) => (value) => setForm((f) => ({ ...f, [name]: value }));
  const setSections = (fn) => setForm((f) => ({ ...f, sections: fn(f.sections) }));
  const infoFor = (exerciseId) => info[exerciseId] || { exerciseId, name: exerciseId, available: true, positions: [], directions: [], defaults: {} };
  const warningsFor = (exerciseId) => check.warnings.filter((w) => w.exerciseId === exerciseId);
  const toggleDay = (day, on) => set('days')(on ? [...form.days.filter((d) => d !== day), day] : form.days.filter((d) => d !== day));

  const pick = (chosen) => {
    setInfo((i) => ({ ...i, [chosen.exerciseId]: chosen }));
    const { sectionKey, itemKey } = picker;
    setSections((sections) => sections.map((s) => {
      if (s.key !== sectionKey) return s;
      if (itemKey == null) return { ...s, items: [...s.items, { key: nextKey(), exerciseId: chosen.exerciseId, dose: doseForm(null), note: '' }] };
      return { ...s, items: s.items.map((i) => (i.key === itemKey ? { ...i, exerciseId: chosen.exerciseId } : i)) };
    }));
    setPicker(null);
  };
  const moveSection = (index, delta) => setSections((sections) => {
    const next = [...sections];
    [next[index], next[index + delta]] = [next[index + delta], next[index]];
    return next;
  });

  const save = async (sent) => {
    setBusy(true);
    setError(null);
    try {
      if (id) await putJson(`/api/v1/routines/${encodeURIComponent(id)}`, sent);
      else await postJson('/api/v1/routines', sent);
      setFlash(`“${sent.name}” saved.`);
      navigate('/routines');
    } catch (e) {
      setBusy(false);
      if (e.status === 409) await askAboutStops(sent, e);
      else setError(e);
    }
  };
  // The refusal carries the warnings to answer, each with its exercise id.
  const askAboutStops = async (sent, refusal) => {
    const open = refusal.warnings.filter((w) => w.needsConfirmation);
    if (open.length) setQuestions({ list: open, at: 0, kept: [...form.keptDespiteStop] });
    else setError(refusal);
  };
  const keep = () => {
    const { list, at, kept } = questions;
    const nextKept = [...new Set([...kept, list[at].exerciseId])];
    if (at + 1 < list.length) { setQuestions({ list, at: at + 1, kept: nextKept }); return; }
    setQuestions(null);
    setForm((f) => ({ ...f, keptDespiteStop: nextKept }));
    save({ ...body, keptDespiteStop: nextKept });
  };
  const swap = () => {
    const { list, at, kept } = questions;
    const exerciseId = list[at].exerciseId;
    setQuestions(null);
    setForm((f) => ({ ...f, keptDespiteStop: kept }));
    for (const s of form.sections) {
      const item = s.items.find((i) => i.exerciseId === exerciseId);
      if (item) { setPicker({ sectionKey: s.key, itemKey: item.key }); break; }
    }
  };

  const submit = (event) => {
    event.preventDefault();
    if (!body.name) {
      setError({ title: 'The routine needs a name', detail: '', errors: [], local: { name: 'Give your routine a name.' } });
      document.getElementById('name')?.focus();
      return;
    }
    save(body);
  };

  const pickerTitle = () => {
    if (!picker) return '';
    const section = form.sections.find((s) => s.key === picker.sectionKey);
    const item = section?.items.find((i) => i.key === picker.itemKey);
    return item ? `Swap ${infoFor(item.exerciseId).name} for` : 'Add an exercise';
  };
  const renderPicker = () => h(RoutinePicker, {
    key: `${picker.sectionKey}-${picker.itemKey}`, title: pickerTitle(), action: picker.itemKey == null ? 'Add' : 'Swap in',
    personal: data.personal, exclusions: data.exclusions, onPick: pick, onClose: () => setPicker(null),
  });
  const question = questions ? questions.list[questions.at] : null;

  return h('form', { class: 'form routine-form', onSubmit: submit, noValidate: true },
    h(TextField, { id: 'name', label: 'Name', value: form.name, onValue: set('name'), maxLength: 100, required: true, error: errors.name, placeholder: 'e.g. Evening stretches' }),
    h('fieldset', { class: 'weekdays', 'aria-describedby': errors.days ? 'days-error' : undefined },
      h('legend', null, 'Planned days'),
      h('p', { class: 'field-hint' }, 'Reminders come on these days.'),
      h('div', { class: 'chips' }, WEEKDAYS.map((d) => h('label', { key: d, class: 'chip toggle day-toggle' },
        h('input', { type: 'checkbox', name: 'days', value: d, checked: form.days.includes(d), onChange: (e) => toggleDay(d, e.currentTarget.checked) }),
        h('span', null, dayName(d))))),
      errors.days ? h('p', { class: 'field-error', id: 'days-error' }, errors.days) : null),
    h('div', { class: 'routine-sections' },
      h('h2', null, 'Exercises'),
      h(RoutineWarnings, { check }),
      form.sections.map((section, index) => h(RoutineSection, {
        key: section.key, section, index, count: form.sections.length, infoFor, warningsFor, errors, picker, renderPicker,
        onChange: (next) => setSections((sections) => sections.map((s) => (s.key === section.key ? next : s))),
        onMove: (delta) => moveSection(index, delta),
        onRemove: () => { setSections((sections) => sections.filter((s) => s.key !== section.key)); if (picker?.sectionKey === section.key) setPicker(null); },
        onPick: setPicker,
      })),
      errors.sections ? h('p', { class: 'field-error' }, errors.sections) : null,
      h(AddSection, { onAdd: (kind, title) => setSections((sections) => [...sections, { key: nextKey(), kind, title, items: [] }]) })),
    h(TextArea, { id: 'notes', label: 'Notes (optional)', value: form.notes, onValue: set('notes'), maxLength: 2000, error: errors.notes }),
    form.keptDespiteStop.length
      ? h('p', { class: 'muted small' }, `You chose to keep ${form.keptDespiteStop.length === 1 ? 'one exercise' : `${form.keptDespiteStop.length} exercises`} your journal says to stop.`)
      : null,
    h(FormProblem, { error, shown: shownFields(form) }),
    question
      ? h(KeepOrSwap, { key: `${questions.at}`, warning: question, name: infoFor(question.exerciseId).name, position: questions.at + 1, count: questions.list.length,
        onKeep: keep, onSwap: swap, onCancel: () => setQuestions(null) })
      : null,
    h('div', { class: 'form-actions sticky-actions' },
      h('button', { type: 'submit', class: 'button big', disabled: busy }, busy ? 'Saving…' : 'Save routine'),
      h('a', { class: 'button secondary', href: '/routines' }, 'Cancel'),
      id ? h(DeleteRoutine, { id, name: form.name }) : null));
}

function DeleteRoutine({ id, name }) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState(null);
  const remove = async () => {
    setBusy(true);
    try {
      await deleteJson(`/api/v1/routines/${encodeURIComponent(id)}`);
      setFlash(`“${name}” deleted.`);
      navigate('/routines');
    } catch (e) {
      setError(e);
      setBusy(false);
    }
  };
  return [
    h(ConfirmButton, { key: 'delete', label: 'Delete routine', confirmLabel: 'Yes, delete', question: 'Delete this routine and its reminders?', onConfirm: remove, busy }),
    error ? h(FormProblem, { key: 'error', error }) : null,
  ];
}

export function RoutineEditorPage({ id = null }) {
  const [flash] = useState(takeFlash);
  const editor = useResource((signal) => loadEditor(id, signal), [id], { refreshOn: [] });
  const title = id ? `Edit ${editor.data?.routine?.name || 'routine'}` : 'New routine';
  useTitle(title);
  return h('div', { class: 'page routine-editor-page' },
    h('p', { class: 'back' }, h('a', { href: '/routines' }, '← Routines')),
    h('h1', null, title),
    flash ? h('p', { class: 'saved', role: 'status' }, flash) : null,
    h(Resource, { resource: editor, what: 'the routine' }, (data) => h(Editor, { key: id || 'new', id, data })));
}
