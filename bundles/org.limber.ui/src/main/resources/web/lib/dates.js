// Dates and times in the browser's time zone, for display and for the journal's day keys (yyyy-mm-dd).

const pad = (n) => String(n).padStart(2, '0');

export const browserTimeZone = () => {
  try { return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC'; } catch { return 'UTC'; }
};

const valid = (value) => {
  const d = value instanceof Date ? value : new Date(value);
  return Number.isNaN(d.getTime()) ? null : d;
};

/** The local calendar day of an instant, as yyyy-mm-dd. */
export function dayKey(value) {
  const d = valid(value);
  return d ? `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}` : '';
}

export const todayKey = () => dayKey(new Date());

export function addDays(key, days) {
  const [y, m, d] = key.split('-').map(Number);
  return dayKey(new Date(y, m - 1, d + days));
}

/** "Saturday 21 November 2026" (locale order), from a day key. */
export function longDay(key) {
  const [y, m, d] = key.split('-').map(Number);
  return new Date(y, m - 1, d).toLocaleDateString(undefined, { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' });
}

export function shortDay(value) {
  const d = typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value) ? new Date(`${value}T12:00:00`) : valid(value);
  return d ? d.toLocaleDateString(undefined, { day: 'numeric', month: 'short' }) : '';
}

export function time(value) {
  const d = valid(value);
  return d ? d.toLocaleTimeString(undefined, { hour: '2-digit', minute: '2-digit' }) : '';
}

export function dateTime(value) {
  const d = valid(value);
  return d ? d.toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' }) : '';
}

/** The value of an <input type="datetime-local"> for an instant (local time, minutes). */
export function localInputValue(value = new Date()) {
  const d = valid(value) || new Date();
  return `${dayKey(d)}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

/** An <input type="datetime-local"> value as an ISO instant, or null when empty or invalid. */
export function instantOf(localValue) {
  if (!localValue) return null;
  const d = valid(localValue);
  return d ? d.toISOString() : null;
}

export function bytes(n) {
  if (!Number.isFinite(n)) return '';
  if (n < 1024) return `${n} bytes`;
  if (n < 1024 * 1024) return `${(n / 1024).toFixed(1)} KB`;
  return `${(n / (1024 * 1024)).toFixed(1)} MB`;
}
