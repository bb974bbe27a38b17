import { html, nothing, type TemplateResult } from 'lit';

/** How a widget names its settings' problems (its strings module holds the words). */
export interface ConfigErrorWords {
  configHeading: string;
  configFooter: string;
}

/** The settings a widget could not use, on screen, for whoever set it up (part `config-error`). */
export function renderConfigErrors(errors: readonly string[], words: ConfigErrorWords): TemplateResult | typeof nothing {
  if (errors.length === 0) return nothing;
  return html`<div class="config-error" part="config-error" id="config-error">
    <p><strong>${words.configHeading}</strong></p>
    <ul>
      ${errors.map((error) => html`<li>${error}</li>`)}
    </ul>
    <p>${words.configFooter}</p>
  </div>`;
}

/** The same problems in the console, for the web team embedding the widget. */
export function warnConfigErrors(tag: string, errors: readonly string[], words: ConfigErrorWords): void {
  console.warn(`${tag}: ${words.configHeading}.\n- ${errors.join('\n- ')}\n${words.configFooter}`);
}
