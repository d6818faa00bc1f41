// The quick check-in (ten seconds on a phone): back and leg pain, how far down the leg, a few symptoms, and the
// warning signs. A check-in that reports warning signs brings up the red-flag alert at the top at once.

import { h } from 'preact';
import { useState } from 'preact/hooks';
import { postJson } from '../lib/api.js';
import { fieldErrors } from '../lib/fields.js';
import { label } from '../lib/labels.js';
import { time } from '../lib/dates.js';
import { showSavedCheckIn } from '../lib/red-flags.js';
import { useTitle } from '../ui/bits.js';
import { CheckInFields, EMPTY_CHECK_IN, checkInBody, missing } from '../ui/check-in-form.js';
import { WarningSigns } from '../ui/warning-signs.js';
import { FormProblem } from '../ui/form-problem.js';

const SHOWN = ['backPain', 'legPain', 'legExtent', 'sittingMinutes', 'sleepQuality', 'notes', 'redFlags'];

function Saved({ checkIn, onAnother }) {
  const flagged = checkIn.redFlags?.length > 0;
  return h('div', { class: 'saved-panel', role: 'status' },
    h('h2', null, 'Check-in saved'),
    h('p', null, `${time(checkIn.at)}: back pain ${checkIn.backPain}, leg pain ${checkIn.legPain}, `
      + `${checkIn.legExtent === 'none' ? 'not down the leg' : `down to: ${label(checkIn.legExtent).toLowerCase()}`}.`),
    flagged ? h('p', null, 'The warning signs you reported are recorded; please read the notice above.') : null,
    h('div', { class: 'form-actions' },
      flagged ? null : h('a', { class: 'button', href: '/journal/new-session' }, 'Log a session'),
      h('a', { class: 'button secondary', href: '/journal' }, 'See the journal'),
      h('button', { type: 'button', class: 'button secondary', onClick: onAnother }, 'New check-in')));
}

export function CheckInPage({ session }) {
  useTitle('Check-in');
  const [form, setForm] = useState(EMPTY_CHECK_IN);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState(null);
  const [saved, setSaved] = useState(null);
  const errors = { ...fieldErrors(error), ...(error?.local || {}) };

  const submit = async (event) => {
    event.preventDefault();
    const local = missing(form);
    if (Object.keys(local).length) {
      setError({ title: 'A few answers are missing', detail: 'Back pain, leg pain and how far down the leg are needed.', errors: [], local });
      document.querySelector('.check-in-form [aria-invalid="true"]')?.scrollIntoView({ block: 'center' });
      return;
    }
    setBusy(true);
    setError(null);
    try {
      const checkIn = await postJson('/api/v1/journal/check-ins', checkInBody(form));
      showSavedCheckIn(session.user.id, checkIn);
      setSaved(checkIn);
      setForm(EMPTY_CHECK_IN);
      if (!checkIn.redFlags?.length) window.scrollTo(0, 0);
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };

  if (saved) {
    return h('div', { class: 'page check-in-page' },
      h('h1', null, 'Check-in'),
      h(Saved, { checkIn: saved, onAnother: () => setSaved(null) }));
  }
  return h('div', { class: 'page check-in-page' },
    h('h1', null, 'How are you right now?'),
    h('p', { class: 'lead' }, 'Tap a number for each, then Save. The rest is optional.'),
    h('form', { class: 'form check-in-form', onSubmit: submit, noValidate: true },
      h(CheckInFields, { form, onChange: setForm, errors }),
      h(WarningSigns, { selected: form.redFlags, onChange: (redFlags) => setForm({ ...form, redFlags }) }),
      h(FormProblem, { error, shown: SHOWN }),
      h('div', { class: 'form-actions sticky-actions' },
        h('button', { type: 'submit', class: 'button big', disabled: busy }, busy ? 'Saving…' : 'Save check-in'))));
}
