/**
 * The limits in widgets/shared/limits.ts hold together (issue 14, item 1): the largest file
 * each widget's download could ever write (every list full, every field at its limit, every
 * character one that JSON writes as six) is within what its import accepts, in characters
 * and in UTF-8 bytes, and that import limit is not far above it. The round trip of ordinary
 * work is test/unit/properties/round-trip.properties.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { calculatorLimits, checklistLimits, fourIsLimits, pushPullLimits } from '../../widgets/shared/limits.ts';
import * as checklistState from '../../widgets/attendance-checklist/state.ts';
import * as checklistFile from '../../widgets/attendance-checklist/transfer.ts';
import * as pushPullState from '../../widgets/attendance-push-pull/state.ts';
import * as pushPullFile from '../../widgets/attendance-push-pull/transfer.ts';
import * as fourIsFile from '../../widgets/attendance-four-is/transfer.ts';
import { planFits } from '../../widgets/attendance-four-is/state.ts';
import { fixedPlan } from '../../widgets/attendance-four-is/fixtures/plan.ts';

/** A control character: JSON writes it as \u0001, six characters, the most any code unit takes. */
const worst = (length: number) => '\u0001'.repeat(length);
const id = (n: number, length = 100) => `${n}-`.padEnd(length, 'x');
const written = (file: unknown, spaces = 2) => JSON.stringify(file, null, spaces) + '\n';
const now = new Date('2026-12-01T10:00:00Z');

/** The file must fit, and the limit must not be more than a tenth above the worst file. */
function expectFits(text: string, limit: number) {
  expect(text.length).toBeLessThanOrEqual(limit);
  expect(Buffer.byteLength(text, 'utf8')).toBeLessThanOrEqual(limit);
  expect(limit).toBeLessThan(text.length * 1.1);
}

describe('the limits every field, save, load, download and import share', () => {
  it('gives the checklist’s embedded calculator the calculator’s own field limit', () => {
    expect(checklistLimits.calculatorField).toBe(calculatorLimits.field);
  });

  it('fits the largest checklist file within what its import accepts', () => {
    const attendance = { value: { mode: 'percent' as const, possible: worst(100), attended: worst(100), percent: worst(100) }, sentence: worst(checklistLimits.sentence) };
    const items = Object.fromEntries(
      Array.from({ length: checklistLimits.items }, (_, i) => [id(i, checklistLimits.id), { status: id(0, checklistLimits.id), note: worst(checklistLimits.note), attendance }]),
    );
    const value = { checklist: id(0, checklistLimits.id), items };
    expect(checklistState.checkValue(value).ok).toBe(true);
    const text = written(checklistFile.toFile(value, worst(300), now));
    expectFits(text, checklistFile.maxImportBytes);
  });

  it('fits the largest push and pull file within what its import accepts', () => {
    const factors = Array.from({ length: pushPullLimits.factors }, (_, i) => ({
      id: id(i, pushPullLimits.id),
      from: 'own' as const,
      label: worst(pushPullLimits.label),
      lane: 'pull-back' as const,
      strength: 5,
      setting: 'out-of-school' as const,
      words: worst(pushPullLimits.words),
    }));
    const adjustments = Array.from({ length: pushPullLimits.adjustments }, (_, i) => ({
      id: id(i + 1000, pushPullLimits.id),
      text: worst(pushPullLimits.text),
      factor: factors[0]!.id,
      owner: worst(pushPullLimits.owner),
      reviewDate: '2027-03-27',
    }));
    const value = { factors, adjustments };
    expect(pushPullState.checkValue(value).ok).toBe(true);
    expectFits(written(pushPullFile.toFile(value, now)), pushPullFile.maxImportBytes);
  });

  it('fits the largest plan the planner keeps within what its import accepts, in characters and in bytes', () => {
    // The plan's own limit is on its JSON: the largest is as many full pupils as fit, in characters that take three UTF-8 bytes each.
    const plan = fixedPlan();
    const traits = Array.from({ length: fourIsLimits.columns }, (_, i) => ({ id: `c${i}`, label: '日'.repeat(fourIsLimits.shortText) }));
    const pupil = (n: number) => ({
      ...plan.pupils[0]!,
      ref: `${n}`.padEnd(fourIsLimits.ref, '日'),
      school: '日'.repeat(fourIsLimits.text),
      traits: traits.map(() => '日'.repeat(fourIsLimits.text)),
    });
    const empty = { ...plan, traits, pupils: [] };
    const room = fourIsLimits.planChars - JSON.stringify(empty).length;
    const count = Math.floor(room / (JSON.stringify(pupil(0)).length + 1));
    const largest = { ...empty, pupils: Array.from({ length: count }, (_, i) => pupil(i)) };
    expect(planFits(largest)).toBe(true);
    expect(planFits({ ...largest, pupils: [...largest.pupils, pupil(count)] })).toBe(false);
    const text = written(fourIsFile.toFile(largest, now), 0);
    expect(text.length).toBeLessThanOrEqual(fourIsLimits.fileChars);
    expect(Buffer.byteLength(text, 'utf8')).toBeLessThanOrEqual(fourIsFile.maxImportBytes);
    expect(fourIsFile.maxImportBytes).toBeLessThan(Buffer.byteLength(text, 'utf8') * 1.1);
    expect(fourIsFile.parseImport(text).ok).toBe(true);
  });
});
