import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { KitWidget } from '../shared/kit-widget.ts';
import { renderConfigErrors, warnConfigErrors } from '../shared/config-errors.ts';
import { TransferController } from '../shared/transfer.ts';
import { addPartStyles } from '../shared/lazy-part.ts';
import { tokens } from '../shared/tokens.ts';
import { controls } from '../shared/controls.ts';
import { checklistLimits } from '../shared/limits.ts';
import type { AttendanceCalculator } from '../attendance-calculator/attendance-calculator.ts';
import { defaultChecklistId, isChecklistId, loadChecklist, type ChecklistSource } from './checklists.ts';
import { defaultConfig, needsChecking, type ChecklistConfig } from './config-defaults.ts';
import type { ChecklistView } from './model.ts';
import {
  attendanceRecord,
  checkValue,
  checklistFormatVersion,
  emptyValue,
  holdsAttendance,
  isChecklistValue,
  migrateValue,
  progress,
  updateEntry,
  withSentences,
  type AttendanceMaths,
  type ChecklistValue,
} from './state.ts';
import { loadSources, type SourceInfo } from '../shared/sources.ts';
import type { ItemsHost } from './items-part.ts';
import { checklistStrings as strings } from './strings.ts';
import { checklistStyles } from './styles.ts';

/** How long the progress summary waits for a run of changes to settle before it is read out. */
const progressAnnounceDelay = 800;

/**
 * The parts the widget loads only when it needs them, each from a chunk beside the widget
 * file: one checklist's data, the source titles its citations name, and the calculator with
 * its maths (only for a checklist that shows it, or work that holds its figures).
 */
const lazyParts = {
  checklist: loadChecklist,
  sources: loadSources,
  calculator: (): Promise<AttendanceMaths> => import('./calculator-part.ts').then((part) => part.attendanceMaths),
  items: (): Promise<ItemsPart> => import('./items-part.ts'),
};

type ItemsPart = typeof import('./items-part.ts');

/** A checklist's data with what it needs to be shown, once loaded. */
interface Loaded {
  id: string;
  list: ChecklistSource;
  sources: readonly SourceInfo[];
  /** How the items are drawn and written out, which loads with the data. */
  items: ItemsPart;
}

/**
 * @summary Runs one of the kit's checklists: a status, a note and the guidance for each item,
 * a progress summary, the attendance calculator where the checklist asks about attendance,
 * and exports for the case record (text, print, JSON file). The checklist's text loads after
 * the element is connected, from a file beside the widget, so a page never downloads the
 * checklists it does not show; "Loading the checklist…" shows until then, and `updateComplete`
 * waits for it.
 *
 * Settings may also come from a `<script type="application/json">` child: `checklist`, `baseUrl`,
 * `localNames`, `hiddenItems`, `extraItems`. Attributes override it (see config.ts). It is not a
 * slot: no child of the element is shown once the widget runs, so a no-script message can go here.
 *
 * @attr checklist - `assessment` (default), `seven-questions`, `pupil-voice`, `support-and-monitoring` or `supervision`.
 * @attr base-url - Start of each guidance link, followed by the page's slug and "/" (default "/guidance/").
 * @attr attendance-team - The council's name for its attendance team, for {attendanceTeam} in item text.
 * @attr virtual-school - The council's name for its virtual school, for {virtualSchool}.
 * @attr inclusion-service - The council's inclusion service, for {inclusionService}.
 * @attr hidden-items - Ids of items not to show, separated by spaces or commas.
 * @attr storage - Where work is kept: `local`, `session` or `none` (default).
 * @attr storage-key - Keeps several checklists on one page apart.
 * @attr name - Submits the value (JSON) with the host page's form.
 * @attr heading-level - Level of the widget's heading, 2 to 6 (default 2).
 * @attr theme - `light` (default) or `auto` to follow the reader's dark mode.
 *
 * @prop {ChecklistValue} value - The work: `{ checklist, items: { [id]: { status, note, attendance? } } }`,
 *   where `attendance` holds the calculator's value and its sentence. Setting it replaces the work.
 *
 * @fires change - After each change a person makes; `detail.value` is the new value.
 *
 * @csspart base - The widget's outer box.
 * @csspart progress - The progress summary.
 * @csspart config-error - The message shown when settings could not be used.
 * @csspart load-error - The message and retry button shown when the checklist could not be loaded.
 * @csspart storage - The save line and clear button.
 * @csspart clear-button - The clear button.
 *
 * @cssprop --apk-color-accent - Buttons, links and the progress bar's edge.
 * @cssprop --apk-color-text - Text colour.
 * @cssprop --apk-color-background - Background colour.
 * @cssprop --apk-color-focus - Focus ring colour.
 * @cssprop --apk-focus-width - Focus ring thickness (3px; presenter mode sets 5px).
 * @cssprop --apk-font-family - Font.
 * @cssprop --apk-space - Base spacing.
 * @cssprop --apk-radius - Corner radius of buttons.
 */
export class AttendanceChecklist extends KitWidget<ChecklistValue> {
  static override properties = {
    ...KitWidget.properties,
    checklist: { type: String },
    baseUrl: { type: String, attribute: 'base-url' },
    attendanceTeam: { type: String, attribute: 'attendance-team' },
    virtualSchool: { type: String, attribute: 'virtual-school' },
    inclusionService: { type: String, attribute: 'inclusion-service' },
    hiddenItems: { type: String, attribute: 'hidden-items' },
    loadFailed: { state: true },
  };

  /**
   * Where the lazily loaded parts come from. A subclass in a test swaps one to see a failed
   * load handled; nothing else should need to.
   * @internal
   */
  protected static lazyParts = lazyParts;

  static override styles = [tokens, controls, checklistStyles];

  /** Which checklist to run. */
  declare checklist: string | null;
  /** Start of each guidance link. */
  declare baseUrl: string | null;
  /** The council's name for its attendance team. */
  declare attendanceTeam: string | null;
  /** The council's name for its virtual school. */
  declare virtualSchool: string | null;
  /** The council's name for its inclusion service. */
  declare inclusionService: string | null;
  /** Ids of items not to show, separated by spaces or commas. */
  declare hiddenItems: string | null;
  declare private loadFailed: boolean;

  protected readonly widgetName = 'attendance-checklist';
  protected readonly formatVersion = checklistFormatVersion;

  /** The settings in force; the checklist they name is known before its data has loaded. */
  #config: Readonly<ChecklistConfig> = defaultConfig;
  /** Counts configurations, so that settings checked late never overwrite newer ones. */
  #configRun = 0;
  /** Settings are being checked: no checklist is loaded, and no storage opened, until they have been. */
  #configuring = false;
  /** Problems with the settings themselves, found without the checklist's data. */
  #settingErrors: string[] = [];
  /** The data of the checklist on screen; undefined while it loads or after it failed to. */
  #loaded: Loaded | undefined;
  /** The id whose data is on its way, if any. */
  #loadingId: string | undefined;
  /** The checklist as shown; undefined until its data has loaded. */
  #view: ChecklistView | undefined;
  /**
   * The calculator and its maths, loaded when a checklist or work needs them (not when the
   * widget is connected). If that fails, the items that show the calculator say so, the rest
   * of the checklist works, and the next thing that needs it (another checklist, imported work,
   * "Try again") loads it afresh.
   */
  readonly #calculator = this.lazyPart(
    () => (this.constructor as typeof AttendanceChecklist).lazyParts.calculator().then((maths) => ({ maths })),
    ({ maths }) => {
      if (!this.#sentencesOwed) return;
      this.#sentencesOwed = false;
      super.value = withSentences(this.value, maths);
    },
    false,
  );
  /** Set when work with figures was set before the maths had loaded: its sentences are worked out when it arrives. */
  #sentencesOwed = false;
  /**
   * Set when focus was in the widget as its content went away to load: focus is then kept
   * inside (on the loading status, or the retry button) and goes to the title once the
   * checklist is shown, never to the page's body.
   */
  #keepFocus = false;
  #configErrors: string[] = [];
  #warned = '';
  #storedScope = '';
  #announceTimer: ReturnType<typeof setTimeout> | undefined;
  #openedForPrint: HTMLDetailsElement[] = [];
  /** Copy, print, download and import; the code that reads and writes files loads on first use. */
  readonly #transfer = new TransferController<ChecklistValue>(this, this.partHost(), {
    strings,
    headingClass: 'group-title',
    text: () => this.toText(),
    file: async (now) => {
      const view = this.#view;
      if (!view) return undefined;
      const { toFile } = await import('./transfer.ts');
      return { name: [view.id], data: toFile(this.value, view.title, now) };
    },
    maxBytes: checklistLimits.fileChars,
    read: async (read) => {
      const view = this.#view!;
      const { importErrorText, parseImport } = await import('./transfer.ts');
      const result = read.ok ? parseImport(read.text, view.id, this.#maths) : ({ ok: false, error: { code: read.error } } as const);
      return result.ok ? result : { ok: false, message: await importErrorText(result.error, view.title) };
    },
    apply: async (imported) => {
      let value = imported;
      if (!this.#maths && holdsAttendance(value)) {
        await this.#loadCalculator();
        if (this.#maths) value = withSentences(value, this.#maths);
      }
      this.commit(value);
    },
  });

  constructor() {
    super();
    this.checklist = null;
    this.baseUrl = null;
    this.attendanceTeam = null;
    this.virtualSchool = null;
    this.inclusionService = null;
    this.hiddenItems = null;
    this.loadFailed = false;
    // Nothing is loaded yet: until it is connected, the element's attributes may not all be
    // set, and loading the default checklist for a page that asks for another would waste it.
  }

  /**
   * Reads the settings, then builds the checklist to show if its data is here, or loads the
   * data. A checklist used as it comes (no settings, or only a `checklist` the kit has) needs
   * no checks; otherwise they load first (config.ts, which says their order).
   */
  #configure(): void {
    const run = ++this.#configRun;
    const attribute = this.checklist ?? '';
    const fallback = { ...defaultConfig, checklist: isChecklistId(attribute) ? attribute : defaultChecklistId };
    this.#configuring = needsChecking(this);
    if (!this.#configuring) return this.#applyConfig(fallback, []);
    this.track(
      import('./config.ts').then(
        ({ readChecklistConfig }) => {
          if (run === this.#configRun) this.#applyConfig(...readChecklistConfig(this));
        },
        // Without its checks no setting can be trusted: the defaults apply, with a message.
        () => {
          if (run === this.#configRun) this.#applyConfig(fallback, [strings.configUnchecked]);
        },
      ),
    );
  }

  #applyConfig(config: ChecklistConfig, errors: string[]): void {
    this.#configuring = false;
    this.#config = config;
    this.#settingErrors = errors;
    if (this.#loaded?.id === config.checklist) this.#build();
    else if (this.#loadingId !== config.checklist) this.#load(config.checklist);
    else this.#configErrors = errors;
  }

  /** Builds the view of the loaded checklist with the settings in force. */
  #build(): void {
    const { items, list } = this.#loaded!;
    const built = items.buildView(this.#config, list);
    this.#view = built.view;
    this.#showErrors([...this.#settingErrors, ...built.errors]);
    if (items.showsCalculator(built.view)) void this.#loadCalculator();
  }

  /** Shows the settings' problems, and warns in the console when they change. */
  #showErrors(errors: string[]): void {
    this.#configErrors = errors;
    const text = errors.join('\n');
    if (errors.length > 0 && text !== this.#warned) {
      warnConfigErrors('attendance-checklist', errors, strings);
    }
    this.#warned = text;
  }

  /** Loads a checklist's data and the source titles it cites, and the calculator if it shows one. */
  #load(id: string): void {
    const parts = (this.constructor as typeof AttendanceChecklist).lazyParts;
    if (this.shadowRoot?.activeElement) this.#keepFocus = true;
    this.#loadingId = id;
    this.#loaded = undefined;
    this.#view = undefined;
    this.#configErrors = this.#settingErrors;
    this.track(
      Promise.all([parts.checklist(id), parts.sources(), parts.items()]).then(
        async ([list, sources, items]) => {
          if (this.#loadingId !== id) return;
          // The calculator is waited for before the checklist is shown, so that it does not
          // appear later and push down the items a person may already be working on.
          if (items.showsCalculator(items.buildView(this.#config, list).view)) await this.#loadCalculator();
          if (this.#loadingId !== id) return;
          this.#loadingId = undefined;
          addPartStyles(this, items);
          this.#loaded = { id, list, sources, items };
          this.loadFailed = false;
          this.#build();
        },
        () => {
          if (this.#loadingId !== id) return;
          this.#loadingId = undefined;
          this.loadFailed = true;
          this.#showErrors(this.#settingErrors);
          this.announce(strings.loadFailed);
        },
      ),
    );
  }

  /** The calculator and its maths (see `#calculator`); resolves once they are here or have failed to load. */
  #loadCalculator(): Promise<void> {
    return this.#calculator.load().then(
      () => undefined,
      () => undefined,
    );
  }

  /** The calculator's maths, once its chunk has loaded. */
  get #maths(): AttendanceMaths | undefined {
    return this.#calculator.part?.maths;
  }

  protected override storageScope(): string | undefined {
    if (this.#configuring) return undefined;
    this.#storedScope = this.#config.checklist;
    return this.#config.checklist;
  }

  protected defaultValue(): ChecklistValue {
    return emptyValue(this.#config.checklist);
  }

  protected isValue(data: unknown): data is ChecklistValue {
    return isChecklistValue(data) && data.checklist === this.#config.checklist;
  }

  protected override migrate(data: unknown, fromVersion: number): ChecklistValue | undefined {
    return migrateValue(data, fromVersion);
  }

  override connectedCallback(): void {
    // Settings first: the storage the base opens next is keyed by the checklist they choose.
    this.#configure();
    super.connectedCallback();
    window.addEventListener('beforeprint', this.#beforePrint);
    window.addEventListener('afterprint', this.#afterPrint);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.#announceTimer);
    window.removeEventListener('beforeprint', this.#beforePrint);
    window.removeEventListener('afterprint', this.#afterPrint);
  }

  protected override willUpdate(changed: PropertyValues): void {
    const settings = ['checklist', 'baseUrl', 'attendanceTeam', 'virtualSchool', 'inclusionService', 'hiddenItems'];
    if (settings.some((name) => changed.has(name))) this.#configure();
    super.willUpdate(changed);
    // Work restored or imported with figures needs the maths to show and export them (once: after a failed load, what needs it next tries again).
    if (holdsAttendance(this.value) && !this.#calculator.failed) void this.#loadCalculator();
    // Another checklist is other work: load its own, leaving the first one's saved as it was.
    if (this.isConnected && this.#config.checklist !== this.#storedScope) {
      this.#transfer.reset();
      this.reopenStorage();
    }
  }

  /** The work; setting it replaces the work on screen (calculator sentences are worked out afresh). */
  override get value(): ChecklistValue {
    return super.value;
  }

  override set value(next: ChecklistValue) {
    const checked = checkValue(next, this.#maths);
    if (checked.ok && !this.#maths && holdsAttendance(checked.value)) {
      this.#sentencesOwed = true;
      void this.#loadCalculator();
    }
    super.value = checked.ok ? checked.value : next;
  }

  override reset(): void {
    this.#transfer.reset();
    super.reset();
  }

  /** The checklist as plain text for a case record, as "Copy" gives it; empty until the checklist has loaded (await `updateComplete`). */
  toText(date: Date = new Date()): string {
    if (!this.#view || !this.#loaded) return '';
    return this.#loaded.items.checklistText(this.#view, this.value, { date, sources: this.#loaded.sources, maths: this.#maths });
  }

  /**
   * The headings of the checklist's groups, in order and focusable (tabindex -1), for paging
   * through them (presenter mode, src/scripts/presenter.ts); empty until the checklist has loaded.
   */
  groupHeadings(): HTMLElement[] {
    return [...this.renderRoot.querySelectorAll<HTMLElement>('[id^=g-]')];
  }

  #change(view: ChecklistView, id: string, change: Parameters<typeof updateEntry>[3], announceProgress = false): void {
    this.commit(updateEntry(view, this.value, id, change));
    if (!announceProgress) return;
    // A person setting several statuses in a row hears the total once, when they pause.
    clearTimeout(this.#announceTimer);
    this.#announceTimer = setTimeout(() => {
      if (this.#view && this.#loaded) this.announce(this.#loaded.items.progressText(this.#view, progress(this.#view, this.value)));
    }, progressAnnounceDelay);
  }

  #noteInput(view: ChecklistView, id: string, note: string): void {
    if (this.withinLimit(`n-${id}`, note, checklistLimits.note)) this.#change(view, id, { note });
  }

  /** How the items part (items-part.ts) works on this widget. */
  readonly #itemsHost: ItemsHost = ((widget: AttendanceChecklist): ItemsHost =>
    Object.defineProperties(widget.partHost(), {
      maths: { get: () => widget.#maths },
      calculatorFailed: { get: () => widget.#calculator.failed },
      theme: { get: () => widget.theme },
      baseUrl: { get: () => widget.#config.baseUrl },
      sources: { get: () => widget.#loaded?.sources ?? [] },
      change: { value: (view: ChecklistView, id: string, change: Parameters<typeof updateEntry>[3], announce?: boolean) => widget.#change(view, id, change, announce) },
      noteInput: { value: (view: ChecklistView, id: string, note: string) => widget.#noteInput(view, id, note) },
      calculatorChange: { value: (view: ChecklistView, id: string, event: Event) => widget.#onCalculatorChange(view, id, event) },
      retryCalculator: { value: () => widget.#retryCalculator() },
    }) as ItemsHost)(this);

  #onCalculatorChange(view: ChecklistView, id: string, event: Event): void {
    // The calculator's own change event would leave this widget looking like the checklist's.
    event.stopPropagation();
    this.#change(view, id, { attendance: attendanceRecord((event.target as AttendanceCalculator).value, this.#maths) });
  }

  #retryCalculator(): void {
    void this.#loadCalculator();
  }

  #retry(): void {
    this.#load(this.#config.checklist);
  }

  // Guidance prints open. CSS does it where the browser supports ::details-content; opening
  // them for the print and closing them after covers the rest.
  #beforePrint = (): void => {
    this.#openedForPrint = [...this.renderRoot.querySelectorAll<HTMLDetailsElement>('details:not([open])')];
    for (const details of this.#openedForPrint) details.open = true;
  };

  #afterPrint = (): void => {
    for (const details of this.#openedForPrint) details.open = false;
    this.#openedForPrint = [];
  };

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    if (!this.#keepFocus) return;
    if (this.#view) {
      this.#keepFocus = false;
      this.renderRoot.querySelector<HTMLElement>('#title')?.focus();
    } else if (!this.shadowRoot?.activeElement) {
      this.renderRoot.querySelector<HTMLElement>('#loading, #retry')?.focus();
    }
  }

  protected renderWidget(): TemplateResult {
    const view = this.#view;
    // One template in every state, so the save line and the live region stay the same
    // elements while the checklist loads and after it appears.
    return html`
      <section class="base" part="base" aria-labelledby=${view ? 'title' : nothing} aria-busy=${ifDefined(view || this.loadFailed ? undefined : 'true')}>
        ${
          view
            ? html`<div class="title" id="title" tabindex="-1" role="heading" aria-level=${this.level()}>${view.title}</div>
                <p>${view.summary}</p>`
            : this.loadFailed
              ? html`<div class="load-error" part="load-error" id="load-error">
                  <p>${strings.loadFailed}</p>
                  <button type="button" id="retry" @click=${this.#retry}>${strings.retry}</button>
                </div>`
              : html`<p class="loading" id="loading" tabindex="-1">${strings.loading}</p>`
        }
        ${renderConfigErrors(this.#configErrors, strings)} ${view && this.#loaded ? this.#loaded.items.renderItems(this.#itemsHost, view) : nothing}
        ${view ? this.#transfer.render() : nothing} ${this.renderStorageFooter()} ${this.renderLiveRegion()}
      </section>
    `;
  }
}
