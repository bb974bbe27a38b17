/**
 * Issue 14, item 1: whatever a person can type into a widget comes back, for every widget.
 * Values are built as the widgets' own controls build them (the state functions they call,
 * with text up to each field's `maxlength` from widgets/shared/limits.ts, in any characters a
 * field can hold), then saved and loaded through WidgetStore with the widget's own check, and
 * downloaded and imported as the widget writes and reads its file. The largest file each
 * widget could ever write is in test/unit/limits.test.ts.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { WidgetStore } from '../../../widgets/shared/storage.ts';
import { calculatorLimits, checklistLimits, fourIsLimits, pushPullLimits } from '../../../widgets/shared/limits.ts';
import { attendanceMaths } from '../../../widgets/attendance-checklist/calculator-maths.ts';
import { defaultConfig } from '../../../widgets/attendance-checklist/config-defaults.ts';
import { buildShippedView } from '../../../widgets/attendance-checklist/fixtures/shipped.ts';
import { viewEntries } from '../../../widgets/attendance-checklist/model.ts';
import * as checklistState from '../../../widgets/attendance-checklist/state.ts';
import * as checklistFile from '../../../widgets/attendance-checklist/transfer.ts';
import { checklistIds } from '../../../widgets/attendance-checklist/checklists.ts';
import * as pushPullState from '../../../widgets/attendance-push-pull/state.ts';
import * as pushPullEdits from '../../../widgets/attendance-push-pull/edits.ts';
import * as pushPullFile from '../../../widgets/attendance-push-pull/transfer.ts';
import { shippedFactorIds } from '../../../widgets/attendance-push-pull/library-data.ts';
import * as fourIsState from '../../../widgets/attendance-four-is/state.ts';
import * as fourIsFile from '../../../widgets/attendance-four-is/transfer.ts';
import { readRow } from '../../../widgets/attendance-four-is/cohort.ts';
import { fixedPlan } from '../../../widgets/attendance-four-is/fixtures/plan.ts';
import { isCalculatorValue, type CalculatorValue } from '../../../widgets/attendance-calculator/calculator.ts';
import { countedAssert, trialCounter } from '../../helpers/trials.ts';
import { memoryArea } from '../../helpers/memory-storage.ts';

const assertRoundTrip = countedAssert(trialCounter('properties', 'Work typed into every widget, up to each field’s limit, saved, loaded, downloaded and imported back'));

/** Any UTF-16 code unit, lone surrogates and control characters included: a paste can bring them. */
const codeUnit = fc.integer({ min: 0, max: 0xffff }).map((n) => String.fromCharCode(n));
/** Characters that cost most in a JSON file, or that break naive handling. */
const costly = fc.constantFrom('\u0001', '\u001f', '"', '\\', '\n', '\t', '\u2028', '\ud800', '日', '😀', '<script>', '=1+1', 'é');

/** Text a field with this `maxlength` can hold: anything, up to full, sometimes exactly full of costly characters. */
function typed(max: number, { required = false } = {}): fc.Arbitrary<string> {
  const full = costly.map((c) => c.repeat(Math.ceil(max / c.length)).slice(0, max));
  const text = fc.oneof(
    { weight: 4, arbitrary: fc.string({ unit: fc.oneof(codeUnit, costly), maxLength: Math.min(max, 300) }) },
    { weight: 1, arbitrary: full },
    { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: Math.min(max, 50) }) },
  );
  return (required ? text.filter((s) => s.trim() !== '') : text).map((s) => s.slice(0, max));
}

/** What the widget writes in its file: JSON indented by two spaces (or none) and a line end, as downloadJson does. */
const download = (file: unknown, spaces = 2) => JSON.stringify(file, null, spaces) + '\n';
const utf8Bytes = (text: string) => Buffer.byteLength(text, 'utf8');

function saveAndLoad<T>(value: T, validate: (data: unknown) => data is T): T {
  const area = memoryArea();
  const store = new WidgetStore<T>({ kind: 'local', key: 'round-trip', version: 1, validate, storageArea: () => area });
  expect(store.save(value).status).toBe('saved');
  const loaded = store.load();
  if (loaded.status !== 'loaded') throw new Error(`saved work could not be loaded: ${JSON.stringify(loaded)}`);
  return loaded.data;
}

describe('any work the widgets’ fields can hold is saved, loaded, downloaded and imported back unchanged', () => {
  it('the calculator, with each field up to its maxlength', () => {
    const value: fc.Arbitrary<CalculatorValue> = fc.record({
      mode: fc.constantFrom('sessions', 'percent'),
      possible: typed(calculatorLimits.field),
      attended: typed(calculatorLimits.field),
      percent: typed(calculatorLimits.field),
    });
    assertRoundTrip(
      fc.property(value, (v) => {
        expect(saveAndLoad(v, isCalculatorValue)).toEqual(v);
      }),
      { numRuns: 300 },
    );
  });

  it('the checklist, every shipped checklist, with notes, statuses and the embedded calculator up to their limits', () => {
    const work = fc.constantFrom(...checklistIds).chain((id) => {
      const view = buildShippedView({ ...defaultConfig, checklist: id }).view;
      const entries = viewEntries(view);
      const change = fc.record({
        entry: fc.constantFrom(...entries),
        status: fc.constantFrom(...view.statuses.map((s) => s.id)),
        note: typed(checklistLimits.note),
        calculator: fc.record({
          mode: fc.constantFrom('sessions' as const, 'percent' as const),
          possible: typed(checklistLimits.calculatorField),
          attended: typed(checklistLimits.calculatorField),
          percent: typed(checklistLimits.calculatorField),
        }),
      });
      return fc.array(change, { maxLength: 12 }).map((changes) => {
        // As the widget does: each change through updateEntry, the calculator's with its sentence.
        let value = checklistState.emptyValue(id);
        for (const { entry, status, note, calculator } of changes) {
          const attendance = entry.embed ? { attendance: checklistState.attendanceRecord(calculator, attendanceMaths) } : {};
          value = checklistState.updateEntry(view, value, entry.id, { status, note, ...attendance });
        }
        return { view, value };
      });
    });
    assertRoundTrip(
      fc.property(work, ({ view, value }) => {
        const isValue = (data: unknown): data is checklistState.ChecklistValue => checklistState.checkValue(data).ok;
        expect(checklistState.withSentences(saveAndLoad(value, isValue), attendanceMaths)).toEqual(value);
        const text = download(checklistFile.toFile(value, view.title, new Date('2026-12-01T10:00:00Z')));
        expect(utf8Bytes(text)).toBeLessThanOrEqual(checklistFile.maxImportBytes);
        expect(checklistFile.parseImport(text, view.id, attendanceMaths)).toEqual({ ok: true, value });
      }),
      { numRuns: 300 },
    );
  });

  it('the push and pull map, with factors, the child’s words and adjustments up to their limits', () => {
    const factor = fc.oneof(
      fc.record({ from: fc.constant('library' as const), id: fc.constantFrom(...shippedFactorIds), label: typed(pushPullLimits.label, { required: true }) }),
      fc.record({ from: fc.constant('own' as const), id: fc.nat({ max: 500 }).map((n) => `own-${n}`), label: typed(pushPullLimits.label, { required: true }) }),
    );
    const work = fc
      .record({
        factors: fc.array(
          fc.record({
            factor,
            lane: fc.constantFrom('push', 'pull', 'pull-back'),
            setting: fc.constantFrom('in-school', 'out-of-school'),
            strength: fc.integer({ min: 1, max: 5 }),
            words: typed(pushPullLimits.words),
          }),
          { maxLength: 10 },
        ),
        adjustments: fc.array(
          fc.record({ text: typed(pushPullLimits.text), owner: typed(pushPullLimits.owner), reviewDate: fc.constantFrom('', '2027-03-27', '2026-12-31'), forFactor: fc.nat() }),
          { maxLength: 8 },
        ),
      })
      .map(({ factors, adjustments }) => {
        // As the widget does: each action through the state functions its controls call.
        let value = pushPullState.emptyValue();
        for (const { factor: f, lane, setting, strength, words } of factors) {
          if (pushPullEdits.findPlaced(value, f.id)) continue;
          value = pushPullEdits.addFactor(value, { id: f.id, from: f.from, label: f.label, lane: lane as never, setting: setting as never });
          value = pushPullEdits.updateFactor(value, f.id, { strength, words });
        }
        for (const { text, owner, reviewDate, forFactor } of adjustments) {
          const target = value.factors.length > 0 && forFactor % 2 === 0 ? value.factors[forFactor % value.factors.length]!.id : '';
          const added = pushPullEdits.addAdjustment(value, { text, factor: target });
          value = pushPullEdits.updateAdjustment(added.value, added.id, { owner, reviewDate });
        }
        return value;
      });
    assertRoundTrip(
      fc.property(work, (value) => {
        expect(saveAndLoad(value, pushPullState.isPushPullValue)).toEqual(value);
        const text = download(pushPullFile.toFile(value, new Date('2026-12-01T10:00:00Z')));
        expect(utf8Bytes(text)).toBeLessThanOrEqual(pushPullFile.maxImportBytes);
        expect(pushPullFile.parseImport(text)).toEqual({ ok: true, value });
      }),
      { numRuns: 300 },
    );
  });

  it('the four i’s planner, with pupils added by hand, people involved, actions, targets and the judgement up to their limits', () => {
    const plan = fixedPlan();
    const pupil = fc.record({
      ref: typed(fourIsLimits.ref, { required: true }),
      school: typed(fourIsLimits.text),
      trait: typed(fourIsLimits.text),
    });
    const work = fc
      .record({
        pupils: fc.array(pupil, { maxLength: 6 }),
        year: typed(fourIsLimits.year),
        who: typed(fourIsLimits.shortText),
        knows: typed(fourIsLimits.longText),
        action: typed(fourIsLimits.longText, { required: true }),
        owner: typed(fourIsLimits.shortText),
        figure: typed(fourIsLimits.figure),
        judgement: typed(fourIsLimits.judgement),
      })
      .map(({ pupils, year, who, knows, action, owner, figure, judgement }) => {
        // Pupils as the "Add a pupil" form reads them (readRow), skipping a reference already in the cohort as it does.
        const added = [...plan.pupils];
        for (const p of pupils) {
          const row = readRow({
            fields: { ref: p.ref, school: p.school, year: '7', possible: '380', attended: '300', status: 'CIN' },
            traits: plan.traits.map(() => p.trait),
            traitIds: plan.traits.map((t) => t.id),
          });
          if (row.ok && !added.some((a) => a.ref.toUpperCase() === row.pupil.ref.toUpperCase())) added.push(row.pupil);
        }
        // The forms trim what they keep; the judgement is kept as typed.
        return {
          ...plan,
          pupils: added,
          year: year.trim(),
          involvement: plan.involvement.map((e) => ({ ...e, who: who.trim(), knows: knows.trim() })),
          actions: plan.actions.map((a) => ({ ...a, text: action.trim() || 'Call the school', owner: owner.trim() })),
          targets: plan.targets.map((t) => ({ ...t, target: { ...t.target, spring: figure.trim() } })),
          judgement,
        };
      });
    assertRoundTrip(
      fc.property(work, (value) => {
        expect(fourIsState.isFourIsValue(value)).toBe(true);
        expect(saveAndLoad(value, fourIsState.isFourIsValue)).toEqual(value);
        const text = download(fourIsFile.toFile(value, new Date('2026-12-01T10:00:00Z')), 0);
        expect(utf8Bytes(text)).toBeLessThanOrEqual(fourIsFile.maxImportBytes);
        expect(fourIsFile.parseImport(text)).toEqual({ ok: true, value });
      }),
      { numRuns: 200 },
    );
  });
});
