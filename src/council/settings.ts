/**
 * Reads and checks a council's folder (council.json, pages/, its logo) for the build. A fault
 * stops the build with the file and the field named, as content errors do.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { councilSchema, type CouncilSettings } from '../../content/schemas/council.ts';

/** The settings file in a council's folder. */
export const settingsFileName = 'council.json';
/** The folder of local pages in a council's folder. */
export const localPagesFolder = 'pages';

export interface Edition extends CouncilSettings {
  /** The council's folder, absolute. */
  dir: string;
}

export class CouncilSettingsError extends Error {
  override name = 'CouncilSettingsError';
}

/** A path as a person typed it: relative to the project when inside it. */
export function shownPath(path: string): string {
  const rel = relative(process.cwd(), path);
  return rel.startsWith('..') ? path : rel.split(sep).join('/');
}

/** File names (without extension) of the .md and .mdx files in a folder; none if there is no folder. */
export function pageSlugs(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => /\.mdx?$/.test(name))
    .map((name) => name.replace(/\.mdx?$/, ''))
    .sort();
}

/** Reads the council's folder, or returns undefined when no folder is given. */
export function loadEdition(councilDir: string | undefined, contentDir: string): Edition | undefined {
  if (!councilDir) return undefined;
  const dir = resolve(councilDir);
  const file = join(dir, settingsFileName);
  if (!existsSync(file)) throw new CouncilSettingsError(`Council folder ${shownPath(dir)} has no ${settingsFileName}: expected the council's settings file there.`);
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new CouncilSettingsError(`${shownPath(file)} is not valid JSON: ${(error as Error).message}`);
  }
  const schema = councilSchema({
    nationalPages: pageSlugs(join(contentDir, 'guidance')),
    localPages: pageSlugs(join(dir, localPagesFolder)),
    checklists: readdirSync(join(contentDir, 'checklists'))
      .filter((name) => name.endsWith('.json'))
      .map((name) => name.replace(/\.json$/, '')),
    readFile: (path) => {
      const target = resolve(dir, path);
      // A logo outside the council's folder is not the council's to publish.
      if (!target.startsWith(dir + sep) || !existsSync(target)) return undefined;
      return readFileSync(target, 'utf8');
    },
  });
  const result = schema.safeParse(raw);
  if (!result.success) {
    const lines = result.error.issues.map((issue) => `  ${issue.path.join('.') || '(the whole file)'}: ${issue.message}`);
    throw new CouncilSettingsError(`${shownPath(file)} is not valid:\n${lines.join('\n')}`);
  }
  return { ...result.data, dir };
}

/** The council folder the build was given, from APK_COUNCIL. */
export function councilDirFromEnv(env: NodeJS.ProcessEnv = process.env): string | undefined {
  const value = env.APK_COUNCIL?.trim();
  return value ? value : undefined;
}

/** The content folder the build reads (tests point KIT_CONTENT_DIR at a broken copy). */
export function contentDirFromEnv(env: NodeJS.ProcessEnv = process.env): string {
  return resolve(env.KIT_CONTENT_DIR ?? 'content');
}
