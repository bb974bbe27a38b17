import { describe, expect, it } from 'vitest';
import type { ChecklistView } from './model.ts';
import { buildShippedView } from './fixtures/shipped.ts';
import { attendanceMaths } from './calculator-maths.ts';
import { defaultConfig } from './config-defaults.ts';
import {
  attendanceRecord,
  checkValue,
  emptyValue,
  entryState,
  holdsAttendance,
  isChecklistValue,
  migrateValue,
  progress,
  unshownWork,
  updateEntry,
  withSentences,
  type ChecklistValue,
} from './state.ts';
import { checklistLimits } from '../shared/limits.ts';

const view = (checklist = 'assessment', extra: Partial<typeof defaultConfig> = {}): ChecklistView => buildShippedView({ ...defaultConfig, checklist, ...extra }).view;

describe('checklist value shape', () => {
  it('accepts an empty value and a value with work on some items', () => {
    expect(checkValue(emptyValue('assessment'))).toEqual({ ok: true, value: { checklist: 'assessment', items: {} } });
    const value = { checklist: 'assessment', items: { lateness: { status: 'asked', note: 'Call back Tuesday' } } };
    expect(checkValue(value)).toEqual({ ok: true, value });
  });

  it('refuses data that is not a checklist value, saying what is wrong', () => {
    expect(checkValue(null)).toMatchObject({ ok: false, reason: 'it is not an object' });
    expect(checkValue([])).toMatchObject({ ok: false });
    expect(checkValue({ items: {} })).toMatchObject({ ok: false, reason: 'it does not say which checklist it belongs to' });
    expect(checkValue({ checklist: 'assessment', items: [] })).toMatchObject({ ok: false, reason: 'it has no list of items' });
    expect(checkValue({ checklist: 'assessment', items: { lateness: { status: 'asked' } } })).toMatchObject({
      ok: false,
      reason: 'item "lateness" has no note text',
    });
    expect(checkValue({ checklist: 'assessment', items: { lateness: { status: 7, note: '' } } })).toMatchObject({ ok: false });
  });

  it('refuses ids that could reach an object prototype, and ids that are not ids', () => {
    const proto = JSON.parse('{"checklist":"assessment","items":{"__proto__":{"status":"asked","note":""}}}');
    expect(checkValue(proto)).toMatchObject({ ok: false, reason: '"__proto__" is not an item id' });
    expect(checkValue({ checklist: 'assessment', items: { 'Not An Id': { status: 'asked', note: '' } } })).toMatchObject({ ok: false });
    expect(({} as Record<string, unknown>).status).toBeUndefined();
  });

  it('refuses oversized values rather than freezing the page', () => {
    const many = Object.fromEntries(Array.from({ length: checklistLimits.items + 1 }, (_, i) => [`item-${i}`, { status: 'asked', note: '' }]));
    expect(checkValue({ checklist: 'assessment', items: many })).toMatchObject({ ok: false, reason: `it has more than ${checklistLimits.items} items` });
    const long = { checklist: 'assessment', items: { lateness: { status: 'asked', note: 'x'.repeat(checklistLimits.note + 1) } } };
    expect(checkValue(long)).toMatchObject({ ok: false });
  });

  it('drops unknown fields and works out the calculator sentence afresh, never trusting a stored one', () => {
    const value = {
      checklist: 'assessment',
      extra: 'ignored',
      items: {
        'current-attendance': {
          status: 'answered',
          note: '',
          colour: 'red',
          attendance: { value: { mode: 'percent', possible: '', attended: '', percent: '90' }, sentence: '<b>made up</b>' },
        },
      },
    };
    const checked = checkValue(value, attendanceMaths);
    expect(checked.ok && checked.value).toEqual({
      checklist: 'assessment',
      items: {
        'current-attendance': {
          status: 'answered',
          note: '',
          attendance: {
            value: { mode: 'percent', possible: '', attended: '', percent: '90' },
            sentence: 'Over a full school year, 90.0% attendance means missing 19 school days, nearly 4 school weeks.',
          },
        },
      },
    });
  });

  it('refuses calculator figures in the wrong form', () => {
    const bad = { checklist: 'assessment', items: { 'current-attendance': { status: 'asked', note: '', attendance: { value: { mode: 'guess' } } } } };
    expect(checkValue(bad)).toMatchObject({ ok: false, reason: 'item "current-attendance" has attendance figures in the wrong form' });
  });

  it('has no older format to migrate from yet, so older saved data is reported, not guessed at', () => {
    expect(migrateValue({ anything: true }, 0)).toBeUndefined();
  });
});

describe('work is keyed by item id', () => {
  it('keeps the work on an item whose wording has changed', () => {
    const saved: ChecklistValue = { checklist: 'seven-questions', items: { lateness: { status: 'concern', note: 'Late most Mondays' } } };
    const reworded = view('seven-questions');
    const lateness = reworded.groups[0]!.items.find((i) => i.id === 'lateness')!;
    lateness.text = 'Does the child often arrive late?';
    expect(entryState(reworded, saved, 'lateness')).toMatchObject({ status: { id: 'concern' }, note: 'Late most Mondays' });
    expect(progress(reworded, saved)).toMatchObject({ done: 1, concerns: 1 });
  });

  it('keeps work for ids the checklist no longer shows, and lists it', () => {
    const saved: ChecklistValue = {
      checklist: 'assessment',
      items: {
        'retired-question': { status: 'asked', note: 'From last year' },
        'empty-retired': { status: 'not-asked', note: '' },
        'underlying-issues': { status: 'answered', note: '' },
      },
    };
    const next = updateEntry(view(), saved, 'underlying-issues', { note: 'Bereavement' });
    expect(next.items['retired-question']).toEqual({ status: 'asked', note: 'From last year' });
    expect(unshownWork(view(), next).map(([id]) => id)).toEqual(['retired-question']);
  });

  it('keeps work on an item a council hides, and brings it back when shown again', () => {
    const saved: ChecklistValue = { checklist: 'seven-questions', items: { lateness: { status: 'asked', note: 'Ring Friday' } } };
    const hidden = view('seven-questions', { hiddenItems: ['lateness'] });
    expect(unshownWork(hidden, saved).map(([id]) => id)).toEqual(['lateness']);
    expect(entryState(view('seven-questions'), saved, 'lateness').note).toBe('Ring Friday');
  });

  it('reads a status the checklist no longer has as the starting status', () => {
    const saved: ChecklistValue = { checklist: 'assessment', items: { 'underlying-issues': { status: 'withdrawn', note: 'n' } } };
    expect(entryState(view(), saved, 'underlying-issues').status.id).toBe('not-asked');
  });

  it('does not read Object.prototype for an id such as "constructor"', () => {
    expect(entryState(view(), emptyValue('assessment'), 'constructor')).toEqual({ status: view().initialStatus, note: '', attendance: undefined });
  });

  it('changes one entry and leaves the value it came from untouched', () => {
    const before = emptyValue('assessment');
    const after = updateEntry(view(), before, 'underlying-issues', { status: 'asked' });
    expect(before.items).toEqual({});
    expect(after.items).toEqual({ 'underlying-issues': { status: 'asked', note: '' } });
    expect(isChecklistValue(after)).toBe(true);
  });
});

describe('progress', () => {
  it('counts answered and concern items as done, and concerns apart', () => {
    let value = emptyValue('assessment');
    const v = view();
    expect(progress(v, value)).toEqual({ total: 12, done: 0, concerns: 0 });
    value = updateEntry(v, value, 'current-attendance', { status: 'answered' });
    value = updateEntry(v, value, 'plan-to-improve', { status: 'concern' });
    value = updateEntry(v, value, 'send-ehcp', { status: 'asked' });
    expect(progress(v, value)).toEqual({ total: 12, done: 2, concerns: 1 });
  });

  it('counts sub-questions as entries of their own', () => {
    const v = view();
    const value = updateEntry(v, emptyValue('assessment'), 'catch-up-tutoring', { status: 'answered' });
    expect(progress(v, value).done).toBe(1);
  });

  it('uses the checklist’s own statuses: "Acted on" counts as explored in pupil voice', () => {
    const v = view('pupil-voice');
    const value = updateEntry(v, emptyValue('pupil-voice'), 'acting-on-voice', { status: 'acted-on' });
    expect(progress(v, value)).toEqual({ total: 5, done: 1, concerns: 0 });
  });

  it('leaves hidden items out and counts a council’s extra items', () => {
    const v = view('seven-questions', { hiddenItems: ['lateness', 'suspensions'], extraItems: [{ id: 'panel', text: 'Discussed at panel?' }] });
    expect(progress(v, emptyValue('seven-questions')).total).toBe(6);
  });
});

describe('the calculator inside the checklist', () => {
  it('keeps the calculator value with its sentence, and an empty sentence until the figures are complete', () => {
    expect(attendanceRecord({ mode: 'sessions', possible: '200', attended: '180', percent: '' }, attendanceMaths).sentence).toBe(
      'Attending 180 of 200 sessions (90.0%) means missing 10 school days, exactly 2 school weeks.',
    );
    expect(attendanceRecord({ mode: 'sessions', possible: '200', attended: '', percent: '' }, attendanceMaths).sentence).toBe('');
  });

  it('never keeps a sentence from outside: without the maths it is left empty, and worked out once the maths is there', () => {
    const figures = { mode: 'percent', possible: '', attended: '', percent: '85' } as const;
    const made = { checklist: 'assessment', items: { 'current-attendance': { status: 'asked', note: '', attendance: { value: figures, sentence: '<b>made up</b>' } } } };
    const checked = checkValue(made);
    if (!checked.ok) throw new Error('the value should be accepted');
    expect(checked.value.items['current-attendance']!.attendance).toEqual({ value: figures, sentence: '' });
    expect(withSentences(checked.value, attendanceMaths).items['current-attendance']!.attendance).toEqual({
      value: figures,
      sentence: 'Over a full school year, 85.0% attendance means missing 28.5 school days, nearly 6 school weeks.',
    });
    expect(holdsAttendance(checked.value)).toBe(true);
    expect(holdsAttendance(emptyValue('pupil-voice'))).toBe(false);
  });
});
