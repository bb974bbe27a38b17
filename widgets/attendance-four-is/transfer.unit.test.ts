import { describe, expect, it } from 'vitest';
import { importErrorText, parseImport, toFile } from './transfer.ts';
import { fourIsLimits } from '../shared/limits.ts';
import { fixedPlan } from './fixtures/plan.ts';

const fail = (text: string) => {
  const result = parseImport(text);
  if (result.ok) throw new Error('expected the import to fail');
  return importErrorText(result.error);
};
const file = (value: unknown, extra: Record<string, unknown> = {}) =>
  JSON.stringify({ format: 'attendance-four-is', version: 1, exportedAt: '2026-11-27T10:00:00.000Z', value, ...extra });

describe('the plan’s JSON file', () => {
  it('reads back exactly the plan it wrote', () => {
    const written = toFile(fixedPlan(), new Date('2026-11-27T10:00:00Z'));
    expect(written).toMatchObject({ format: 'attendance-four-is', version: 1, exportedAt: '2026-11-27T10:00:00.000Z' });
    expect(parseImport(JSON.stringify(written, null, 2))).toEqual({ ok: true, value: fixedPlan() });
  });

  it('refuses anything else with a message that says nothing was changed', () => {
    expect(fail('{"format": "attendance-four-is", "version": 1, "value": ')).toBe('This file is not a saved plan: it is not a JSON file. Nothing was changed.');
    expect(fail('{"format":"attendance-checklist","version":1,"value":{}}')).toBe('This file is not a plan downloaded from this tool. Nothing was changed.');
    expect(fail(file(fixedPlan(), { version: 2 }))).toBe('This file comes from a newer version of this tool (format 2). Nothing was changed.');
    expect(fail(file({ ...fixedPlan(), pupils: [{ ref: 'x' }] }))).toBe('This file has been changed or damaged: pupil 1 has no valid school. Nothing was changed.');
    expect(fail(' '.repeat(fourIsLimits.fileChars + 1))).toBe('This file is too large to be a saved plan (over 57.2 MB). Nothing was changed.');
    expect(fail('[]')).toBe('This file is not a plan downloaded from this tool. Nothing was changed.');
  });

  it('refuses a file with a key that could reach an object’s prototype', () => {
    const tampered = file(fixedPlan()).replace('"judgement"', '"__proto__":{"polluted":true},"judgement"');
    expect(fail(tampered)).toBe('This file has been tampered with: it holds a key that is not allowed. Nothing was changed.');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
