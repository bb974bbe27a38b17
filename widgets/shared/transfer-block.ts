/**
 * The "Use your work" block of every widget (see transfer.ts), loaded once the widget is
 * connected: the buttons and the file control, the messages beside them and the text to copy
 * by hand. What the buttons do (transfer-actions.ts) loads the first time one is used; if it
 * cannot load, the widget says so and nothing changes.
 *
 * Like storage-faults.ts, it imports no code the widget imports: a module shared with this one
 * would be split into a chunk of its own and make every widget's first load larger. The
 * controller lends Lit's `html` and `nothing` instead.
 */
import type { html as litHtml, nothing as litNothing, TemplateResult } from 'lit';
import type { TransferController } from './transfer.ts';

/** Runs an action from transfer-actions.ts, loading it first; `updateComplete` waits for it. */
function run<T>(controller: TransferController<T>, action: (actions: typeof import('./transfer-actions.ts')) => Promise<void>): void {
  controller.host.track(import('./transfer-actions.ts').then(action, () => controller.say(controller.work.strings.actionFailed)));
}

export function renderTransfer<T>(controller: TransferController<T>, html: typeof litHtml, nothing: typeof litNothing): TemplateResult {
  const { host, work } = controller;
  const strings = work.strings;
  const describedBy = controller.error ? 'import-hint import-error' : 'import-hint';
  const copy = (): void => run(controller, (actions) => actions.copy(controller, host, work));
  const download = (): void => run(controller, (actions) => actions.download(controller, work));
  const importFile = (event: Event): void => {
    // Read now: once the event has been dispatched, its target inside a shadow root is cleared.
    const input = event.target as HTMLInputElement;
    run(controller, (actions) => actions.importFile(controller, work, input));
  };
  const print = (): void => host.track(Promise.resolve(work.print ? work.print() : window.print()));
  return html`<section class="actions" aria-labelledby="actions-title">
    <div class=${work.headingClass} id="actions-title" role="heading" aria-level=${host.level(1)}>${strings.actionsHeading}</div>
    <div class="buttons">
      <button type="button" id="copy" @click=${copy}>${strings.copy}</button>
      <button type="button" id="print" class="button-secondary" @click=${print}>${strings.print}</button>
      <button type="button" id="download" class="button-secondary" @click=${download}>${strings.download}</button>
    </div>
    <div class="field">
      <label for="import">${strings.importLabel}</label>
      <span class="hint" id="import-hint">${strings.importHint}</span>
      ${controller.error ? html`<span class="error-message" id="import-error">${controller.error}</span>` : nothing}
      <input type="file" id="import" accept=".json,application/json" aria-describedby=${describedBy} @change=${importFile} />
    </div>
    ${controller.message ? html`<p class="notice" id="action-message">${controller.message}</p>` : nothing}
    ${
      controller.fallback
        ? html`<div class="field">
            <label for="copy-text">${strings.copyFallbackLabel}</label>
            <textarea id="copy-text" readonly rows="12" aria-describedby="action-message" .value=${controller.fallback}></textarea>
          </div>`
        : nothing
    }
  </section>`;
}
