import type { html as litHtml, TemplateResult } from 'lit';
import type { LoadResult, SaveResult, WidgetStore } from './storage.ts';
import { storageFaultStrings as strings } from './storage-messages.ts';
import type { formatMessage } from './strings.ts';

/**
 * What every widget does about the storage faults that need a notice or a choice (README "When
 * saving goes wrong"), loaded only when one happens:
 *
 * - Saved work that cannot be read is set aside under the store's `unreadableKey` before the
 *   widget saves anything (the base holds its saves until then), and the notice offers to
 *   download it (the text as it was, in a JSON file that says what it is) or discard it.
 * - Another tab or window saved this widget's work. When this tab has no change of its own
 *   since it loaded or last synced, it takes that version and says so. Otherwise it holds its
 *   saves (so neither version is lost unseen) and asks which to keep; keeping this one saves it
 *   over the other: the last write wins, with a notice in both tabs.
 *
 * It imports no code the widget base imports: a module shared with this one would be split into
 * a chunk of its own and make every widget's first load larger. The base lends Lit's `html` and
 * its two formatting helpers instead, and this module works on the widget's saving state
 * (`SavingState`), lent with a few of its methods (`FaultsHost`). The line saying what an action did takes focus, as the buttons pressed are gone.
 */

/** A widget's saving state: KitWidget keeps it, and this module works on it while a fault is open. */
export interface SavingState<T> {
  /** Where the work is saved; replaced when the storage settings change. */
  store: WidgetStore<T> | undefined;
  /** The person changed the work since it was loaded or last synced with another tab. */
  changed: boolean;
  /** Saves wait: while another tab's version is shown, until the person chooses between two, or while the fault handling cannot load. */
  held: boolean;
  /** How the last save went; undefined before any. */
  result: SaveResult | undefined;
  /** The line above the save line: work restored, or what an action here did. */
  restoreNotice: string;
  /** The notices this module draws (the widget renders them above the save line). */
  notices: TemplateResult | undefined;
}

/** What KitWidget lends this module, typed: its saving state and the few things it does with it. */
export interface FaultsHost<T> {
  readonly saving: SavingState<T>;
  readonly widgetName: string;
  value: T;
  defaultValue(): T;
  announce(message: string): void;
  persist(): void;
  emitChange(): void;
  requestUpdate(): void;
  /** Moves focus, once drawn, to the first element matching `selector`. */
  focus(selector: string): Promise<void>;
}

/** Adds an unreadable copy to those already set aside, once, so that none is ever overwritten. */
export function joinUnreadable(kept: string | null, raw: string): string {
  return kept === null ? raw : kept.includes(raw) ? kept : `${kept}\n${raw}`;
}

/** Sets an unreadable copy aside; false when the device refused (it is then still where it was). */
export function setAsideUnreadable<T>(store: WidgetStore<T>, raw: string | null | undefined): boolean {
  if (raw == null) return true;
  try {
    const area = store.area()!;
    area.setItem(store.unreadableKey, joinUnreadable(area.getItem(store.unreadableKey), raw));
    return true;
  } catch {
    return false;
  }
}

/** Every unreadable copy set aside, as it was on the device; empty when there is none. */
export function unreadableCopies<T>(store: WidgetStore<T>): string {
  try {
    return store.area()?.getItem(store.unreadableKey) ?? '';
  } catch {
    return '';
  }
}

/** Deletes the unreadable copies: those set aside and, if nothing has been saved over it yet, the one under the main key. */
export function discardUnreadable<T>(store: WidgetStore<T>): void {
  const kept = unreadableCopies(store);
  try {
    const area = store.area();
    const main = area?.getItem(store.fullKey);
    if (main && kept.includes(main)) area!.removeItem(store.fullKey);
    area?.removeItem(store.unreadableKey);
  } catch {
    // Storage has been blocked since: there is nothing more it lets us remove.
  }
}

export class StorageFaults<T> {
  readonly #host: FaultsHost<T>;
  readonly #html: typeof litHtml;
  readonly #format: typeof formatMessage;
  readonly #time: (iso: string) => string;
  /** Text of the notice about unreadable copies; empty when none is kept. */
  #unreadable = '';
  /** Another tab's version, waiting for the person to choose. */
  #otherTab: LoadResult<T> | undefined;
  /** What the last action or sync did. */
  #outcome = '';
  /** The object URL the download link offers, released when the link is redrawn or goes. */
  #downloadUrl = '';

  constructor(host: FaultsHost<T>, html: typeof litHtml, format: typeof formatMessage, time: (iso: string) => string) {
    this.#host = host;
    this.#html = html;
    this.#format = format;
    this.#time = time;
  }

  /** The widget opened its storage and found saved work it could not read, or an earlier unreadable copy still kept. */
  opened(loaded: LoadResult<T>): void {
    const host = this.#host;
    const store = host.saving.store!;
    if (loaded.status === 'corrupt') {
      this.#unreadable = this.#format(strings.unreadableFound, {
        reason: this.#format(strings.reasons[loaded.reason], { version: loaded.version ?? '' }),
      });
      this.#setAside(mainCopy(store));
    } else {
      this.#unreadable = strings.unreadableKept;
      this.#release();
    }
    this.#render();
  }

  /**
   * This widget was given the storage key that `owner`, another widget on the page, saves
   * under (the base holds this one's saves): both say so. With no owner, this widget has a key
   * of its own now, so the owner's notice goes.
   */
  keyShared(owner: FaultsHost<T> | undefined): void {
    const host = this.#host;
    const key = host.saving.store!.fullKey;
    if (!owner) {
      host.saving.restoreNotice = '';
      return host.requestUpdate();
    }
    host.saving.result = { status: 'failed', reason: this.#format(strings.keyShared, { key }) };
    owner.saving.restoreNotice = this.#format(strings.keySharedOwner, { key });
    host.announce(this.#format(strings.keySharedHere, { key }));
    owner.announce(owner.saving.restoreNotice);
    host.requestUpdate();
    owner.requestUpdate();
  }

  /** Another tab or window changed the kit's saved work: if it is this widget's (or its unreadable copies), acts on it. */
  otherTabSaved({ key, newValue: raw, storageArea }: StorageEvent): void {
    const host = this.#host;
    const store = host.saving.store!;
    if (storageArea !== store.area() || (key !== store.fullKey && key !== store.unreadableKey)) return;
    if (key === store.unreadableKey) {
      this.#unreadable = store.hasUnreadable() ? this.#unreadable || strings.unreadableKept : '';
      return this.#render();
    }
    const other = store.read(raw);
    if (other.status === 'corrupt') {
      this.#unreadable = strings.unreadableKept;
      host.saving.held = true;
      this.#setAside(raw);
    } else if (this.#otherTab || host.saving.changed) {
      this.#otherTab = other;
      host.saving.held = true;
      host.announce(this.#otherTabText(other));
    } else {
      this.#take(other);
      host.announce(this.#outcome);
    }
    this.#render();
  }

  /** Sets an unreadable copy aside, then lets saves through; if the device refuses, saves stay held so nothing overwrites it. */
  #setAside(raw: string | null | undefined): void {
    if (setAsideUnreadable(this.#host.saving.store!, raw)) this.#release();
    else this.#host.saving.result = { status: 'failed', reason: 'the device storage is full' };
  }

  /** Lets saves through again, saving at once any change made while they were held. */
  #release(): void {
    const host = this.#host;
    if (this.#otherTab) return;
    host.saving.held = false;
    if (host.saving.changed) host.persist();
  }

  /** Shows another tab's version (or its clearing) without saving it again, which would echo back to that tab. */
  #take(other: LoadResult<T>): void {
    const host = this.#host;
    const loaded = other.status === 'loaded';
    host.saving.held = true;
    host.value = loaded ? other.data : host.defaultValue();
    host.saving.held = host.saving.changed = false;
    this.#otherTab = undefined;
    host.saving.result = loaded ? { status: 'saved', savedAt: other.savedAt } : undefined;
    host.saving.restoreNotice = '';
    this.#outcome = loaded ? this.#format(strings.tookOtherTab, { time: this.#time(other.savedAt) }) : strings.clearedInOtherTab;
    host.emitChange();
  }

  #otherTabText(other: LoadResult<T>): string {
    return other.status === 'loaded' ? this.#format(strings.otherTabSaved, { time: this.#time(other.savedAt) }) : strings.otherTabCleared;
  }

  #discard = (): void => {
    discardUnreadable(this.#host.saving.store!);
    URL.revokeObjectURL(this.#downloadUrl);
    this.#unreadable = '';
    this.#done(strings.discarded);
  };

  #load = (): void => {
    this.#take(this.#otherTab!);
    this.#done(this.#outcome);
  };

  #keep = (): void => {
    const host = this.#host;
    this.#otherTab = undefined;
    host.saving.held = false;
    host.persist();
    host.saving.changed = false;
    this.#done(strings.keptThis);
  };

  /** Says what an action did on the line focus moves to, since the buttons that had focus are gone. */
  #done(message: string): void {
    const host = this.#host;
    this.#outcome = message;
    host.saving.restoreNotice = '';
    this.#render();
    void host.focus('#storage-outcome');
  }

  #render(): void {
    const html = this.#html;
    const other = this.#otherTab;
    const notice = (id: string, text: string, ...choices: TemplateResult[]) =>
      html`<div class="storage-confirm" role="group" aria-labelledby=${id}>
        <p id=${id}>${text}</p>
        ${choices}
      </div>`;
    const button = (id: string, label: string, run: () => void) => html`<button type="button" class="button-secondary" id=${id} @click=${run}>${label}</button>`;
    this.#host.saving.notices = html`${this.#outcome ? html`<p class="storage-restore" id="storage-outcome" tabindex="-1">${this.#outcome}</p>` : ''}${
      other
        ? notice(
            'other-tab',
            this.#otherTabText(other),
            button('load-other', other.status === 'loaded' ? strings.loadOther : strings.clearHereToo, this.#load),
            button('keep-this', strings.keepThis, this.#keep),
          )
        : ''
    }${this.#unreadable ? notice('unreadable', this.#unreadable, this.#downloadLink(), button('discard-unreadable', strings.discard, this.#discard)) : ''}`;
    this.#host.requestUpdate();
  }

  /**
   * A link that downloads the unreadable copies: the text exactly as it was on the device, in a
   * JSON file that says what it is, to keep or to send to someone who can help. Made in memory
   * (an object URL): nothing is sent anywhere.
   */
  #downloadLink(): TemplateResult {
    URL.revokeObjectURL(this.#downloadUrl);
    const store = this.#host.saving.store!;
    const now = new Date();
    const file = { tool: this.#host.widgetName, storageKey: store.fullKey, downloaded: now.toISOString(), unreadableSavedWork: unreadableCopies(store) };
    this.#downloadUrl = URL.createObjectURL(new Blob([JSON.stringify(file, null, 2) + '\n'], { type: 'application/json' }));
    const name = `${this.#host.widgetName}-${strings.fileName}-${now.toISOString().slice(0, 10)}.json`;
    // A paragraph of its own spaces it from the button below; the button class gives it the theme's colours in light and dark.
    return this.#html`<p><a id="download-unreadable" class="button-secondary" href=${this.#downloadUrl} download=${name}>${strings.download}</a></p>`;
  }
}

/** The copy under the main key (unreadable, when this is called), to set aside. */
function mainCopy<T>(store: WidgetStore<T>): string | null | undefined {
  try {
    return store.area()?.getItem(store.fullKey);
  } catch {
    return undefined;
  }
}
