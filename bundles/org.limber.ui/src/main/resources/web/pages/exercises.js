// The home page: searchable, filterable list of exercises. The filters live in the address bar.

import { h } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { getJson } from '../lib/api.js';
import { navigate } from '../lib/router.js';
import { useResource } from '../lib/use-resource.js';
import { PAGE_SIZE, apiQuery, parseFilters, rememberListSearch, toSearch } from '../lib/filters.js';
import { useTitle } from '../ui/bits.js';
import { ErrorState, Loading } from '../ui/states.js';
import { SearchBox } from '../ui/search-box.js';
import { FilterPanel } from '../ui/filter-panel.js';
import { ExerciseCard } from '../ui/exercise-card.js';
import { Pager } from '../ui/pager.js';
import { useSession } from '../lib/session.js';
import { exclusionLabel, rulingOut } from '../lib/routines.js';

const SORTS = [
  ['relevance', 'Best match'],
  ['name', 'Name, A to Z'],
  ['-name', 'Name, Z to A'],
  ['category', 'Kind of exercise'],
];

function SortSelect({ filters, onChange }) {
  const value = filters.sort || (filters.q ? 'relevance' : 'name');
  return h('div', { class: 'sort' },
    h('label', { for: 'sort' }, 'Sort by'),
    h('select', { id: 'sort', value, onChange: (e) => onChange({ sort: e.currentTarget.value }) },
      SORTS.map(([v, text]) => h('option', { key: v, value: v, disabled: v === 'relevance' && !filters.q }, text))));
}

/** A signed-in user's standing exclusions ("no kneeling"...): exercises they rule out are hidden unless shown. */
function useExclusions() {
  const { session } = useSession();
  const signedIn = !!session?.authenticated;
  const mine = useResource((signal) => (signedIn ? getJson('/api/v1/exclusions', { signal }) : Promise.resolve(null)),
    [signedIn]);
  return (mine.data?.exclusions) || [];
}

function RuledOutToggle({ exclusions, hidden, show, onChange }) {
  return h('label', { class: 'check ruled-out-toggle' },
    h('input', { type: 'checkbox', checked: show, onChange: (e) => onChange(e.currentTarget.checked) }),
    ` Show exercises my limits rule out (${exclusions.map(exclusionLabel).join(', ').toLowerCase()})`
      + (show || hidden === 0 ? '' : `: ${hidden} hidden on this page`));
}

function Results({ results, filters, update }) {
  const exclusions = useExclusions();
  const [showRuledOut, setShowRuledOut] = useState(false);
  if (results.status === 'error') return h(ErrorState, { error: results.error, retry: results.retry });
  if (!results.data) return h(Loading, { what: 'exercises' });
  const { total } = results.data;
  const items = showRuledOut ? results.data.items
    : results.data.items.filter((e) => rulingOut(e, exclusions).length === 0);
  const hidden = results.data.items.length - items.length;
  const pages = Math.max(1, Math.ceil(total / PAGE_SIZE));
  return h('div', { class: 'results', 'aria-busy': results.status === 'refreshing' ? 'true' : 'false' },
    h('div', { class: 'results-head' },
      h('h2', { class: 'result-count', 'aria-live': 'polite' },
        total === 0 ? 'No exercises match' : total === 1 ? '1 exercise' : `${total} exercises`),
      h(SortSelect, { filters, onChange: update })),
    exclusions.length
      ? h(RuledOutToggle, { exclusions, hidden, show: showRuledOut, onChange: setShowRuledOut })
      : null,
    items.length ? h('ul', { class: 'cards', 'aria-label': 'Exercises' }, items.map((e) => h(ExerciseCard, { key: e.id, exercise: e }))) : null,
    total === 0 ? h('p', { class: 'empty' }, 'Try fewer filters or another word.') : null,
    h(Pager, { page: filters.page, pages, hrefFor: (page) => `/${toSearch({ ...filters, page })}` }));
}

export function ExercisesPage({ search }) {
  useTitle('Exercises');
  const filters = parseFilters(search);
  rememberListSearch(search);
  const query = apiQuery(filters);
  const facets = useResource((signal) => getJson('/api/v1/facets', { signal }), []);
  const results = useResource((signal) => getJson(`/api/v1/exercises?${query}`, { signal }), [query]);

  // Going to another page of results starts at the top of the list.
  const shownPage = useRef(filters.page);
  useEffect(() => {
    if (shownPage.current !== filters.page) {
      shownPage.current = filters.page;
      document.querySelector('.results')?.scrollIntoView({ block: 'start' });
    }
  }, [filters.page]);

  const update = (changes, { replace = false } = {}) => {
    const next = { ...parseFilters(location.search), page: 1, ...changes };
    if (!next.q && next.sort === 'relevance') next.sort = '';
    if (next.sort === (next.q ? 'relevance' : 'name')) next.sort = '';
    navigate(`/${toSearch(next)}`, { replace });
  };

  return h('div', { class: 'page exercises-page' },
    h('h1', null, 'Exercises'),
    h('p', { class: 'lead' }, 'Gentle stretches and movements for sciatica and lower-back pain. Go slowly, and stop if pain spreads or gets worse.'),
    h('div', { class: 'list-layout' },
      h('div', { class: 'list-controls' },
        h(SearchBox, { value: filters.q, onSearch: (q) => update({ q }, { replace: true }) }),
        facets.status === 'error'
          ? h(ErrorState, { error: facets.error, retry: facets.retry })
          : h(FilterPanel, { facets: facets.data, filters, onChange: update })),
      h(Results, { results, filters, update })));
}
