import { html, nothing, type TemplateResult } from 'lit';

/** The words of the "Use your work" block; each widget says them its own way. */
export interface TransferActionStrings {
  actionsHeading: string;
  copy: string;
  print: string;
  download: string;
  importLabel: string;
  importHint: string;
  copyFallbackLabel: string;
}

export interface TransferActionsState {
  strings: TransferActionStrings;
  /** The heading's class in the widget's styles, and its aria-level. */
  headingClass: string;
  headingLevel: number;
  importError: string;
  actionMessage: string;
  /** Text to copy by hand when the clipboard refused it; empty otherwise. */
  copyFallback: string;
  onCopy: () => void;
  onDownload: () => void;
  onImport: (event: Event) => void;
}

/**
 * The copy, print, download and import controls with their messages, written once for the
 * widgets that have them (the checklist and the push/pull explorer). Ids are fixed (#copy,
 * #download, #import, #copy-text...), so each widget renders it once.
 */
export function renderTransferActions(state: TransferActionsState): TemplateResult {
  const { strings } = state;
  const describedBy = state.importError ? 'import-hint import-error' : 'import-hint';
  return html`<section class="actions" aria-labelledby="actions-title">
    <div class=${state.headingClass} id="actions-title" role="heading" aria-level=${state.headingLevel}>${strings.actionsHeading}</div>
    <div class="buttons">
      <button type="button" id="copy" @click=${state.onCopy}>${strings.copy}</button>
      <button type="button" id="print" class="button-secondary" @click=${() => window.print()}>${strings.print}</button>
      <button type="button" id="download" class="button-secondary" @click=${state.onDownload}>${strings.download}</button>
    </div>
    <div class="field">
      <label for="import">${strings.importLabel}</label>
      <span class="hint" id="import-hint">${strings.importHint}</span>
      ${state.importError ? html`<span class="error-message" id="import-error">${state.importError}</span>` : nothing}
      <input type="file" id="import" accept=".json,application/json" aria-describedby=${describedBy} @change=${state.onImport} />
    </div>
    ${state.actionMessage ? html`<p class="notice" id="action-message">${state.actionMessage}</p>` : nothing}
    ${state.copyFallback
      ? html`<div class="field">
          <label for="copy-text">${strings.copyFallbackLabel}</label>
          <textarea id="copy-text" readonly rows="12" aria-describedby="action-message" .value=${state.copyFallback}></textarea>
        </div>`
      : nothing}
  </section>`;
}
