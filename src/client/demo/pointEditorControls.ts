/**
 * The point editor's controls, made when the own-points panel first opens (the server renders
 * only the panel and its help, which keeps the page's element count down): the class to add,
 * Undo, Remove nearest, Clear, Start from the generated points, and whether a click removes.
 */
import { CLASS_COLOR_NAMES } from '../../lib/figures/palette';
import { POINT_LIMITS } from '../../lib/points/pointsProblem';

export interface EditorControls {
  label: HTMLSelectElement;
  undo: HTMLButtonElement;
  remove: HTMLButtonElement;
  clear: HTMLButtonElement;
  copy: HTMLButtonElement;
  removeMode: HTMLInputElement;
  /** Id of the panel's help text, which the editing surface points to. */
  helpId: string;
}

export function pointEditorControls(slot: HTMLElement, prefix: string): EditorControls {
  const row = document.createElement('div');
  row.className = 'demo__actions';
  const labelField = document.createElement('label');
  const label = document.createElement('select');
  label.dataset.own = 'class';
  for (let k = 0; k <= POINT_LIMITS.maxLabel; k++) {
    const option = document.createElement('option');
    option.value = String(k);
    option.textContent = `class ${k} (${CLASS_COLOR_NAMES[k]})`;
    label.append(option);
  }
  labelField.append('Class ', label);
  const button = (name: string, text: string) => {
    const b = document.createElement('button');
    b.type = 'button';
    b.dataset.own = name;
    b.textContent = text;
    return b;
  };
  const undo = button('undo', 'Undo');
  const remove = button('remove', 'Remove nearest');
  const clear = button('clear', 'Clear');
  const copy = button('copy', 'Start from the generated points');
  const modeField = document.createElement('label');
  const removeMode = document.createElement('input');
  removeMode.type = 'checkbox';
  removeMode.dataset.own = 'remove-mode';
  modeField.append(removeMode, ' Clicks remove the nearest point');
  row.append(labelField, undo, remove, clear, copy, modeField);
  slot.replaceChildren(row);
  return { label, undo, remove, clear, copy, removeMode, helpId: `${prefix}-own-help` };
}
