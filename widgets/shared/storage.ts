/**
 * Saving a widget's work on the device, written once for every widget.
 *
 * - The embedding page chooses where: `local`, `session` or `none`.
 * - What is saved is wrapped in an envelope with a format version, so a later release can
 *   migrate work saved by an earlier one instead of dropping it.
 * - Storage can be blocked (privacy settings, sandboxed iframes), full or corrupted. No call
 *   here throws: each reports what happened so the widget can tell the user.
 * - Nothing saved is lost to a fault: after a failed read nothing is written (it could
 *   overwrite work never seen), a failed write leaves the earlier copy as it was, and a copy
 *   that cannot be read is set aside under `unreadableKey` (by storage-faults.ts, before the
 *   widget saves anything) until the person downloads or discards it.
 */

export type StorageKind = 'local' | 'session' | 'none';

export interface SavedEnvelope<T> {
  /** Format version of `data`. */
  version: number;
  /** When it was saved (ISO 8601). */
  savedAt: string;
  data: T;
}

export type LoadResult<T> =
  { status: 'loaded'; data: T; savedAt: string } | { status: 'empty' } | { status: 'unavailable' } | { status: 'corrupt'; reason: UnreadableReason; version?: number };

/**
 * Why saved data could not be read: not JSON, no envelope with a format version, a newer
 * format than this release writes (`version` says which), or data that failed its check.
 * Codes, not words: the words load with the notice that shows them (storage-messages.ts).
 */
export type UnreadableReason = 'not-json' | 'no-version' | 'newer' | 'invalid';

export type SaveResult = { status: 'saved'; savedAt: string } | { status: 'off' } | { status: 'unavailable' } | { status: 'failed'; reason: string };

export interface StoreOptions<T> {
  kind: StorageKind;
  key: string;
  /** The format version this release writes. */
  version: number;
  /**
   * Turns data saved under an older version into the current shape, or returns undefined
   * when it cannot. Called only for versions lower than `version`.
   */
  migrate?: (data: unknown, fromVersion: number) => T | undefined;
  /** Checks data read back (after any migration) before the widget trusts it. */
  validate: (data: unknown) => data is T;
  /** Where the storage objects come from; tests pass a fake. */
  storageArea?: () => Storage | undefined;
  now?: () => Date;
}

export const storageKeyPrefix = 'attendance-kit:';

/** Reads the chosen storage area; blocked storage throws on access, which is caught here. */
function defaultArea(kind: StorageKind): Storage | undefined {
  try {
    if (kind === 'local') return globalThis.localStorage;
    if (kind === 'session') return globalThis.sessionStorage;
  } catch {
    return undefined;
  }
  return undefined;
}

/** Parses the storage attribute; anything unknown means `none` rather than a silent default store. */
export function parseStorageKind(value: string | null | undefined): StorageKind {
  return value === 'local' || value === 'session' ? value : 'none';
}

export class WidgetStore<T> {
  readonly #options: StoreOptions<T>;
  /** Reading failed, so what is on the device is unknown: writing could overwrite it. */
  #readFailed = false;

  constructor(options: StoreOptions<T>) {
    this.#options = options;
  }

  get kind(): StorageKind {
    return this.#options.kind;
  }

  get fullKey(): string {
    return storageKeyPrefix + this.#options.key;
  }

  /** Where unreadable copies are set aside. */
  get unreadableKey(): string {
    return this.fullKey + ':unreadable';
  }

  /** The storage area in use; undefined when storage is off or blocked. */
  area(): Storage | undefined {
    if (this.#options.kind === 'none') return undefined;
    return this.#options.storageArea ? this.#options.storageArea() : defaultArea(this.#options.kind);
  }

  load(): LoadResult<T> {
    if (this.#options.kind === 'none') return { status: 'empty' };
    const area = this.area();
    if (!area) return { status: 'unavailable' };
    let raw: string | null;
    try {
      raw = area.getItem(this.fullKey);
    } catch {
      this.#readFailed = true;
      return { status: 'unavailable' };
    }
    return this.read(raw);
  }

  /** Whether an unreadable copy is set aside for this widget. */
  hasUnreadable(): boolean {
    try {
      return this.area()?.getItem(this.unreadableKey) != null;
    } catch {
      return false;
    }
  }

  /** Reads a saved copy's text: the device's, or another tab's from a `storage` event. */
  read(raw: string | null): LoadResult<T> {
    if (raw === null) return { status: 'empty' };
    let envelope: unknown;
    try {
      envelope = JSON.parse(raw);
    } catch {
      return { status: 'corrupt', reason: 'not-json' };
    }
    if (typeof envelope !== 'object' || envelope === null || typeof (envelope as SavedEnvelope<unknown>).version !== 'number' || !('data' in envelope)) {
      return { status: 'corrupt', reason: 'no-version' };
    }
    const { version, data, savedAt } = envelope as SavedEnvelope<unknown>;
    if (version > this.#options.version) {
      return { status: 'corrupt', reason: 'newer', version };
    }
    const current = version < this.#options.version ? this.#options.migrate?.(data, version) : data;
    if (current === undefined || !this.#options.validate(current)) {
      return { status: 'corrupt', reason: 'invalid', version };
    }
    return { status: 'loaded', data: current, savedAt: typeof savedAt === 'string' ? savedAt : '' };
  }

  save(data: T): SaveResult {
    if (this.#options.kind === 'none') return { status: 'off' };
    const area = this.area();
    if (!area || this.#readFailed) return { status: 'unavailable' };
    const savedAt = (this.#options.now?.() ?? new Date()).toISOString();
    const envelope: SavedEnvelope<T> = { version: this.#options.version, savedAt, data };
    try {
      area.setItem(this.fullKey, JSON.stringify(envelope));
      return { status: 'saved', savedAt };
    } catch (error) {
      // Also what some private windows (older Safari) throw: they allow no storage at all.
      const quota = error instanceof Error && /quota/i.test(error.name + error.message);
      return { status: 'failed', reason: quota ? 'the device storage is full' : 'the browser refused to save' };
    }
  }

  /** Removes everything this widget keeps on the device, unreadable copies included. */
  clear(): void {
    try {
      this.area()?.removeItem(this.fullKey);
      this.area()?.removeItem(this.unreadableKey);
    } catch {
      // Blocked storage holds nothing of ours to clear.
    }
  }
}
