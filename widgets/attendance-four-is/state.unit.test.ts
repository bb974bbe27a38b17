import { describe, expect, it } from 'vitest';
import { checkValue, emptyValue, isFourIsValue, nextId } from './state.ts';
import { fixedPlan } from './fixtures/plan.ts';

const without = (change: (v: Record<string, unknown>) => void): unknown => {
  const value = JSON.parse(JSON.stringify(fixedPlan())) as Record<string, unknown>;
  change(value);
  return value;
};
const reason = (data: unknown) => {
  const checked = checkValue(data);
  if (checked.ok) throw new Error('expected the value to be refused');
  return checked.reason;
};
const first = (v: Record<string, unknown>, list: string) => (v[list] as Record<string, unknown>[])[0]!;

describe('checking a plan read back from storage, a file or a script', () => {
  it('accepts a plan and returns a clean copy of it', () => {
    const plan = fixedPlan();
    const checked = checkValue(JSON.parse(JSON.stringify(plan)));
    expect(checked).toEqual({ ok: true, value: plan });
    expect(isFourIsValue(emptyValue())).toBe(true);
  });

  it('drops fields it does not know', () => {
    const checked = checkValue(without((v) => ((v.extra = 1), (first(v, 'pupils').name = 'A real name'))));
    expect(checked.ok && Object.keys(checked.value)).not.toContain('extra');
    expect(checked.ok && Object.keys(checked.value.pupils[0]!)).not.toContain('name');
  });

  it('refuses a plan whose parts are the wrong shape, saying which', () => {
    expect(reason(null)).toBe('it is not an object');
    expect(reason(without((v) => (v.term = 'winter')))).toBe('it does not say which term its figures are for');
    expect(reason(without((v) => (v.pupils = 'x')))).toBe('it has no list of pupils');
    expect(reason(without((v) => (first(v, 'pupils').attended = 999)))).toBe('pupil 1 has sessions that do not add up');
    expect(reason(without((v) => (first(v, 'pupils').possible = 0)))).toBe('pupil 1 has sessions that do not add up');
    expect(reason(without((v) => (first(v, 'pupils').year = 'Year 7')))).toBe('pupil 1 has no valid year group');
    expect(reason(without((v) => (first(v, 'pupils').status = 'other')))).toBe('pupil 1 has no valid social worker status');
    expect(reason(without((v) => (first(v, 'pupils').traits = [])))).toBe("pupil 1 has characteristics that do not match the cohort's");
    expect(reason(without((v) => ((v.pupils as Record<string, unknown>[])[1]!.ref = 'fict-p1')))).toBe('pupil reference "fict-p1" appears twice');
    expect(reason(without((v) => (first(v, 'actions').status = 'finished')))).toBe('action 1 is not in the expected form');
    expect(reason(without((v) => (first(v, 'actions').due = '1 Dec')))).toBe('action 1 is not in the expected form');
    expect(reason(without((v) => (first(v, 'involvement').about = '')))).toBe('entry 1 of who is involved does not say what it is about');
    expect(reason(without((v) => (first(v, 'targets').target = { autumn: '90' })))).toBe('target 1 has no valid spring figure');
    expect(reason(without((v) => ((first(v, 'recorded').figures as Record<string, number>).severe = 99)))).toBe('recorded figure 1 has figures that do not add up');
    expect(reason(without((v) => (v.judgement = 5)))).toBe('its judgement is not text');
  });

  it('refuses lists and text beyond its bounds', () => {
    expect(reason(without((v) => (v.targets = Array.from({ length: 201 }, () => ({})))))).toBe('it has more than 200 targets');
    expect(reason(without((v) => (first(v, 'involvement').knows = 'x'.repeat(5001))))).toBe('entry 1 of who is involved is not in the expected form');
  });

  it('gives new entries ids that are never reused', () => {
    expect(nextId('a', [])).toBe('a1');
    expect(nextId('a', [{ id: 'a1' }, { id: 'a7' }, { id: 't9' }])).toBe('a8');
  });
});
