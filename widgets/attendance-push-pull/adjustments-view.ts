/**
 * "Agreed adjustments": what was agreed, for which factor, who will do it and when it will be
 * reviewed, with a table of them for print. Part of the editor the widget loads beside itself
 * (edit-part.ts). No state of its own: it works through PartHost.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { pushPullLimits } from '../shared/limits.ts';
import { formatMessage } from '../shared/strings.ts';
import { dateForInput, dateInWords, parseReviewDate } from './dates.ts';
import { lanes } from './library.ts';
import type { PartHost } from './part-host.ts';
import { laneFactors, type Adjustment, type PlacedFactor } from './state.ts';
import { addAdjustment, findPlaced, removeAdjustment, updateAdjustment } from './edits.ts';
import { partStrings as words } from './strings-parts.ts';

/** Adds an adjustment (from an example, or blank) and focuses its first field to fill in. */
export function addAdjustmentTo(host: PartHost, fields: Partial<Omit<Adjustment, 'id'>> = {}, focusField = 'a-text'): void {
  const { value, id } = addAdjustment(host.value, fields);
  if (!id) {
    host.announce(formatMessage(words.tooManyAdjustments, { max: pushPullLimits.adjustments }));
    return;
  }
  host.commit(value);
  host.announce(formatMessage(words.announceAdjustmentAdded, { number: value.adjustments.length }));
  void host.focus(`#${focusField}-${id}`);
}

function changeAdjustment(host: PartHost, id: string, change: Partial<Omit<Adjustment, 'id'>>): void {
  host.commit(updateAdjustment(host.value, id, change));
}

/** What was agreed, or who will do it: kept as typed unless past its limit, which the field then says. */
function changeText(host: PartHost, id: string, field: 'text' | 'owner', text: string): void {
  if (host.withinLimit(`a-${field}-${id}`, text, pushPullLimits[field])) changeAdjustment(host, id, { [field]: text });
}

function changeDate(host: PartHost, adjustment: Adjustment, number: number, text: string): void {
  const parsed = parseReviewDate(text);
  const drafts = host.state.dateDrafts;
  if (!parsed.ok) {
    drafts[adjustment.id] = text;
    void host.refresh();
    host.announce(`${formatMessage(words.adjustmentLegend, { number })}: ${words.adjustmentDateInvalid}`);
    return;
  }
  delete drafts[adjustment.id];
  changeAdjustment(host, adjustment.id, { reviewDate: parsed.iso });
}

function removeOne(host: PartHost, adjustment: Adjustment): void {
  const list = host.value.adjustments;
  const index = list.indexOf(adjustment);
  const after = list[index + 1] ?? list[index - 1];
  delete host.state.dateDrafts[adjustment.id];
  host.commit(removeAdjustment(host.value, adjustment.id));
  host.announce(formatMessage(words.announceAdjustmentRemoved, { number: index + 1 }));
  void host.focus(after ? `#a-text-${after.id}` : '#add-adjustment');
}

function renderAdjustment(host: PartHost, adjustment: Adjustment, index: number, placed: PlacedFactor[]): TemplateResult {
  const id = adjustment.id;
  const number = index + 1;
  const drafts = host.state.dateDrafts;
  const draft = Object.prototype.hasOwnProperty.call(drafts, id) ? drafts[id] : undefined;
  return html`<li class="adjustment" id="adj-${id}">
    <fieldset>
      <legend>${formatMessage(words.adjustmentLegend, { number })}</legend>
      <div class="field">
        <label for="a-text-${id}">${words.adjustmentText}</label>
        ${host.lengthMessage(`a-text-${id}`)}
        <textarea
          id="a-text-${id}"
          rows="2"
          dir="auto"
          maxlength=${pushPullLimits.text}
          aria-describedby=${host.lengthMessageId(`a-text-${id}`) ?? nothing}
          .value=${adjustment.text}
          @input=${(e: Event) => changeText(host, id, 'text', (e.target as HTMLTextAreaElement).value)}
        ></textarea>
      </div>
      <div class="field">
        <label for="a-factor-${id}">${words.adjustmentFactor}</label>
        <select id="a-factor-${id}" @change=${(e: Event) => changeAdjustment(host, id, { factor: (e.target as HTMLSelectElement).value })}>
          <option value="" ?selected=${adjustment.factor === ''}>${words.adjustmentGeneral}</option>
          ${placed.map((f) => html`<option value=${f.id} ?selected=${adjustment.factor === f.id}>${f.label}</option>`)}
        </select>
      </div>
      <div class="inline">
        <div class="field">
          <label for="a-owner-${id}">${words.adjustmentOwner}</label>
          <span class="hint" id="a-owner-hint-${id}">${words.adjustmentOwnerHint}</span>
          ${host.lengthMessage(`a-owner-${id}`)}
          <input
            id="a-owner-${id}"
            type="text"
            dir="auto"
            list="owners"
            autocomplete="off"
            maxlength=${pushPullLimits.owner}
            aria-describedby=${[`a-owner-hint-${id}`, host.lengthMessageId(`a-owner-${id}`)].filter(Boolean).join(' ')}
            .value=${adjustment.owner}
            @input=${(e: Event) => changeText(host, id, 'owner', (e.target as HTMLInputElement).value)}
          />
        </div>
        <div class="field">
          <label for="a-date-${id}">${words.adjustmentDate}</label>
          <span class="hint" id="a-date-hint-${id}">${words.adjustmentDateHint}</span>
          ${draft !== undefined ? html`<span class="error-message" id="a-date-error-${id}">${words.adjustmentDateInvalid}</span>` : nothing}
          <input
            id="a-date-${id}"
            class="date"
            type="text"
            inputmode="numeric"
            autocomplete="off"
            maxlength=${pushPullLimits.dateTyped}
            aria-describedby=${draft !== undefined ? `a-date-hint-${id} a-date-error-${id}` : `a-date-hint-${id}`}
            aria-invalid=${draft !== undefined ? 'true' : 'false'}
            .value=${draft ?? dateForInput(adjustment.reviewDate)}
            @change=${(e: Event) => changeDate(host, adjustment, number, (e.target as HTMLInputElement).value)}
          />
        </div>
      </div>
      <button type="button" class="button-warning" id="a-rm-${id}" @click=${() => removeOne(host, adjustment)}>${formatMessage(words.removeAdjustment, { number })}</button>
    </fieldset>
  </li>`;
}

/** The agreed adjustments: one set of fields each, a table of them for print, and the add button. */
export function renderAdjustments(host: PartHost): TemplateResult {
  const value = host.value;
  const placed = lanes.flatMap((lane) => laneFactors(value, lane));
  return html`<p class="hint">${words.adjustmentsHint}</p>
    <datalist id="owners">${host.owners.map((o) => html`<option value=${o}></option>`)}</datalist>
    ${
      value.adjustments.length === 0
        ? html`<p class="empty">${words.adjustmentsEmpty}</p>`
        : html`<ol class="adjustment-list">
              ${value.adjustments.map((a, i) => renderAdjustment(host, a, i, placed))}
            </ol>
            <table class="print-only adjustments-table">
              <caption>
                ${words.adjustmentsTableCaption}
              </caption>
              <thead>
                <tr>
                  <th scope="col">${words.adjustmentText}</th>
                  <th scope="col">${words.adjustmentFactor}</th>
                  <th scope="col">${words.adjustmentOwner}</th>
                  <th scope="col">${words.adjustmentDate}</th>
                </tr>
              </thead>
              <tbody>
                ${value.adjustments.map(
                  (a) =>
                    html`<tr>
                      <td dir="auto">${a.text}</td>
                      <td dir="auto">${findPlaced(value, a.factor)?.label ?? ''}</td>
                      <td dir="auto">${a.owner || words.textOwnerMissing}</td>
                      <td>${dateInWords(a.reviewDate) || words.textDateMissing}</td>
                    </tr>`,
                )}
              </tbody>
            </table>`
    }
    <button type="button" class="button-secondary" id="add-adjustment" @click=${() => addAdjustmentTo(host)}>${words.addAdjustment}</button>`;
}
