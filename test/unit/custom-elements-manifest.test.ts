/**
 * custom-elements.json is generated from the widgets' source; this fails when it is stale
 * (run `npm run manifest`) or when it misses a setting the embed pages accept.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { registry } from '../../widgets/registry.ts';

const root = resolve(import.meta.dirname, '../..');
const committed = JSON.parse(readFileSync(join(root, 'custom-elements.json'), 'utf8'));

interface Declaration {
  customElement?: boolean;
  tagName?: string;
  attributes?: { name: string }[];
  events?: { name: string }[];
  cssParts?: { name: string }[];
  slots?: { name: string }[];
}
const elements = (manifest: { modules: { declarations?: Declaration[] }[] }) => manifest.modules.flatMap((m) => m.declarations ?? []).filter((d) => d.customElement);

describe('custom-elements.json', () => {
  it('matches what the analyzer makes from the source now', () => {
    // The analyzer takes its output folder relative to the working directory.
    const out = 'node_modules/.cache/cem-check';
    rmSync(join(root, out), { recursive: true, force: true });
    execFileSync(
      process.execPath,
      [join(root, 'node_modules/@custom-elements-manifest/analyzer/cem.js'), 'analyze', '--config', 'custom-elements-manifest.config.mjs', '--outdir', out],
      {
        cwd: root,
        stdio: 'ignore',
      },
    );
    const fresh = JSON.parse(readFileSync(join(root, out, 'custom-elements.json'), 'utf8'));
    expect(fresh).toEqual(committed);
  });

  it('documents every widget, its change event, and every setting its embed page accepts', () => {
    const byTag = new Map(elements(committed).map((d) => [d.tagName, d]));
    for (const widget of registry.widgets) {
      const declaration = byTag.get(widget.tag);
      expect(declaration, widget.tag).toBeDefined();
      const attributes = new Set(declaration!.attributes?.map((a) => a.name));
      for (const name of [...Object.keys(widget.attributes), ...Object.keys(registry.commonAttributes)]) expect(attributes.has(name), `${widget.tag} ${name}`).toBe(true);
      expect(declaration!.events?.map((e) => e.name)).toContain('change');
      expect(declaration!.cssParts?.map((p) => p.name)).toContain('base');
    }
  });

  it('documents a slot only for an element that renders one', () => {
    const phantom = committed.modules.flatMap((m: { path: string; declarations?: Declaration[] }) =>
      (m.declarations ?? [])
        .filter((d) => d.customElement && (d.slots ?? []).length > 0 && !readFileSync(join(root, m.path), 'utf8').includes('<slot'))
        .map((d) => `${d.tagName}: ${d.slots!.map((slot) => slot.name || '(default)').join(', ')}`),
    );
    expect(phantom).toEqual([]);
  });
});
