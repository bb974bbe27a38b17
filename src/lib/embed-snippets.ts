/** The snippets the embed-code generator hands a council: script tag, iframe, theme CSS, CSP. */
import type { ThemeColours } from './contrast';

export interface EmbedChoice {
  /** Where the council hosts the kit, such as https://kit.example.gov.uk (no trailing slash). */
  host: string;
  tag: string;
  title: string;
  /** Attribute name → value, already limited to what the widget accepts. */
  attributes: Record<string, string>;
  theme?: ThemeColours;
  /** Subresource Integrity hash of the widget file, when known. */
  integrity?: string;
  /**
   * Hashes of every chunk the widget can load (public/widgets/v1/pins.json), by path under
   * /widgets/v1/: with them the script tag comes with an import map that pins those too.
   */
  chunks?: Record<string, string>;
}

const escapeAttribute = (value: string) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

function attributeText(attributes: Record<string, string>): string {
  return Object.entries(attributes)
    .filter(([, v]) => v !== '')
    .map(([k, v]) => ` ${k}="${escapeAttribute(v)}"`)
    .join('');
}

/**
 * The text of an import map that pins every chunk the widget can load (issue 14, item 6): the
 * browser checks each chunk against its hash before running it, as it checks the widget file
 * against the script tag's `integrity`. Empty when the chunks' hashes are not known.
 */
export function importMapText(choice: EmbedChoice): string {
  const chunks = Object.entries(choice.chunks ?? {});
  if (chunks.length === 0) return '';
  const integrity = Object.fromEntries(chunks.map(([file, hash]) => [`${choice.host}/widgets/v1/${file}`, hash]));
  // No "<" can end the script element early, whatever the host address holds.
  return JSON.stringify({ integrity }, null, 2).replace(/</g, '\\u003c');
}

/**
 * The CSP hash source that lets the import map (an inline script) run under a policy without
 * 'unsafe-inline'. Asynchronous: Web Crypto, the same in the browser and in Node.
 */
export async function importMapHash(choice: EmbedChoice): Promise<string> {
  const text = importMapText(choice);
  if (!text) return '';
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return `'sha256-${btoa(String.fromCharCode(...new Uint8Array(digest)))}'`;
}

export function scriptTagSnippet(choice: EmbedChoice): string {
  const map = importMapText(choice);
  const pinned = map ? `<script type="importmap">${map}</script>\n` : '';
  const integrity = choice.integrity ? `\n        integrity="${choice.integrity}" crossorigin="anonymous"` : '';
  return `${pinned}<script type="module" src="${choice.host}/widgets/v1/${choice.tag}.js"${integrity}></script>\n<${choice.tag}${attributeText(choice.attributes)}></${choice.tag}>`;
}

export function iframeSnippet(choice: EmbedChoice, frameId = `${choice.tag}-1`): string {
  const query = new URLSearchParams({ ...Object.fromEntries(Object.entries(choice.attributes).filter(([, v]) => v !== '')), 'frame-id': frameId });
  return (
    `<iframe id="${frameId}" title="${escapeAttribute(choice.title)}" width="100%" height="900"\n` +
    `        sandbox="allow-scripts allow-same-origin allow-downloads allow-popups allow-popups-to-escape-sandbox"\n` +
    `        src="${escapeAttribute(`${choice.host}/embed/${choice.tag}/?${query.toString()}`)}"></iframe>\n` +
    `<script src="${choice.host}/widgets/v1/embed-listener.js"></script>`
  );
}

export function themeSnippet(choice: EmbedChoice): string {
  if (!choice.theme) return '';
  const t = choice.theme;
  return `${choice.tag} {\n  --apk-color-text: ${t.text};\n  --apk-color-background: ${t.background};\n  --apk-color-accent: ${t.accent};\n  --apk-color-accent-text: ${t.accentText};\n}`;
}

/**
 * The lines a host page's CSP needs: the kit's origin for scripts and frames (with the import
 * map's hash, when there is one), and, for a host that names the Trusted Types policies it
 * allows, the one Lit creates in each widget file: "lit-html", once per file, so duplicates.
 */
export function cspSnippet(choice: EmbedChoice, mapHash = ''): string {
  return `script-src 'self' ${choice.host}${mapHash ? ` ${mapHash}` : ''};\nframe-src ${choice.host};\nrequire-trusted-types-for 'script';\ntrusted-types lit-html 'allow-duplicates';`;
}
