/**
 * The content the later steps use: the roles list (content/four-is-roles.json) is valid and
 * grounded in the glossary or the sources, and the links into the responsibilities page use
 * the anchors that page makes.
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import yaml from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { fourIsRoleSchema } from '../../content/schemas/four-is-role.ts';
import { sourceSchema } from '../../content/schemas/source.ts';
import { defaultLocalNames } from '../../content/schemas/local-names.ts';
import { expectations, levelHref, levelLabel, levels, parties, roleLabel, roles } from './plan-data.ts';

const root = resolve(import.meta.dirname, '../..');
const read = (file: string) => readFileSync(join(root, file), 'utf8');
const sources = sourceSchema.array().parse(JSON.parse(read('content/sources.json')));
const glossaryIds = (yaml.load(read('content/glossary.yaml')) as { id: string }[]).map((entry) => entry.id);

describe('the roles of who is involved', () => {
  const schema = fourIsRoleSchema(sources, glossaryIds);

  it('are each valid, grounded in the glossary or a source, with unique ids', () => {
    const raw = JSON.parse(read('content/four-is-roles.json')) as unknown[];
    for (const role of raw) expect(schema.safeParse(role).error?.issues ?? []).toEqual([]);
    expect(new Set(roles.map((r) => r.id)).size).toBe(roles.length);
  });

  it('include the ones the issue names: social worker, designated teacher, DSL, virtual school, attendance team, health, others', () => {
    expect(roles.map((r) => r.id)).toEqual(expect.arrayContaining(['social-worker', 'designated-teacher', 'dsl', 'virtual-school', 'attendance-team', 'health', 'other']));
  });

  it('fails a role with an unknown glossary id, a bad citation or no grounding, naming the field', () => {
    expect(schema.safeParse({ id: 'x', label: 'X', glossary: 'not-a-term' }).error?.issues[0]).toMatchObject({
      path: ['glossary'],
      message: 'expected the id of an entry in content/glossary.yaml',
    });
    expect(schema.safeParse({ id: 'x', label: 'X', citation: { source: 'top-tips-2022', section: 'Nowhere' } }).error?.issues[0]?.path).toEqual(['citation', 'section']);
    expect(schema.safeParse({ id: 'x', label: 'X' }).error?.issues[0]?.message).toBe('expected a "glossary" id or a "citation" that grounds the role in the sources');
  });

  it('show the council’s own name for a service it has named', () => {
    expect(roleLabel('virtual-school', { ...defaultLocalNames })).toBe('Virtual school');
    expect(roleLabel('virtual-school', { ...defaultLocalNames, virtualSchool: 'Anyshire Virtual School' })).toBe('Virtual school (Anyshire Virtual School)');
    expect(roleLabel('retired-role', { ...defaultLocalNames })).toBe('retired-role');
  });
});

describe('links into the summary table of responsibilities', () => {
  it('use the same party slugs as the site’s responsibilities pages', () => {
    const site = read('src/lib/responsibilities.ts');
    for (const party of parties) expect(site).toContain(`{ id: '${party.id}', label: `);
    for (const party of parties) expect(site).toMatch(new RegExp(`id: '${party.id}',[^}]*slug: '${party.slug}'`));
  });

  it('offer every level in the matrix, in its order, with what each party is expected to do', () => {
    const data = JSON.parse(read('content/responsibilities.json')) as { id: string; order: number }[];
    expect(levels.map((l) => l.id)).toEqual([...data].sort((a, b) => a.order - b.order).map((l) => l.id));
    expect(expectations('pupils-with-a-social-worker', 'local-authorities').length).toBeGreaterThan(0);
    expect(expectations('nothing', 'schools')).toEqual([]);
  });

  it('point at the anchor of the level and party', () => {
    expect(levelHref('/responsibilities/', 'looked-after-children', 'trusts-and-governing-bodies')).toBe('/responsibilities/#looked-after-children--trusts-and-governing-bodies');
    expect(levelLabel('monitoring', 'schools')).toBe('Monitoring (Schools)');
  });
});
