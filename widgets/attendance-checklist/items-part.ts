/**
 * The checklist's items as a person works through them (status, note, the calculator where the
 * checklist asks about attendance, guidance), the view of a checklist with the settings in force,
 * and its case-record text: a part loaded with the
 * checklist's data (the widget shows neither before that has arrived), so no page's first load
 * carries it. It works on the widget through ItemsHost.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { formatMessage } from '../shared/strings.ts';
import { checklistLimits } from '../shared/limits.ts';
import { kitLink } from '../shared/links.ts';
import { sourceTitleIn, type SourceInfo } from '../shared/sources.ts';
import type { PartHost } from '../shared/part-host.ts';
import type { CalculatorValue } from '../attendance-calculator/attendance-calculator.ts';
import { viewEntries, type ChecklistView, type ViewEntry } from './model.ts';
import { entryState, progress, unshownWork, type AttendanceMaths, type ChecklistValue, type updateEntry } from './state.ts';
import { attendanceLine, progressText } from './export-text.ts';
import { checklistStrings as strings } from './strings.ts';

export { checklistText, progressText } from './export-text.ts';
export { buildView } from './build-view.ts';
export { itemStyles as partStyles } from './item-styles.ts';

/** Whether the checklist as shown asks about attendance with the calculator. */
export const showsCalculator = (view: ChecklistView) => viewEntries(view).some((entry) => entry.embed === 'attendance-calculator');

/** What the items part reads from the widget and asks it to do. */
export interface ItemsHost extends PartHost<ChecklistValue> {
  readonly maths: AttendanceMaths | undefined;
  readonly calculatorFailed: boolean;
  readonly theme: string | null;
  readonly baseUrl: string;
  readonly sources: readonly SourceInfo[];
  /** Keeps a change to one item; with `announceProgress`, the new total is read out once changes pause. */
  change(view: ChecklistView, id: string, change: Parameters<typeof updateEntry>[3], announceProgress?: boolean): void;
  noteInput(view: ChecklistView, id: string, note: string): void;
  calculatorChange(view: ChecklistView, id: string, event: Event): void;
  retryCalculator(): void;
}

const emptyCalculator: CalculatorValue = { mode: 'sessions', possible: '', attended: '', percent: '' };

/** A sub-question shares its item's page and source, so it has a disclosure only for guidance of its own. */
function renderGuidance(host: ItemsHost, entry: ViewEntry, isSub: boolean): TemplateResult | typeof nothing {
  if (!entry.why && !entry.askFor && (isSub || !entry.page)) return nothing;
  return html`<details>
    <summary>${strings.guidance}<span class="visually-hidden">${formatMessage(strings.forQuestion, { text: entry.text })}</span></summary>
    <div class="guidance-body">
      ${entry.why ? html`<p><strong>${strings.why}:</strong> ${entry.why}</p>` : nothing}
      ${entry.askFor ? html`<p><strong>${strings.askFor}:</strong> ${entry.askFor}</p>` : nothing}
      ${entry.page ? html`<p class="guidance-link">${kitLink(`${host.baseUrl}${entry.page}/`, strings.guidanceLink)}</p>` : nothing}
      ${
        entry.citation
          ? html`<p>${strings.source}: ${formatMessage(strings.sourceSection, { title: sourceTitleIn(host.sources, entry.citation.source), section: entry.citation.section })}</p>`
          : nothing
      }
    </div>
  </details>`;
}

function renderEntry(host: ItemsHost, view: ChecklistView, entry: ViewEntry, offset: number, isSub = false): TemplateResult {
  const state = entryState(view, host.value, entry.id);
  const about = html`<span class="visually-hidden">${formatMessage(strings.forQuestion, { text: entry.text })}</span>`;
  const attendance = attendanceLine(state.attendance, host.maths);
  const note = `n-${entry.id}`;
  return html`<li class="item" id="item-${entry.id}">
    <div class="question" role="heading" aria-level=${host.level(offset)}>${entry.text}</div>
    ${entry.local ? html`<p class="local">${strings.localItem}</p>` : nothing} ${entry.dated ? html`<p class="dated">${entry.dated}</p>` : nothing}
    <fieldset class="status">
      <legend>${strings.statusLegend}${about}</legend>
      <div class="radios">
        ${view.statuses.map(
          (status) =>
            html`<div class="radio">
              <input
                type="radio"
                id="s-${entry.id}--${status.id}"
                name="s-${entry.id}"
                value=${status.id}
                .checked=${status.id === state.status.id}
                @change=${() => host.change(view, entry.id, { status: status.id }, true)}
              />
              <label for="s-${entry.id}--${status.id}">${status.label}</label>
            </div>`,
        )}
      </div>
    </fieldset>
    <p class="print-only">${formatMessage(strings.textStatus, { status: state.status.label })}</p>
    ${
      entry.embed
        ? html`<div class="calculator">
              ${
                host.calculatorFailed
                  ? html`<p class="notice">
                      ${strings.calculatorFailed} <button type="button" class="button-secondary" @click=${() => host.retryCalculator()}>${strings.retry}</button>
                    </p>`
                  : html`<p class="hint calculator-hint">${strings.calculatorIntro}</p>
                      <attendance-calculator
                        .embedded=${true}
                        theme=${ifDefined(host.theme ?? undefined)}
                        heading-level=${host.level(offset + 1)}
                        .value=${state.attendance?.value ?? emptyCalculator}
                        @change=${(e: Event) => host.calculatorChange(view, entry.id, e)}
                      ></attendance-calculator>`
              }
            </div>
            ${attendance ? html`<p class="print-only">${attendance}</p>` : nothing}`
        : nothing
    }
    <div class="field note-field">
      <label for=${note}>${strings.noteLabel}${about}</label>
      ${host.lengthMessage(note)}
      <textarea
        id=${note}
        rows="3"
        maxlength=${checklistLimits.note}
        aria-describedby=${host.lengthMessageId(note) ?? nothing}
        .value=${state.note}
        @input=${(e: Event) => host.noteInput(view, entry.id, (e.target as HTMLTextAreaElement).value)}
      ></textarea>
    </div>
    ${state.note.trim() ? html`<p class="print-only">${strings.textNote}${state.note}</p>` : nothing} ${renderGuidance(host, entry, isSub)}
    ${
      entry.subItems.length > 0
        ? html`<ol class="sub-items" type="a">
            ${entry.subItems.map((sub) => renderEntry(host, view, sub, offset + 1, true))}
          </ol>`
        : nothing
    }
  </li>`;
}

/** The progress summary, a note of work on items not shown, and each group with its items. */
export function renderItems(host: ItemsHost, view: ChecklistView): TemplateResult {
  const unshown = unshownWork(view, host.value).length;
  let start = 1;
  return html`<p class="progress" part="progress" id="progress">${progressText(view, progress(view, host.value))}</p>
    ${unshown > 0 ? html`<p class="notice">${formatMessage(strings.unshown, { count: unshown })}</p>` : nothing}
    ${view.groups.map((group) => {
      const list = html`<section aria-labelledby="g-${group.id}">
        <div class="group-title" id="g-${group.id}" tabindex="-1" role="heading" aria-level=${host.level(1)}>${group.title}</div>
        <ol start=${start}>
          ${group.items.map((item) => renderEntry(host, view, item, 2))}
        </ol>
      </section>`;
      start += group.items.length;
      return list;
    })}`;
}
