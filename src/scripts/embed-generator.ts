/**
 * The embed-code generator: keeps the preview and the snippets in step with the form, and
 * warns when chosen colours would make text unreadable.
 */
import { registry } from '../../widgets/registry';
import { themeWarnings, type ThemeColours } from '../lib/contrast';
import { cspSnippet, iframeSnippet, importMapHash, scriptTagSnippet, themeSnippet, type EmbedChoice } from '../lib/embed-snippets';

const form = document.querySelector<HTMLFormElement>('#generator')!;
const preview = document.querySelector<HTMLElement>('#preview')!;
const warnings = document.querySelector<HTMLElement>('#contrast-warnings')!;
const copyStatus = document.querySelector<HTMLElement>('#copy-status')!;
const pins = JSON.parse(form.dataset.pins ?? '{}') as Record<string, { integrity: string; chunks: Record<string, string> } | undefined>;
const defaultTheme: ThemeColours = { text: '#0b0c0c', background: '#ffffff', accent: '#1d70b8', accentText: '#ffffff' };

const hostInput = form.querySelector<HTMLInputElement>('#gen-host')!;
if (hostInput.value === 'https://YOUR-HOST') hostInput.value = location.origin;

function currentChoice(): EmbedChoice {
  const data = new FormData(form);
  const tag = String(data.get('tag'));
  const widget = registry.widgets.find((w) => w.tag === tag) ?? registry.widgets[0]!;
  const rules = { ...registry.commonAttributes, ...widget.attributes };
  const attributes: Record<string, string> = {};
  for (const [name, raw] of data) {
    const value = String(raw).trim();
    const rule = Object.prototype.hasOwnProperty.call(rules, name) ? rules[name] : undefined;
    if (!rule || value === '') continue;
    const ok = rule.values ? rule.values.includes(value) : rule.pattern ? new RegExp(rule.pattern, 'u').test(value) : false;
    if (ok) attributes[name] = value;
  }
  const theme: ThemeColours = {
    text: String(data.get('text')),
    background: String(data.get('background')),
    accent: String(data.get('accent')),
    accentText: String(data.get('accentText')),
  };
  const themed = (Object.keys(theme) as (keyof ThemeColours)[]).some((k) => theme[k].toLowerCase() !== defaultTheme[k]);
  return {
    host: hostInput.value.replace(/\/+$/, '') || location.origin,
    tag: widget.tag,
    title: widget.title,
    attributes,
    ...(themed ? { theme } : {}),
    ...(pins[`${widget.tag}.js`] ? { integrity: pins[`${widget.tag}.js`]!.integrity, chunks: pins[`${widget.tag}.js`]!.chunks } : {}),
  };
}

function update(): void {
  const choice = currentChoice();
  for (const field of form.querySelectorAll<HTMLElement>('[data-for]')) field.hidden = field.dataset.for !== choice.tag;
  document.querySelector('#snippet-script')!.textContent = scriptTagSnippet(choice);
  document.querySelector('#snippet-iframe')!.textContent = iframeSnippet(choice);
  document.querySelector('#snippet-theme')!.textContent = themeSnippet(choice) || '/* The default colours need no CSS */';
  document.querySelector('#snippet-csp')!.textContent = cspSnippet(choice);
  // The import map's hash takes a moment (Web Crypto): the lines are filled in again with it.
  void importMapHash(choice).then((hash) => {
    if (JSON.stringify(currentChoice()) === JSON.stringify(choice)) document.querySelector('#snippet-csp')!.textContent = cspSnippet(choice, hash);
  });

  const problems = choice.theme ? themeWarnings(choice.theme) : [];
  warnings.hidden = problems.length === 0;
  warnings.replaceChildren(
    ...problems.map((p) => {
      const line = document.createElement('p');
      line.textContent = p;
      return line;
    }),
  );

  const element = document.createElement(choice.tag);
  // The preview keeps nothing: it is a preview.
  for (const [name, value] of Object.entries({ ...choice.attributes, storage: 'none', 'storage-key': 'preview' })) element.setAttribute(name, value);
  if (choice.theme) {
    element.style.setProperty('--apk-color-text', choice.theme.text);
    element.style.setProperty('--apk-color-background', choice.theme.background);
    element.style.setProperty('--apk-color-accent', choice.theme.accent);
    element.style.setProperty('--apk-color-accent-text', choice.theme.accentText);
  }
  preview.replaceChildren(element);
}

async function copy(button: HTMLButtonElement): Promise<void> {
  const code = document.getElementById(button.dataset.copy ?? '');
  const text = code?.textContent ?? '';
  try {
    await navigator.clipboard.writeText(text);
    copyStatus.textContent = 'Copied.';
  } catch {
    // Clipboard refused (permissions, older browsers): select the code so Ctrl+C copies it.
    const range = document.createRange();
    range.selectNodeContents(code!);
    getSelection()?.removeAllRanges();
    getSelection()?.addRange(range);
    copyStatus.textContent = 'Selected: press Ctrl+C (or Cmd+C) to copy.';
  }
}

form.addEventListener('input', update);
form.addEventListener('change', update);
for (const button of document.querySelectorAll<HTMLButtonElement>('button.copy')) button.addEventListener('click', () => void copy(button));
// The bundle with every widget, from this site's own versioned folder.
const bundle = '/widgets/v1/attendance-kit.js';
void import(/* @vite-ignore */ bundle).then(update);
