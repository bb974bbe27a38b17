import { html, nothing, svg, type PropertyValues, type TemplateResult } from 'lit';
import { KitWidget } from '../shared/kit-widget.ts';
import { renderConfigErrors, warnConfigErrors } from '../shared/config-errors.ts';
import { TransferController } from '../shared/transfer.ts';
import { pushPullLimits } from '../shared/limits.ts';
import { kitLink } from '../shared/links.ts';
import { tokens } from '../shared/tokens.ts';
import { controls } from '../shared/controls.ts';
import { formatMessage } from '../shared/strings.ts';
import { loadSources, type SourceInfo } from '../shared/sources.ts';
import { defaultSettings, hasConfigAttributes, type PushPullConfig } from './config-defaults.ts';
import { lanes, type LibraryFactor } from './library.ts';
import { balance, checkValue, emptyValue, isPushPullValue, laneFactors, migrateValue, pushPullFormatVersion, type PushPullValue } from './state.ts';
import { balanceSentence, strengthText } from './describe.ts';
import { mapGeometry, mapLayout, type MapBar } from './map.ts';
import type { PartHost, PartState } from './part-host.ts';
import { pushPullStrings as strings } from './strings.ts';
import { pushPullStyles } from './styles.ts';

type EditPart = typeof import('./edit-part.ts');

/**
 * @summary The push and pull factor explorer: place what pushes a child away from school,
 * what pulls them away and what could pull them back; rate each, mark it in or out of school,
 * note the child's own words, record the adjustments agreed, and see the balance as a map.
 * Every action works from the keyboard; nothing needs dragging.
 *
 * The map and the factors already placed appear at once. The library of factors, the
 * controls for adding factors and the agreed adjustments follow a moment later, from a part
 * loaded beside the widget (edit-part.ts); the summary, file and example code loads when
 * first used. `updateComplete` resolves once all that the widget shows has arrived and been
 * drawn (README "Readiness").
 *
 * Settings may also come from a `<script type="application/json">` child: `baseUrl`, `localNames`,
 * `hiddenFactors`, `extraFactors`, `owners`. Attributes override it (see config.ts). It is not a
 * slot: no child of the element is shown once the widget runs, so a no-script message can go here.
 *
 * @attr base-url - Start of the guidance link, followed by "push-and-pull-factors/" (default "/guidance/").
 * @attr attendance-team - The council's name for its attendance team, for {attendanceTeam} in factor text and owners.
 * @attr virtual-school - The council's name for its virtual school, for {virtualSchool}.
 * @attr inclusion-service - The council's inclusion service, for {inclusionService}.
 * @attr hidden-factors - Ids of library factors not to offer, separated by spaces or commas.
 * @attr example - Shows a button that loads a fictional worked example, for training.
 * @attr storage - Where work is kept: `local`, `session` or `none` (default).
 * @attr storage-key - Keeps several maps on one page apart.
 * @attr name - Submits the value (JSON) with the host page's form.
 * @attr heading-level - Level of the widget's heading, 2 to 6 (default 2).
 * @attr theme - `light` (default) or `auto` to follow the reader's dark mode.
 *
 * @prop {PushPullValue} value - The map: `{ factors: [{ id, from, label, lane, strength, setting, words }],
 *   adjustments: [{ id, text, factor, owner, reviewDate }] }`. Setting it replaces the work.
 *
 * @fires change - After each change a person makes; `detail.value` is the new value.
 *
 * @csspart base - The widget's outer box.
 * @csspart example - The box with the button that loads the fictional example.
 * @csspart map - The balance map, its caption and its table.
 * @csspart config-error - The message shown when settings could not be used.
 * @csspart storage - The save line and clear button.
 * @csspart clear-button - The clear button.
 *
 * @cssprop --apk-color-accent - Buttons, links and the bars pulling back to school.
 * @cssprop --apk-color-warning - The bars pushing and pulling away from school.
 * @cssprop --apk-color-text - Text colour.
 * @cssprop --apk-color-background - Background colour.
 * @cssprop --apk-color-focus - Focus ring colour.
 * @cssprop --apk-focus-width - Focus ring thickness (3px; presenter mode sets 5px).
 * @cssprop --apk-font-family - Font.
 * @cssprop --apk-space - Base spacing.
 * @cssprop --apk-radius - Corner radius of buttons.
 */
export class AttendancePushPull extends KitWidget<PushPullValue> {
  static override properties = {
    ...KitWidget.properties,
    baseUrl: { type: String, attribute: 'base-url' },
    attendanceTeam: { type: String, attribute: 'attendance-team' },
    virtualSchool: { type: String, attribute: 'virtual-school' },
    inclusionService: { type: String, attribute: 'inclusion-service' },
    hiddenFactors: { type: String, attribute: 'hidden-factors' },
    example: { type: Boolean },
    confirmingExample: { state: true },
    exampleSummary: { state: true },
  };

  static override styles = [tokens, controls, pushPullStyles];

  /** Start of the guidance links. */
  declare baseUrl: string | null;
  /** The council's name for its attendance team. */
  declare attendanceTeam: string | null;
  /** The council's name for its virtual school. */
  declare virtualSchool: string | null;
  /** The council's name for its inclusion service. */
  declare inclusionService: string | null;
  /** Ids of library factors not to offer, separated by spaces or commas. */
  declare hiddenFactors: string | null;
  /** Shows the button that loads the fictional worked example. */
  declare example: boolean;
  declare private confirmingExample: boolean;
  declare private exampleSummary: string;

  protected readonly widgetName = 'attendance-push-pull';
  protected readonly formatVersion = pushPullFormatVersion;

  #config: PushPullConfig = defaultSettings();
  #library: LibraryFactor[] = [];
  #owners: string[] = [];
  /** Problems reading the settings, and applying them to the library. */
  #settingErrors: string[] = [];
  #libraryErrors: string[] = [];
  #warned = '';
  /** Counts configurations, so that settings checked late never overwrite newer ones. */
  #configRun = 0;
  /** The editor, loaded beside the widget once it is connected. */
  readonly #editor = this.lazyPart(
    () => import('./edit-part.ts'),
    () => this.#buildLibrary(),
  );
  #partState: PartState = { libraryError: '', ownError: '', dateDrafts: {} };
  /** Titles and dates of the sources, for the citations. */
  #sources: readonly SourceInfo[] = [];
  /** Copy, print, download and import; their code (actions.ts) loads on first use. */
  readonly #transfer = new TransferController<PushPullValue>(this, this.partHost(), {
    strings,
    headingClass: 'section-title',
    text: () => this.toText(),
    file: async (now) => ({ name: ['push-and-pull'], data: (await import('./actions.ts')).toFile(this.value, now) }),
    maxBytes: pushPullLimits.fileChars,
    read: async (read) => {
      const { importErrorText, parseImport } = await import('./actions.ts');
      const result = read.ok ? parseImport(read.text) : ({ ok: false, error: { code: read.error } } as const);
      return result.ok ? result : { ok: false, message: importErrorText(result.error) };
    },
    apply: (value) => {
      this.#clearMessages();
      this.exampleSummary = '';
      this.commit(value);
    },
  });

  /** How the part loaded beside the widget works on it (see edit-part.ts). */
  readonly #host: PartHost = ((widget: AttendancePushPull): PartHost =>
    Object.defineProperties(widget.partHost(), {
      library: { get: () => widget.#library },
      owners: { get: () => widget.#owners },
      state: { get: () => widget.#partState },
      sources: { get: () => widget.#sources },
      baseUrl: { get: () => widget.#config.baseUrl },
    }) as PartHost)(this);

  constructor() {
    super();
    this.baseUrl = null;
    this.attendanceTeam = null;
    this.virtualSchool = null;
    this.inclusionService = null;
    this.hiddenFactors = null;
    this.example = false;
    this.confirmingExample = false;
    this.exampleSummary = '';
    this.#configure();
  }

  /**
   * Reads the settings (see config.ts for their order). With none given the defaults apply at
   * once; settings to check load their checks first, so the defaults show for a moment.
   */
  #configure(): void {
    const run = ++this.#configRun;
    const inline = this.isConnected && this.querySelector(':scope > script[type="application/json"]');
    if (!inline && !hasConfigAttributes(this)) {
      this.#applyConfig(defaultSettings(), []);
      return;
    }
    this.track(
      import('./config.ts')
        .then(({ readPushPullConfig }) => {
          if (run === this.#configRun) this.#applyConfig(...readPushPullConfig(defaultSettings(), this));
        })
        // Without its checks no setting can be trusted: the defaults stay, with a message.
        .catch(() => {
          if (run === this.#configRun) this.#applyConfig(defaultSettings(), [strings.configUnchecked]);
        }),
    );
  }

  #applyConfig(config: PushPullConfig, errors: string[]): void {
    this.#config = config;
    this.#settingErrors = errors;
    this.#buildLibrary();
  }

  async #retryPart(): Promise<void> {
    await this.#editor.load().catch(() => this.#buildLibrary());
    void this.focusFirst('#library', '#part-retry');
  }

  #buildLibrary(): void {
    const part = this.#editor.part;
    const settled = part || this.#editor.failed;
    if (part) {
      const built = part.buildLibrary(this.#config);
      this.#library = built.factors;
      this.#owners = built.owners;
      this.#libraryErrors = built.errors;
    }
    // Warned once, when both the settings and the library they apply to are in: not once for each.
    const errors = [...this.#settingErrors, ...this.#libraryErrors];
    const all = errors.join('\n- ');
    if (settled && all && all !== this.#warned) warnConfigErrors('attendance-push-pull', errors, strings);
    if (settled) this.#warned = all;
    this.requestUpdate();
  }

  protected defaultValue(): PushPullValue {
    return emptyValue();
  }

  protected isValue(data: unknown): data is PushPullValue {
    return isPushPullValue(data);
  }

  protected override migrate(data: unknown, fromVersion: number): PushPullValue | undefined {
    return migrateValue(data, fromVersion);
  }

  override connectedCallback(): void {
    this.#configure();
    super.connectedCallback();
    // The settings' problems are said once the editor has loaded, or failed to.
    this.#editor.load().catch(() => this.#buildLibrary());
    this.track(this.#loadSources());
  }

  async #loadSources(): Promise<readonly SourceInfo[]> {
    if (this.#sources.length === 0) {
      this.#sources = await loadSources().catch(() => []);
      this.requestUpdate();
    }
    return this.#sources;
  }

  protected override willUpdate(changed: PropertyValues): void {
    if (['baseUrl', 'attendanceTeam', 'virtualSchool', 'inclusionService', 'hiddenFactors'].some((name) => changed.has(name))) this.#configure();
    super.willUpdate(changed);
  }

  /** The map; setting it replaces the work on screen (a clean copy is kept). */
  override get value(): PushPullValue {
    return super.value;
  }

  override set value(next: PushPullValue) {
    const checked = checkValue(next);
    this.#partState.dateDrafts = {};
    super.value = checked.ok ? checked.value : next;
  }

  override reset(): void {
    this.#clearMessages();
    this.exampleSummary = '';
    super.reset();
  }

  /**
   * The summary for the child's plan as plain text, as "Copy" gives it. Asynchronous: the code
   * that writes it loads the first time it is asked for.
   */
  async toText(date: Date = new Date()): Promise<string> {
    const [{ pushPullText }, sources] = await Promise.all([import('./actions.ts'), this.#loadSources()]);
    return pushPullText(this.value, { date, library: this.#library, sources });
  }

  #clearMessages(): void {
    this.confirmingExample = false;
    this.#partState = { libraryError: '', ownError: '', dateDrafts: {} };
  }

  #say(message: string): void {
    this.#transfer.message = message;
    this.announce(message);
  }

  // Using the work -----------------------------------------------------------------------

  #askExample(): void {
    const { factors, adjustments } = this.value;
    if (factors.length + adjustments.length === 0) {
      this.#loadExample();
      return;
    }
    this.confirmingExample = true;
    void this.focusFirst('#example-yes');
  }

  /** Loads the example; `updateComplete` waits until it is on screen (or its failure is said). */
  #loadExample(): void {
    this.track(this.#fetchExample());
  }

  async #fetchExample(): Promise<void> {
    this.confirmingExample = false;
    // The example's text is a separate file, fetched from beside this one only when asked for.
    const loaded = await import('./example.ts').then((m) => m.loadExample(this.#config.localNames)).catch(() => undefined);
    if (!loaded) {
      this.#say(strings.exampleFailed);
      void this.focusFirst('#load-example');
      return;
    }
    this.#clearMessages();
    this.exampleSummary = loaded.summary;
    this.commit(loaded.value);
    this.#say(formatMessage(strings.exampleLoaded, { title: loaded.title }));
    void this.focusFirst('#load-example');
  }

  #cancelExample(): void {
    this.confirmingExample = false;
    void this.focusFirst('#load-example');
  }

  // Rendering ----------------------------------------------------------------------------

  #renderExample(): TemplateResult | typeof nothing {
    if (!this.example) return nothing;
    return html`<div class="example" part="example">
      <p>${strings.exampleIntro}</p>
      ${this.exampleSummary ? html`<p class="notice" id="example-summary">${formatMessage(strings.exampleNotice, { summary: this.exampleSummary })}</p>` : nothing}
      ${
        this.confirmingExample
          ? html`<div role="group" aria-labelledby="example-question">
              <p id="example-question">${strings.exampleConfirm}</p>
              <div class="buttons">
                <button type="button" class="button-warning" id="example-yes" @click=${this.#loadExample}>${strings.exampleYes}</button>
                <button type="button" class="button-secondary" id="example-no" @click=${this.#cancelExample}>${strings.exampleCancel}</button>
              </div>
            </div>`
          : html`<button type="button" class="button-secondary" id="load-example" @click=${this.#askExample}>${strings.exampleLoad}</button>`
      }
    </div>`;
  }

  #renderBar(bar: MapBar): TemplateResult {
    const g = mapGeometry;
    return svg`<g class="bar-group" data-factor=${bar.id}>
      <title>${`${bar.label}: ${strengthText(bar.strength)}`}</title>
      <text class="bar-label" x=${bar.labelX} y=${bar.labelY} text-anchor=${bar.anchor}>${bar.text}</text>
      <rect class="bar bar-${bar.lane}" data-factor=${bar.id} data-lane=${bar.lane} data-strength=${bar.strength}
        x=${bar.x} y=${bar.y} width=${bar.width} height=${g.barHeight}></rect>
      <text class="bar-value" x=${bar.valueX} y=${bar.y + g.barHeight - 3} text-anchor=${bar.anchor}>${bar.strength}</text>
    </g>`;
  }

  #renderMap(): TemplateResult {
    const value = this.value;
    const layout = mapLayout(value);
    const g = mapGeometry;
    const legendY = layout.height - g.legendHeight + 28;
    const legend = lanes.map(
      (lane, i) => svg`<rect class="bar bar-${lane}" x=${20 + i * 180} y=${legendY - 12} width="28" height="16"></rect>
        <text class="legend-text" x=${56 + i * 180} y=${legendY + 1}>${strings.laneShort[lane]}</text>`,
    );
    const factors = lanes.flatMap((lane) => laneFactors(value, lane));
    return html`<section aria-labelledby="map-title">
      <div class="section-title" id="map-title" role="heading" aria-level=${this.level(1)}>${strings.mapHeading}</div>
      <figure class="map" part="map">
        <svg class="map-svg" viewBox="0 0 ${layout.width} ${layout.height}" role="img" aria-labelledby="map-caption">
          <defs>
            <pattern id="hatch" patternUnits="userSpaceOnUse" width="6" height="6" patternTransform="rotate(45)">
              <rect class="hatch-back" width="6" height="6"></rect>
              <rect class="hatch-line" width="3" height="6"></rect>
            </pattern>
          </defs>
          <text class="side-title" x=${g.centre / 2} y="24" text-anchor="middle">${strings.mapAway}</text>
          <text class="side-title" x=${g.centre * 1.5} y="24" text-anchor="middle">${strings.mapBack}</text>
          <text class="side-total" data-side="away" x=${g.centre / 2} y="50" text-anchor="middle">${formatMessage(strings.mapTotal, { total: layout.away })}</text>
          <text class="side-total" data-side="back" x=${g.centre * 1.5} y="50" text-anchor="middle">${formatMessage(strings.mapTotal, { total: layout.back })}</text>
          <g class="beam" data-tilt=${layout.tilt} transform="rotate(${layout.tilt} ${g.centre} 84)">
            <rect x="40" y="80" width=${g.width - 80} height="8" rx="4"></rect>
          </g>
          <path class="pivot" d="M${g.centre} 88 L${g.centre - 14} 108 L${g.centre + 14} 108 Z"></path>
          <line class="centre-line" x1=${g.centre} x2=${g.centre} y1=${g.top - 8} y2=${layout.height - g.legendHeight}></line>
          ${
            layout.bars.length === 0
              ? svg`<text class="map-empty" x=${g.centre} y=${g.top + 26} text-anchor="middle">${strings.mapEmpty}</text>`
              : layout.bars.map((bar) => this.#renderBar(bar))
          }
          ${legend}
        </svg>
        <figcaption id="map-caption">${balanceSentence(balance(value))}</figcaption>
        ${
          factors.length > 0
            ? html`<div class="map-table-box">
                <table class="map-table">
                  <caption>
                    ${strings.tableCaption}
                  </caption>
                  <thead>
                    <tr>
                      <th scope="col">${strings.tableFactor}</th>
                      <th scope="col">${strings.tableLane}</th>
                      <th scope="col">${strings.tableStrength}</th>
                      <th scope="col">${strings.tableSetting}</th>
                      <th scope="col">${strings.tableWords}</th>
                    </tr>
                  </thead>
                  <tbody>
                    ${factors.map(
                      (f) =>
                        html`<tr data-factor=${f.id}>
                          <th scope="row" dir="auto">${f.label}</th>
                          <td>${strings.laneShort[f.lane]}</td>
                          <td>${f.strength}</td>
                          <td>${strings.settings[f.setting]}</td>
                          <td dir="auto" class="words-cell">${f.words}</td>
                        </tr>`,
                    )}
                  </tbody>
                </table>
              </div>`
            : nothing
        }
      </figure>
    </section>`;
  }

  /** Where the part loaded beside the widget draws: a line while it loads, a way to try again if it fails. */
  #renderPart(draw: (part: EditPart) => TemplateResult, retry: boolean): TemplateResult {
    const part = this.#editor.part;
    if (part) return draw(part);
    if (!this.#editor.failed) return html`<p class="hint">${strings.partLoading}</p>`;
    return html`<p class="error-message">${strings.partFailed}</p>
      ${retry ? html`<button type="button" class="button-secondary" id="part-retry" @click=${this.#retryPart}>${strings.retry}</button>` : nothing}`;
  }

  protected renderWidget(): TemplateResult {
    const errors = [...this.#settingErrors, ...this.#libraryErrors];
    return html`<section class="base" part="base" aria-labelledby="title">
      <div class="title" id="title" role="heading" aria-level=${this.level()}>${strings.title}</div>
      <p class="intro">${strings.intro} ${kitLink(`${this.#config.baseUrl}push-and-pull-factors/`, strings.guidanceLink)}.</p>
      ${renderConfigErrors(errors, strings)} ${this.#renderExample()} ${this.#renderMap()}
      <section class="add" aria-labelledby="add-title">
        <div class="section-title" id="add-title" role="heading" aria-level=${this.level(1)}>${strings.addHeading}</div>
        ${this.#renderPart((part) => part.renderAdd(this.#host), true)}
      </section>
      <div class="lanes">${this.#editor.part?.renderLanes(this.#host) ?? nothing}</div>
      <section class="adjustments" aria-labelledby="adjustments-title">
        <div class="section-title" id="adjustments-title" role="heading" aria-level=${this.level(1)}>${strings.adjustmentsHeading}</div>
        ${this.#renderPart((part) => part.renderAdjustments(this.#host), false)}
      </section>
      ${this.#transfer.render()} ${this.renderStorageFooter()} ${this.renderLiveRegion()}
    </section>`;
  }
}
