// Fetches JSON from the REST API. Every request ends: a timeout turns a hung request into an error,
// and failures become ApiError carrying the problem's title and detail (application/problem+json).

const TIMEOUT_MS = 15000;

export class ApiError extends Error {
  constructor({ title, detail = '', status = 0, errors = [] }) {
    super(title);
    this.title = title;
    this.detail = detail;
    this.status = status;
    this.errors = errors;
  }
}

export const isAbort = (error) => error?.name === 'AbortError';

export async function getJson(path, { signal } = {}) {
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => { timedOut = true; controller.abort(); }, TIMEOUT_MS);
  const forward = () => controller.abort();
  signal?.addEventListener('abort', forward);
  try {
    const response = await fetch(path, { signal: controller.signal, headers: { Accept: 'application/json' } });
    if (!response.ok) {
      throw await problemOf(response);
    }
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

async function problemOf(response) {
  let body = null;
  if ((response.headers.get('Content-Type') || '').includes('json')) {
    try { body = await response.json(); } catch { body = null; }
  }
  return new ApiError({
    title: body?.title || `The request failed (HTTP ${response.status})`,
    detail: body?.detail || '',
    status: response.status,
    errors: Array.isArray(body?.errors) ? body.errors : [],
  });
}
