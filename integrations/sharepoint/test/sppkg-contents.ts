/** Reads what a tenant's app catalog would see in an .sppkg: its web part manifests and client-side assets. */
import { readZip, type ZipContents } from '../../../test/helpers/zip.ts';

export interface ComponentManifest {
  id: string;
  alias: string;
  version: string;
  requiresCustomScript?: boolean;
  supportsThemeVariants?: boolean;
  preconfiguredEntries: { title: { default: string }; properties: Record<string, unknown> }[];
  loaderConfig: {
    internalModuleBaseUrls: string[];
    entryModuleId: string;
    exportName: string;
    scriptResources: Record<string, { type: 'path' | 'component'; path?: string; id?: string; version?: string }>;
  };
}

export interface SppkgContents {
  zip: ZipContents;
  manifests: ComponentManifest[];
  /** Paths of the JavaScript files in ClientSideAssets/. */
  assets: string[];
}

const unescapeXml = (text: string) =>
  text
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');

export function readSppkg(path: string): SppkgContents {
  const zip = readZip(path);
  const manifests = zip.names
    .filter((name) => /\/WebPart_[0-9a-f-]+\.xml$/.test(name))
    .map((name) => JSON.parse(unescapeXml(/ComponentManifest="([^"]*)"/.exec(zip.text(name))![1]!)) as ComponentManifest);
  const assets = zip.names.filter((name) => name.startsWith('ClientSideAssets/') && name.endsWith('.js'));
  return { zip, manifests, assets };
}
