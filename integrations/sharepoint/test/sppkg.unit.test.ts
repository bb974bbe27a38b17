/**
 * Opens the committed SharePoint package (integrations/sharepoint/sppkg/, built by
 * `npm run build:sharepoint` with SPFx's own toolchain) and checks what a tenant's app catalog
 * will see: the app manifest, one web part per widget with its property pane defaults, the
 * client-side assets holding our elements, nothing loaded from outside the package, and that
 * it was built from the code as it is now.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ZipContents } from '../../../test/helpers/zip.ts';
import { readSppkg, type ComponentManifest } from './sppkg-contents.ts';
import { registry } from '../../../widgets/registry.ts';
import { defaultProperties } from '../bridge/settings.ts';
import { bridgeDeclarations, buildAttribute, bundleBridge, inputsFingerprint, root, sharepointDir, sppkgPath } from '../../../scripts/sharepoint-package.mjs';

const kitVersion = (JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string }).version;
const solution = JSON.parse(readFileSync(join(sharepointDir, 'config', 'package-solution.json'), 'utf8')) as {
  solution: { id: string };
};

let sppkg: ZipContents;
let manifests: ComponentManifest[];
let assets: string[];

beforeAll(() => {
  ({ zip: sppkg, manifests, assets } = readSppkg(sppkgPath));
});

describe('the SharePoint package (.sppkg)', () => {
  it('has an app manifest for one tenant-wide deployment of this version, with no custom script', () => {
    const app = sppkg.text('AppManifest.xml');
    expect(app).toContain(`ProductID="${solution.solution.id}"`);
    expect(app).toContain('IsClientSideSolution="true"');
    expect(app).toContain('SkipFeatureDeployment="true"');
    expect(app).toContain(`Version="${kitVersion.replace(/[-+].*$/, '')}.0"`);
    expect(app).toContain('<Title>Attendance Practice Kit</Title>');
  });

  it('has one web part per widget in the registry, each with the pane defaults the bridge gives it', () => {
    expect(manifests.map((m) => m.preconfiguredEntries[0]!.title.default).sort()).toEqual(registry.widgets.map((w) => w.title).sort());
    for (const widget of registry.widgets) {
      const manifest = manifests.find((m) => m.preconfiguredEntries[0]!.title.default === widget.title)!;
      expect(manifest.preconfiguredEntries[0]!.properties, widget.tag).toEqual(defaultProperties(widget.tag));
      expect(manifest.version, widget.tag).toBe(kitVersion);
      expect(manifest.requiresCustomScript ?? false, widget.tag).toBe(false);
      expect(manifest.supportsThemeVariants, widget.tag).toBe(true);
    }
  });

  it('ships client-side assets that define every element, guarded so that a second copy does not throw', () => {
    expect(assets.length).toBeGreaterThan(0);
    const code = assets.map((name) => sppkg.text(name)).join('\n');
    for (const { tag } of registry.widgets) {
      expect(code).toContain(`customElements.get("${tag}")`);
      expect(code).toMatch(new RegExp(`customElements\\.define\\("${tag}",`));
    }
  });

  it('loads every script from inside the package, apart from SharePoint’s own SPFx libraries', () => {
    for (const manifest of manifests) {
      const { internalModuleBaseUrls, scriptResources, entryModuleId } = manifest.loaderConfig;
      // SharePoint's name for the package's own ClientSideAssets folder: no CDN, no trusted-source step.
      expect(internalModuleBaseUrls).toEqual(['HTTPS://SPCLIENTSIDEASSETLIBRARY/']);
      expect(scriptResources[entryModuleId]?.type).toBe('path');
      for (const [name, resource] of Object.entries(scriptResources)) {
        if (resource.type === 'path') expect(sppkg.names, name).toContain(`ClientSideAssets/${resource.path}`);
        else expect(name, `${manifest.alias} loads ${name}`).toMatch(/^@microsoft\/sp-[a-z-]+$/);
      }
    }
    for (const name of assets) {
      const code = sppkg.text(name);
      expect(code, name).not.toMatch(/createElement\(\s*["']script["']\s*\)/);
      expect(code, name).not.toMatch(/\bimport\(/);
      expect(code, name).not.toMatch(/https?:\/\/[^\s"'`]+\.m?js\b/);
      expect(code, name).not.toContain('loadScript');
    }
  });

  it('was built from the widgets and web part code as they are now (run `npm run build:sharepoint` if not)', async () => {
    const bridge = await bundleBridge();
    const expected = await inputsFingerprint(bridge, await bridgeDeclarations());
    const code = assets.map((name) => sppkg.text(name)).join('\n');
    const built = /sha256-[0-9a-f]{64}/.exec(code)?.[0];
    expect(code).toContain(buildAttribute);
    expect(built, 'the committed .sppkg is stale: run `npm run build:sharepoint` and commit the result').toBe(expected);
  });

  it('carries the kit’s version in the SPFx project', () => {
    const project = JSON.parse(readFileSync(join(sharepointDir, 'package.json'), 'utf8')) as { version: string; devDependencies: Record<string, string> };
    expect(project.version).toBe(kitVersion);
    // SPFx 1.23 supports Node 22 only: the project brings it, as the main project brings Node 24.
    expect(project.devDependencies.node).toMatch(/^22\./);
    expect(project.devDependencies['@microsoft/spfx-web-build-rig']).toMatch(/^1\.23\./);
  });
});
