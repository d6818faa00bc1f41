// One section of a routine in the editor: its title, its exercises in order, and "Add an exercise".

import { h } from 'preact';
import { SECTION_KINDS, sectionTitle } from '../lib/routines.js';
import { FieldMessages } from './field.js';
import { ConfirmButton } from './confirm-button.js';
import { RoutineItem } from './routine-item.js';

const kindLabel = (kind) => SECTION_KINDS.find(([w]) => w === kind)?.[1] || kind;

export function RoutineSection({ section, index, count, infoFor, warningsFor, errors, picker, renderPicker, onChange, onMove, onRemove, onPick }) {
  const pointer = `sections/${index}`;
  const titleId = `section${section.key}-title`;
  const items = section.items;
  const setItems = (next) => onChange({ ...section, items: next });
  const moveItem = (i, delta) => {
    const next = [...items];
    [next[i], next[i + delta]] = [next[i + delta], next[i]];
    setItems(next);
  };
  const adding = picker && picker.sectionKey === section.key && picker.itemKey == null;
  return h('section', { class: 'routine-section', 'aria-labelledby': `section${section.key}-heading`, 'data-kind': section.kind },
    h('div', { class: 'section-head' },
      h('h3', { id: `section${section.key}-heading` }, sectionTitle(section),
        section.kind !== 'custom' && section.title ? h('span', { class: 'muted small' }, ` (${kindLabel(section.kind)})`) : null),
      h('div', { class: 'item-actions', role: 'group', 'aria-label': `Arrange the section ${sectionTitle(section)}` },
        h('button', { type: 'button', class: 'button secondary small-button', disabled: index === 0, onClick: () => onMove(-1), 'aria-label': `Move section ${sectionTitle(section)} up` }, '↑'),
        h('button', { type: 'button', class: 'button secondary small-button', disabled: index === count - 1, onClick: () => onMove(1), 'aria-label': `Move section ${sectionTitle(section)} down` }, '↓'),
        items.length
          ? h(ConfirmButton, { label: 'Remove section', confirmLabel: 'Yes, remove', question: `Remove ${sectionTitle(section)} and its exercises?`, onConfirm: onRemove, className: 'small-button' })
          : h('button', { type: 'button', class: 'button secondary danger small-button', onClick: onRemove }, 'Remove section'))),
    h('div', { class: 'field section-title-field' },
      h('label', { for: titleId }, section.kind === 'custom' ? 'Section title' : 'Title (optional)'),
      h('input', { id: titleId, type: 'text', maxLength: 100, value: section.title, placeholder: section.kind === 'custom' ? 'e.g. At my desk' : kindLabel(section.kind),
        'aria-invalid': errors[`${pointer}/title`] ? 'true' : undefined,
        onInput: (e) => onChange({ ...section, title: e.currentTarget.value }) }),
      h(FieldMessages, { id: titleId, error: errors[`${pointer}/title`] })),
    items.length
      ? h('ol', { class: 'routine-items' }, items.map((item, i) => [
        h(RoutineItem, {
          key: item.key, item, info: infoFor(item.exerciseId), position: i, count: items.length,
          pointer: `${pointer}/items/${i}`, warnings: warningsFor(item.exerciseId), errors,
          onChange: (next) => setItems(items.map((x) => (x.key === item.key ? next : x))),
          onMove: (delta) => moveItem(i, delta),
          onRemove: () => setItems(items.filter((x) => x.key !== item.key)),
          onSwap: () => onPick({ sectionKey: section.key, itemKey: item.key }),
        }),
        picker && picker.itemKey === item.key ? h('li', { key: `${item.key}-picker`, class: 'picker-slot' }, renderPicker()) : null,
      ]))
      : h('p', { class: 'muted' }, 'No exercises in this section yet.'),
    errors[`${pointer}/items`] ? h('p', { class: 'field-error' }, errors[`${pointer}/items`]) : null,
    adding
      ? renderPicker()
      : h('button', { type: 'button', class: 'button secondary add-exercise', onClick: () => onPick({ sectionKey: section.key, itemKey: null }) },
        `+ Add an exercise to ${sectionTitle(section)}`));
}
