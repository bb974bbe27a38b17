/**
 * Throwaway copies of the fictional Anyshire council folder (examples/anyshire), each with one
 * deliberate change, for tests of the council settings.
 */
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll } from 'vitest';

export const root = resolve(import.meta.dirname, '../..');
export const anyshireDir = join(root, 'examples/anyshire');
export const contentDir = join(root, 'content');

type Settings = Record<string, unknown> & {
  contacts: Record<string, unknown>[];
  localNotes: Record<string, unknown>[];
  brand: Record<string, unknown>;
};

/** Copies made by this test file; removed when it ends. */
export function councilCopies(): (change?: (settings: Settings, dir: string) => void) => string {
  const made: string[] = [];
  afterAll(() => {
    for (const dir of made) rmSync(dir, { recursive: true, force: true });
  });
  return (change) => {
    const dir = mkdtempSync(join(tmpdir(), 'apk-council-'));
    made.push(dir);
    cpSync(anyshireDir, dir, { recursive: true });
    if (change) {
      const file = join(dir, 'council.json');
      const settings = JSON.parse(readFileSync(file, 'utf8')) as Settings;
      change(settings, dir);
      writeFileSync(file, JSON.stringify(settings, null, 2));
    }
    return dir;
  };
}

/** Every text a person wrote for the example councils (examples/*): local pages and notes, by file. */
export function exampleCouncilTexts(): [string, string[]][] {
  const examples = join(root, 'examples');
  return readdirSync(examples).flatMap((council): [string, string[]][] => {
    const dir = join(examples, council);
    const settings = JSON.parse(readFileSync(join(dir, 'council.json'), 'utf8')) as { localNotes?: { text: string[] }[]; contacts?: { description?: string }[] };
    const pages = readdirSync(join(dir, 'pages')).map((file): [string, string[]] => [`examples/${council}/pages/${file}`, [readFileSync(join(dir, 'pages', file), 'utf8')]]);
    return [[`examples/${council}/council.json`, [...(settings.localNotes ?? []).flatMap((n) => n.text), ...(settings.contacts ?? []).map((c) => c.description ?? '')]], ...pages];
  });
}
