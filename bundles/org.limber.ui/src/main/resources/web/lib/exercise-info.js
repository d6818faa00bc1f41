// What the routine editor knows of each exercise a routine uses: its name, whether it is still available, its
// default dose (the placeholders of the dose fields), and its positions and directions (for the exclusions).

import { getJson, isAbort } from './api.js';
import { mainDose } from './dose.js';
import { doseDefaults } from './routines.js';

export const PERSONAL_PREFIX = 'personal:';

export function catalogInfo(exercise) {
  return {
    exerciseId: exercise.id, name: exercise.name, available: true, personal: false,
    category: exercise.category, positions: exercise.positions || [], directions: exercise.directions || [],
    defaults: doseDefaults(mainDose(exercise.doses)),
  };
}

export function personalInfo(exercise) {
  return {
    exerciseId: exercise.exerciseId, name: exercise.name, available: true, personal: true,
    category: exercise.category, positions: exercise.positions || [], directions: exercise.directions || [],
    defaults: doseDefaults(exercise.dose),
  };
}

/** An exercise that is gone (its pack removed, or the personal exercise deleted): named after its id. */
export function missingInfo(exerciseId) {
  const name = exerciseId.startsWith(PERSONAL_PREFIX)
    ? 'A deleted exercise of yours'
    : exerciseId.replace(/^.*\./, '').replaceAll('-', ' ').replace(/^./, (c) => c.toUpperCase());
  return { exerciseId, name, available: false, personal: exerciseId.startsWith(PERSONAL_PREFIX), positions: [], directions: [], defaults: {} };
}

/** Info for each of the ids, as an object keyed by id; a catalog exercise that answers 404 is missing. */
export async function loadInfo(ids, personal, signal) {
  const info = {};
  for (const p of personal) info[p.exerciseId] = personalInfo(p);
  const catalog = [...new Set(ids)].filter((id) => !id.startsWith(PERSONAL_PREFIX));
  await Promise.all(catalog.map(async (id) => {
    try {
      info[id] = catalogInfo(await getJson(`/api/v1/exercises/${encodeURIComponent(id)}`, { signal }));
    } catch (error) {
      if (isAbort(error) || error.status !== 404) throw error;
      info[id] = missingInfo(id);
    }
  }));
  for (const id of ids) if (!info[id]) info[id] = missingInfo(id);
  return info;
}
