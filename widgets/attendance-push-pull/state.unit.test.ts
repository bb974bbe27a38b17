import { describe, expect, it } from 'vitest';
import { balance, checkValue, emptyValue, laneFactors, type PushPullValue } from './state.ts';
import { addAdjustment, addFactor, byStrength, moveToLane, nextId, positionOf, removeAdjustment, removeFactor, reorder, updateAdjustment, updateFactor } from './edits.ts';
import { pushPullLimits } from '../shared/limits.ts';

const base = (): PushPullValue => {
  let v = emptyValue();
  v = addFactor(v, { id: 'belonging', from: 'library', label: 'Not feeling they belong at school', lane: 'push', setting: 'in-school' });
  v = addFactor(v, { id: 'anxiety', from: 'library', label: 'Anxiety about school', lane: 'push', setting: 'in-school' });
  v = addFactor(v, { id: 'young-carer', from: 'library', label: 'Caring for an unwell family member', lane: 'pull', setting: 'out-of-school' });
  v = addFactor(v, { id: 'open-door', from: 'library', label: 'An open door to the head of year', lane: 'pull-back', setting: 'in-school' });
  return v;
};
const ids = (v: PushPullValue, lane: 'push' | 'pull' | 'pull-back') => laneFactors(v, lane).map((f) => f.id);

describe('placing factors', () => {
  it('adds a factor at the end of its lane with strength 3 and no words yet', () => {
    const v = base();
    expect(ids(v, 'push')).toEqual(['belonging', 'anxiety']);
    expect(v.factors[0]).toMatchObject({ strength: 3, words: '' });
  });

  it('does not add the same factor twice, nor more than the limit', () => {
    const v = base();
    expect(addFactor(v, { id: 'anxiety', from: 'library', label: 'x', lane: 'pull', setting: 'in-school' })).toBe(v);
    let full = emptyValue();
    for (let i = 1; i <= pushPullLimits.factors + 5; i += 1) full = addFactor(full, { id: `own-${i}`, from: 'own', label: `F${i}`, lane: 'push', setting: 'in-school' });
    expect(full.factors).toHaveLength(pushPullLimits.factors);
  });

  it('changes strength, setting and the child’s words of one factor only', () => {
    const v = updateFactor(base(), 'anxiety', { strength: 5, setting: 'out-of-school', words: 'Mornings are hard' });
    expect(v.factors.find((f) => f.id === 'anxiety')).toMatchObject({ strength: 5, setting: 'out-of-school', words: 'Mornings are hard' });
    expect(v.factors.find((f) => f.id === 'belonging')).toMatchObject({ strength: 3, setting: 'in-school', words: '' });
  });

  it('moves a factor to the end of another lane', () => {
    const v = moveToLane(base(), 'belonging', 'pull-back');
    expect(ids(v, 'push')).toEqual(['anxiety']);
    expect(ids(v, 'pull-back')).toEqual(['open-door', 'belonging']);
    expect(positionOf(v, 'belonging')).toEqual({ lane: 'pull-back', position: 2, count: 2 });
  });

  it('reorders within a lane, and does nothing at either end', () => {
    const v = reorder(base(), 'anxiety', -1);
    expect(ids(v, 'push')).toEqual(['anxiety', 'belonging']);
    expect(reorder(v, 'anxiety', -1)).toBe(v);
    expect(reorder(v, 'belonging', 1)).toBe(v);
    // Neighbours are found within the lane, whatever lies between them in the whole list.
    const mixed = addFactor(moveToLane(base(), 'anxiety', 'pull'), { id: 'own-1', from: 'own', label: 'Own', lane: 'push', setting: 'in-school' });
    expect(ids(reorder(mixed, 'own-1', -1), 'push')).toEqual(['own-1', 'belonging']);
    expect(ids(reorder(mixed, 'own-1', -1), 'pull')).toEqual(['young-carer', 'anxiety']);
  });

  it('removes a factor and keeps its adjustments, no longer tied to it', () => {
    const { value } = addAdjustment(base(), { text: 'Phone check-in', factor: 'young-carer', owner: 'Head of year' });
    const v = removeFactor(value, 'young-carer');
    expect(ids(v, 'pull')).toEqual([]);
    expect(v.adjustments).toEqual([{ id: 'adj-1', text: 'Phone check-in', factor: '', owner: 'Head of year', reviewDate: '' }]);
  });

  it('totals the balance: pushing and pulling away against pulling back', () => {
    const v = updateFactor(updateFactor(base(), 'anxiety', { strength: 5 }), 'open-door', { strength: 4 });
    expect(balance(v)).toMatchObject({ away: 11, back: 4, awayCount: 3, backCount: 1 });
    expect(balance(v).byLane.push).toEqual({ count: 2, total: 8 });
  });

  it('lists a lane strongest first, keeping the person’s order among equals', () => {
    const v = updateFactor(base(), 'anxiety', { strength: 4 });
    expect(byStrength(laneFactors(v, 'push')).map((f) => f.id)).toEqual(['anxiety', 'belonging']);
    expect(byStrength(laneFactors(base(), 'push')).map((f) => f.id)).toEqual(['belonging', 'anxiety']);
  });
});

describe('adjustments', () => {
  it('numbers new adjustments after the highest, never reusing one', () => {
    let v = addAdjustment(emptyValue()).value;
    v = addAdjustment(v).value;
    v = removeAdjustment(v, 'adj-1');
    const added = addAdjustment(v);
    expect(added.id).toBe('adj-3');
    expect(nextId('own', ['own-2', 'belonging', 'own-10'])).toBe('own-11');
  });

  it('changes one adjustment’s fields', () => {
    const { value } = addAdjustment(base());
    const v = updateAdjustment(value, 'adj-1', { owner: 'Form tutor', reviewDate: '2027-01-15' });
    expect(v.adjustments[0]).toMatchObject({ owner: 'Form tutor', reviewDate: '2027-01-15' });
  });
});

describe('checking work read back', () => {
  const good = () => ({ ...addAdjustment(base(), { text: 'x', factor: 'open-door', owner: 'y', reviewDate: '2027-02-28' }).value });
  const reason = (data: unknown) => {
    const result = checkValue(data);
    return result.ok ? 'ok' : result.reason;
  };

  it('accepts a good value and returns a clean copy without unknown fields', () => {
    const v = good();
    const withExtra = { ...v, extra: 1, factors: v.factors.map((f) => ({ ...f, onclick: 'x' })) };
    const result = checkValue(withExtra);
    expect(result.ok && result.value).toEqual(v);
  });

  it('says what is wrong with a damaged value', () => {
    const v = good();
    expect(reason(null)).toBe('it is not an object');
    expect(reason({ factors: [] })).toBe('it has no list of adjustments');
    expect(reason({ ...v, factors: [{ ...v.factors[0], strength: 6 }] })).toBe('factor 1 has a strength that is not 1 to 5');
    expect(reason({ ...v, factors: [{ ...v.factors[0], lane: 'sideways' }] })).toBe('factor 1 has no valid lane');
    expect(reason({ ...v, factors: [v.factors[0], v.factors[0]] })).toBe('factor 2 repeats the id "belonging"');
    expect(reason({ ...v, factors: [{ ...v.factors[0], id: 'Not An Id' }] })).toBe('factor 1 has no valid id');
    expect(reason({ ...v, factors: [{ ...v.factors[0], label: '   ' }] })).toBe('factor 1 has no name of at most 120 characters');
    expect(reason({ ...v, adjustments: [{ ...v.adjustments[0], reviewDate: '2027-02-30' }] })).toBe('adjustment 1 has a review date that is not a real date');
    expect(reason({ ...v, adjustments: [{ ...v.adjustments[0], factor: 'not-on-the-map' }] })).toBe('adjustment 1 is for a factor that is not on the map');
  });

  it('refuses more factors than the limit, and over-long text', () => {
    const v = good();
    expect(reason({ ...v, factors: Array.from({ length: pushPullLimits.factors + 1 }, (_, i) => ({ ...v.factors[0], id: `own-${i}` })) })).toBe(
      `it has more than ${pushPullLimits.factors} factors`,
    );
    expect(reason({ ...v, factors: [{ ...v.factors[0], words: 'x'.repeat(pushPullLimits.words + 1) }] })).toContain('longer than 5000 characters');
  });

  it('keeps hostile text as it is: checking is not escaping', () => {
    const v = good();
    const hostile = '<img src=x onerror=alert(1)> مرحبا 👩🏽‍🏫';
    const result = checkValue({ ...v, factors: [{ ...v.factors[0], words: hostile }, ...v.factors.slice(1)] });
    expect(result.ok && result.value.factors[0]!.words).toBe(hostile);
  });
});
