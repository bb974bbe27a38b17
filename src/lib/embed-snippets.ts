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
}

const escapeAttribute = (value: string) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

function attributeText(attributes: Record<string, string>): string {
  return Object.entries(attributes)
    .filter(([, v]) => v !== '')
    .map(([k, v]) => ` ${k}="${escapeAttribute(v)}"`)
    .join('');
}

export function scriptTagSnippet(choice: EmbedChoice): string {
  const integrity = choice.integrity ? `\n        integrity="${choice.integrity}" crossorigin="anonymous"` : '';
  return `<script type="module" src="${choice.host}/widgets/v1/${choice.tag}.js"${integrity}></script>\n<${choice.tag}${attributeText(choice.attributes)}></${choice.tag}>`;
}

export function iframeSnippet(choice: EmbedChoice, frameId = `${choice.tag}-1`): string {
  const query = new URLSearchParams({ ...Object.fromEntries(Object.entries(choice.attributes).filter(([, v]) => v !== '')), 'frame-id': frameId });
  return (
    `<iframe id="${frameId}" title="${escapeAttribute(choice.title)}" width="100%" height="900"\n` +
    `        sandbox="allow-scripts allow-same-origin allow-downloads"\n` +
    `        src="${escapeAttribute(`${choice.host}/embed/${choice.tag}/?${query.toString()}`)}"></iframe>\n` +
    `<script src="${choice.host}/widgets/v1/embed-listener.js"></script>`
  );
}

export function themeSnippet(choice: EmbedChoice): string {
  if (!choice.theme) return '';
  const t = choice.theme;
  return `${choice.tag} {\n  --apk-color-text: ${t.text};\n  --apk-color-background: ${t.background};\n  --apk-color-accent: ${t.accent};\n  --apk-color-accent-text: ${t.accentText};\n}`;
}

export function cspSnippet(choice: EmbedChoice): string {
  return `script-src 'self' ${choice.host};\nframe-src ${choice.host};\nrequire-trusted-types-for 'script';`;
}
