// The exercise list's filters, kept in the address bar so a filtered list can be bookmarked.
// Page numbers in the address are 1-based; the API's are 0-based.

export const MULTI = ['position', 'category', 'direction', 'phase', 'area', 'pack'];
export const PAGE_SIZE = 20;

export function parseFilters(search) {
  const params = new URLSearchParams(search);
  const inBed = params.get('inBed');
  const filters = {
    q: params.get('q') || '',
    inBed: inBed === 'true' ? true : inBed === 'false' ? false : null,
    sort: params.get('sort') || '',
    page: Math.max(1, Number.parseInt(params.get('page'), 10) || 1),
  };
  for (const name of MULTI) filters[name] = params.getAll(name);
  return filters;
}

function params(filters) {
  const p = new URLSearchParams();
  if (filters.q) p.set('q', filters.q);
  if (filters.inBed !== null) p.set('inBed', String(filters.inBed));
  for (const name of MULTI) for (const value of filters[name]) p.append(name, value);
  if (filters.sort) p.set('sort', filters.sort);
  return p;
}

export function toSearch(filters) {
  const p = params(filters);
  if (filters.page > 1) p.set('page', String(filters.page));
  const text = p.toString();
  return text ? `?${text}` : '';
}

export function apiQuery(filters) {
  const p = params(filters);
  p.set('page', String(filters.page - 1));
  p.set('size', String(PAGE_SIZE));
  return p.toString();
}

export const activeCount = (filters) =>
  (filters.inBed !== null ? 1 : 0) + MULTI.reduce((n, name) => n + filters[name].length, 0);

// The list's last address, so "All exercises" on an exercise page returns to the same filtered list.
let lastListSearch = '';
export const rememberListSearch = (search) => { lastListSearch = search; };
export const listHref = () => `/${lastListSearch}`;
