// Talks to the REST API. Every request ends: a timeout turns a hung request into an error, and failures
// become ApiError carrying the problem's title, detail and field errors (application/problem+json).
// State-changing requests carry the session's CSRF token (X-CSRF-Token), which session.js hands over.

const TIMEOUT_MS = 15000;

export class ApiError extends Error {
  constructor({ title, detail = '', status = 0, errors = [], retryAfter = null, warnings = [] }) {
    super(title);
    this.warnings = warnings;
    this.title = title;
    this.detail = detail;
    this.status = status;
    this.errors = errors;
    this.retryAfter = retryAfter;
  }
}

export const isAbort = (error) => error?.name === 'AbortError';

let csrfToken = null;
let tokenUser = null;
let unauthorizedHandler = null;
let sessionRefresher = null;

/** The token state-changing requests send, and whose it is; null when signed out. */
export function setCsrfToken(token, userId = null) {
  csrfToken = token || null;
  tokenUser = csrfToken ? userId : null;
}

/** Called when the server answers 401 to a signed-in request: the session ended (expired, or signed out elsewhere). */
export function onUnauthorized(fn) {
  unauthorizedHandler = fn;
}

/** Asks the server for the session again (resolving when the new CSRF token is set), e.g. after signing in in another tab. */
export function setSessionRefresher(fn) {
  sessionRefresher = fn;
}

const isCsrfRefusal = (error) => error.status === 403 && /csrf/i.test(`${error.title} ${error.detail}`);

async function request(method, path, options = {}) {
  try {
    return await attempt(method, path, options);
  } catch (error) {
    // A token from a session that was replaced meanwhile (the same user signed in again in another tab): fetch
    // the current one and try once more. Never for another user: their data must not receive this request.
    const user = tokenUser;
    if (error instanceof ApiError && method !== 'GET' && isCsrfRefusal(error) && sessionRefresher && user != null) {
      await sessionRefresher();
      if (csrfToken && tokenUser === user) return attempt(method, path, options);
    }
    throw error;
  }
}

async function attempt(method, path, { body, contentType, signal, expect = 'json' } = {}) {
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => { timedOut = true; controller.abort(); }, TIMEOUT_MS);
  const forward = () => controller.abort();
  signal?.addEventListener('abort', forward);
  const headers = { Accept: 'application/json' };
  if (contentType) headers['Content-Type'] = contentType;
  if (method !== 'GET' && csrfToken) headers['X-CSRF-Token'] = csrfToken;
  const sentWithSession = csrfToken !== null;
  try {
    const response = await fetch(path, {
      method, body, headers, signal: controller.signal, credentials: 'same-origin',
    });
    if (!response.ok) {
      const problem = await problemOf(response);
      if (response.status === 401 && sentWithSession) unauthorizedHandler?.(problem);
      throw problem;
    }
    if (expect === 'none' || response.status === 204) return null;
    try {
      return await response.json();
    } catch (error) {
      if (isAbort(error)) throw error;
      throw new ApiError({ title: 'Unexpected answer from the server', detail: 'The response was not valid JSON.', status: response.status });
    }
  } catch (error) {
    if (error instanceof ApiError || (isAbort(error) && signal?.aborted)) throw error;
    if (timedOut) {
      throw new ApiError({ title: 'Limber took too long to answer',
        detail: 'The server did not respond within 15 seconds. Check that it is running, then try again.' });
    }
    throw new ApiError({ title: 'Could not reach Limber',
      detail: 'The connection to the server failed. Check that it is running, then try again.' });
  } finally {
    clearTimeout(timer);
    signal?.removeEventListener('abort', forward);
  }
}

const json = (value) => (value === undefined ? undefined : JSON.stringify(value));
const JSON_TYPE = 'application/json';

export const getJson = (path, { signal } = {}) => request('GET', path, { signal });
export const postJson = (path, value, { signal } = {}) => request('POST', path, { body: json(value), contentType: value === undefined ? null : JSON_TYPE, signal });
export const putJson = (path, value, { signal } = {}) => request('PUT', path, { body: json(value), contentType: JSON_TYPE, signal });
export const patchJson = (path, value, { signal } = {}) => request('PATCH', path, { body: json(value), contentType: JSON_TYPE, signal });
export const deleteJson = (path, { signal } = {}) => request('DELETE', path, { signal, expect: 'none' });

/** Posts a file's bytes as they are (e.g. a pack upload). */
export const postBytes = (path, blob, { contentType = 'application/octet-stream', signal } = {}) =>
  request('POST', path, { body: blob, contentType, signal });

async function problemOf(response) {
  let body = null;
  if ((response.headers.get('Content-Type') || '').includes('json')) {
    try { body = await response.json(); } catch { body = null; }
  }
  const retry = Number.parseInt(response.headers.get('Retry-After') || '', 10);
  return new ApiError({
    title: body?.title || `The request failed (HTTP ${response.status})`,
    detail: body?.detail || '',
    status: response.status,
    errors: Array.isArray(body?.errors) ? body.errors : [],
    retryAfter: Number.isFinite(retry) ? retry : null,
    warnings: Array.isArray(body?.warnings) ? body.warnings : [],
  });
}
