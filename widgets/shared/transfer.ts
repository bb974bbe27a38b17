import { html, nothing, type ReactiveController, type ReactiveElement, type TemplateResult } from 'lit';
import type { ReadFileResult } from './export.ts';
import { LazyPart } from './lazy-part.ts';
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
  /** Shown instead of the block when the block itself could not be loaded. */
  actionsFailed: string;
  /** The button that loads the block again. */
  retry: string;
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
 * Copy, print, download and import for every widget, as a reactive controller: the state of
 * the "Use your work" block (its messages, on screen and through the widget's live region, and
 * the text to copy by hand when the clipboard refuses). The block itself (transfer-block.ts)
 * loads once the widget is connected, after its first paint, and what its buttons do
 * (transfer-actions.ts, with the helpers that touch files and the clipboard) loads the first
 * time one is used: no widget's first load carries either. A block that cannot load says so,
 * with a button to try again, and changes nothing. Everything stays in the browser. Ids are
 * fixed (#copy, #download, #import, #copy-text...), so a widget renders one.
 */
export class TransferController<T> implements ReactiveController {
  /** What the last action did; empty when nothing was done or the work was cleared. */
  message = '';
  /** Why the last file could not be imported. */
  error = '';
  /** Text to copy by hand when the clipboard refused it; empty otherwise. */
  fallback = '';
  /** The widget, how the block works on it and what its transfer is made of: the block (transfer-block.ts) reads them. */
  readonly element: ReactiveElement;
  readonly host: PartHost<T>;
  readonly work: TransferWork<T>;
  readonly #block: LazyPart<typeof import('./transfer-block.ts')>;

  constructor(element: ReactiveElement, host: PartHost<T>, work: TransferWork<T>) {
    this.element = element;
    this.host = host;
    this.work = work;
    element.addController(this);
    this.#block = new LazyPart(element, () => import('./transfer-block.ts'), host.track);
  }

  /** Nothing to set up: the block loads itself (LazyPart), and each change asks the widget to draw. */
  hostConnected(): void {}

  /** Forgets the messages, as when the work is cleared or replaced. */
  reset(): void {
    this.message = this.error = this.fallback = '';
    this.element.requestUpdate();
  }

  /** Says what an action did, on screen and through the widget's live region. */
  say(message: string): void {
    this.message = message;
    this.host.announce(message);
    this.element.requestUpdate();
  }

  /** Says why a file was not imported, beside the file control and through the live region. */
  refuse(reason: string): void {
    this.message = '';
    this.error = reason;
    this.host.announce(reason);
    this.element.requestUpdate();
  }

  #retry = (): void => {
    void this.#block.load().then(
      () => this.host.focus('#copy'),
      () => this.host.focus('#transfer-retry'),
    );
  };

  /** The block once it has loaded; nothing while it loads; its message and "Try again" if it could not. */
  render(): TemplateResult | typeof nothing {
    const block = this.#block.part;
    if (block) return block.renderTransfer(this, html, nothing);
    return this.#block.failed
      ? html`<p class="error-message" id="transfer-failed">${this.work.strings.actionsFailed}</p>
          <button type="button" class="button-secondary" id="transfer-retry" @click=${this.#retry}>${this.work.strings.retry}</button>`
      : nothing;
  }
}
