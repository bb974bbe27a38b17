/**
 * Presenter mode's decisions (src/scripts/presenter-logic.ts): which keys page and where,
 * where paging stops at either end, and what the counter says.
 */
import { describe, expect, it } from 'vitest';
import { counterText, focusKind, holdsWork, movedIndex, pagingMove, setAsideKey, widgetLocalNames, type FocusKind } from '../../src/scripts/presenter-logic.ts';

const press = (key: string, modifiers: Partial<{ ctrlKey: boolean; altKey: boolean; metaKey: boolean }> = {}) => ({
  key,
  ctrlKey: false,
  altKey: false,
  metaKey: false,
  ...modifiers,
});

describe('pagingMove', () => {
  it('pages with PageDown and PageUp (what presentation clickers send) from anywhere but a text field', () => {
    for (const focus of ['other', 'control'] as FocusKind[]) {
      expect(pagingMove(press('PageDown'), focus)).toBe('next');
      expect(pagingMove(press('PageUp'), focus)).toBe('previous');
    }
    expect(pagingMove(press('PageDown'), 'text')).toBeUndefined();
  });

  it('pages with arrows, n and p, and goes to the ends with Home and End, only outside form controls', () => {
    const moves = { ArrowRight: 'next', n: 'next', ArrowLeft: 'previous', p: 'previous', Home: 'first', End: 'last' };
    for (const [key, move] of Object.entries(moves)) {
      expect(pagingMove(press(key), 'other'), key).toBe(move);
      expect(pagingMove(press(key), 'control'), key).toBeUndefined();
      expect(pagingMove(press(key), 'text'), key).toBeUndefined();
    }
  });

  it('leaves modified keys and every other key to the browser', () => {
    expect(pagingMove(press('PageDown', { ctrlKey: true }), 'other')).toBeUndefined();
    expect(pagingMove(press('ArrowRight', { altKey: true }), 'other')).toBeUndefined();
    expect(pagingMove(press('n', { metaKey: true }), 'other')).toBeUndefined();
    for (const key of ['ArrowDown', 'ArrowUp', ' ', 'Enter', 'Tab', 'N', 'toString', 'constructor']) expect(pagingMove(press(key), 'other'), key).toBeUndefined();
  });
});

describe('focusKind', () => {
  it('treats text inputs, text areas, editable regions and text-like roles as text fields', () => {
    for (const type of ['text', 'search', 'number', 'date', 'email']) expect(focusKind({ tagName: 'INPUT', type })).toBe('text');
    expect(focusKind({ tagName: 'INPUT' })).toBe('text');
    expect(focusKind({ tagName: 'TEXTAREA' })).toBe('text');
    expect(focusKind({ tagName: 'DIV', isContentEditable: true })).toBe('text');
    expect(focusKind({ tagName: 'DIV', role: 'combobox' })).toBe('text');
  });

  it('treats buttons, selects, check boxes, radios and composite roles as controls', () => {
    for (const type of ['button', 'checkbox', 'radio', 'range', 'file']) expect(focusKind({ tagName: 'INPUT', type })).toBe('control');
    for (const tagName of ['BUTTON', 'SELECT', 'SUMMARY']) expect(focusKind({ tagName })).toBe('control');
    expect(focusKind({ tagName: 'DIV', role: 'radiogroup' })).toBe('control');
  });

  it('treats headings, links, the page and nothing as elsewhere', () => {
    for (const tagName of ['H2', 'A', 'BODY', 'DIV']) expect(focusKind({ tagName })).toBe('other');
    expect(focusKind(null)).toBe('other');
  });
});

describe('movedIndex', () => {
  it('goes to the first section on next when none is current yet, and stops at either end', () => {
    expect(movedIndex(-1, 4, 'next')).toBe(0);
    expect(movedIndex(0, 4, 'next')).toBe(1);
    expect(movedIndex(3, 4, 'next')).toBe(3);
    expect(movedIndex(0, 4, 'previous')).toBe(0);
    expect(movedIndex(-1, 4, 'previous')).toBe(0);
    expect(movedIndex(2, 4, 'first')).toBe(0);
    expect(movedIndex(0, 4, 'last')).toBe(3);
  });

  it('has nowhere to go on a page without sections', () => {
    for (const move of ['next', 'previous', 'first', 'last'] as const) expect(movedIndex(-1, 0, move)).toBeUndefined();
  });
});

describe('counterText', () => {
  it('says which section of how many, with its heading on one line', () => {
    expect(counterText(1, 5, '  Who does\n  what ')).toBe('Section 2 of 5: Who does what');
  });

  it('says how many sections there are before the first move, and when there are none', () => {
    expect(counterText(-1, 5, '')).toBe('5 sections: press Page Down for the first');
    expect(counterText(-1, 1, '')).toBe('1 section: press Page Down for the first');
    expect(counterText(-1, 0, '')).toBe('This page has no sections to page through');
  });
});

describe('widgetLocalNames', () => {
  const none = () => null;

  it('starts from the defaults', () => {
    expect(widgetLocalNames(undefined, none).virtualSchool).toBe('the virtual school');
  });

  it('takes the inline JSON config, then attributes over it, as the widgets do', () => {
    const inline = JSON.stringify({ localNames: { virtualSchool: 'Anyshire Virtual School', attendanceTeam: 'the Anyshire Attendance Team' } });
    const names = widgetLocalNames(inline, (name) => (name === 'attendance-team' ? 'the SAST' : null));
    expect(names.virtualSchool).toBe('Anyshire Virtual School');
    expect(names.attendanceTeam).toBe('the SAST');
  });

  it('ignores broken JSON and values that are not non-blank text', () => {
    expect(widgetLocalNames('{not json', none).virtualSchool).toBe('the virtual school');
    const names = widgetLocalNames(JSON.stringify({ localNames: { virtualSchool: 42, attendanceTeam: '   ' } }), none);
    expect(names.virtualSchool).toBe('the virtual school');
    expect(names.attendanceTeam).toBe("the council's attendance support team");
  });
});

describe('holdsWork', () => {
  it('sees no work in each widget’s empty value', () => {
    expect(holdsWork('attendance-calculator', { mode: 'percent', possible: '', attended: '', percent: ' ' })).toBe(false);
    expect(holdsWork('attendance-checklist', { checklist: 'assessment', items: {} })).toBe(false);
    expect(holdsWork('attendance-push-pull', { factors: [], adjustments: [] })).toBe(false);
    expect(holdsWork('attendance-four-is', { term: 'autumn', year: '', traits: [], pupils: [], involvement: [], actions: [], targets: [], recorded: [], judgement: '' })).toBe(
      false,
    );
    expect(holdsWork('attendance-checklist', null)).toBe(false);
    expect(holdsWork('something-else', { items: { a: 1 } })).toBe(false);
  });

  it('sees work a person did in each widget, however small', () => {
    expect(holdsWork('attendance-calculator', { mode: 'sessions', possible: '3', attended: '', percent: '' })).toBe(true);
    expect(holdsWork('attendance-checklist', { checklist: 'assessment', items: { lateness: { status: 'not-asked', note: '' } } })).toBe(true);
    expect(holdsWork('attendance-push-pull', { factors: [], adjustments: [{ id: 'adj-1' }] })).toBe(true);
    const plan = { term: 'autumn', year: '', traits: [], pupils: [], involvement: [], actions: [], targets: [], recorded: [], judgement: '' };
    expect(holdsWork('attendance-four-is', { ...plan, pupils: [{ ref: 'A1' }] })).toBe(true);
    expect(holdsWork('attendance-four-is', { ...plan, judgement: 'It worked.' })).toBe(true);
    expect(holdsWork('attendance-four-is', { ...plan, year: '2026 to 2027' })).toBe(true);
  });
});

describe('setAsideKey', () => {
  it('keys set-aside work by page, tool and the widget’s storage key, id or place, apart from the widget’s own key', () => {
    expect(setAsideKey('/tools/supervision/', 'attendance-checklist', { storageKey: 'supervision', id: 'x', index: 0 })).toBe(
      'attendance-kit:presenter-set-aside:/tools/supervision/:attendance-checklist:key:supervision',
    );
    expect(setAsideKey('/p/', 'attendance-calculator', { storageKey: null, id: 'calc', index: 1 })).toBe('attendance-kit:presenter-set-aside:/p/:attendance-calculator:#calc');
    expect(setAsideKey('/p/', 'attendance-calculator', { storageKey: null, id: '', index: 1 })).toBe('attendance-kit:presenter-set-aside:/p/:attendance-calculator:1');
  });
});
