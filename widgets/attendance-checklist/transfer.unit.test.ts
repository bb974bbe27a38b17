import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importErrorText, maxImportBytes, parseImport, toFile } from './transfer.ts';
import type { ChecklistValue } from './state.ts';
import { attendanceMaths } from './calculator-maths.ts';

const fixture = (name: string) => readFileSync(join(import.meta.dirname, 'fixtures', name), 'utf8');
const title = 'Attendance in assessment';

async function failure(text: string, checklist = 'assessment'): Promise<string> {
  const result = parseImport(text, checklist);
  if (result.ok) throw new Error('expected the import to fail');
  return importErrorText(result.error, title);
}

describe('JSON file export and import', () => {
  it('reads back exactly the value it wrote', () => {
    const value: ChecklistValue = {
      checklist: 'assessment',
      items: {
        'underlying-issues': { status: 'asked', note: 'Line one\nLine “two” <script>alert(1)</script>' },
        'current-attendance': {
          status: 'answered',
          note: '',
          attendance: {
            value: { mode: 'percent', possible: '', attended: '', percent: '85' },
            sentence: 'Over a full school year, 85.0% attendance means missing 28.5 school days, nearly 6 school weeks.',
          },
        },
      },
    };
    const file = toFile(value, title, new Date('2026-11-27T10:00:00Z'));
    expect(file).toMatchObject({ format: 'attendance-checklist', version: 1, title, exportedAt: '2026-11-27T10:00:00.000Z' });
    expect(parseImport(JSON.stringify(file), 'assessment', attendanceMaths)).toEqual({ ok: true, value });
  });

  it('imports the stored example file', () => {
    const result = parseImport(fixture('assessment-file.json'), 'assessment');
    expect(result.ok && Object.keys(result.value.items)).toContain('retired-question');
  });

  it('says a file that is not JSON is not a saved checklist', async () => {
    expect(await failure(fixture('not-json.json'))).toBe('This file is not a saved checklist: it is not a JSON file. Nothing was changed.');
  });

  it('says a JSON file from something else is not ours', async () => {
    expect(await failure(fixture('other-format.json'))).toBe('This file is not a checklist downloaded from this tool. Nothing was changed.');
    expect(await failure('[]')).toContain('not a checklist downloaded from this tool');
    expect(await failure('"attendance-checklist"')).toContain('not a checklist downloaded from this tool');
  });

  it('refuses a file from a newer version of the tool', async () => {
    expect(await failure(fixture('newer-version.json'))).toBe('This file comes from a newer version of this tool (format 7). Nothing was changed.');
  });

  it('refuses a file saved from another checklist, naming it', async () => {
    expect(await failure(fixture('other-checklist.json'))).toBe('This file is for the “Pupil voice” checklist, not “Attendance in assessment”. Nothing was changed.');
  });

  it('refuses a tampered file with a __proto__ key, and pollutes nothing', async () => {
    expect(await failure(fixture('proto-key.json'))).toBe('This file has been tampered with: it holds a key that is not allowed. Nothing was changed.');
    expect(({} as Record<string, unknown>).status).toBeUndefined();
    expect(await failure('{"format":"attendance-checklist","version":1,"value":{"checklist":"assessment","items":{},"constructor":{"prototype":{}}}}')).toContain('tampered');
  });

  it('says what is damaged in a file that has been edited', async () => {
    expect(await failure(fixture('damaged.json'))).toBe('This file has been changed or damaged: item "lateness" has no note text. Nothing was changed.');
  });

  it('refuses text larger than the import limit before parsing it', async () => {
    expect(await failure(' '.repeat(maxImportBytes + 1))).toBe('This file is too large to be a saved checklist (over 12.4 MB). Nothing was changed.');
  });
});
