// Marks a day as a planned rest day or a flare-up day (streaks forgive both), or clears the mark.

import { h } from 'preact';

const KINDS = [['', 'Normal day'], ['rest', 'Rest day'], ['flare', 'Flare-up day']];

export function DayMark({ day, dayText, kind, onChange, busy }) {
  const name = `day-${day}`;
  return h('fieldset', { class: 'day-mark', disabled: busy },
    h('legend', { class: 'visually-hidden' }, `What kind of day was ${dayText || day}?`),
    KINDS.map(([value, text]) => h('label', { key: value || 'none', class: `chip day-kind kind-${value || 'none'}` },
      h('input', { type: 'radio', name, value, checked: (kind || '') === value, onChange: () => onChange(value || null) }),
      h('span', null, text))));
}
