// The guided session's timing, as a pure state machine: no timers, no DOM, no sound. The page feeds it time with
// tick(state, ms) and the user's taps with send(state, event); both return { state, cues }, where cues are what to
// say or beep at that moment. view(state) says what to show, results(state) what to record in the journal.
//
// Each exercise gets a plan of steps (its `plan`; its `steps` stay the instructions to read): get ready, then per
// set (and per side) its work — timed holds with a pause to relax between them, a paced repetition count, a timed
// activity, or "tap Done" — with a side switch and a rest between sets. Only work steps count as done.

export const TIMING = {
  readyMs: 5000,
  switchMs: 5000,
  relaxMs: 3000,
  paceMs: 3000,
  defaultRestSeconds: 15,
};

const SIDE_NAMES = { left: 'Left', right: 'Right' };

const n = (value) => (Number.isFinite(value) && value > 0 ? Math.floor(value) : 0);

/** The steps of one exercise for its resolved dose. */
export function stepsOf(dose, timing = TIMING) {
  const hold = n(dose?.holdSeconds);
  const reps = n(dose?.reps);
  const sets = Math.max(1, n(dose?.sets));
  const minutes = n(dose?.minutes);
  const sides = dose?.perSide ? ['left', 'right'] : [null];
  const rest = n(dose?.restSeconds) || timing.defaultRestSeconds;
  const steps = [{ kind: 'ready', ms: timing.readyMs, set: 1, side: sides[0] }];
  for (let set = 1; set <= sets; set += 1) {
    sides.forEach((side, s) => {
      if (s > 0) steps.push({ kind: 'switch', ms: timing.switchMs, set, side });
      const last = s === sides.length - 1;
      if (hold) {
        const count = Math.max(1, reps);
        for (let rep = 1; rep <= count; rep += 1) {
          steps.push({ kind: 'hold', ms: hold * 1000, work: true, endsSet: last && rep === count, set, side, rep, reps: count });
          if (rep < count) steps.push({ kind: 'relax', ms: timing.relaxMs, set, side, rep, reps: count });
        }
      } else if (reps) {
        steps.push({ kind: 'count', ms: reps * timing.paceMs, pace: timing.paceMs, work: true, endsSet: last, set, side, reps });
      } else if (minutes) {
        steps.push({ kind: 'timed', ms: minutes * 60000, work: true, endsSet: last, set, side });
      } else {
        steps.push({ kind: 'manual', ms: null, work: true, endsSet: last, set, side });
      }
    });
    if (set < sets) steps.push({ kind: 'rest', ms: rest * 1000, set });
  }
  return steps.map((step) => ({ ...step, sets }));
}

const fresh = () => ({ status: 'pending', sets: 0, sides: [], response: null });

/**
 * A session over the routine's items in order ({ exerciseId, name, available, dose, ... }). Unavailable items are
 * not played: they are recorded as skipped.
 */
export function start(items, timing = TIMING) {
  const all = items.map((item, index) => ({ ...item, index }));
  const exercises = all.filter((item) => item.available !== false).map((item) => ({ ...item, plan: stepsOf(item.dose, timing) }));
  const state = {
    items: all, exercises, ex: 0, step: 0, elapsed: 0, paused: false,
    finished: exercises.length === 0, outcomes: exercises.map(fresh), spoken: 0,
  };
  return { state, cues: state.finished ? [] : enterCues(state) };
}

const current = (state) => state.exercises[state.ex]?.plan[state.step] || null;

function enterCues(state) {
  const exercise = state.exercises[state.ex];
  const step = current(state);
  if (!step) return [];
  switch (step.kind) {
    case 'ready':
      return [{ say: `Get ready: ${exercise.name}.${step.side ? ' Start with the left side.' : ''}` }];
    case 'hold':
      return [{ beep: 'start' }, { say: step.rep === 1 && step.side ? `${SIDE_NAMES[step.side]} side. Hold.` : 'Hold.' }];
    case 'relax':
      return [{ say: 'Relax.' }];
    case 'switch':
      return [{ say: `Switch to the ${step.side} side.` }];
    case 'rest':
      return [{ say: `Rest for ${Math.round(step.ms / 1000)} seconds.` }];
    case 'count':
      return [{ beep: 'start' }, { say: `${step.side ? `${SIDE_NAMES[step.side]} side. ` : ''}${step.reps} times, slowly. One.` }];
    case 'timed':
      return [{ beep: 'start' }, { say: `${Math.round(step.ms / 60000)} minutes, at an easy pace.` }];
    case 'manual':
      return [{ say: `${exercise.name}. Tap Done when you have finished.` }];
    default:
      return [];
  }
}

function withOutcome(state, ex, change) {
  const outcomes = state.outcomes.map((o, i) => (i === ex ? { ...o, ...change(o) } : o));
  return { ...state, outcomes };
}

/** Records a completed work step. */
function credit(state, step) {
  if (!step?.work) return state;
  return withOutcome(state, state.ex, (o) => ({
    sets: Math.max(o.sets, step.set),
    sides: step.side && !o.sides.includes(step.side) ? [...o.sides, step.side] : o.sides,
  }));
}

/** Goes to exercise ex (its get-ready step), or finishes when there is none. */
function goTo(state, ex) {
  if (ex >= state.exercises.length) {
    return { state: { ...state, ex: state.exercises.length, step: 0, elapsed: 0, finished: true, paused: false },
      cues: [{ beep: 'finish' }, { say: 'Well done. That is the end of the routine.' }] };
  }
  const next = { ...state, ex, step: 0, elapsed: 0, spoken: 0 };
  return { state: next, cues: enterCues(next) };
}

/** Ends the current step (its time ran out, or Done was tapped) and enters the next one. */
function complete(state, carry = 0) {
  const step = current(state);
  let next = credit(state, step);
  const cues = step?.kind === 'hold' ? [{ beep: 'end' }] : [];
  const plan = next.exercises[next.ex].plan;
  if (next.step + 1 < plan.length) {
    next = { ...next, step: next.step + 1, elapsed: carry, spoken: 0 };
    return { state: next, cues: [...cues, ...enterCues(next)] };
  }
  next = withOutcome(next, next.ex, (o) => (o.status === 'pending' ? { status: 'done' } : {}));
  const moved = goTo(next, next.ex + 1);
  return { state: { ...moved.state, elapsed: moved.state.finished ? 0 : carry }, cues: [...cues, ...moved.cues] };
}

/** Lets ms of time pass. Paused, finished and "tap Done" steps do not move. */
export function tick(state, ms) {
  if (state.paused || state.finished || !(ms > 0)) return { state, cues: [] };
  let next = { ...state, elapsed: state.elapsed + ms };
  const cues = [];
  for (;;) {
    const step = current(next);
    if (!step || step.ms == null) return { state: { ...next, elapsed: step ? 0 : next.elapsed }, cues };
    if (next.elapsed < step.ms) break;
    const moved = complete(next, next.elapsed - step.ms);
    cues.push(...moved.cues);
    next = moved.state;
    if (next.finished) return { state: next, cues };
  }
  const step = current(next);
  if (step.kind === 'count') {
    const counted = Math.min(step.reps, Math.floor(next.elapsed / step.pace) + 1);
    if (counted > 1 && counted > next.spoken) {
      cues.push({ say: String(counted) });
      next = { ...next, spoken: counted };
    }
  }
  return { state: next, cues };
}

/** Whose "this made it worse" it is now: the exercise under way, or the one just finished while the next gets ready. */
export function worseTarget(state) {
  if (state.finished) return null;
  const step = current(state);
  if (step?.kind === 'ready' && state.ex > 0 && state.outcomes[state.ex - 1].status === 'done') return state.ex - 1;
  return state.ex;
}

/**
 * Events: pause, resume, toggle, done (ends a waiting or "tap Done" step early), skip (the whole exercise),
 * repeat (this exercise from its start), previous (the exercise before), worse ({ response }: stops the exercise it
 * concerns and moves on), finish (ends the session; what is left is skipped).
 */
export function send(state, event) {
  const type = typeof event === 'string' ? event : event.type;
  if (type === 'response') return { state: setResponse(state, event.index, event.response), cues: [] };
  if (state.finished) return { state, cues: [] };
  switch (type) {
    case 'pause':
      return { state: { ...state, paused: true }, cues: [] };
    case 'resume':
      return { state: { ...state, paused: false }, cues: [] };
    case 'toggle':
      return { state: { ...state, paused: !state.paused }, cues: [] };
    case 'done': {
      const moved = complete(state);
      return { state: { ...moved.state, paused: false }, cues: moved.cues };
    }
    case 'skip': {
      const marked = withOutcome(state, state.ex, (o) => ({ status: o.sets > 0 ? 'done' : 'skipped' }));
      const moved = goTo({ ...marked, paused: false }, state.ex + 1);
      return moved;
    }
    case 'repeat': {
      const reset = withOutcome({ ...state, paused: false }, state.ex, fresh);
      return goTo(reset, state.ex);
    }
    case 'previous': {
      const to = Math.max(0, state.ex - 1);
      let reset = withOutcome({ ...state, paused: false }, state.ex, fresh);
      reset = withOutcome(reset, to, fresh);
      return goTo(reset, to);
    }
    case 'worse': {
      const target = worseTarget(state);
      const response = event.response || 'worse';
      if (target !== state.ex) {
        return { state: withOutcome(state, target, () => ({ response })), cues: [{ say: 'Noted. Take it easy with the next one.' }] };
      }
      const stopped = withOutcome({ ...state, paused: false }, target, () => ({ status: 'stopped', response }));
      const moved = goTo(stopped, target + 1);
      return { state: moved.state, cues: [{ say: 'Stopped. It is noted in your journal.' }, ...moved.cues] };
    }
    case 'finish': {
      const marked = state.outcomes.map((o, i) => (i >= state.ex && o.status === 'pending' ? { ...o, status: o.sets > 0 ? 'done' : 'skipped' } : o));
      return { state: { ...state, outcomes: marked, ex: state.exercises.length, step: 0, elapsed: 0, finished: true, paused: false }, cues: [] };
    }
    default:
      return { state, cues: [] };
  }
}

/** Changes how an exercise felt (e.g. "worse" to "spread" after the session), by its index among the played ones. */
export function setResponse(state, index, response) {
  if (!state.outcomes[index]) return state;
  return withOutcome(state, index, () => ({ response }));
}

/** What the page shows now. */
export function view(state) {
  const exercise = state.exercises[state.ex] || null;
  const step = current(state);
  const remainingMs = step?.ms == null ? null : Math.max(0, step.ms - state.elapsed);
  return {
    finished: state.finished,
    paused: state.paused,
    exercise,
    exerciseNumber: state.ex + 1,
    exerciseCount: state.exercises.length,
    next: state.exercises[state.ex + 1] || null,
    step,
    remainingMs,
    fraction: step?.ms ? Math.min(1, state.elapsed / step.ms) : null,
    count: step?.kind === 'count' ? Math.min(step.reps, Math.floor(state.elapsed / step.pace) + 1) : null,
    worseTarget: worseTarget(state),
  };
}

const sidesText = (sides, perSide) => {
  if (!perSide) return 'not-sided';
  if (sides.length === 2) return 'both';
  return sides[0] || 'not-sided';
};

/**
 * Every item of the routine, in order, as the journal's exercises of a session: outcome done, skipped or stopped,
 * the dose actually done, and the response the user gave.
 */
export function results(state) {
  const played = new Map(state.exercises.map((e, i) => [e.index, i]));
  return state.items.map((item) => {
    const name = item.name || item.exerciseId;
    const at = played.get(item.index);
    if (at === undefined) {
      return { exerciseId: item.exerciseId, name, outcome: 'skipped', sets: null, reps: null, holdSeconds: null,
        sides: 'not-sided', response: null, notes: 'Not available: its pack was removed.' };
    }
    const o = state.outcomes[at];
    const dose = item.dose || {};
    const status = o.status === 'pending' ? (o.sets > 0 ? 'done' : 'skipped') : o.status;
    if (status === 'skipped') {
      return { exerciseId: item.exerciseId, name, outcome: 'skipped', sets: null, reps: null, holdSeconds: null,
        sides: 'not-sided', response: null, notes: null };
    }
    const hold = n(dose.holdSeconds);
    const reps = n(dose.reps) || (hold ? 1 : 0);
    return {
      exerciseId: item.exerciseId, name, outcome: status,
      sets: o.sets || null, reps: o.sets ? reps || null : null, holdSeconds: o.sets ? hold || null : null,
      sides: sidesText(o.sides, dose.perSide), response: o.response,
      notes: n(dose.minutes) && o.sets ? `${n(dose.minutes)} min` : null,
    };
  });
}
