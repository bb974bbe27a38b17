/** Small pieces of markup the steps share. */
import { html, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { PlanHost } from './host.ts';

/**
 * A heading at a level below the widget's own (which the embedding page sets), as a div with
 * the heading role: Lit cannot choose an element's tag at run time without unsafe markup.
 */
export function heading(host: PlanHost, text: string, offset: number, id?: string, focusable = false): TemplateResult {
  return html`<div class=${offset === 1 ? 'h3' : 'h4'} role="heading" aria-level=${host.level(offset)} id=${ifDefined(id)} tabindex=${ifDefined(focusable ? -1 : undefined)}>
    ${text}
  </div>`;
}
