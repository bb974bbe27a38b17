/** Step 2, Intelligence: who is involved with the cohort, a group or a pupil, what they know and when they were last in contact. */
import { html, type TemplateResult } from 'lit';
import { formatMessage } from '../shared/strings.ts';
import { fourIsLimits as limits } from '../shared/limits.ts';
import { heading } from './parts.ts';
import { roleLabel, roles } from './plan-data.ts';
import { nextId, type Involvement } from './state.ts';
import { formatDay } from './report.ts';
import { strings } from './strings.ts';
import { laterStrings } from './later-strings.ts';
import { PlanForm } from './plan-form.ts';
import type { PlanHost } from './host.ts';

export class IntelligenceStep {
  readonly #host: PlanHost;
  readonly #form: PlanForm;

  constructor(host: PlanHost) {
    this.#host = host;
    this.#form = new PlanForm(host, 'int');
  }

  /** Forgets the form's own state (errors, choices), as after clearing or importing a plan. */
  reset(): void {
    this.#form.reset();
  }

  async #add(event: Event): Promise<void> {
    event.preventDefault();
    const form = this.#form;
    form.errors = {};
    const about = form.readAbout();
    const who = form.readText('int-who', limits.shortText);
    const lastContact = form.readDate('int-contact');
    const knows = form.readText('int-knows', limits.longText);
    if (!about || who === undefined || lastContact === undefined || knows === undefined) return form.showErrors('int-ref', 'int-who', 'int-contact', 'int-knows');
    const value = this.#host.value;
    const entry: Involvement = { id: nextId('i', value.involvement), about, role: form.read('int-role'), who, knows, lastContact };
    const added = formatMessage(laterStrings.involvementAdded, { role: roleLabel(entry.role, this.#host.config.localNames), about: form.aboutText(about) });
    // Refused (the plan is full): what was typed stays in the form.
    if (!this.#host.commit({ ...value, involvement: [...value.involvement, entry] }, added)) return;
    form.clear('#int-form input:not([type=hidden]), #int-form textarea');
    await form.focusAfterDrawing('#int-about');
  }

  render(): TemplateResult {
    const form = this.#form;
    const { involvement } = this.#host.value;
    const names = this.#host.config.localNames;
    return html`
      ${heading(this.#host, strings.questions.intelligence, 1)}
      <p>${laterStrings.intelligenceHint}</p>
      <form id="int-form" novalidate @submit=${(e: Event) => this.#add(e)}>
        <fieldset>
          <legend>${laterStrings.involvementLegend}</legend>
          <div class="grid">
            ${form.aboutFields()}
            ${form.field(
              'int-role',
              laterStrings.role,
              html`<select id="int-role">
                ${roles.map((r) => html`<option value=${r.id}>${roleLabel(r.id, names)}</option>`)}
              </select>`,
            )}
            ${form.field('int-who', laterStrings.who, html`<input type="text" id="int-who" autocomplete="off" maxlength=${limits.shortText} aria-invalid=${form.invalid('int-who')} aria-describedby=${form.describedBy('int-who', true)} />`, laterStrings.whoHint)}
            ${form.field('int-contact', laterStrings.lastContact, html`<input type="date" id="int-contact" max="9999-12-31" aria-invalid=${form.invalid('int-contact')} aria-describedby=${form.describedBy('int-contact')} />`)}
          </div>
          ${form.field('int-knows', laterStrings.knows, html`<textarea id="int-knows" rows="3" maxlength=${limits.longText} aria-describedby=${form.describedBy('int-knows')}></textarea>`)}
          <button type="submit" id="int-add">${laterStrings.addInvolvement}</button>
        </fieldset>
      </form>
      ${
        involvement.length === 0
          ? html`<p class="notice">${laterStrings.noInvolvement}</p>`
          : html`<div class="scroll" id="int-region" role="region" tabindex="0" aria-labelledby="int-caption">
              <table id="involvement">
                <caption id="int-caption">
                  ${formatMessage(laterStrings.involvementCaption, { count: involvement.length })}
                </caption>
                <thead>
                  <tr>
                    <th scope="col">${laterStrings.about}</th>
                    <th scope="col">${laterStrings.role}</th>
                    <th scope="col">${laterStrings.who}</th>
                    <th scope="col">${laterStrings.knows}</th>
                    <th scope="col">${laterStrings.lastContact}</th>
                    <th scope="col"><span class="visually-hidden">${strings.remove}</span></th>
                  </tr>
                </thead>
                <tbody>
                  ${involvement.map(
                    (e, i) =>
                      html`<tr>
                        <td>${form.aboutText(e.about)}</td>
                        <th scope="row">${roleLabel(e.role, names)}</th>
                        <td>${e.who}</td>
                        <td class="pre">${e.knows}</td>
                        <td>${e.lastContact ? formatDay(e.lastContact) : ''}</td>
                        <td>
                          <button
                            type="button"
                            class="button-secondary"
                            data-remove-involvement=${i}
                            @click=${() => form.remove('involvement', e.id, i < involvement.length - 1 ? `[data-remove-involvement="${i}"]` : '#int-add')}
                          >
                            ${strings.remove}<span class="visually-hidden"> ${roleLabel(e.role, names)}, ${form.aboutText(e.about)}</span>
                          </button>
                        </td>
                      </tr>`,
                  )}
                </tbody>
              </table>
            </div>`
      }
    `;
  }
}
