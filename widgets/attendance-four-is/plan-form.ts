/**
 * What the forms of steps 2 to 4 share: the "about" choice (the cohort, a group or one pupil),
 * fields with their hint and error, reading what was typed against its limit, showing the
 * errors and moving focus, and removing an entry. One per step, so each step keeps its own
 * errors and choice.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { formatMessage } from '../shared/strings.ts';
import { fourIsLimits as limits } from '../shared/limits.ts';
import { sharedStrings } from '../shared/messages.ts';
import { breakdown, summarise } from './analysis.ts';
import { aboutLabel, valueLabel } from './labels.ts';
import type { FourIsValue } from './state.ts';
import { strings } from './strings.ts';
import { laterStrings } from './later-strings.ts';
import type { PlanHost } from './host.ts';

export class PlanForm {
  readonly host: PlanHost;
  /** The start of this form's field ids (`int`, `act`, `target`). */
  readonly prefix: string;
  /** Errors by the id of the field they belong to. */
  errors: Record<string, string> = {};
  /** The "about" chosen: "pupil" shows the reference field. */
  about = 'cohort';

  constructor(host: PlanHost, prefix: string) {
    this.host = host;
    this.prefix = prefix;
  }

  /** Forgets what was chosen and the errors, as after clearing or importing a plan. */
  reset(): void {
    this.errors = {};
    this.about = 'cohort';
  }

  /** What an entry is about, in words, saying so when its pupil is no longer in the cohort. */
  aboutText(key: string): string {
    const label = aboutLabel(key, this.host.dimensions);
    if (!key.startsWith('pupil=')) return label;
    const ref = key.slice(6);
    return this.host.value.pupils.some((p) => p.ref === ref) ? label : formatMessage(laterStrings.notInCohort, { ref: label });
  }

  /** The groups the cohort has now, for the "about" and target choices. */
  groupOptions(): TemplateResult[] {
    const { pupils } = this.host.value;
    const cohort = summarise(pupils);
    return this.host.dimensions.flatMap((dimension) => {
      const { groups } = breakdown(pupils, dimension, cohort, this.host.rules);
      if (groups.length === 0) return [];
      return [
        html`<optgroup label=${dimension.label}>${groups.map((g) => html`<option value=${`${dimension.id}=${g.value}`}>${valueLabel(dimension.id, g.value)}</option>`)}</optgroup>`,
      ];
    });
  }

  field(id: string, label: string, control: TemplateResult, hint?: string): TemplateResult {
    const error = this.errors[id];
    return html`<div class="field">
      <label for=${id}>${label}</label>
      ${hint ? html`<span class="hint" id="${id}-hint">${hint}</span>` : nothing} ${error ? html`<span class="error-message" id="${id}-error">${error}</span>` : nothing} ${control}
    </div>`;
  }

  describedBy(id: string, hint = false): string | typeof nothing {
    const ids = [hint ? `${id}-hint` : '', this.errors[id] ? `${id}-error` : ''].filter(Boolean);
    return ids.length ? ids.join(' ') : nothing;
  }

  /** `aria-invalid` for a field: whether it has an error. */
  invalid(id: string): 'true' | 'false' {
    return this.errors[id] ? 'true' : 'false';
  }

  aboutFields(): TemplateResult {
    const id = `${this.prefix}-about`;
    const ref = `${this.prefix}-ref`;
    return html`${this.field(
      id,
      laterStrings.about,
      html`<select id=${id} @change=${(e: Event) => this.#chooseAbout((e.target as HTMLSelectElement).value)}>
        <option value="cohort" ?selected=${this.about === 'cohort'}>${strings.aboutCohort}</option>
        ${this.groupOptions()}
        <option value="pupil" ?selected=${this.about === 'pupil'}>${laterStrings.aboutPupil}</option>
      </select>`,
    )}
    ${
      this.about === 'pupil'
        ? this.field(
            ref,
            strings.fieldNames.ref,
            html`<input type="text" id=${ref} autocomplete="off" maxlength=${limits.ref} aria-invalid=${this.invalid(ref)} aria-describedby=${this.describedBy(ref)} />`,
          )
        : nothing
    }`;
  }

  #chooseAbout(value: string): void {
    this.about = value;
    void this.host.refresh();
  }

  read(id: string): string {
    return this.host.root.querySelector<HTMLInputElement>(`#${id}`)?.value ?? '';
  }

  /** The "about" of the form, or undefined (with the error shown) when its pupil reference is not in the cohort. */
  readAbout(): string | undefined {
    const choice = this.read(`${this.prefix}-about`) || 'cohort';
    if (choice !== 'pupil') return choice;
    const typed = this.read(`${this.prefix}-ref`).trim();
    const pupil = this.host.value.pupils.find((p) => p.ref.toUpperCase() === typed.toUpperCase());
    if (pupil) return `pupil=${pupil.ref}`;
    this.errors[`${this.prefix}-ref`] = typed ? formatMessage(laterStrings.refUnknown, { ref: typed }) : laterStrings.refMissing;
    return undefined;
  }

  /**
   * A text field's value, trimmed, when it is within its limit (shared/limits.ts, also its
   * maxlength); otherwise undefined, with the error shown, so that nothing typed is cut short.
   */
  readText(id: string, max: number): string | undefined {
    const value = this.read(id).trim();
    if (value.length <= max) return value;
    this.errors[id] = formatMessage(sharedStrings.overLimit, { max });
    return undefined;
  }

  /**
   * A date field's value, when the plan can keep it: empty, or a day with a four-digit year.
   * A date input lets a person type a five-digit year, which no saved plan could hold.
   */
  readDate(id: string): string | undefined {
    const value = this.read(id);
    if (value === '' || /^\d{4}-\d{2}-\d{2}$/.test(value)) return value;
    this.errors[id] = laterStrings.dateInvalid;
    return undefined;
  }

  /** Says the errors, then focuses the first of these fields that has one (or the first). */
  async showErrors(...ids: string[]): Promise<void> {
    this.host.announce(Object.values(this.errors).join(' '));
    await this.host.refresh();
    this.host.root.querySelector<HTMLElement>(`#${ids.find((id) => this.errors[id]) ?? ids[0]!}`)?.focus();
  }

  /** Empties the fields matching `selector`, after an entry was added from them. */
  clear(selector: string): void {
    for (const el of this.host.root.querySelectorAll<HTMLInputElement | HTMLTextAreaElement>(selector)) el.value = '';
  }

  /** Focuses the element matching `selector` once the step is drawn again. */
  async focusAfterDrawing(selector: string): Promise<void> {
    await this.host.refresh();
    this.host.root.querySelector<HTMLElement>(selector)?.focus();
  }

  async remove(list: 'involvement' | 'actions' | 'targets', id: string, focusAfter: string): Promise<void> {
    const value = this.host.value;
    const items = (value[list] as { id: string }[]).filter((item) => item.id !== id);
    this.host.commit({ ...value, [list]: items } as FourIsValue, laterStrings.entryRemoved);
    await this.focusAfterDrawing(focusAfter);
  }
}
