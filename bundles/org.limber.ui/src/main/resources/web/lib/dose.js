// Puts a dose into plain words, e.g. "Hold 20–30 s, each side · 2–3 times".

export function range(r) {
  if (!r) return '';
  return r.min === r.max ? String(r.min) : `${r.min}–${r.max}`;
}

const plural = (r, one, many) => (r.max === 1 ? one : many);

function timesPerDay(r) {
  if (r.min === 1 && r.max === 1) return 'once a day';
  if (r.min === 2 && r.max === 2) return 'twice a day';
  return `${range(r)} times a day`;
}

export function describeDose(dose) {
  if (!dose) return '';
  const parts = [];
  let sideDone = false;
  const side = (text) => {
    if (dose.perSide && !sideDone) { sideDone = true; return `${text}, each side`; }
    return text;
  };
  if (dose.holdSeconds) parts.push(side(`Hold ${range(dose.holdSeconds)} s`));
  // A single repetition of a hold goes without saying ("Hold 10 s", not "Hold 10 s · once").
  if (dose.reps && !(dose.reps.max === 1 && dose.holdSeconds)) {
    parts.push(side(dose.reps.max === 1 ? 'once' : `${range(dose.reps)} times`));
  }
  if (dose.sets) parts.push(`${range(dose.sets)} ${plural(dose.sets, 'set', 'sets')}`);
  if (dose.minutes) parts.push(side(`${range(dose.minutes)} min`));
  if (dose.timesPerDay) parts.push(timesPerDay(dose.timesPerDay));
  if (dose.perSide && !sideDone) parts.push('Each side');
  return parts.join(' · ');
}

/** The dose a list shows: the main one (no label), else the first. */
export const mainDose = (doses) => (doses || []).find((d) => !d.label) || (doses || [])[0] || null;
