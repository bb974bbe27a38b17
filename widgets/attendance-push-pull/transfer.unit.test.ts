import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultSettings } from './config-defaults.ts';
import { loadExample } from './example.ts';
import { importErrorText, maxImportBytes, parseImport, toFile } from './transfer.ts';

const fixture = (name: string) => readFileSync(join(import.meta.dirname, 'fixtures', name), 'utf8');

function failure(text: string): string {
  const result = parseImport(text);
  if (result.ok) throw new Error('expected the import to fail');
  return importErrorText(result.error);
}

describe('JSON file export and import', () => {
  it('reads back exactly the value it wrote', () => {
    const { value } = loadExample(defaultSettings().localNames)!;
    const file = toFile(value, new Date('2026-11-27T10:00:00Z'));
    expect(file).toMatchObject({ format: 'attendance-push-pull', version: 1, exportedAt: '2026-11-27T10:00:00.000Z' });
    expect(parseImport(JSON.stringify(file))).toEqual({ ok: true, value });
  });

  it('imports the stored downloaded file, equal to the worked example', () => {
    const result = parseImport(fixture('example-file.json'));
    expect(result).toEqual({ ok: true, value: loadExample(defaultSettings().localNames)!.value });
  });

  it('says a file that is not JSON is not a saved map', () => {
    expect(failure(fixture('not-json.json'))).toBe('This file is not a saved push and pull map: it is not a JSON file. Nothing was changed.');
  });

  it('says a JSON file from something else, such as the checklist, is not ours', () => {
    expect(failure(fixture('other-format.json'))).toBe('This file is not a push and pull map downloaded from this tool. Nothing was changed.');
    expect(failure('[]')).toContain('not a push and pull map downloaded from this tool');
    expect(failure('{"format":"attendance-push-pull","version":"1","value":{}}')).toContain('not a push and pull map downloaded');
  });

  it('refuses a file from a newer version of the tool', () => {
    expect(failure(fixture('newer-version.json'))).toBe('This file comes from a newer version of this tool (format 4). Nothing was changed.');
  });

  it('refuses a tampered file with a __proto__ key, and pollutes nothing', () => {
    expect(failure(fixture('proto-key.json'))).toBe('This file has been tampered with: it holds a key that is not allowed. Nothing was changed.');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('says what is damaged in a file that has been edited', () => {
    expect(failure(fixture('damaged-date.json'))).toBe('This file has been changed or damaged: adjustment 1 has a review date that is not a real date. Nothing was changed.');
    expect(failure(fixture('damaged-strength.json'))).toBe('This file has been changed or damaged: factor 3 has a strength that is not 1 to 5. Nothing was changed.');
  });

  it('refuses text larger than the import limit before parsing it', () => {
    expect(failure(' '.repeat(maxImportBytes + 1))).toBe('This file is too large to be a saved push and pull map (over 3.3 MB). Nothing was changed.');
  });
});
