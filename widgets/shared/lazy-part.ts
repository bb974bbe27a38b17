import { adoptStyles, type CSSResult, type ReactiveController, type ReactiveElement } from 'lit';

/** What a part loaded later may bring besides its code: styles for what it draws. */
export interface PartModule {
  partStyles?: CSSResult;
}

/** Adds the styles a part brought to the widget's own, in its shadow root. */
export function addPartStyles(host: ReactiveElement, part: PartModule): void {
  const root = host.renderRoot;
  if (part.partStyles && root instanceof ShadowRoot) adoptStyles(root, [...(host.constructor as typeof ReactiveElement).elementStyles, part.partStyles]);
}

/**
 * A part of a widget loaded after its first paint (an editor, steps, a calculator), as a
 * reactive controller, written once: it loads when the widget is connected (or when first
 * needed), adds the part's styles to
 * the widget's, and makes `updateComplete` wait for it (see KitWidget's readiness contract).
 * A failed load is never kept: `failed` is set, the widget draws its message and "Try again",
 * and `load()` (that button, or the next thing that needs the part) fetches it afresh.
 */
export class LazyPart<P extends object> implements ReactiveController {
  /** The part, once loaded. */
  part: P | undefined;
  /** The last load failed. */
  failed = false;
  readonly #host: ReactiveElement;
  readonly #import: () => Promise<P>;
  readonly #track: (work: Promise<unknown>) => void;
  readonly #loaded: ((part: P) => void) | undefined;
  readonly #onConnect: boolean;
  #loading: Promise<P> | undefined;

  /** With `onConnect` false, the part loads only when something calls `load()`. */
  constructor(host: ReactiveElement, load: () => Promise<P>, track: (work: Promise<unknown>) => void, loaded?: (part: P) => void, onConnect = true) {
    this.#host = host;
    this.#import = load;
    this.#track = track;
    this.#loaded = loaded;
    this.#onConnect = onConnect;
    host.addController(this);
  }

  hostConnected(): void {
    if (this.#onConnect) void this.load().catch(() => undefined);
  }

  /** The part, loading it if it is not yet here (or failed before). Rejects when it cannot load. */
  load(): Promise<P> {
    if (this.#loading) return this.#loading;
    this.failed = false;
    const loading = (this.#loading = this.#import().then(
      (part) => {
        this.part = part;
        addPartStyles(this.#host, part as PartModule);
        this.#loaded?.(part);
        return part;
      },
      (error: unknown) => {
        this.#loading = undefined;
        this.failed = true;
        throw error;
      },
    ));
    this.#track(loading);
    this.#host.requestUpdate();
    return loading;
  }
}
