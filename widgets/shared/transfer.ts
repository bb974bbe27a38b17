import { html, nothing, type ReactiveController, type ReactiveElement, type TemplateResult } from 'lit';
import type { ReadFileResult } from './export.ts';
import type { PartHost } from './part-host.ts';

/** The words of the "Use your work" block; each widget says them its own way, in its strings module. */
export interface TransferStrings {
  actionsHeading: string;
  copy: string;
  copied: string;
  copyRefused: string;
  copyFallbackLabel: string;
  print: string;
  download: string;
  downloaded: string;
  importLabel: string;
  importHint: string;
  imported: string;
  /** Said when the code for these buttons could not be loaded. */
  actionFailed: string;
}

/** What a widget's copy, download and import are made of; the controller does the rest. */
export interface TransferWork<T> {
  strings: TransferStrings;
  /** The class of the block's heading in the widget's styles. */
  headingClass: string;
  /** The text "Copy" gives. */
  text(): string | Promise<string>;
  /**
   * The file "Download" offers: what its name says (the date is added), its data and the indent
   * of its JSON (0 for none); undefined when there is nothing yet. May load the code that writes it.
   */
  file(now: Date): Promise<{ name: string[]; data: unknown; spaces?: number } | undefined>;
  /** The largest file "Import" reads, in bytes: refused before it is read. */
  maxBytes: number;
  /** Reads a picked file: the value it holds, or the message saying why not (nothing changes then). */
  read(file: ReadFileResult): Promise<{ ok: true; value: T } | { ok: false; message: string }>;
  /** Puts an imported value on screen; the widget clears what belonged to the work before. */
  apply(value: T): void | Promise<void>;
  /** What "Print" does, when more than printing the page. */
  print?(): void | Promise<void>;
}

/**
 * Copy, print, download and import for every widget, as a reactive controller: the controls,
 * their messages (on screen and through the widget's live region), and the fallback when the
 * clipboard refuses. What the buttons do (transfer-actions.ts, with the helpers that touch files
 * and the clipboard) loads the first time one is used, so no widget's first load carries it;
 * if it cannot load, the widget says so and nothing changes. Everything stays in the browser. Ids are fixed (#copy, #download, #import, #copy-text...), so a widget
 * renders one.
 */
export class TransferController<T> implements ReactiveController {
  /** What the last action did; empty when nothing was done or the work was cleared. */
  message = '';
  /** Why the last file could not be imported. */
  error = '';
  /** Text to copy by hand when the clipboard refused it; empty otherwise. */
  fallback = '';
  readonly #element: ReactiveElement;
  readonly #host: PartHost<T>;
  readonly #work: TransferWork<T>;

  constructor(element: ReactiveElement, host: PartHost<T>, work: TransferWork<T>) {
    this.#element = element;
    this.#host = host;
    this.#work = work;
    element.addController(this);
  }

  /** Nothing to set up: the messages are drawn by `render()`, and each change asks the widget to draw. */
  hostConnected(): void {}

  /** Forgets the messages, as when the work is cleared or replaced. */
  reset(): void {
    this.message = this.error = this.fallback = '';
    this.#element.requestUpdate();
  }

  /** Says what an action did, on screen and through the widget's live region. */
  say(message: string): void {
    this.message = message;
    this.#host.announce(message);
    this.#element.requestUpdate();
  }

  /** Says why a file was not imported, beside the file control and through the live region. */
  refuse(reason: string): void {
    this.message = '';
    this.error = reason;
    this.#host.announce(reason);
    this.#element.requestUpdate();
  }

  /**
   * Runs an action from transfer-actions.ts, which loads the first time a button is used (with
   * the helpers that touch files and the clipboard); `updateComplete` waits for it. If it cannot
   * load, the widget says so and nothing changes.
   */
  #run(action: (actions: typeof import('./transfer-actions.ts')) => Promise<void>): void {
    this.#host.track(import('./transfer-actions.ts').then(action, () => this.say(this.#work.strings.actionFailed)));
  }

  #copy = (): void => this.#run((actions) => actions.copy(this, this.#host, this.#work));
  #download = (): void => this.#run((actions) => actions.download(this, this.#work));
  #import = (event: Event): void => {
    // Read now: once the event has been dispatched, its target inside a shadow root is cleared.
    const input = event.target as HTMLInputElement;
    this.#run((actions) => actions.importFile(this, this.#work, input));
  };
  #print = (): void => this.#host.track(Promise.resolve(this.#work.print ? this.#work.print() : window.print()));

  render(): TemplateResult {
    const strings = this.#work.strings;
    const describedBy = this.error ? 'import-hint import-error' : 'import-hint';
    return html`<section class="actions" aria-labelledby="actions-title">
      <div class=${this.#work.headingClass} id="actions-title" role="heading" aria-level=${this.#host.level(1)}>${strings.actionsHeading}</div>
      <div class="buttons">
        <button type="button" id="copy" @click=${this.#copy}>${strings.copy}</button>
        <button type="button" id="print" class="button-secondary" @click=${this.#print}>${strings.print}</button>
        <button type="button" id="download" class="button-secondary" @click=${this.#download}>${strings.download}</button>
      </div>
      <div class="field">
        <label for="import">${strings.importLabel}</label>
        <span class="hint" id="import-hint">${strings.importHint}</span>
        ${this.error ? html`<span class="error-message" id="import-error">${this.error}</span>` : nothing}
        <input type="file" id="import" accept=".json,application/json" aria-describedby=${describedBy} @change=${this.#import} />
      </div>
      ${this.message ? html`<p class="notice" id="action-message">${this.message}</p>` : nothing}
      ${
        this.fallback
          ? html`<div class="field">
              <label for="copy-text">${strings.copyFallbackLabel}</label>
              <textarea id="copy-text" readonly rows="12" aria-describedby="action-message" .value=${this.fallback}></textarea>
            </div>`
          : nothing
      }
    </section>`;
  }
}
