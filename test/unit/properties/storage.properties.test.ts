/**
 * Property-based tests for saved work (issue 10, item 2): WidgetStore with each widget's
 * own version, validation and migration. Arbitrary stored text and arbitrary JSON (with
 * __proto__ / constructor / prototype keys, deep nesting and huge arrays) never throw and
 * never change Object.prototype; valid values survive save → load; data saved under every
 * earlier format version the code knows is migrated, and unknown ones are refused while
 * the saved text is left as it was.
 */
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { WidgetStore, type LoadResult } from '../../../widgets/shared/storage.ts';
import * as checklist from '../../../widgets/attendance-checklist/state.ts';
import * as fourIs from '../../../widgets/attendance-four-is/state.ts';
import * as pushPull from '../../../widgets/attendance-push-pull/state.ts';
import { checklistLimits, fourIsLimits, pushPullLimits } from '../../../widgets/shared/limits.ts';
import { fixedPlan } from '../../../widgets/attendance-four-is/fixtures/plan.ts';
import { countedAssert, trialCounter } from '../../helpers/trials.ts';
import { memoryArea } from '../../helpers/memory-storage.ts';

const assertSavedWork = countedAssert(trialCounter('properties', 'Saved work from every earlier format version, and damaged saved work'));

interface WidgetUnderTest {
  name: string;
  version: number;
  validate: (data: unknown) => boolean;
  migrate: (data: unknown, from: number) => unknown;
  check: (data: unknown) => { ok: true; value: unknown } | { ok: false; reason: string };
  valid: fc.Arbitrary<unknown>;
}

const idPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const id = fc.oneof(
  fc.stringMatching(idPattern).filter((s) => s.length <= 100),
  fc.constantFrom('constructor', 'prototype', 'hasownproperty', 'tostring', 'valueof'),
);
const text = (max: number) =>
  fc
    .oneof(
      fc.string({ maxLength: Math.min(max, 200) }),
      fc.string({ unit: 'grapheme', maxLength: 50 }),
      fc.constantFrom('<script>alert(1)</script>', '=HYPERLINK("x")', '\u202Eevil\u200B', '{"__proto__":{}}'),
    )
    .filter((s) => s.length <= max);
const isoDate = fc.date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date('2099-12-31T00:00:00Z'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));

const checklistValue = fc.record({
  checklist: id,
  items: fc.dictionary(id, fc.record({ status: id, note: text(checklistLimits.note) }), { maxKeys: 20 }),
});

const pushPullValue = fc
  .uniqueArray(
    fc.record({
      id,
      from: fc.constantFrom('library', 'own'),
      label: text(pushPullLimits.label).filter((s) => s.trim() !== ''),
      lane: fc.constantFrom('push', 'pull', 'pull-back'),
      strength: fc.constantFrom(1, 2, 3, 4, 5),
      setting: fc.constantFrom('in-school', 'out-of-school'),
      words: text(pushPullLimits.words),
    }),
    { selector: (f) => f.id, maxLength: 10 },
  )
  .chain((factors) =>
    fc.record({
      factors: fc.constant(factors),
      adjustments: fc.uniqueArray(
        fc.record({
          id,
          text: text(pushPullLimits.text),
          factor: fc.constantFrom('', ...factors.map((f) => f.id)),
          owner: text(pushPullLimits.owner),
          reviewDate: fc.oneof(fc.constant(''), isoDate),
        }),
        { selector: (a) => a.id, maxLength: 10 },
      ),
    }),
  );

/** The fixed plan with its free text replaced by arbitrary text, and arbitrary pupils. */
const fourIsValue = fc
  .record({
    year: text(40),
    judgement: text(fourIsLimits.judgement),
    who: text(fourIsLimits.shortText),
    knows: text(fourIsLimits.longText),
    action: text(fourIsLimits.longText),
    pupils: fc.uniqueArray(
      fc.record({
        ref: text(50).filter((s) => s.trim() !== ''),
        school: text(120),
        year: fc.constantFrom('', 'N', 'R', '1', '7', '14'),
        possible: fc.integer({ min: 1, max: 100_000 }),
        attended: fc.nat(),
        status: fc.constantFrom('cin', 'cp', 'lac', 'plac'),
        send: fc.constantFrom('none', 'sen-support', 'ehcp', 'unknown'),
        traits: fc.tuple(text(120)).map((t) => [...t]),
      }),
      { selector: (p) => p.ref.toUpperCase(), maxLength: 10 },
    ),
  })
  .map(({ year, judgement, who, knows, action, pupils }) => {
    const plan = fixedPlan();
    return {
      ...plan,
      year,
      judgement,
      pupils: pupils.map((p) => ({ ...p, attended: p.attended % (p.possible + 1) })),
      involvement: plan.involvement.map((e) => ({ ...e, who, knows })),
      actions: plan.actions.map((a) => ({ ...a, text: action })),
    };
  });

const widgets: WidgetUnderTest[] = [
  {
    name: 'attendance-checklist',
    version: checklist.checklistFormatVersion,
    validate: checklist.isChecklistValue,
    migrate: checklist.migrateValue,
    check: (d) => checklist.checkValue(d),
    valid: checklistValue,
  },
  { name: 'attendance-four-is', version: fourIs.formatVersion, validate: fourIs.isFourIsValue, migrate: fourIs.migrateValue, check: fourIs.checkValue, valid: fourIsValue },
  {
    name: 'attendance-push-pull',
    version: pushPull.pushPullFormatVersion,
    validate: pushPull.isPushPullValue,
    migrate: pushPull.migrateValue,
    check: pushPull.checkValue,
    valid: pushPullValue,
  },
];

/**
 * Earlier format versions each widget knows, with a sample of data saved under each. Every
 * widget is at format 1, the first, so there are none yet: when a format 2 ships, add the
 * format-1 sample here and the tests below prove it migrates.
 */
const earlierFormats: Record<string, { version: number; sample: unknown }[]> = {
  'attendance-checklist': [],
  'attendance-four-is': [],
  'attendance-push-pull': [],
};

const storeFor = (w: WidgetUnderTest, area: Storage) =>
  new WidgetStore<unknown>({
    kind: 'local',
    key: `prop-${w.name}`,
    version: w.version,
    migrate: w.migrate,
    validate: (d): d is unknown => w.validate(d),
    storageArea: () => area,
    now: () => new Date(0),
  });

const prototypeKeys = fc.constantFrom('__proto__', 'constructor', 'prototype');
/** JSON text with prototype keys at any depth, as JSON.parse turns them into own properties. */
const hostileJson = fc.oneof(
  fc.json({ maxDepth: 6 }),
  fc
    .tuple(prototypeKeys, fc.json({ maxDepth: 3 }))
    .map(([key, inner]) => `{"${key}":{"polluted":true,"inner":${inner}},"items":{"${key}":{"status":"done","note":"x"}},"factors":[{"${key}":1}]}`),
  // Otherwise valid work for each widget, with a prototype key where an item id or entry goes.
  prototypeKeys.map((key) => `{"checklist":"assessment","items":{"${key}":{"status":"done","note":"x"}},"factors":[],"adjustments":[{"${key}":{"polluted":true}}]}`),
  fc.tuple(prototypeKeys, fc.integer({ min: 1, max: 5000 })).map(([key, depth]) => `${'{"a":['.repeat(depth)}{"${key}":{"polluted":true}}${']}'.repeat(depth)}`),
  fc.integer({ min: 0, max: 200_000 }).map((n) => `{"factors":[${'{},'.repeat(n)}{}],"adjustments":[],"pupils":[${'0,'.repeat(n)}0]}`),
);

/** True when every object in the value is a plain object or array: no key swapped a prototype in. */
function onlyPlainObjects(value: unknown): boolean {
  if (typeof value !== 'object' || value === null) return true;
  const proto = Object.getPrototypeOf(value);
  if (proto !== Object.prototype && proto !== Array.prototype) return false;
  return Object.values(value).every(onlyPlainObjects);
}

const beforePrototype = Object.getOwnPropertyNames(Object.prototype).sort();
afterEach(() => {
  expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(beforePrototype);
  expect(({} as Record<string, unknown>).polluted).toBeUndefined();
});

const statuses: LoadResult<unknown>['status'][] = ['loaded', 'empty', 'unavailable', 'corrupt'];

describe.each(widgets)('$name saved work properties', (w) => {
  it('never throws on any stored text, and reports it as loaded (only when valid) or corrupt with a reason', () => {
    assertSavedWork(
      fc.property(fc.oneof(fc.string(), fc.string({ unit: 'binary' }), hostileJson), (raw) => {
        const area = memoryArea();
        const store = storeFor(w, area);
        area.map.set(store.fullKey, raw);
        const result = store.load();
        expect(statuses).toContain(result.status);
        if (result.status === 'loaded') expect(w.validate(result.data) && onlyPlainObjects(result.data)).toBe(true);
        if (result.status === 'corrupt') expect(result.reason).not.toBe('');
        // Reading never rewrites what was saved: the person's work stays for a later release.
        expect(area.map.get(store.fullKey)).toBe(raw);
      }),
      { numRuns: 300 },
    );
  });

  it('never throws on any envelope (any version, any data) and never pollutes Object.prototype', () => {
    assertSavedWork(
      fc.property(fc.oneof(fc.integer({ min: -5, max: 5 }), fc.double(), fc.string()), hostileJson, (version, data) => {
        const area = memoryArea();
        const store = storeFor(w, area);
        const raw = `{"version":${JSON.stringify(version) ?? 'null'},"savedAt":"x","data":${data}}`;
        area.map.set(store.fullKey, raw);
        const result = store.load();
        expect(statuses).toContain(result.status);
        // JSON has no Infinity or NaN: those versions are written as null, which is no version at all.
        if (typeof version === 'number' && Number.isFinite(version) && version > w.version)
          expect(result).toMatchObject({ status: 'corrupt', reason: expect.stringContaining('newer') });
        if (result.status === 'loaded') expect(w.validate(result.data) && onlyPlainObjects(result.data)).toBe(true);
        expect(area.map.get(store.fullKey)).toBe(raw);
      }),
      { numRuns: 300 },
    );
  });

  it('checkValue never throws on arbitrary values with prototype keys, and returns a clean copy', () => {
    assertSavedWork(
      fc.property(
        fc.oneof(
          fc.anything({ maxDepth: 4, withNullPrototype: true, withObjectString: true }),
          hostileJson.map((t) => JSON.parse(t) as unknown),
        ),
        (data) => {
          const result = w.check(data);
          expect(typeof result.ok).toBe('boolean');
          if (!result.ok) expect(result.reason).not.toBe('');
          else expect(onlyPlainObjects(result.value)).toBe(true);
        },
      ),
      { numRuns: 500 },
    );
  });

  it('checkValue returns a clean copy: unknown and prototype keys added anywhere are dropped, the work kept', () => {
    /** Adds an unknown key and an own "__proto__" key to every object, except maps keyed by item id. */
    const salt = (value: unknown, key = ''): unknown => {
      if (Array.isArray(value)) return value.map((v) => salt(v));
      if (typeof value !== 'object' || value === null) return value;
      const copy: Record<string, unknown> = {};
      for (const [k, v] of Object.entries(value)) copy[k] = salt(v, k);
      if (key === 'items') return copy;
      copy.unexpected = '<script>globalThis.__pwned=1</script>';
      Object.defineProperty(copy, '__proto__', { value: { polluted: true }, enumerable: true, configurable: true, writable: true });
      return copy;
    };
    assertSavedWork(
      fc.property(w.valid, (value) => {
        const result = w.check(salt(value));
        expect(result.ok).toBe(true);
        if (!result.ok) return;
        const clean = result.value;
        expect(JSON.stringify(clean)).not.toMatch(/unexpected|polluted/);
        expect(clean).toEqual(value);
      }),
      { numRuns: 100 },
    );
  });

  it('valid values survive save → load unchanged', () => {
    assertSavedWork(
      fc.property(w.valid, (value) => {
        expect(w.check(value).ok).toBe(true);
        const area = memoryArea();
        const store = storeFor(w, area);
        expect(store.save(value)).toEqual({ status: 'saved', savedAt: new Date(0).toISOString() });
        const loaded = store.load();
        expect(loaded.status).toBe('loaded');
        if (loaded.status === 'loaded') expect(loaded.data).toEqual(value);
      }),
      { numRuns: 200 },
    );
  });

  it('migrates data saved under every earlier format version it knows', () => {
    for (const { version, sample } of earlierFormats[w.name]!) {
      expect(version).toBeLessThan(w.version);
      const area = memoryArea();
      const store = storeFor(w, area);
      area.map.set(store.fullKey, JSON.stringify({ version, savedAt: '2026-01-01T00:00:00.000Z', data: sample }));
      expect(store.load().status).toBe('loaded');
    }
  });

  it('refuses a format it does not know (older than any it can migrate, or newer), keeping the saved text', () => {
    const known = new Set(earlierFormats[w.name]!.map((f) => f.version));
    assertSavedWork(
      fc.property(
        w.valid,
        fc.integer({ min: -3, max: w.version + 3 }).filter((v) => v !== w.version && !known.has(v)),
        (value, version) => {
          const area = memoryArea();
          const store = storeFor(w, area);
          const raw = JSON.stringify({ version, savedAt: '2026-01-01T00:00:00.000Z', data: value });
          area.map.set(store.fullKey, raw);
          const result = store.load();
          expect(result.status).toBe('corrupt');
          expect(area.map.get(store.fullKey)).toBe(raw);
        },
      ),
      { numRuns: 50 },
    );
  });
});
