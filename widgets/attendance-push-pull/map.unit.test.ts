import { describe, expect, it } from 'vitest';
import { mapGeometry, mapLayout, shorten } from './map.ts';
import { emptyValue, type PushPullValue } from './state.ts';
import { addFactor, updateFactor } from './edits.ts';

const value = (): PushPullValue => {
  let v = emptyValue();
  v = addFactor(v, { id: 'anxiety', from: 'library', label: 'Anxiety about school', lane: 'push', setting: 'in-school' });
  v = addFactor(v, { id: 'young-carer', from: 'library', label: 'Caring for an unwell family member', lane: 'pull', setting: 'out-of-school' });
  v = addFactor(v, { id: 'open-door', from: 'library', label: 'An open door to the head of year', lane: 'pull-back', setting: 'in-school' });
  v = updateFactor(v, 'anxiety', { strength: 5 });
  return updateFactor(v, 'open-door', { strength: 2 });
};

describe('the balance map', () => {
  it('draws away factors to the left of the centre and pulls back to the right, as long as they are strong', () => {
    const { bars } = mapLayout(value());
    const g = mapGeometry;
    const byId = Object.fromEntries(bars.map((b) => [b.id, b]));
    expect(byId.anxiety).toMatchObject({ side: 'away', width: 5 * g.unit, x: g.centre - g.gap - 5 * g.unit, anchor: 'end' });
    expect(byId['young-carer']).toMatchObject({ side: 'away', width: 3 * g.unit, y: g.top + g.rowHeight + g.barOffset });
    expect(byId['open-door']).toMatchObject({ side: 'back', width: 2 * g.unit, x: g.centre + g.gap, anchor: 'start', y: g.top + g.barOffset });
  });

  it('tips the beam towards the heavier side, no further than the limit', () => {
    expect(mapLayout(value()).tilt).toBe(-mapGeometry.maxTilt);
    const even = updateFactor(updateFactor(value(), 'anxiety', { strength: 1 }), 'young-carer', { strength: 1 });
    expect(mapLayout(even).tilt).toBe(0);
    expect(mapLayout(updateFactor(even, 'open-door', { strength: 5 })).tilt).toBe(6);
  });

  it('is as tall as its longer side, with room for one row when empty', () => {
    expect(mapLayout(value()).rows).toBe(2);
    expect(mapLayout(emptyValue())).toMatchObject({ rows: 1, bars: [], away: 0, back: 0, tilt: 0 });
  });

  it('shortens long labels by whole characters, and isolates their direction', () => {
    expect(shorten('a'.repeat(40), 10)).toBe('aaaaaaaaa…');
    expect(shorten('👩🏽‍🏫'.repeat(20), 5)).not.toMatch(/\uFFFD/);
    const long = addFactor(emptyValue(), { id: 'own-1', from: 'own', label: 'مرحبا '.repeat(20), lane: 'push', setting: 'in-school' });
    const [bar] = mapLayout(long).bars;
    expect(bar!.text.startsWith('\u2068') && bar!.text.endsWith('\u2069')).toBe(true);
    expect(Array.from(bar!.text).length).toBeLessThanOrEqual(mapGeometry.labelChars + 2);
    expect(bar!.label).toBe('مرحبا '.repeat(20));
  });
});
