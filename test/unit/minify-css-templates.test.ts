import { describe, expect, it } from 'vitest';
import { minifyCssTemplates } from '../../scripts/minify-css-templates.mjs';

describe('minifying the CSS in css`` templates for the widget build', () => {
  it('drops indents and comments but keeps every rule, selector and value that matters', async () => {
    const source = [
      'const a = 1;',
      'export const styles = css`',
      '  /* why: hosts theme it */',
      '  :host { display: block; color: var(--apk-color-text, #0b0c0c); }',
      '  .x :focus-visible { outline: var(--apk-focus-width, 3px) solid; }',
      '  @media (forced-colors: active) { ::part(base) { border: 1px solid CanvasText; } }',
      '  .w { width: calc(100% - 2 * 1rem); }',
      '`;',
    ].join('\n');
    const out = await minifyCssTemplates(source);
    expect(out.length).toBeLessThan(source.length);
    expect(out).toContain('const a = 1;');
    expect(out).not.toContain('why: hosts theme it');
    expect(out).toContain(':host{display:block;color:var(--apk-color-text, #0b0c0c)}');
    expect(out).toContain('.x :focus-visible{');
    expect(out).toContain('@media(forced-colors:active){::part(base){border:1px solid CanvasText}}');
    expect(out).toContain('calc(100% - 2rem)');
  });

  it('leaves a template with an interpolation or a backslash as written', async () => {
    const source = 'css`:host { color: ${x}; }` + css`.a::before { content: "\\2022"; }` + html`<p>  a  </p>`';
    expect(await minifyCssTemplates(source)).toBe(source);
  });
});
