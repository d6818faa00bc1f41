// Field errors of a problem answer (errors[] with a JSON pointer or a query parameter), keyed by field name:
// "/password" is "password", "/exercises/2/reps" is "exercises/2/reps".

export function fieldErrors(error) {
  const map = {};
  for (const e of error?.errors || []) {
    const key = e.pointer ? e.pointer.replace(/^\//, '') : e.parameter;
    if (key && !(key in map)) map[key] = e.message || 'This value is not accepted.';
  }
  return map;
}

/** The field errors no form field shows (the form names the fields it shows). */
export function otherErrors(error, shown) {
  const map = fieldErrors(error);
  return Object.entries(map).filter(([key]) => !shown.includes(key)).map(([key, message]) => ({ key, message }));
}
