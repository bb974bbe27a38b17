/**
 * Step 3, Intervention: who should be involved and what they will do, each action with an
 * owner, a due date, a status and the level of support in the responsibilities matrix it answers to.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { formatMessage } from '../shared/strings.ts';
import { fourIsLimits as limits } from '../shared/limits.ts';
import { kitLink } from '../shared/links.ts';
import { heading } from './parts.ts';
import { expectations, levelHref, levelLabel, levels, parties, partyLabel, roleLabel, roles } from './plan-data.ts';
import { actionStatuses, nextId, type ActionStatus, type PlanAction } from './state.ts';
import { formatDay } from './report.ts';
import { strings } from './strings.ts';
import { laterStrings } from './later-strings.ts';
import { PlanForm } from './plan-form.ts';
import type { PlanHost } from './host.ts';

const defaultLevel = 'pupils-with-a-social-worker';
const defaultParty = 'local-authorities';

export class InterventionStep {
  readonly #host: PlanHost;
  readonly #form: PlanForm;
  #level = defaultLevel;
  #party = defaultParty;

  constructor(host: PlanHost) {
    this.#host = host;
    this.#form = new PlanForm(host, 'act');
  }

  /** Forgets the form's own state (errors, choices), as after clearing or importing a plan. */
  reset(): void {
    this.#form.reset();
    this.#level = defaultLevel;
    this.#party = defaultParty;
  }

  async #add(event: Event): Promise<void> {
    event.preventDefault();
    const form = this.#form;
    form.errors = {};
    const about = form.readAbout();
    const text = form.readText('act-text', limits.longText);
    if (text === '') form.errors['act-text'] = laterStrings.actionTextMissing;
    const owner = form.readText('act-owner', limits.shortText);
    const due = form.readDate('act-due');
    if (!about || !text || owner === undefined || due === undefined) return form.showErrors('act-ref', 'act-text', 'act-owner', 'act-due');
    const value = this.#host.value;
    const action: PlanAction = {
      id: nextId('a', value.actions),
      about,
      text,
      role: form.read('act-role'),
      owner,
      due,
      status: 'not-started',
      level: this.#level,
      party: this.#party,
    };
    // Refused (the plan is full): what was typed stays in the form.
    if (!this.#host.commit({ ...value, actions: [...value.actions, action] }, formatMessage(laterStrings.actionAdded, { about: form.aboutText(about) }))) return;
    form.clear('#act-form input, #act-form textarea');
    await form.focusAfterDrawing('#act-about');
  }

  #setStatus(id: string, status: ActionStatus): void {
    const value = this.#host.value;
    this.#host.commit(
      { ...value, actions: value.actions.map((a) => (a.id === id ? { ...a, status } : a)) },
      formatMessage(laterStrings.statusChanged, { status: laterStrings.actionStatuses[status] }),
    );
  }

  render(): TemplateResult {
    const form = this.#form;
    const { actions } = this.#host.value;
    const names = this.#host.config.localNames;
    const today = this.#host.today();
    const overdue = (a: PlanAction) => a.status !== 'done' && a.due !== '' && a.due < today;
    const expected = expectations(this.#level, this.#party);
    const base = this.#host.config.responsibilitiesUrl;
    return html`
      ${heading(this.#host, strings.questions.intervention, 1)}
      <p>${laterStrings.interventionHint}</p>
      <form id="act-form" novalidate @submit=${(e: Event) => this.#add(e)}>
        <fieldset>
          <legend>${laterStrings.actionLegend}</legend>
          ${form.aboutFields()}
          ${form.field('act-text', laterStrings.actionText, html`<textarea id="act-text" rows="3" maxlength=${limits.longText} aria-invalid=${form.invalid('act-text')} aria-describedby=${form.describedBy('act-text')}></textarea>`)}
          <div class="grid">
            ${form.field(
              'act-role',
              laterStrings.actionRole,
              html`<select id="act-role">
                ${roles.map((r) => html`<option value=${r.id}>${roleLabel(r.id, names)}</option>`)}
              </select>`,
            )}
            ${form.field('act-owner', laterStrings.owner, html`<input type="text" id="act-owner" autocomplete="off" maxlength=${limits.shortText} aria-invalid=${form.invalid('act-owner')} aria-describedby=${form.describedBy('act-owner', true)} />`, laterStrings.ownerHint)}
            ${form.field('act-due', laterStrings.due, html`<input type="date" id="act-due" max="9999-12-31" aria-invalid=${form.invalid('act-due')} aria-describedby=${form.describedBy('act-due')} />`)}
          </div>
          <div class="full">
            ${form.field(
              'act-level',
              laterStrings.level,
              html`<select id="act-level" @change=${(e: Event) => ((this.#level = (e.target as HTMLSelectElement).value), void this.#host.refresh())}>
                ${levels.map((l) => html`<option value=${l.id} ?selected=${l.id === this.#level}>${l.level}</option>`)}
              </select>`,
            )}
            ${form.field(
              'act-party',
              laterStrings.party,
              html`<select id="act-party" @change=${(e: Event) => ((this.#party = (e.target as HTMLSelectElement).value), void this.#host.refresh())}>
                ${parties.map((p) => html`<option value=${p.slug} ?selected=${p.slug === this.#party}>${partyLabel(p.slug)}</option>`)}
              </select>`,
            )}
          </div>
          <details>
            <summary id="expected-toggle">${formatMessage(laterStrings.expectedSummary, { party: partyLabel(this.#party) })}</summary>
            ${
              expected.length
                ? html`<ul id="expected">
                    ${expected.map((e) => html`<li>${e}</li>`)}
                  </ul>`
                : html`<p>${laterStrings.expectedNone}</p>`
            }
            <p>${kitLink(levelHref(base, this.#level, this.#party), laterStrings.expectedLink)}</p>
          </details>
          <button type="submit" id="act-add">${laterStrings.addAction}</button>
        </fieldset>
      </form>
      ${
        actions.length === 0
          ? html`<p class="notice">${laterStrings.noActions}</p>`
          : html`<div class="scroll" id="act-region" role="region" tabindex="0" aria-labelledby="act-caption">
              <table id="actions">
                <caption id="act-caption">
                  ${formatMessage(laterStrings.actionsCaption, { count: actions.length, overdue: actions.filter(overdue).length })}
                </caption>
                <thead>
                  <tr>
                    <th scope="col">${laterStrings.about}</th>
                    <th scope="col">${laterStrings.actionText}</th>
                    <th scope="col">${laterStrings.actionRole}</th>
                    <th scope="col">${laterStrings.owner}</th>
                    <th scope="col">${laterStrings.due}</th>
                    <th scope="col">${laterStrings.status}</th>
                    <th scope="col">${laterStrings.level}</th>
                    <th scope="col"><span class="visually-hidden">${strings.remove}</span></th>
                  </tr>
                </thead>
                <tbody>
                  ${actions.map(
                    (a, i) =>
                      html`<tr>
                        <td>${form.aboutText(a.about)}</td>
                        <th scope="row" class="pre">${a.text}</th>
                        <td>${roleLabel(a.role, names)}</td>
                        <td>${a.owner}</td>
                        <td>${a.due ? formatDay(a.due) : ''}${overdue(a) ? html` <strong>(${laterStrings.overdue})</strong>` : nothing}</td>
                        <td>
                          <select
                            aria-label=${formatMessage(laterStrings.statusLabel, { action: a.text.slice(0, 80) })}
                            id="status-${a.id}"
                            @change=${(e: Event) => this.#setStatus(a.id, (e.target as HTMLSelectElement).value as ActionStatus)}
                          >
                            ${actionStatuses.map((s) => html`<option value=${s} ?selected=${s === a.status}>${laterStrings.actionStatuses[s]}</option>`)}
                          </select>
                        </td>
                        <td>${kitLink(levelHref(base, a.level, a.party), levelLabel(a.level, a.party))}</td>
                        <td>
                          <button
                            type="button"
                            class="button-secondary"
                            data-remove-action=${i}
                            @click=${() => form.remove('actions', a.id, i < actions.length - 1 ? `[data-remove-action="${i}"]` : '#act-add')}
                          >
                            ${strings.remove}<span class="visually-hidden"> ${a.text.slice(0, 80)}</span>
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
