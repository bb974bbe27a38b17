import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { KitWidget } from '../shared/kit-widget.ts';
import { tokens } from '../shared/tokens.ts';
import { controls } from '../shared/controls.ts';
import { formatMessage } from '../shared/strings.ts';
import { readInlineConfig } from '../shared/config.ts';
import { copyText, downloadJson, exportFileName, readFileText, selectForCopy } from '../shared/export.ts';
import '../attendance-calculator/index.ts';
import type { AttendanceCalculator, CalculatorValue } from '../attendance-calculator/index.ts';
import { resolveChecklistConfig } from './config.ts';
import { buildView, type ChecklistView, type ViewEntry } from './model.ts';
import {
  attendanceRecord,
  checkValue,
  checklistFormatVersion,
  emptyValue,
  entryState,
  isChecklistValue,
  migrateValue,
  progress,
  unshownWork,
  updateEntry,
  type ChecklistValue,
} from './state.ts';
import { attendanceLine, checklistText, progressText } from './export-text.ts';
import { importErrorText, maxImportBytes, parseImport, toFile } from './transfer.ts';
import { sourceInfo, sourceTitle } from './sources.ts';
import { checklistStrings as strings } from './strings.ts';
import { checklistStyles } from './styles.ts';

const emptyCalculator: CalculatorValue = { mode: 'sessions', possible: '', attended: '', percent: '' };

/** How long the progress summary waits for a run of changes to settle before it is read out. */
const progressAnnounceDelay = 800;

/**
 * @summary Runs one of the kit's checklists: a status, a note and the guidance for each item,
 * a progress summary, the attendance calculator where the checklist asks about attendance,
 * and exports for the case record (text, print, JSON file).
 *
 * @attr checklist - `assessment` (default), `seven-questions`, `pupil-voice` or `support-and-monitoring`.
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
 * @slot - A `<script type="application/json">` child with settings: `checklist`, `baseUrl`,
 *   `localNames`, `hiddenItems`, `extraItems`. Attributes override it (see config.ts). Other
 *   children are not shown once the widget runs, so a no-script message can go here.
 *
 * @prop {ChecklistValue} value - The work: `{ checklist, items: { [id]: { status, note, attendance? } } }`,
 *   where `attendance` holds the calculator's value and its sentence. Setting it replaces the work.
 *
 * @fires change - After each change a person makes; `detail.value` is the new value.
 *
 * @csspart base - The widget's outer box.
 * @csspart progress - The progress summary.
 * @csspart config-error - The message shown when settings could not be used.
 * @csspart storage - The save line and clear button.
 * @csspart clear-button - The clear button.
 *
 * @cssprop --apk-color-accent - Buttons, links and the progress bar's edge.
 * @cssprop --apk-color-text - Text colour.
 * @cssprop --apk-color-background - Background colour.
 * @cssprop --apk-color-focus - Focus ring colour.
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
    headingLevel: { type: Number, attribute: 'heading-level' },
    actionMessage: { state: true },
    importError: { state: true },
    copyFallback: { state: true },
  };

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
  /** Level of the widget's heading, 2 to 6. */
  declare headingLevel: number;
  declare private actionMessage: string;
  declare private importError: string;
  declare private copyFallback: string;

  protected readonly widgetName = 'attendance-checklist';
  protected readonly formatVersion = checklistFormatVersion;

  #view!: ChecklistView;
  #configErrors: string[] = [];
  #storedScope = '';
  #announceTimer: ReturnType<typeof setTimeout> | undefined;
  #openedForPrint: HTMLDetailsElement[] = [];

  constructor() {
    super();
    this.checklist = null;
    this.baseUrl = null;
    this.attendanceTeam = null;
    this.virtualSchool = null;
    this.inclusionService = null;
    this.hiddenItems = null;
    this.headingLevel = 2;
    this.actionMessage = '';
    this.importError = '';
    this.copyFallback = '';
    this.#configure();
  }

  #baseUrl = '/guidance/';

  /** Reads the settings (see config.ts for their order) and builds the checklist to show. */
  #configure(): void {
    const { config, errors } = resolveChecklistConfig(this.isConnected ? readInlineConfig(this) : {}, this);
    const built = buildView(config);
    this.#view = built.view;
    this.#baseUrl = config.baseUrl;
    const all = [...errors, ...built.errors];
    if (all.length > 0 && all.join('\n') !== this.#configErrors.join('\n')) {
      console.warn(`attendance-checklist: ${strings.configHeading}.\n- ${all.join('\n- ')}\n${strings.configFooter}`);
    }
    this.#configErrors = all;
  }

  protected override storageScope(): string {
    this.#storedScope = this.#view.id;
    return this.#view.id;
  }

  protected defaultValue(): ChecklistValue {
    return emptyValue(this.#view.id);
  }

  protected isValue(data: unknown): data is ChecklistValue {
    return isChecklistValue(data) && data.checklist === this.#view.id;
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
    // Another checklist is other work: load its own, leaving the first one's saved as it was.
    if (this.isConnected && this.#view.id !== this.#storedScope) {
      this.actionMessage = '';
      this.importError = '';
      this.copyFallback = '';
      this.reopenStorage();
    }
  }

  /** The work; setting it replaces the work on screen (calculator sentences are worked out afresh). */
  override get value(): ChecklistValue {
    return super.value;
  }

  override set value(next: ChecklistValue) {
    const checked = checkValue(next);
    super.value = checked.ok ? checked.value : next;
  }

  override reset(): void {
    this.actionMessage = '';
    this.importError = '';
    this.copyFallback = '';
    super.reset();
  }

  /** The checklist as plain text for a case record, as "Copy" gives it. */
  toText(date: Date = new Date()): string {
    return checklistText(this.#view, this.value, { date, sources: sourceInfo });
  }

  #headingLevel(offset = 0): number {
    const level = Number.isInteger(this.headingLevel) ? this.headingLevel : 2;
    return Math.min(6, Math.max(2, level) + offset);
  }

  #change(id: string, change: Parameters<typeof updateEntry>[3], announceProgress = false): void {
    this.commit(updateEntry(this.#view, this.value, id, change));
    if (!announceProgress) return;
    // A person setting several statuses in a row hears the total once, when they pause.
    clearTimeout(this.#announceTimer);
    this.#announceTimer = setTimeout(() => this.announce(progressText(this.#view, progress(this.#view, this.value))), progressAnnounceDelay);
  }

  #onCalculatorChange(id: string, event: Event): void {
    // The calculator's own change event would leave this widget looking like the checklist's.
    event.stopPropagation();
    this.#change(id, { attendance: attendanceRecord((event.target as AttendanceCalculator).value) });
  }

  #say(message: string): void {
    this.actionMessage = message;
    this.announce(message);
  }

  async #copy(): Promise<void> {
    const text = this.toText();
    this.importError = '';
    if ((await copyText(text)) === 'copied') {
      this.copyFallback = '';
      this.#say(strings.copied);
      return;
    }
    this.copyFallback = text;
    this.#say(strings.copyRefused);
    await this.updateComplete;
    const area = this.renderRoot.querySelector<HTMLTextAreaElement>('#copy-text');
    if (area) selectForCopy(area);
  }

  #download(): void {
    const now = new Date();
    downloadJson(exportFileName([this.#view.id], now), toFile(this.value, this.#view.title, now));
    this.importError = '';
    this.#say(strings.downloaded);
  }

  async #import(event: Event): Promise<void> {
    const input = event.target as HTMLInputElement;
    const file = input.files?.[0];
    if (!file) return;
    const read = await readFileText(file, maxImportBytes);
    // Cleared so that picking the same file again (after fixing it) is seen as a change.
    input.value = '';
    const result = read.ok ? parseImport(read.text, this.#view.id) : ({ ok: false, error: { code: read.error } } as const);
    if (!result.ok) {
      this.actionMessage = '';
      this.importError = importErrorText(result.error, this.#view.title);
      this.announce(this.importError);
      return;
    }
    this.importError = '';
    this.copyFallback = '';
    this.commit(result.value);
    this.#say(strings.imported);
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

  /** A sub-question shares its item's page and source, so it has a disclosure only for guidance of its own. */
  #renderGuidance(entry: ViewEntry, isSub: boolean): TemplateResult | typeof nothing {
    if (!entry.why && !entry.askFor && (isSub || !entry.page)) return nothing;
    return html`<details>
      <summary>${strings.guidance}<span class="visually-hidden">${formatMessage(strings.forQuestion, { text: entry.text })}</span></summary>
      <div class="guidance-body">
        ${entry.why ? html`<p><strong>${strings.why}:</strong> ${entry.why}</p>` : nothing}
        ${entry.askFor ? html`<p><strong>${strings.askFor}:</strong> ${entry.askFor}</p>` : nothing}
        ${entry.page ? html`<p class="guidance-link"><a href=${`${this.#baseUrl}${entry.page}/`}>${strings.guidanceLink}</a></p>` : nothing}
        ${entry.citation
          ? html`<p>${strings.source}: ${formatMessage(strings.sourceSection, { title: sourceTitle(entry.citation.source), section: entry.citation.section })}</p>`
          : nothing}
      </div>
    </details>`;
  }

  #renderEntry(entry: ViewEntry, level: number, isSub = false): TemplateResult {
    const view = this.#view;
    const state = entryState(view, this.value, entry.id);
    const about = html`<span class="visually-hidden">${formatMessage(strings.forQuestion, { text: entry.text })}</span>`;
    const attendance = attendanceLine(state.attendance);
    return html`<li class="item" id="item-${entry.id}">
      <div class="question" role="heading" aria-level=${Math.min(6, level)}>${entry.text}</div>
      ${entry.local ? html`<p class="local">${strings.localItem}</p>` : nothing}
      ${entry.dated ? html`<p class="dated">${entry.dated}</p>` : nothing}
      <fieldset class="status">
        <legend>${strings.statusLegend}${about}</legend>
        <div class="radios">
          ${view.statuses.map(
            (status) => html`<div class="radio">
              <input
                type="radio"
                id="s-${entry.id}--${status.id}"
                name="s-${entry.id}"
                value=${status.id}
                .checked=${status.id === state.status.id}
                @change=${() => this.#change(entry.id, { status: status.id }, true)}
              />
              <label for="s-${entry.id}--${status.id}">${status.label}</label>
            </div>`,
          )}
        </div>
      </fieldset>
      <p class="print-only">${formatMessage(strings.textStatus, { status: state.status.label })}</p>
      ${entry.embed
        ? html`<div class="calculator">
              <p class="hint calculator-hint">${strings.calculatorIntro}</p>
              <attendance-calculator
                embedded
                theme=${this.getAttribute('theme') ?? nothing}
                heading-level=${Math.min(6, level + 1)}
                .value=${state.attendance?.value ?? emptyCalculator}
                @change=${(e: Event) => this.#onCalculatorChange(entry.id, e)}
              ></attendance-calculator>
            </div>
            ${attendance ? html`<p class="print-only">${attendance}</p>` : nothing}`
        : nothing}
      <div class="field note-field">
        <label for="n-${entry.id}">${strings.noteLabel}${about}</label>
        <textarea id="n-${entry.id}" rows="3" .value=${state.note} @input=${(e: Event) => this.#change(entry.id, { note: (e.target as HTMLTextAreaElement).value })}></textarea>
      </div>
      ${state.note.trim() ? html`<p class="print-only">${strings.textNote}${state.note}</p>` : nothing} ${this.#renderGuidance(entry, isSub)}
      ${entry.subItems.length > 0 ? html`<ol class="sub-items" type="a">${entry.subItems.map((sub) => this.#renderEntry(sub, level + 1, true))}</ol>` : nothing}
    </li>`;
  }

  #renderActions(): TemplateResult {
    const describedBy = ['import-hint', this.importError ? 'import-error' : ''].filter(Boolean).join(' ');
    return html`<section class="actions" aria-labelledby="actions-title">
      <div class="group-title" id="actions-title" role="heading" aria-level=${this.#headingLevel(1)}>${strings.actionsHeading}</div>
      <div class="buttons">
        <button type="button" id="copy" @click=${this.#copy}>${strings.copy}</button>
        <button type="button" id="print" class="button-secondary" @click=${() => window.print()}>${strings.print}</button>
        <button type="button" id="download" class="button-secondary" @click=${this.#download}>${strings.download}</button>
      </div>
      <div class="field">
        <label for="import">${strings.importLabel}</label>
        <span class="hint" id="import-hint">${strings.importHint}</span>
        ${this.importError ? html`<span class="error-message" id="import-error">${this.importError}</span>` : nothing}
        <input type="file" id="import" accept=".json,application/json" aria-describedby=${describedBy} @change=${this.#import} />
      </div>
      ${this.actionMessage ? html`<p class="notice" id="action-message">${this.actionMessage}</p>` : nothing}
      ${this.copyFallback
        ? html`<div class="field">
            <label for="copy-text">${strings.copyFallbackLabel}</label>
            <textarea id="copy-text" readonly rows="12" aria-describedby="action-message" .value=${this.copyFallback}></textarea>
          </div>`
        : nothing}
    </section>`;
  }

  protected override render(): TemplateResult {
    const view = this.#view;
    const unshown = unshownWork(view, this.value).length;
    let start = 1;
    return html`
      <section class="base" part="base" aria-labelledby="title">
        <div class="title" id="title" role="heading" aria-level=${this.#headingLevel()}>${view.title}</div>
        <p>${view.summary}</p>
        ${this.#configErrors.length > 0
          ? html`<div class="config-error" part="config-error" id="config-error">
              <p><strong>${strings.configHeading}</strong></p>
              <ul>
                ${this.#configErrors.map((error) => html`<li>${error}</li>`)}
              </ul>
              <p>${strings.configFooter}</p>
            </div>`
          : nothing}
        <p class="progress" part="progress" id="progress">${progressText(view, progress(view, this.value))}</p>
        ${unshown > 0 ? html`<p class="notice">${formatMessage(strings.unshown, { count: unshown })}</p>` : nothing}
        ${view.groups.map((group) => {
          const list = html`<section aria-labelledby="g-${group.id}">
            <div class="group-title" id="g-${group.id}" role="heading" aria-level=${this.#headingLevel(1)}>${group.title}</div>
            <ol start=${start}>
              ${group.items.map((item) => this.#renderEntry(item, this.#headingLevel(2)))}
            </ol>
          </section>`;
          start += group.items.length;
          return list;
        })}
        ${this.#renderActions()} ${this.renderStorageFooter()} ${this.renderLiveRegion()}
      </section>
    `;
  }
}
