// Routines on the wire and in forms: days, section kinds, exclusions, doses, and the routine's body.

import { range } from './dose.js';

export const WEEKDAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'];
export const dayName = (d) => d.charAt(0).toUpperCase() + d.slice(1);
export const dayShort = (d) => dayName(d).slice(0, 3);

/** "Mon, Wed, Fri", "Every day" or "No days planned". */
export function daysText(days) {
  const sorted = WEEKDAYS.filter((d) => (days || []).includes(d));
  if (!sorted.length) return 'No days planned';
  if (sorted.length === 7) return 'Every day';
  return sorted.map(dayShort).join(', ');
}

export const SECTION_KINDS = [
  ['warm-up', 'Warm-up'],
  ['stretching', 'Stretching'],
  ['strengthening', 'Strengthening'],
  ['mobility', 'Mobility'],
  ['finish', 'Finish'],
  ['custom', 'Your own section'],
];

export function sectionTitle(section) {
  if (section.title) return section.title;
  const kind = SECTION_KINDS.find(([wire]) => wire === section.kind);
  return kind && section.kind !== 'custom' ? kind[1] : 'Section';
}

export const EXCLUSIONS = [
  ['no-kneeling', 'No kneeling', 'Nothing on your knees or on hands and knees'],
  ['no-face-down', 'Nothing face down', 'No lying on your front'],
  ['no-extension', 'No bending backward', 'No arching the back'],
  ['no-flexion', 'No bending forward', 'No rounding the back'],
  ['no-rotation', 'No twisting', 'No turning the trunk'],
  ['no-standing', 'Nothing standing', 'No standing exercises or activities such as walking'],
];

export const exclusionLabel = (wire) => EXCLUSIONS.find(([w]) => w === wire)?.[1] || wire;

// What each exclusion rules out, by the exercise's positions, directions and category. The server decides for
// routines (its warnings); this only marks exercises in the picker before they are added.
const RULES = {
  'no-kneeling': (e) => (e.positions || []).some((p) => p === 'kneeling' || p === 'hands-and-knees'),
  'no-face-down': (e) => (e.positions || []).includes('lying-face-down'),
  'no-extension': (e) => (e.directions || []).includes('extension'),
  'no-flexion': (e) => (e.directions || []).includes('flexion'),
  'no-rotation': (e) => (e.directions || []).includes('rotation'),
  'no-standing': (e) => (e.positions || []).length > 0 && (e.positions || []).every((p) => p === 'standing'),
};

/** The user's exclusions that rule this exercise out (by its positions and directions). */
export const rulingOut = (exercise, exclusions) => (exclusions || []).filter((x) => RULES[x]?.(exercise));

export const CATEGORIES = ['stretch', 'strengthening', 'mobility', 'nerve-glide', 'activity'];
export const POSITIONS = ['lying-on-back', 'lying-face-down', 'seated', 'kneeling', 'hands-and-knees', 'standing'];
export const DIRECTIONS = ['flexion', 'extension', 'rotation', 'neutral', 'nerve-glide'];
export const PHASES = ['acute', 'subacute', 'recovery'];

/** The number fields of a dose, in the order forms show them. */
export const DOSE_NUMBERS = [
  ['holdSeconds', 'Hold (s)', 600],
  ['reps', 'Reps', 200],
  ['sets', 'Sets', 20],
  ['restSeconds', 'Rest (s)', 600],
  ['minutes', 'Minutes', 180],
];

export const EMPTY_DOSE = { holdSeconds: '', reps: '', sets: '', perSide: '', restSeconds: '', minutes: '' };

/** A dose from the API (numbers or null) as form values (strings; perSide '' | 'yes' | 'no'). */
export function doseForm(dose) {
  const form = { ...EMPTY_DOSE };
  for (const [name] of DOSE_NUMBERS) form[name] = dose?.[name] == null ? '' : String(dose[name]);
  form.perSide = dose?.perSide == null ? '' : dose.perSide ? 'yes' : 'no';
  return form;
}

/** Form values as the API's dose: empty is null (the exercise's default). */
export function doseBody(form) {
  const body = {};
  for (const [name] of DOSE_NUMBERS) {
    const text = String(form?.[name] ?? '').trim();
    body[name] = text === '' ? null : Number(text);
  }
  body.perSide = form?.perSide === 'yes' ? true : form?.perSide === 'no' ? false : null;
  return body;
}

export const hasOverride = (form) => Object.values(form || {}).some((v) => v !== '' && v != null);

/** The placeholders of a dose form: an exercise's default dose, from a catalog dose (ranges) or a plain dose. */
export function doseDefaults(dose) {
  if (!dose) return {};
  const text = (v) => (v == null ? '' : typeof v === 'object' ? range(v) : String(v));
  return {
    holdSeconds: text(dose.holdSeconds), reps: text(dose.reps), sets: text(dose.sets),
    restSeconds: text(dose.restSeconds), minutes: text(dose.minutes),
    perSide: dose.perSide == null ? '' : dose.perSide ? 'yes' : 'no',
  };
}

/** A resolved dose in words: "Hold 20 s · 3 times · 2 sets · each side". */
export function doseText(dose) {
  if (!dose) return '';
  const parts = [];
  if (dose.holdSeconds) parts.push(`Hold ${dose.holdSeconds} s`);
  if (dose.reps && !(dose.reps === 1 && dose.holdSeconds)) parts.push(`${dose.reps} times`);
  if (dose.sets > 1) parts.push(`${dose.sets} sets`);
  if (dose.minutes) parts.push(`${dose.minutes} min`);
  if (dose.perSide) parts.push('each side');
  if (dose.sets > 1 && dose.restSeconds) parts.push(`rest ${dose.restSeconds} s`);
  return parts.join(' · ');
}

export const itemCount = (routine) => (routine.sections || []).reduce((sum, s) => sum + (s.items || []).length, 0);

/** The editor's form as RoutineData. */
export function routineBody(form) {
  return {
    name: form.name.trim(),
    notes: form.notes.trim() || null,
    days: WEEKDAYS.filter((d) => form.days.includes(d)),
    sections: form.sections.map((s) => ({
      kind: s.kind,
      title: s.title.trim() || null,
      items: s.items.map((i) => ({ exerciseId: i.exerciseId, dose: doseBody(i.dose), note: i.note.trim() || null })),
    })),
    keptDespiteStop: [...form.keptDespiteStop],
  };
}

/** A routine's reminder plan in the REST API, or its snooze and done under it. */
export const reminderPath = (routineId, action = '') =>
  `/api/v1/reminders/routines/${encodeURIComponent(routineId)}${action ? `/${action}` : ''}`;

/** The routine a link into the app is about (/routines/12/play is 12), or null. */
export function routineIdOf(link) {
  try {
    const m = new URL(link, location.href).pathname.match(/^\/routines\/(\d+)(\/|$)/);
    return m ? Number(m[1]) : null;
  } catch {
    return null;
  }
}
