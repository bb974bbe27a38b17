import { css, html, nothing, type TemplateResult } from 'lit';
import { KitWidget } from '../shared/kit-widget.ts';
import { tokens } from '../shared/tokens.ts';
import { controls } from '../shared/controls.ts';
import { formatMessage } from '../shared/strings.ts';
import { calculatorStrings as strings } from './strings.ts';
import {
  calculateAttendance,
  formatPercentValue,
  isCalculatorValue,
  type CalculatorError,
  type CalculatorField,
  type CalculatorResult,
  type CalculatorValue,
} from './calculator.ts';
import { calculatorLimits } from '../shared/limits.ts';
import { attendanceSentence, bandExplanation, bandLabel, daysText, errorText } from './describe.ts';

export type { CalculatorValue };

/**
 * @summary Works out attendance from sessions or a percentage: days and weeks missed, the
 * persistent or severe absence band, and a sentence in days for talking with the family.
 *
 * @attr mode - Starting mode when nothing is saved: `sessions` (default) or `percent`.
 * @attr storage - Where work is kept: `local`, `session` or `none` (default).
 * @attr storage-key - Keeps several calculators on one page apart.
 * @attr name - Submits the value (JSON) with the host page's form.
 * @attr heading-level - Level of the widget's heading, 2 to 6 (default 2).
 * @attr theme - `light` (default) or `auto` to follow the reader's dark mode.
 *
 * @prop {CalculatorValue} value - What was entered; setting it replaces it.
 * @prop {CalculatorResult} result - The figures worked out from the value, or what is wrong with it.
 *
 * @fires change - After each change a person makes; `detail.value` is the new value.
 *
 * @csspart base - The widget's outer box.
 * @csspart result - The result panel.
 * @csspart storage - The save line and clear button.
 * @csspart clear-button - The clear button.
 *
 * @cssprop --apk-color-accent - Buttons and the result panel's edge.
 * @cssprop --apk-color-text - Text colour.
 * @cssprop --apk-color-background - Background colour.
 * @cssprop --apk-color-focus - Focus ring colour.
 * @cssprop --apk-focus-width - Focus ring thickness (3px; presenter mode sets 5px).
 * @cssprop --apk-font-family - Font.
 * @cssprop --apk-space - Base spacing.
 * @cssprop --apk-radius - Corner radius of buttons.
 */
export class AttendanceCalculator extends KitWidget<CalculatorValue> {
  static override properties = {
    ...KitWidget.properties,
    mode: { type: String },
    touched: { state: true },
  };

  static override styles = [
    tokens,
    controls,
    css`
      .base {
        padding: var(--_space);
        border: 1px solid var(--_border);
        border-radius: var(--_radius);
      }
      .title {
        font-size: 1.5rem;
        font-weight: 700;
        margin: 0 0 0.5rem;
      }
      .subtitle {
        font-size: 1.2rem;
        font-weight: 700;
        margin: 0 0 0.5rem;
      }
      input.sessions {
        width: 8em;
      }
      .result {
        border-left: 6px solid var(--_accent);
        background: var(--_surface);
        padding: var(--_space);
        margin: var(--_space) 0;
      }
      dl {
        display: grid;
        grid-template-columns: minmax(8rem, max-content) 1fr;
        gap: 0.25rem 1rem;
        margin: 0 0 var(--_space);
      }
      dt {
        font-weight: 700;
      }
      dd {
        margin: 0;
      }
      .band-persistent,
      .band-severe {
        font-weight: 700;
      }
      .sentence {
        font-size: 1.125rem;
        margin: 0;
      }
      .note {
        color: var(--_muted);
        font-size: 0.95rem;
      }
      @media (max-width: 30rem) {
        dl {
          grid-template-columns: 1fr;
        }
      }
    `,
  ];

  /** Starting mode when nothing is saved. */
  declare mode: 'sessions' | 'percent';
  declare private touched: Set<CalculatorField>;

  protected readonly widgetName = 'attendance-calculator';
  protected readonly formatVersion = 1;

  constructor() {
    super();
    this.mode = 'sessions';
    this.touched = new Set();
  }

  protected defaultValue(): CalculatorValue {
    return { mode: this.mode === 'percent' ? 'percent' : 'sessions', possible: '', attended: '', percent: '' };
  }

  protected isValue(data: unknown): data is CalculatorValue {
    return isCalculatorValue(data);
  }

  /** The figures for the current value, or the reasons there are none. */
  get result(): CalculatorResult {
    const v = this.value;
    return calculateAttendance(v.mode === 'percent' ? { mode: 'percent', percent: v.percent } : { mode: 'sessions', possible: v.possible, attended: v.attended });
  }

  override reset(): void {
    this.touched = new Set();
    super.reset();
  }

  /** Errors to show now: a field's own errors once it has text or has been left empty. */
  #visibleErrors(result: CalculatorResult): Map<CalculatorField, string> {
    const shown = new Map<CalculatorField, string>();
    if (result.ok) return shown;
    const v = this.value;
    for (const error of result.errors) {
      const typed = (v[error.field] ?? '').trim() !== '';
      if (shown.has(error.field)) continue;
      if (typed || (error.code === 'required' && this.touched.has(error.field))) shown.set(error.field, errorText(error));
    }
    return shown;
  }

  #onInput(field: CalculatorField, event: Event): void {
    const input = event.target as HTMLInputElement;
    if (this.withinLimit(field, input.value, calculatorLimits.field)) this.commit({ ...this.value, [field]: input.value });
  }

  /** On commit (blur or Enter) the field counts as touched and the result is read out once. */
  #onFieldChange(field: CalculatorField): void {
    this.touched = new Set([...this.touched, field]);
    this.#announceResult();
  }

  #onModeChange(event: Event): void {
    const mode = (event.target as HTMLInputElement).value === 'percent' ? 'percent' : 'sessions';
    this.commit({ ...this.value, mode });
  }

  #announceResult(): void {
    const result = this.result;
    if (result.ok) {
      this.announce(formatMessage(strings.announceResult, { band: bandLabel(result.figures.band), sentence: attendanceSentence(result.figures) }));
      return;
    }
    const messages = [...this.#visibleErrors(result).values()];
    if (messages.length > 0) {
      this.announce(formatMessage(strings.announceErrors, { count: messages.length, messages: messages.join('. ') }));
    }
  }

  #renderField(field: CalculatorField, label: string, hint: string | undefined, errors: Map<CalculatorField, string>): TemplateResult {
    const error = errors.get(field);
    const describedBy = [hint ? `${field}-hint` : '', error ? `${field}-error` : '', this.lengthMessages[field] ? `${field}-limit` : ''].filter(Boolean).join(' ');
    return html`
      <div class="field">
        <label for=${field}>${label}</label>
        ${hint ? html`<span class="hint" id="${field}-hint">${hint}</span>` : nothing} ${error ? html`<span class="error-message" id="${field}-error">${error}</span>` : nothing}
        ${this.renderLengthMessage(field)}
        <input
          class="sessions"
          id=${field}
          name=${field}
          type="text"
          inputmode="decimal"
          autocomplete="off"
          spellcheck="false"
          maxlength=${calculatorLimits.field}
          .value=${this.value[field]}
          aria-describedby=${describedBy || nothing}
          aria-invalid=${error ? 'true' : 'false'}
          @input=${(e: Event) => this.#onInput(field, e)}
          @change=${() => this.#onFieldChange(field)}
        />
      </div>
    `;
  }

  #renderResult(result: CalculatorResult): TemplateResult {
    if (!result.ok) return html`<p>${strings.resultEmpty}</p>`;
    const f = result.figures;
    return html`
      <dl>
        <dt>${strings.attendance}</dt>
        <dd data-testid="attendance">${formatPercentValue(f.attendancePercent)}%</dd>
        <dt>${strings.missed}</dt>
        <dd data-testid="missed">${daysText(f.daysMissed)}</dd>
        <dt>${strings.band}</dt>
        <dd data-testid="band" class="band-${f.band}">${bandLabel(f.band)}<br /><span class="note">${bandExplanation(f.band)}</span></dd>
      </dl>
      <p class="sentence"><strong>${strings.sentenceHeading}:</strong> <span data-testid="sentence">${attendanceSentence(f)}</span></p>
    `;
  }

  protected renderWidget(): TemplateResult {
    const v = this.value;
    const result = this.result;
    const errors = this.#visibleErrors(result);
    return html`
      <section class="base" part="base" aria-labelledby="title">
        <div class="title" id="title" role="heading" aria-level=${this.level()}>${strings.heading}</div>
        <p>${strings.intro}</p>
        <fieldset>
          <legend>${strings.modeLegend}</legend>
          <div class="radios">
            <div class="radio">
              <input type="radio" id="mode-sessions" name="mode" value="sessions" .checked=${v.mode === 'sessions'} @change=${this.#onModeChange} />
              <label for="mode-sessions">${strings.modeSessions}</label>
            </div>
            <div class="radio">
              <input type="radio" id="mode-percent" name="mode" value="percent" .checked=${v.mode === 'percent'} @change=${this.#onModeChange} />
              <label for="mode-percent">${strings.modePercent}</label>
            </div>
          </div>
        </fieldset>
        ${
          v.mode === 'sessions'
            ? html`${this.#renderField('possible', strings.possibleLabel, strings.possibleHint, errors)} ${this.#renderField('attended', strings.attendedLabel, undefined, errors)}`
            : this.#renderField('percent', strings.percentLabel, strings.percentHint, errors)
        }
        <div class="result" part="result" role="group" aria-labelledby="result-title">
          <div class="subtitle" id="result-title" role="heading" aria-level=${this.level(1)}>${strings.resultHeading}</div>
          ${this.#renderResult(result)}
        </div>
        <p class="note">${strings.definitionsNote}</p>
        ${this.renderStorageFooter()} ${this.renderLiveRegion()}
      </section>
    `;
  }
}

export type { CalculatorError };
