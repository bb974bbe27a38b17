/**
 * Presenter mode's decisions, apart from the page so that vitest can check them: which key
 * pages where, what the counter says, and how a sample case becomes each widget's value.
 * No DOM here.
 */
import { defaultLocalNames, fillLocalNames, localNameKeys, type LocalNames } from '../../content/schemas/local-names.ts';
import { isPlainObject } from '../../widgets/shared/json.ts';

export type PagingMove = 'next' | 'previous' | 'first' | 'last';

/**
 * Where focus is when a key is pressed: typing into a text field (arrows, Home and End move
 * the caret there), on another form control (arrows change a select or a radio group), or
 * anywhere else.
 */
export type FocusKind = 'text' | 'control' | 'other';

export interface KeyPress {
  key: string;
  ctrlKey: boolean;
  altKey: boolean;
  metaKey: boolean;
}

/**
 * The move a key asks for, or undefined to leave the key to the page. Presentation clickers
 * send PageDown and PageUp, so those page from anywhere except a text field; arrows, n/p and
 * Home/End page only where they would not otherwise do something. A modified key (Ctrl, Alt,
 * Cmd) is always the browser's.
 */
export function pagingMove(press: KeyPress, focus: FocusKind): PagingMove | undefined {
  if (press.ctrlKey || press.altKey || press.metaKey || focus === 'text') return undefined;
  if (press.key === 'PageDown') return 'next';
  if (press.key === 'PageUp') return 'previous';
  if (focus === 'control') return undefined;
  const moves: Record<string, PagingMove> = { ArrowRight: 'next', n: 'next', ArrowLeft: 'previous', p: 'previous', Home: 'first', End: 'last' };
  return Object.prototype.hasOwnProperty.call(moves, press.key) ? moves[press.key] : undefined;
}

/** The element facts `focusKind` needs, so it can be tested without a DOM. */
export interface FocusedElement {
  tagName: string;
  /** An input's type, lower case. */
  type?: string;
  isContentEditable?: boolean;
  /** The ARIA role, for widgets that act as text boxes or composite controls. */
  role?: string | null;
}

const buttonLikeInputs = new Set(['button', 'submit', 'reset', 'checkbox', 'radio', 'color', 'file', 'image', 'range']);
const textRoles = new Set(['textbox', 'searchbox', 'combobox', 'spinbutton']);
const controlRoles = new Set(['radiogroup', 'radio', 'listbox', 'option', 'menu', 'menuitem', 'slider', 'tab', 'tablist', 'grid', 'tree']);

export function focusKind(element: FocusedElement | null | undefined): FocusKind {
  if (!element) return 'other';
  const tag = element.tagName.toLowerCase();
  if (element.isContentEditable || tag === 'textarea' || (element.role && textRoles.has(element.role))) return 'text';
  if (tag === 'input') return buttonLikeInputs.has(element.type ?? 'text') ? 'control' : 'text';
  if (tag === 'select' || tag === 'button' || tag === 'summary' || (element.role && controlRoles.has(element.role))) return 'control';
  return 'other';
}

/** The index a move leads to among `count` stops, from `current` (-1 when none is current yet). */
export function movedIndex(current: number, count: number, move: PagingMove): number | undefined {
  if (count === 0) return undefined;
  switch (move) {
    case 'first':
      return 0;
    case 'last':
      return count - 1;
    case 'next':
      return Math.min(count - 1, current + 1);
    case 'previous':
      return Math.max(0, current - 1);
  }
}

/** The toolbar's counter, also what is announced after a move. */
export function counterText(index: number, count: number, heading: string): string {
  if (count === 0) return 'This page has no sections to page through';
  if (index < 0) return `${count} ${count === 1 ? 'section' : 'sections'}: press Page Down for the first`;
  return `Section ${index + 1} of ${count}: ${heading.replace(/\s+/g, ' ').trim()}`;
}

/** The value a sample case gives each widget, by tag; undefined where the case has nothing for it. */
export interface SampleCaseData {
  title: string;
  summary: string;
  calculator: unknown;
  checklists: Record<string, Record<string, unknown>>;
  pushPull: unknown;
  fourIs: unknown;
}

/** What a widget element offers for loading: its tag and the attributes that shape its value. */
export interface WidgetFacts {
  tag: string;
  /** The checklist id of an attendance-checklist (its `checklist` attribute, "assessment" when unset). */
  checklist?: string;
  localNames: LocalNames;
}

/**
 * The value to set on one widget from a sample case, with the council's local names filled
 * into its text as the widget itself would, or undefined when the case holds nothing for it.
 */
export function sampleValueFor(sample: SampleCaseData, widget: WidgetFacts): unknown {
  const fill = <T>(value: T): T => JSON.parse(JSON.stringify(value), (_key, v: unknown) => (typeof v === 'string' ? fillLocalNames(v, widget.localNames) : v)) as T;
  switch (widget.tag) {
    case 'attendance-calculator':
      return fill(sample.calculator);
    case 'attendance-checklist': {
      const id = widget.checklist || 'assessment';
      const items = Object.prototype.hasOwnProperty.call(sample.checklists, id) ? sample.checklists[id] : undefined;
      return items ? fill({ checklist: id, items }) : undefined;
    }
    case 'attendance-push-pull':
      return fill(sample.pushPull);
    case 'attendance-four-is':
      return fill(sample.fourIs);
    default:
      return undefined;
  }
}

const someText = (value: unknown) => typeof value === 'string' && value.trim() !== '';
const someItems = (value: unknown) => Array.isArray(value) && value.length > 0;

/**
 * True when a widget's value holds work a person did (or a case loaded earlier), which loading
 * a sample case would replace: figures typed, a checklist item touched, a factor or adjustment
 * placed, a cohort, plan or judgement. An empty widget's value holds none.
 */
export function holdsWork(tag: string, value: unknown): boolean {
  if (!isPlainObject(value)) return false;
  switch (tag) {
    case 'attendance-calculator':
      return [value.possible, value.attended, value.percent].some(someText);
    case 'attendance-checklist':
      return isPlainObject(value.items) && Object.keys(value.items).length > 0;
    case 'attendance-push-pull':
      return someItems(value.factors) || someItems(value.adjustments);
    case 'attendance-four-is':
      return [value.pupils, value.involvement, value.actions, value.targets].some(someItems) || someText(value.judgement) || someText(value.year);
    default:
      return false;
  }
}

/**
 * Where presenter mode sets a widget's own work aside while a sample case is on screen: a key of
 * its own (never the widget's, which the case is saved under, nor one "Clear saved work" or
 * "Reset all tools" removes), by page and by the widget's storage key, id or place on the page.
 */
export function setAsideKey(path: string, tag: string, widget: { storageKey?: string | null; id?: string; index: number }): string {
  const which = widget.storageKey ? `key:${widget.storageKey}` : widget.id ? `#${widget.id}` : `${widget.index}`;
  return `attendance-kit:presenter-set-aside:${path}:${tag}:${which}`;
}

/**
 * The local names a widget shows, read in the widgets' own order (widgets/shared/config.ts):
 * the defaults, then `localNames` in its inline JSON config, then its attributes. Anything
 * that is not a non-blank string is ignored, as the widget itself would.
 */
export function widgetLocalNames(inlineJson: string | undefined, attribute: (name: string) => string | null): LocalNames {
  const names = { ...defaultLocalNames } as LocalNames;
  let inline: unknown;
  try {
    inline = inlineJson ? (JSON.parse(inlineJson) as { localNames?: unknown }).localNames : undefined;
  } catch {
    inline = undefined;
  }
  for (const key of localNameKeys) {
    const fromJson = typeof inline === 'object' && inline !== null ? (inline as Record<string, unknown>)[key] : undefined;
    if (typeof fromJson === 'string' && fromJson.trim()) names[key] = fromJson.trim();
    const given = attribute(key.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`))?.trim();
    if (given) names[key] = given;
  }
  return names;
}
