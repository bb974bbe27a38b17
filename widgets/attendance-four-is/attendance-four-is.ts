import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { KitWidget } from '../shared/kit-widget.ts';
import { renderConfigErrors, warnConfigErrors } from '../shared/config-errors.ts';
import { tokens } from '../shared/tokens.ts';
import { controls } from '../shared/controls.ts';
import { parseStorageKind } from '../shared/storage.ts';
import { TransferController } from '../shared/transfer.ts';
import { fourIsLimits } from '../shared/limits.ts';
import { defaultSettings, hasConfigAttributes, type FourIsConfig } from './config-defaults.ts';
import { builtInTraits, type BreakdownRules } from './model.ts';
import { checkValue, emptyValue, formatVersion, isFourIsValue, migrateValue, type FourIsValue } from './state.ts';
import { importErrorText, parseImport, toFile } from './transfer.ts';
import { shellStrings as strings } from './shell-strings.ts';
import { fourIsStyles } from './styles.ts';
import type { PlanHost } from './host.ts';

type Step = 'identify' | 'intelligence' | 'intervention' | 'impact';
const steps: readonly Step[] = ['identify', 'intelligence', 'intervention', 'impact'];
type First = typeof import('./lazy.ts');
type Later = typeof import('./later-steps.ts');

/**
 * @summary The four i's planner for leaders and virtual schools: identify the lowest attending
 * pupils with a social worker from a cohort export, record who is involved, plan who should be
 * involved and what they will do, and track term-by-term targets and the difference made.
 *
 * Settings may also come from a `<script type="application/json">` child: `extraCharacteristics`,
 * `smallGroupThreshold`, `distinctDifference`, `responsibilitiesUrl`, `localNames`. Attributes
 * override it (see config.ts). It is not a slot: no child of the element is shown once the widget
 * runs.
 *
 * @attr storage - Where work is kept: `session` (the default: a cohort is sensitive, so it goes when the tab closes), `local` or `none`.
 * @attr storage-key - Keeps several planners on one page apart.
 * @attr name - Submits the value (JSON) with the host page's form.
 * @attr small-group-threshold - Groups with fewer pupils than this are marked too small to publish, 2 to 100 (default 5).
 * @attr responsibilities-url - Start of the links into the summary table of responsibilities (default "/responsibilities/").
 * @attr attendance-team - The council's name for its attendance team, shown with that role.
 * @attr virtual-school - The council's name for its virtual school.
 * @attr inclusion-service - The council's name for its inclusion service.
 * @attr heading-level - Level of the widget's heading, 2 to 6 (default 2).
 * @attr theme - `light` (default) or `auto` to follow the reader's dark mode.
 *
 * @prop {FourIsValue} value - The plan: `{ term, year, traits, pupils, involvement, actions, targets, recorded, judgement }`. Setting it replaces the plan.
 *
 * @fires change - After each change a person makes; `detail.value` is the new value.
 *
 * @csspart base - The widget's outer box.
 * @csspart tabs - The list of the four steps.
 * @csspart config-error - The message shown when settings could not be used.
 * @csspart storage - The save line and clear button.
 * @csspart clear-button - The clear button.
 *
 * @cssprop --apk-color-accent - Buttons, links and the chart's actual line.
 * @cssprop --apk-color-text - Text colour, and the chart's target line.
 * @cssprop --apk-color-background - Background colour.
 * @cssprop --apk-color-focus - Focus ring colour.
 * @cssprop --apk-focus-width - Focus ring thickness (3px; presenter mode sets 5px).
 * @cssprop --apk-font-family - Font.
 * @cssprop --apk-space - Base spacing.
 * @cssprop --apk-radius - Corner radius of buttons and tabs.
 */
export class AttendanceFourIs extends KitWidget<FourIsValue> {
  static override properties = {
    ...KitWidget.properties,
    smallGroupThreshold: { type: String, attribute: 'small-group-threshold' },
    responsibilitiesUrl: { type: String, attribute: 'responsibilities-url' },
    attendanceTeam: { type: String, attribute: 'attendance-team' },
    virtualSchool: { type: String, attribute: 'virtual-school' },
    inclusionService: { type: String, attribute: 'inclusion-service' },
    step: { state: true },
  };

  static override styles = [tokens, controls, fourIsStyles];

  /** Groups with fewer pupils than this are marked too small to publish. */
  declare smallGroupThreshold: string | null;
  /** Start of the links into the summary table of responsibilities. */
  declare responsibilitiesUrl: string | null;
  /** The council's name for its attendance team. */
  declare attendanceTeam: string | null;
  /** The council's name for its virtual school. */
  declare virtualSchool: string | null;
  /** The council's name for its inclusion service. */
  declare inclusionService: string | null;
  declare private step: Step;

  protected readonly widgetName = 'attendance-four-is';
  protected readonly formatVersion = formatVersion;

  #config: FourIsConfig = defaultSettings();
  #configErrors: string[] = [];
  /** Counts configurations, so that settings checked late never overwrite newer ones. */
  #configRun = 0;
  /** The first step, Identify, loaded once the shell is on screen. */
  readonly #steps = this.lazyPart(
    () => import('./lazy.ts'),
    (lazy) => (this.#identify = lazy.createIdentify(this.#host)),
  );
  #identify: ReturnType<First['createIdentify']> | undefined;
  /** The other steps and the report, loaded when one of their tabs opens or there is a plan to report on. */
  readonly #later = this.lazyPart(
    () => import('./later-steps.ts'),
    (later) => (this.#laterPanels = later.createLaterSteps(this.#host)),
    false,
  );
  #laterPanels: ReturnType<Later['createLaterSteps']> | undefined;
  #printText = '';
  /** Copy, print, download and import of the plan. */
  readonly #transfer = new TransferController<FourIsValue>(this, this.partHost(), {
    strings,
    headingClass: 'h3',
    text: () => this.toText(),
    // Without spaces: a cohort's plan is large, and its limit (planFits in state.ts) is measured so.
    file: async (now) => ({ name: ['four-is-plan'], data: toFile(this.value, now), spaces: 0 }),
    maxBytes: fourIsLimits.fileBytes,
    read: async (read) => {
      const result = read.ok ? parseImport(read.text) : ({ ok: false, error: { code: read.error } } as const);
      return result.ok ? result : { ok: false, message: importErrorText(result.error) };
    },
    apply: (value) => {
      this.#resetSteps();
      this.commit(value);
    },
    print: async () => {
      this.#printText = await this.toText();
      await this.#host.refresh();
      window.print();
    },
  });

  constructor() {
    super();
    // A cohort is sensitive: unless the council sets otherwise, it goes when the tab closes.
    this.storage = 'session';
    this.smallGroupThreshold = null;
    this.responsibilitiesUrl = null;
    this.attendanceTeam = null;
    this.virtualSchool = null;
    this.inclusionService = null;
    this.step = 'identify';
    this.#configure();
  }

  /**
   * Reads the settings (see config.ts for their order). With none given the defaults apply at
   * once; settings to check load their checks first, and `updateComplete` waits for them.
   */
  #configure(): void {
    const run = ++this.#configRun;
    const inline = this.isConnected && this.querySelector(':scope > script[type="application/json"]');
    if (!inline && !hasConfigAttributes(this)) return this.#applyConfig(defaultSettings(), []);
    this.track(
      import('./config.ts')
        .then(({ readFourIsConfig }) => {
          if (run === this.#configRun) this.#applyConfig(...readFourIsConfig(this));
        })
        // Without its checks no setting can be trusted: the defaults stay, with a message.
        .catch(() => {
          if (run === this.#configRun) this.#applyConfig(defaultSettings(), [strings.configUnchecked]);
        }),
    );
  }

  #applyConfig(config: FourIsConfig, errors: string[]): void {
    this.#config = config;
    if (errors.length > 0 && errors.join('\n') !== this.#configErrors.join('\n')) warnConfigErrors('attendance-four-is', errors, strings);
    this.#configErrors = errors;
    this.requestUpdate();
  }

  get #rules(): BreakdownRules {
    return { smallGroup: this.#config.smallGroupThreshold, ...this.#config.distinctDifference };
  }

  protected defaultValue(): FourIsValue {
    return emptyValue();
  }

  protected isValue(data: unknown): data is FourIsValue {
    return isFourIsValue(data);
  }

  protected override migrate(data: unknown, fromVersion: number): FourIsValue | undefined {
    return migrateValue(data, fromVersion);
  }

  /** The plan. Setting it replaces the plan on screen; it is checked and copied first, and a value of the wrong shape throws. */
  override get value(): FourIsValue {
    return super.value;
  }

  override set value(next: FourIsValue) {
    const checked = checkValue(next);
    super.value = checked.ok ? checked.value : next;
  }

  /** Forgets what the steps' forms hold (choices, errors), as when the plan is cleared or replaced. */
  #resetSteps(): void {
    for (const step of [this.#identify, ...Object.values(this.#laterPanels ?? {})]) step?.reset();
  }

  override reset(): void {
    this.#resetSteps();
    this.#transfer.reset();
    super.reset();
  }

  override connectedCallback(): void {
    this.#configure();
    super.connectedCallback();
    window.addEventListener('beforeprint', this.#beforePrint);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('beforeprint', this.#beforePrint);
  }

  protected override willUpdate(changed: PropertyValues): void {
    const settings = ['smallGroupThreshold', 'responsibilitiesUrl', 'attendanceTeam', 'virtualSchool', 'inclusionService'];
    if (settings.some((name) => changed.has(name))) this.#configure();
    // A plan to report on: the report is there before the browser's own printing asks for it.
    const { pupils, involvement, actions, targets } = this.value;
    if (pupils.length + involvement.length + actions.length + targets.length > 0 && !this.#later.part && !this.#later.failed) void this.#later.load().catch(() => undefined);
    super.willUpdate(changed);
  }

  /**
   * Reads CSV text and loads it with the columns matched by their headers, as a person
   * accepting the preview does, replacing the cohort. For scripts and the benchmark: resolves
   * once the ranked table is on screen, with how many pupils loaded and how many rows did not;
   * rejects (changing nothing) when the text cannot be read as a cohort.
   */
  async loadCsv(text: string, name = 'CSV text'): Promise<{ loaded: number; problems: number }> {
    await this.#steps.load();
    void this.#selectStep('identify');
    return this.#identify!.loadCsv(text, name);
  }

  /** The plan as plain text for a board, as "Copy the report" gives it. */
  async toText(date: Date = new Date()): Promise<string> {
    const later = await this.#later.load();
    return later.reportText(this.value, { rules: this.#rules, localNames: this.#config.localNames, date });
  }

  #retryLoad = async (): Promise<void> => {
    await this.#partOf(this.step)
      .load()
      .catch(() => undefined);
    await this.focusFirst(`#tab-${this.step}`, '#retry-steps');
  };

  readonly #host: PlanHost = ((widget: AttendanceFourIs): PlanHost =>
    Object.defineProperties(widget.partHost(), {
      config: { get: () => widget.#config },
      rules: { get: () => widget.#rules },
      dimensions: { get: () => (widget.#steps.part ?? widget.#later.part)!.dimensionsFor(widget.value.traits) },
      knownTraits: { get: () => [...builtInTraits, ...widget.#config.extraCharacteristics] },
      today: {
        value: () => {
          const d = new Date();
          return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
        },
      },
    }) as PlanHost)(this);

  // The steps are tabs, after the ARIA tabs pattern: arrow keys, Home and End move between them and show each.
  async #selectStep(step: Step, focus = false): Promise<void> {
    this.step = step;
    if (step !== 'identify' && !this.#later.part) void this.#later.load().catch(() => undefined);
    if (!focus) return;
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>(`#tab-${step}`)?.focus();
  }

  #onTabKey(event: KeyboardEvent): void {
    const at = steps.indexOf(this.step);
    const to = { ArrowRight: at + 1, ArrowLeft: at - 1 + steps.length, Home: 0, End: steps.length - 1 }[event.key];
    if (to === undefined) return;
    event.preventDefault();
    void this.#selectStep(steps[to % steps.length]!, true);
  }

  // Printing from the browser's menu: the report is made from the plan as it is now. Lit
  // renders in a microtask, which runs before the browser lays the page out for printing.
  #beforePrint = (): void => {
    const later = this.#later.part;
    if (!later) return;
    this.#printText = later.reportText(this.value, { rules: this.#rules, localNames: this.#config.localNames, date: new Date() });
    this.requestUpdate();
  };

  /** Where the plan is kept: nowhere when the page keeps nothing or the browser refuses (the line below the plan says why). */
  #keptKind(): 'local' | 'session' | 'none' {
    const status = this.saveStatus;
    return status === 'unavailable' || status === 'failed' ? 'none' : parseStorageKind(this.storage);
  }

  /** The part that draws a step. */
  #partOf(step: Step) {
    return step === 'identify' ? this.#steps : this.#later;
  }

  #renderPanel(step: Step): TemplateResult | string {
    if (this.#partOf(step).failed)
      return html`<div class="problem" id="load-failed">
        <p>${strings.loadFailed}</p>
        <button type="button" id="retry-steps" @click=${this.#retryLoad}>${strings.retry}</button>
      </div>`;
    const panel = step === 'identify' ? this.#identify : this.#laterPanels?.[step];
    return panel ? panel.render() : html`<p>${strings.loading}</p>`;
  }

  protected renderWidget(): TemplateResult {
    return html`
      <section class="base" part="base" aria-labelledby="title">
        <div class="screen-only">
          <div class="title" id="title" role="heading" aria-level=${this.level()}>${strings.heading}</div>
          <p>${strings.intro}</p>
          ${renderConfigErrors(this.#configErrors, strings)}
          <p class="kept" id="kept">${strings.kept[this.#keptKind()]}</p>
          <div role="tablist" aria-label=${strings.steps} part="tabs" @keydown=${this.#onTabKey}>
            ${steps.map(
              (step) =>
                html`<button
                  type="button"
                  role="tab"
                  id="tab-${step}"
                  aria-controls="panel-${step}"
                  aria-selected=${step === this.step ? 'true' : 'false'}
                  tabindex=${step === this.step ? '0' : '-1'}
                  @click=${() => this.#selectStep(step)}
                >
                  ${strings.tabs[step]}
                </button>`,
            )}
          </div>
          ${steps.map(
            (step) =>
              html`<div role="tabpanel" id="panel-${step}" aria-labelledby="tab-${step}" tabindex="0" ?hidden=${step !== this.step}>
                ${step === this.step ? this.#renderPanel(step) : nothing}
              </div>`,
          )}
          ${this.#transfer.render()}
        </div>
        <div class="print-only" id="print-report">${this.#printText}</div>
        ${this.renderStorageFooter()} ${this.renderLiveRegion()}
      </section>
    `;
  }
}
