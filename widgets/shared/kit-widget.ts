import { html, LitElement, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { formatMessage } from './strings.ts';
import { sharedStrings } from './messages.ts';
import { parseStorageKind, WidgetStore, type SaveResult } from './storage.ts';
import type { FaultsHost, SavingState, StorageFaults } from './storage-faults.ts';
import { LazyPart } from './lazy-part.ts';
import type { PartHost } from './part-host.ts';

/**
 * The storage keys the widgets on this page have claimed (storage area and key), so that two
 * widgets given the same `id` or `storage-key` never save over each other: the second is told,
 * and neither loads nor saves, until it has a key of its own.
 */
const claimedKeys = new Map<string, unknown>();

/**
 * What every widget shares, written once: the `value` / `change` / `reset()` contract,
 * form association, storage with autosave and a visible save line, a clear button that asks
 * first, one polite live region for announcements, the heading level and the theme.
 *
 * Readiness, one contract for every widget: `updateComplete` resolves once the widget has
 * drawn its current state with every part it has started loading (a checklist's text, an
 * editor loaded beside the widget, settings to check) and the saved work it restored. Parts
 * register their loading with `track()`; a part that fails to load is drawn as its message
 * and "Try again", and `updateComplete` resolves then too.
 *
 * Storage faults (README "When saving goes wrong"): a failed save keeps the work on screen and
 * says so once; what needs a notice or a choice (saved work that cannot be read, another tab's
 * version, another widget on the page with the same key) is storage-faults.ts, loaded only
 * when a fault happens, which works on this class's protected storage members as a subclass
 * would. Until it has loaded and seen the fault, saves wait: if it cannot load (its file gone
 * after a deploy, or the connection), the widget says so and saves nothing, and tries the
 * import again on the next change.
 *
 * A widget subclass supplies its default value, a check for its value's shape, a format
 * version (with a migration for older versions) and its own rendering.
 */
export abstract class KitWidget<T> extends LitElement {
  static formAssociated = true;

  static override properties = {
    name: { type: String, reflect: true },
    storage: { type: String },
    storageKey: { type: String, attribute: 'storage-key' },
    embedded: { type: Boolean },
    headingLevel: { type: Number, attribute: 'heading-level' },
    theme: { type: String, reflect: true },
    announcement: { state: true },
    confirmingClear: { state: true },
    formDisabled: { state: true },
  };

  /** Name under which the value is submitted with the host page's form. */
  declare name: string | null;
  /** Where work is kept: `local`, `session` or `none` (the default: nothing is kept). */
  declare storage: string | null;
  /** Storage key, for several instances on one page; defaults to the element's id or its position. */
  declare storageKey: string | null;
  /**
   * Set by another widget that shows this one inside itself and keeps its work: hides the
   * save line and clear button, which belong to the outer widget.
   */
  declare embedded: boolean;
  /** Level of the widget's heading, 2 to 6 (default 2); its other headings follow it. */
  declare headingLevel: number;
  /** `light` (the default) or `auto` to follow the reader's dark mode (shared/tokens.ts). */
  declare theme: string | null;

  declare protected announcement: string;
  declare protected confirmingClear: boolean;
  /** A disabled `<fieldset>` around the widget in the host's form disables its controls too. */
  declare protected formDisabled: boolean;
  /** Field id → what its length check says (see `withinLimit`); empty when the field is within its limit. */
  declare protected lengthMessages: Record<string, string>;

  /** The custom element name, also the start of the storage key. */
  protected abstract readonly widgetName: string;
  /** The saved-data format version this release writes. */
  protected abstract readonly formatVersion: number;
  protected abstract defaultValue(): T;
  protected abstract isValue(data: unknown): data is T;

  /**
   * Part of the storage key that says what the work is about, for a widget whose attributes
   * change what it holds (a checklist's `checklist`); empty by default. Undefined while that
   * is not yet known: storage then opens when `reopenStorage()` is called.
   */
  protected storageScope(): string | undefined {
    return '';
  }

  /**
   * For a subclass whose `storageScope()` has changed: the work on screen belonged to the old
   * scope, so it is dropped (not deleted from the device) and the new scope's work is loaded.
   */
  protected reopenStorage(): void {
    this.#value = undefined;
    this.#openStore();
  }

  /** Turns data saved under an older format into the current one; none by default. */
  protected migrate(_data: unknown, _fromVersion: number): T | undefined {
    return undefined;
  }

  readonly #internals: ElementInternals;
  #value: T | undefined;
  /** Where the work is saved and how saving stands; storage-faults.ts works on it too. */
  readonly #saving: SavingState<T> = { store: undefined, changed: false, held: false, result: undefined, restoreNotice: '', notices: undefined };
  /** Loads under way (parts, settings) that `updateComplete` waits for. */
  readonly #pending = new Set<Promise<unknown>>();
  #faults: Promise<StorageFaults<T>> | undefined;
  /** What the fault handling has yet to do, once it has loaded. */
  #owed: ((faults: StorageFaults<T>) => void)[] = [];
  /** The fault handling could not be loaded: saves are held until it can. */
  #faultsMissing = false;
  /** The claimed-keys entry this widget holds, or the widget that holds the key it was given. */
  #claim = '';
  #keyOwner: KitWidget<T> | undefined;
  #toSay = '';
  /** The announcement waiting for the live region to be cleared first; `updateComplete` waits for it. */
  #saying: Promise<void> | undefined;

  constructor() {
    super();
    this.#internals = this.attachInternals();
    this.name = null;
    this.storage = null;
    this.storageKey = null;
    this.embedded = false;
    this.headingLevel = 2;
    this.theme = null;
    this.announcement = '';
    this.confirmingClear = false;
    this.formDisabled = false;
    this.lengthMessages = {};
  }

  /** The level of a heading `offset` levels below the widget's own, which the embedding page sets (2 to 6, clamped). */
  protected level(offset = 0): number {
    const level = Number.isInteger(this.headingLevel) ? this.headingLevel : 2;
    return Math.min(6, Math.max(2, level) + offset);
  }

  /** Makes `updateComplete` wait for a load (a part, settings); draws again when it settles. Never rejects. */
  protected track(work: Promise<unknown>): void {
    const tracked = work.then(
      () => undefined,
      () => undefined,
    );
    this.#pending.add(tracked);
    void tracked.then(() => {
      this.#pending.delete(tracked);
      this.requestUpdate();
    });
  }

  /** See the readiness contract above: also waits for every tracked load and the drawing after it. */
  protected override async getUpdateComplete(): Promise<boolean> {
    let result = await super.getUpdateComplete();
    while (this.#pending.size > 0 || this.#saying) {
      await Promise.all([...this.#pending, this.#saying]);
      result = await super.getUpdateComplete();
    }
    return result;
  }

  /** A part loaded after the first paint (see LazyPart); `loaded` runs when it arrives; `onConnect` false loads it only when needed. */
  protected lazyPart<P extends object>(load: () => Promise<P>, loaded?: (part: P) => void, onConnect = true): LazyPart<P> {
    return new LazyPart(this, load, (work) => this.track(work), loaded, onConnect);
  }

  /** How a part loaded later works on this widget (see PartHost), the same verbs for every widget. */
  protected partHost(): PartHost<T> {
    const widget = this;
    return {
      get value() {
        return widget.value;
      },
      get root() {
        return widget.renderRoot;
      },
      level: (offset) => this.level(offset),
      commit: (next, message) => {
        const kept = this.commit(next);
        if (kept && message) this.announce(message);
        return kept;
      },
      withinLimit: (field, text, max) => this.withinLimit(field, text, max),
      lengthMessage: (field) => this.renderLengthMessage(field),
      lengthMessageId: (field) => (this.lengthMessages[field] ? `${field}-limit` : undefined),
      announce: (message) => this.announce(message),
      track: (work) => this.track(work),
      // Drawn, not the whole readiness: a part's own tracked work may be what is waiting.
      refresh: () => this.focusFirst(),
      focus: (...selectors) => this.focusFirst(...selectors),
    };
  }

  /**
   * Once the next drawing is on screen, focuses the first of these selectors that matches an
   * element that is not disabled; `updateComplete` waits for it.
   */
  protected focusFirst(...selectors: string[]): Promise<void> {
    this.requestUpdate();
    const moved = super.getUpdateComplete().then(() => {
      for (const selector of selectors) {
        const target = this.renderRoot.querySelector<HTMLElement>(selector);
        if (target && !(target as HTMLButtonElement).disabled) return target.focus();
      }
    });
    this.track(moved);
    return moved;
  }

  /** How the last save went, for a widget that says where its work is kept; undefined before any. */
  protected get saveStatus(): SaveResult['status'] | undefined {
    return this.#saving.result?.status;
  }

  /** The widget's state, JSON-serialisable. Setting it replaces the work on screen. */
  get value(): T {
    return this.#value ?? this.defaultValue();
  }

  set value(next: T) {
    if (!this.isValue(next)) throw new TypeError(`${this.widgetName}: value does not have the expected shape`);
    this.#value = next;
    this.persist();
    this.requestUpdate();
  }

  /** Clears the work on screen and on the device (but not another widget's, when this one shares its key). */
  reset(): void {
    if (!this.#keyOwner) {
      this.#saving.store?.clear();
      this.#forgetFaults();
      this.#saving.result = undefined;
    }
    this.#value = this.defaultValue();
    this.#syncForm();
    this.requestUpdate();
    this.emitChange();
  }

  /**
   * Subclasses call this for every change a person makes. A change the value check refuses is
   * not kept (false), and said: it could be saved but never loaded again. The fields' own
   * limits (`withinLimit`) say more, first.
   */
  protected commit(next: T): boolean {
    if (!this.isValue(next)) {
      this.announce(sharedStrings.notKept);
      return false;
    }
    this.#value = next;
    this.persist();
    this.requestUpdate();
    this.emitChange();
    return true;
  }

  /** Says something once to screen-reader users through the widget's polite live region. */
  protected announce(message: string): void {
    // Messages given together (a change and the save that failed with it) are read together.
    this.#toSay = this.#toSay ? `${this.#toSay} ${message}` : message;
    // Cleared first, and filled once that is drawn, so that a repeated message is read again.
    this.announcement = '';
    this.#saying ??= super.getUpdateComplete().then(() => {
      this.announcement = this.#toSay;
      this.#toSay = '';
      this.#saying = undefined;
    });
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // Back on the page (moved by its host): its key is claimed again, unless another widget has it now.
    if (!this.#saving.store || this.#keyOwner || claimedKeys.has(this.#claim)) this.#openStore();
    else if (this.#claim) claimedKeys.set(this.#claim, this);
    addEventListener('storage', this.#otherTabSaved);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    if (claimedKeys.get(this.#claim) === this) claimedKeys.delete(this.#claim);
    removeEventListener('storage', this.#otherTabSaved);
  }

  /**
   * Another tab or window (or, for session storage, another frame in this tab) changed storage.
   * If it is this widget's work, nothing is saved over it until storage-faults.ts has seen it.
   */
  #otherTabSaved = (event: StorageEvent): void => {
    const store = this.#saving.store;
    if (this.#keyOwner || !store || event.storageArea !== store.area() || (event.key !== store.fullKey && event.key !== store.unreadableKey)) return;
    if (event.key === store.fullKey) this.#saving.held = true;
    this.#withFaults((faults) => faults.otherTabSaved(event));
  };

  /**
   * Runs a task of the fault handling, loading it the first time a fault needs it (Lit and the
   * helpers it needs are lent, not imported: see there). Callers hold saves first. A failed load
   * is never kept: saves stay held, the save line says why, and the next change tries again.
   */
  #withFaults(task: (faults: StorageFaults<T>) => void): void {
    this.#owed.push(task);
    const loading = (this.#faults ??= import('./storage-faults.ts').then(({ StorageFaults }) => new StorageFaults(this.#faultsHost(), html, formatMessage, formatTime)));
    this.track(
      loading.then(
        (faults) => {
          if (this.#faultsMissing) {
            this.#saving.result = undefined;
            this.requestUpdate();
          }
          this.#faultsMissing = false;
          for (const owed of this.#owed.splice(0)) owed(faults);
        },
        () => {
          // Saves stay held: whatever needed the fault handling held them before loading it.
          if (this.#faults === loading) this.#faults = undefined;
          if (this.#faultsMissing) return;
          this.#faultsMissing = true;
          this.#saving.result = { status: 'failed', reason: sharedStrings.faultsMissing };
          this.announce(this.#saveLine());
          this.requestUpdate();
        },
      ),
    );
  }

  /** What storage-faults.ts works on: this widget's saving state and the few members it needs, typed. */
  #faultsHost(): FaultsHost<T> {
    const widget = this;
    return {
      saving: this.#saving,
      widgetName: this.widgetName,
      get value() {
        return widget.value;
      },
      set value(next: T) {
        widget.value = next;
      },
      defaultValue: () => this.defaultValue(),
      announce: (message) => this.announce(message),
      persist: () => this.persist(),
      emitChange: () => this.emitChange(),
      requestUpdate: () => this.requestUpdate(),
      focus: (selector) => this.focusFirst(selector),
    };
  }

  /** Drops the notices about the saved copies, when the widget opens other storage or is cleared. */
  #forgetFaults(): void {
    this.#faults = undefined;
    this.#owed = [];
    this.#faultsMissing = false;
    this.#saving.held = this.#saving.changed = false;
    this.#saving.restoreNotice = '';
    this.#saving.notices = undefined;
  }

  protected override willUpdate(changed: PropertyValues): void {
    if ((changed.has('storage') || changed.has('storageKey')) && this.hasUpdated) this.#openStore();
    // A name given after the widget was connected submits the value from now on, not from the next edit.
    if (changed.has('name')) this.#syncForm();
  }

  #defaultKey(prefix: string): string {
    return `${prefix}:${location.pathname}${this.id ? `#${this.id}` : `:${placeOf(this)}`}`;
  }

  #openStore(): void {
    const scope = this.storageScope();
    if (scope === undefined) return;
    const prefix = scope ? `${this.widgetName}:${scope}` : this.widgetName;
    const saving = this.#saving;
    const store = (saving.store = new WidgetStore<T>({
      kind: parseStorageKind(this.storage),
      key: this.storageKey ? `${prefix}:${this.storageKey}` : this.#defaultKey(prefix),
      version: this.formatVersion,
      validate: (data): data is T => this.isValue(data),
      migrate: (data, from) => this.migrate(data, from),
    }));
    this.#forgetFaults();
    if (claimedKeys.get(this.#claim) === this) claimedKeys.delete(this.#claim);
    if (this.#keyOwner) this.#keyOwner.#withFaults((faults) => faults.keyShared(undefined));
    this.#claim = store.kind === 'none' ? '' : `${store.kind} ${store.fullKey}`;
    const owner = (this.#keyOwner = claimedKeys.get(this.#claim) as KitWidget<T> | undefined);
    if (owner) {
      // Another widget on this page saves under this key: this one loads and saves nothing, so neither overwrites the other.
      saving.held = true;
      this.#withFaults((faults) => faults.keyShared(owner.#faultsHost()));
      return;
    }
    if (this.#claim) claimedKeys.set(this.#claim, this);
    const loaded = store.load();
    if (loaded.status === 'loaded') {
      this.#value = loaded.data;
      saving.restoreNotice = formatMessage(sharedStrings.restoredFrom, { time: formatTime(loaded.savedAt) });
    }
    if (loaded.status === 'corrupt' || store.hasUnreadable()) {
      // Nothing is saved over an unreadable copy until the notice has set it aside.
      saving.held = true;
      this.#withFaults((faults) => faults.opened(loaded));
    }
    saving.result = loaded.status === 'unavailable' ? { status: 'unavailable' } : undefined;
    this.#syncForm();
    this.requestUpdate();
  }

  /**
   * Checks what a person typed into a text field against the field's limit (shared/limits.ts,
   * which is also its `maxlength`): true when it may be kept. At the limit the field says so;
   * past it (dictation software or a script can get past `maxlength`) the value is refused with
   * a message, so nothing is saved that could not be loaded again. Either is said once.
   */
  protected withinLimit(field: string, text: string, max: number): boolean {
    const over = text.length > max;
    const message = over || text.length === max ? formatMessage(over ? sharedStrings.overLimit : sharedStrings.atLimit, { max }) : '';
    if (message !== (this.lengthMessages[field] ?? '')) {
      if (message) this.announce(message);
      this.lengthMessages = { ...this.lengthMessages, [field]: message };
      this.requestUpdate();
    }
    return !over;
  }

  /** The message of a field's length check, with the id `<field>-limit` for its aria-describedby; nothing when it has none. */
  protected renderLengthMessage(field: string): TemplateResult | typeof nothing {
    const message = this.lengthMessages[field];
    return message ? html`<span class="error-message" id="${field}-limit">${message}</span>` : nothing;
  }

  /** The work changed: saves it unless saves wait, and says once when saving starts to fail, not on every keystroke. */
  protected persist(): void {
    const saving = this.#saving;
    saving.changed = true;
    // The fault handling could not load: try again, now that there is work it must see first.
    if (this.#faultsMissing) this.#withFaults(() => {});
    if (saving.store && !saving.held) {
      const failedBefore = saving.result?.status === 'failed';
      saving.result = saving.store.save(this.value);
      if (saving.result.status === 'failed' && !failedBefore) this.announce(this.#saveLine());
    }
    this.#syncForm();
  }

  #syncForm(): void {
    const json = this.name ? JSON.stringify(this.value) : null;
    this.#internals.setFormValue(json, json);
  }

  protected emitChange(): void {
    this.dispatchEvent(new CustomEvent('change', { detail: { value: this.value }, bubbles: true, composed: true }));
  }

  /** Called by the browser when the host form is reset. */
  formResetCallback(): void {
    this.reset();
  }

  /** Called by the browser when a `<fieldset>` around the widget is disabled or enabled: its controls follow. */
  formDisabledCallback(disabled: boolean): void {
    this.formDisabled = disabled;
  }

  /**
   * Called by the browser when it restores a form (going back to the page, or autofill): the
   * value submitted before comes back, if it still passes the value check; otherwise nothing changes.
   */
  formStateRestoreCallback(state: unknown): void {
    if (typeof state !== 'string') return;
    try {
      const data: unknown = JSON.parse(state);
      if (this.isValue(data)) this.value = data;
    } catch {
      // Not a value this widget submitted: the work on screen stays.
    }
  }

  /**
   * The widget's own content in a `<fieldset>` that a disabled fieldset around it in the host's
   * form disables too. It draws nothing itself (`display: contents`, role none).
   */
  protected override render(): TemplateResult {
    return html`<fieldset class="form-scope" role="none" ?disabled=${this.formDisabled}>${this.renderWidget()}</fieldset>`;
  }

  /** The widget's own content. */
  protected abstract renderWidget(): TemplateResult;

  /** The live region; render it once in every widget. */
  protected renderLiveRegion(): TemplateResult {
    return html`<div class="visually-hidden" role="status" aria-live="polite" aria-atomic="true">${this.announcement}</div>`;
  }

  /** The "saved on this device only" line and the clear button that asks first. */
  protected renderStorageFooter(): TemplateResult | typeof nothing {
    if (this.embedded) return nothing;
    // Written without indentation between tags: Lit keeps it, and every byte counts towards each widget's size budget.
    const { restoreNotice, notices } = this.#saving;
    return html`<div class="storage" part="storage">
      ${restoreNotice ? html`<p class="storage-restore">${restoreNotice}</p>` : nothing}${notices}
      <p class="storage-line">${this.#saveLine()}</p>
      ${
        this.confirmingClear
          ? html`<div class="storage-confirm" role="group" aria-labelledby="clear-question">
              <p id="clear-question">${sharedStrings.clearConfirmQuestion}</p>
              <button type="button" class="button-warning" id="clear-yes" @click=${this.#confirmClear}>${sharedStrings.clearConfirm}</button>
              <button type="button" class="button-secondary" @click=${this.#cancelClear}>${sharedStrings.clearCancel}</button>
            </div>`
          : html`<button type="button" class="button-secondary" id="clear" part="clear-button" @click=${this.#askClear}>${sharedStrings.clear}</button>`
      }
    </div>`;
  }

  #saveLine(): string {
    const result: SaveResult | undefined = parseStorageKind(this.storage) === 'none' ? { status: 'off' } : this.#saving.result;
    if (!result) return sharedStrings.savedNothingYet;
    if (result.status === 'saved') return formatMessage(sharedStrings.savedAt, { time: formatTime(result.savedAt) });
    if (result.status === 'failed') return formatMessage(sharedStrings.saveFailed, { reason: result.reason });
    return result.status === 'off' ? sharedStrings.saveOff : sharedStrings.saveUnavailable;
  }

  #askClear(): Promise<void> {
    this.confirmingClear = true;
    return this.focusFirst('#clear-yes');
  }

  #cancelClear(): Promise<void> {
    this.confirmingClear = false;
    return this.focusFirst('#clear');
  }

  #confirmClear(): Promise<void> {
    this.confirmingClear = false;
    this.reset();
    this.announce(sharedStrings.cleared);
    return this.focusFirst('#clear');
  }
}

/**
 * Where an element without an id stands, for its default storage key: its position among the
 * elements of its name in its document or shadow root, after the place of that root's host when
 * it is inside another element's shadow root. So two widgets in two hosts' shadow roots never
 * share a key; one on the page itself keeps the key it always had.
 */
function placeOf(element: Element): string {
  const root = element.getRootNode() as Document | ShadowRoot;
  const index = [...root.querySelectorAll(element.localName)].indexOf(element);
  if (!(root instanceof ShadowRoot)) return String(index);
  const host = root.host;
  return `${host.id ? `#${host.id}` : `${host.localName}:${placeOf(host)}`}/${index}`;
}

/** A saved copy's time of day, as the save line and notices show it. */
function formatTime(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return 'an earlier visit';
  return date.toLocaleTimeString('en-GB', { hour: '2-digit', minute: '2-digit' });
}
