/**
 * Steps 2 to 4: Intelligence (who is involved), Intervention (who should be involved and
 * the actions), Impact (targets term by term, the chart and the judgement).
 */
import { html, nothing, svg, type TemplateResult } from 'lit';
import { formatMessage } from '../shared/strings.ts';
import { fourIsLimits as limits } from '../shared/limits.ts';
import { sharedStrings } from '../shared/messages.ts';
import { kitLink } from '../shared/links.ts';
import { formatPercentValue } from '../attendance-calculator/calculator.ts';
import { breakdown, summarise } from './analysis.ts';
import { chartModel, progress } from './impact.ts';
import type { Target, Term } from './model.ts';
import { heading } from './parts.ts';
import { aboutLabel, valueLabel } from './labels.ts';
import { expectations, levelHref, levelLabel, levels, parties, partyLabel, roleLabel, roles } from './plan-data.ts';
import { actionStatuses, nextId, type ActionStatus, type FourIsValue, type Involvement, type PlanAction } from './state.ts';
import { describeDifference, formatDay } from './report.ts';
import { strings } from './strings.ts';
import type { PlanHost } from './host.ts';

type Form = 'int' | 'act';

const defaultLevel = 'pupils-with-a-social-worker';
const defaultParty = 'local-authorities';

export class PlanSteps {
  readonly #host: PlanHost;
  /** The "about" chosen in each form: "pupil" shows the reference field. */
  #about: Record<Form, string> = { int: 'cohort', act: 'cohort' };
  #level = defaultLevel;
  #party = defaultParty;
  /** Form errors by the id of the field they belong to. */
  #errors: Record<string, string> = {};

  constructor(host: PlanHost) {
    this.#host = host;
  }

  /** Forgets the forms' own state (errors, choices), as after clearing or importing a plan. */
  reset(): void {
    this.#about = { int: 'cohort', act: 'cohort' };
    this.#level = defaultLevel;
    this.#party = defaultParty;
    this.#errors = {};
  }

  #aboutText(key: string): string {
    const label = aboutLabel(key, this.#host.dimensions);
    if (!key.startsWith('pupil=')) return label;
    const ref = key.slice(6);
    return this.#host.value.pupils.some((p) => p.ref === ref) ? label : formatMessage(strings.notInCohort, { ref: label });
  }

  /** The groups the cohort has now, for the "about" and target choices. */
  #groupOptions(): TemplateResult[] {
    const { pupils } = this.#host.value;
    const cohort = summarise(pupils);
    return this.#host.dimensions.flatMap((dimension) => {
      const { groups } = breakdown(pupils, dimension, cohort, this.#host.rules);
      if (groups.length === 0) return [];
      return [
        html`<optgroup label=${dimension.label}>
          ${groups.map((g) => html`<option value=${`${dimension.id}=${g.value}`}>${valueLabel(dimension.id, g.value)}</option>`)}
        </optgroup>`,
      ];
    });
  }

  #field(id: string, label: string, control: TemplateResult, hint?: string): TemplateResult {
    const error = this.#errors[id];
    return html`<div class="field">
      <label for=${id}>${label}</label>
      ${hint ? html`<span class="hint" id="${id}-hint">${hint}</span>` : nothing}
      ${error ? html`<span class="error-message" id="${id}-error">${error}</span>` : nothing}
      ${control}
    </div>`;
  }

  #describedBy(id: string, hint = false): string | typeof nothing {
    const ids = [hint ? `${id}-hint` : '', this.#errors[id] ? `${id}-error` : ''].filter(Boolean);
    return ids.length ? ids.join(' ') : nothing;
  }

  #aboutFields(form: Form): TemplateResult {
    const id = `${form}-about`;
    return html`${this.#field(
      id,
      strings.about,
      html`<select id=${id} @change=${(e: Event) => this.#chooseAbout(form, (e.target as HTMLSelectElement).value)}>
        <option value="cohort" ?selected=${this.#about[form] === 'cohort'}>${strings.aboutCohort}</option>
        ${this.#groupOptions()}
        <option value="pupil" ?selected=${this.#about[form] === 'pupil'}>${strings.aboutPupil}</option>
      </select>`,
    )}
    ${this.#about[form] === 'pupil'
      ? this.#field(
          `${form}-ref`,
          strings.fieldNames.ref,
          html`<input type="text" id="${form}-ref" autocomplete="off" maxlength=${limits.ref} aria-invalid=${this.#errors[`${form}-ref`] ? 'true' : 'false'} aria-describedby=${this.#describedBy(`${form}-ref`)} />`,
        )
      : nothing}`;
  }

  #chooseAbout(form: Form, value: string): void {
    this.#about[form] = value;
    void this.#host.refresh();
  }

  #read(id: string): string {
    return this.#host.root.querySelector<HTMLInputElement>(`#${id}`)?.value ?? '';
  }

  /** The "about" of a form, or undefined (with the error shown) when its pupil reference is not in the cohort. */
  #readAbout(form: Form): string | undefined {
    const choice = this.#read(`${form}-about`) || 'cohort';
    if (choice !== 'pupil') return choice;
    const typed = this.#read(`${form}-ref`).trim();
    const pupil = this.#host.value.pupils.find((p) => p.ref.toUpperCase() === typed.toUpperCase());
    if (pupil) return `pupil=${pupil.ref}`;
    this.#errors[`${form}-ref`] = typed ? formatMessage(strings.refUnknown, { ref: typed }) : strings.refMissing;
    return undefined;
  }

  /**
   * A text field's value, trimmed, when it is within its limit (shared/limits.ts, also its
   * maxlength); otherwise undefined, with the error shown, so that nothing typed is cut short.
   */
  #readText(id: string, max: number): string | undefined {
    const value = this.#read(id).trim();
    if (value.length <= max) return value;
    this.#errors[id] = formatMessage(sharedStrings.overLimit, { max });
    return undefined;
  }

  /** The fields of a form that are in error, in the order given, for focus to go to the first. */
  #firstError(ids: string[]): string {
    return ids.find((id) => this.#errors[id]) ?? ids[0]!;
  }

  /**
   * A date field's value, when the plan can keep it: empty, or a day with a four-digit year.
   * A date input lets a person type a five-digit year, which no saved plan could hold.
   */
  #readDate(id: string): string | undefined {
    const value = this.#read(id);
    if (value === '' || /^\d{4}-\d{2}-\d{2}$/.test(value)) return value;
    this.#errors[id] = strings.dateInvalid;
    return undefined;
  }

  async #showErrors(first: string): Promise<void> {
    this.#host.announce(Object.values(this.#errors).join(' '));
    await this.#host.refresh();
    this.#host.root.querySelector<HTMLElement>(`#${first}`)?.focus();
  }

  #clear(selector: string): void {
    for (const el of this.#host.root.querySelectorAll<HTMLInputElement | HTMLTextAreaElement>(selector)) el.value = '';
  }

  async #remove(list: 'involvement' | 'actions' | 'targets', id: string, focusAfter: string): Promise<void> {
    const value = this.#host.value;
    const items = (value[list] as { id: string }[]).filter((item) => item.id !== id);
    this.#host.commit({ ...value, [list]: items } as FourIsValue, strings.entryRemoved);
    await this.#host.refresh();
    this.#host.root.querySelector<HTMLElement>(focusAfter)?.focus();
  }

  // Intelligence

  async #addInvolvement(event: Event): Promise<void> {
    event.preventDefault();
    this.#errors = {};
    const about = this.#readAbout('int');
    const who = this.#readText('int-who', limits.shortText);
    const lastContact = this.#readDate('int-contact');
    const knows = this.#readText('int-knows', limits.longText);
    if (!about || who === undefined || lastContact === undefined || knows === undefined) return this.#showErrors(this.#firstError(['int-ref', 'int-who', 'int-contact', 'int-knows']));
    const value = this.#host.value;
    const entry: Involvement = { id: nextId('i', value.involvement), about, role: this.#read('int-role'), who, knows, lastContact };
    const added = formatMessage(strings.involvementAdded, { role: roleLabel(entry.role, this.#host.config.localNames), about: this.#aboutText(about) });
    // Refused (the plan is full): what was typed stays in the form.
    if (!this.#host.commit({ ...value, involvement: [...value.involvement, entry] }, added)) return;
    this.#clear('#int-form input:not([type=hidden]), #int-form textarea');
    await this.#host.refresh();
    this.#host.root.querySelector<HTMLElement>('#int-about')?.focus();
  }

  renderIntelligence(): TemplateResult {
    const { involvement } = this.#host.value;
    const names = this.#host.config.localNames;
    return html`
      ${heading(this.#host, strings.questions.intelligence, 1)}
      <p>${strings.intelligenceHint}</p>
      <form id="int-form" novalidate @submit=${(e: Event) => this.#addInvolvement(e)}>
        <fieldset>
          <legend>${strings.involvementLegend}</legend>
          <div class="grid">
            ${this.#aboutFields('int')}
            ${this.#field('int-role', strings.role, html`<select id="int-role">${roles.map((r) => html`<option value=${r.id}>${roleLabel(r.id, names)}</option>`)}</select>`)}
            ${this.#field('int-who', strings.who, html`<input type="text" id="int-who" autocomplete="off" maxlength=${limits.shortText} aria-invalid=${this.#errors['int-who'] ? 'true' : 'false'} aria-describedby=${this.#describedBy('int-who', true)} />`, strings.whoHint)}
            ${this.#field('int-contact', strings.lastContact, html`<input type="date" id="int-contact" max="9999-12-31" aria-invalid=${this.#errors['int-contact'] ? 'true' : 'false'} aria-describedby=${this.#describedBy('int-contact')} />`)}
          </div>
          ${this.#field('int-knows', strings.knows, html`<textarea id="int-knows" rows="3" maxlength=${limits.longText} aria-describedby=${this.#describedBy('int-knows')}></textarea>`)}
          <button type="submit" id="int-add">${strings.addInvolvement}</button>
        </fieldset>
      </form>
      ${involvement.length === 0
        ? html`<p class="notice">${strings.noInvolvement}</p>`
        : html`<div class="scroll" id="int-region" role="region" tabindex="0" aria-labelledby="int-caption">
            <table id="involvement">
              <caption id="int-caption">${formatMessage(strings.involvementCaption, { count: involvement.length })}</caption>
              <thead>
                <tr>
                  <th scope="col">${strings.about}</th><th scope="col">${strings.role}</th><th scope="col">${strings.who}</th><th scope="col">${strings.knows}</th>
                  <th scope="col">${strings.lastContact}</th><th scope="col"><span class="visually-hidden">${strings.remove}</span></th>
                </tr>
              </thead>
              <tbody>
                ${involvement.map(
                  (e, i) => html`<tr>
                    <td>${this.#aboutText(e.about)}</td>
                    <th scope="row">${roleLabel(e.role, names)}</th>
                    <td>${e.who}</td>
                    <td class="pre">${e.knows}</td>
                    <td>${e.lastContact ? formatDay(e.lastContact) : ''}</td>
                    <td>
                      <button type="button" class="button-secondary" data-remove-involvement=${i} @click=${() => this.#remove('involvement', e.id, i < involvement.length - 1 ? `[data-remove-involvement="${i}"]` : '#int-add')}>
                        ${strings.remove}<span class="visually-hidden"> ${roleLabel(e.role, names)}, ${this.#aboutText(e.about)}</span>
                      </button>
                    </td>
                  </tr>`,
                )}
              </tbody>
            </table>
          </div>`}
    `;
  }

  // Intervention

  async #addAction(event: Event): Promise<void> {
    event.preventDefault();
    this.#errors = {};
    const about = this.#readAbout('act');
    const text = this.#readText('act-text', limits.longText);
    if (text === '') this.#errors['act-text'] = strings.actionTextMissing;
    const owner = this.#readText('act-owner', limits.shortText);
    const due = this.#readDate('act-due');
    if (!about || !text || owner === undefined || due === undefined) return this.#showErrors(this.#firstError(['act-ref', 'act-text', 'act-owner', 'act-due']));
    const value = this.#host.value;
    const action: PlanAction = { id: nextId('a', value.actions), about, text, role: this.#read('act-role'), owner, due, status: 'not-started', level: this.#level, party: this.#party };
    // Refused (the plan is full): what was typed stays in the form.
    if (!this.#host.commit({ ...value, actions: [...value.actions, action] }, formatMessage(strings.actionAdded, { about: this.#aboutText(about) }))) return;
    this.#clear('#act-form input, #act-form textarea');
    await this.#host.refresh();
    this.#host.root.querySelector<HTMLElement>('#act-about')?.focus();
  }

  #setStatus(id: string, status: ActionStatus): void {
    const value = this.#host.value;
    this.#host.commit(
      { ...value, actions: value.actions.map((a) => (a.id === id ? { ...a, status } : a)) },
      formatMessage(strings.statusChanged, { status: strings.actionStatuses[status] }),
    );
  }

  renderIntervention(): TemplateResult {
    const { actions } = this.#host.value;
    const names = this.#host.config.localNames;
    const today = this.#host.today();
    const overdue = (a: PlanAction) => a.status !== 'done' && a.due !== '' && a.due < today;
    const expected = expectations(this.#level, this.#party);
    const base = this.#host.config.responsibilitiesUrl;
    return html`
      ${heading(this.#host, strings.questions.intervention, 1)}
      <p>${strings.interventionHint}</p>
      <form id="act-form" novalidate @submit=${(e: Event) => this.#addAction(e)}>
        <fieldset>
          <legend>${strings.actionLegend}</legend>
          ${this.#aboutFields('act')}
          ${this.#field(
            'act-text',
            strings.actionText,
            html`<textarea id="act-text" rows="3" maxlength=${limits.longText} aria-invalid=${this.#errors['act-text'] ? 'true' : 'false'} aria-describedby=${this.#describedBy('act-text')}></textarea>`,
          )}
          <div class="grid">
            ${this.#field('act-role', strings.actionRole, html`<select id="act-role">${roles.map((r) => html`<option value=${r.id}>${roleLabel(r.id, names)}</option>`)}</select>`)}
            ${this.#field('act-owner', strings.owner, html`<input type="text" id="act-owner" autocomplete="off" maxlength=${limits.shortText} aria-invalid=${this.#errors['act-owner'] ? 'true' : 'false'} aria-describedby=${this.#describedBy('act-owner', true)} />`, strings.ownerHint)}
            ${this.#field('act-due', strings.due, html`<input type="date" id="act-due" max="9999-12-31" aria-invalid=${this.#errors['act-due'] ? 'true' : 'false'} aria-describedby=${this.#describedBy('act-due')} />`)}
          </div>
          <div class="full">
            ${this.#field(
              'act-level',
              strings.level,
              html`<select id="act-level" @change=${(e: Event) => ((this.#level = (e.target as HTMLSelectElement).value), void this.#host.refresh())}>
                ${levels.map((l) => html`<option value=${l.id} ?selected=${l.id === this.#level}>${l.level}</option>`)}
              </select>`,
            )}
            ${this.#field(
              'act-party',
              strings.party,
              html`<select id="act-party" @change=${(e: Event) => ((this.#party = (e.target as HTMLSelectElement).value), void this.#host.refresh())}>
                ${parties.map((p) => html`<option value=${p.slug} ?selected=${p.slug === this.#party}>${partyLabel(p.slug)}</option>`)}
              </select>`,
            )}
          </div>
          <details>
            <summary id="expected-toggle">${formatMessage(strings.expectedSummary, { party: partyLabel(this.#party) })}</summary>
            ${expected.length ? html`<ul id="expected">${expected.map((e) => html`<li>${e}</li>`)}</ul>` : html`<p>${strings.expectedNone}</p>`}
            <p>${kitLink(levelHref(base, this.#level, this.#party), strings.expectedLink)}</p>
          </details>
          <button type="submit" id="act-add">${strings.addAction}</button>
        </fieldset>
      </form>
      ${actions.length === 0
        ? html`<p class="notice">${strings.noActions}</p>`
        : html`<div class="scroll" id="act-region" role="region" tabindex="0" aria-labelledby="act-caption">
            <table id="actions">
              <caption id="act-caption">${formatMessage(strings.actionsCaption, { count: actions.length, overdue: actions.filter(overdue).length })}</caption>
              <thead>
                <tr>
                  <th scope="col">${strings.about}</th><th scope="col">${strings.actionText}</th><th scope="col">${strings.actionRole}</th><th scope="col">${strings.owner}</th>
                  <th scope="col">${strings.due}</th><th scope="col">${strings.status}</th><th scope="col">${strings.level}</th>
                  <th scope="col"><span class="visually-hidden">${strings.remove}</span></th>
                </tr>
              </thead>
              <tbody>
                ${actions.map(
                  (a, i) => html`<tr>
                    <td>${this.#aboutText(a.about)}</td>
                    <th scope="row" class="pre">${a.text}</th>
                    <td>${roleLabel(a.role, names)}</td>
                    <td>${a.owner}</td>
                    <td>${a.due ? formatDay(a.due) : ''}${overdue(a) ? html` <strong>(${strings.overdue})</strong>` : nothing}</td>
                    <td>
                      <select aria-label=${formatMessage(strings.statusLabel, { action: a.text.slice(0, 80) })} id="status-${a.id}" @change=${(e: Event) => this.#setStatus(a.id, (e.target as HTMLSelectElement).value as ActionStatus)}>
                        ${actionStatuses.map((s) => html`<option value=${s} ?selected=${s === a.status}>${strings.actionStatuses[s]}</option>`)}
                      </select>
                    </td>
                    <td>${kitLink(levelHref(base, a.level, a.party), levelLabel(a.level, a.party))}</td>
                    <td>
                      <button type="button" class="button-secondary" data-remove-action=${i} @click=${() => this.#remove('actions', a.id, i < actions.length - 1 ? `[data-remove-action="${i}"]` : '#act-add')}>
                        ${strings.remove}<span class="visually-hidden"> ${a.text.slice(0, 80)}</span>
                      </button>
                    </td>
                  </tr>`,
                )}
              </tbody>
            </table>
          </div>`}
    `;
  }

  // Impact

  async #addTarget(): Promise<void> {
    const value = this.#host.value;
    const about = this.#read('target-about') || 'cohort';
    this.#errors = {};
    if (value.targets.some((t) => t.about === about)) {
      this.#errors['target-about'] = formatMessage(strings.targetExists, { about: this.#aboutText(about) });
      return this.#showErrors('target-about');
    }
    const empty = { autumn: '', spring: '', summer: '' };
    const target: Target = { id: nextId('t', value.targets), about, target: { ...empty }, actual: { ...empty } };
    this.#host.commit({ ...value, targets: [...value.targets, target] }, formatMessage(strings.targetAdded, { about: this.#aboutText(about) }));
    await this.#host.refresh();
    this.#host.root.querySelector<HTMLElement>(`#${target.id}-autumn-target`)?.focus();
  }

  #setTerm(id: string, kind: 'target' | 'actual', term: Term, text: string): void {
    const value = this.#host.value;
    if (!this.#host.withinLimit(`${id}-${term}-${kind}`, text.trim(), limits.figure)) return;
    this.#host.commit({ ...value, targets: value.targets.map((t) => (t.id === id ? { ...t, [kind]: { ...t[kind], [term]: text.trim() } } : t)) });
  }

  #renderTarget(target: Target): TemplateResult {
    const { recorded } = this.#host.value;
    const rows = progress(target, recorded);
    const model = chartModel(rows);
    const about = this.#aboutText(target.about);
    const pct = (n: number) => `${formatPercentValue(n)}%`;
    const id = target.id;
    return html`<section class="target-block" aria-labelledby="${id}-heading" id="${id}">
      ${heading(this.#host, formatMessage(strings.targetHeading, { about }), 2, `${id}-heading`)}
      <div class="scroll" role="region" tabindex="0" aria-labelledby="${id}-caption">
        <table id="${id}-table">
          <caption id="${id}-caption">${formatMessage(strings.targetCaption, { about })}</caption>
          <thead>
            <tr>
              <th scope="col">${strings.term}</th><th scope="col">${strings.target}</th><th scope="col">${strings.actual}</th>
              <th scope="col">${strings.difference}</th><th scope="col">${strings.met}</th>
            </tr>
          </thead>
          <tbody>
            ${rows.map((row) => {
              const term = strings.termNames[row.term];
              const targetId = `${id}-${row.term}-target`;
              const notes = [row.targetInvalid ? strings.notPercent : '', row.belowEarlier ? strings.belowEarlier : ''].filter(Boolean);
              return html`<tr>
                <th scope="row">${term}</th>
                <td>
                  <label class="visually-hidden" for=${targetId}>${formatMessage(strings.targetLabel, { term })}</label>
                  ${this.#host.lengthMessage(targetId)}
                  <input type="text" inputmode="decimal" id=${targetId} maxlength=${limits.figure} .value=${target.target[row.term]}
                    aria-invalid=${row.targetInvalid ? 'true' : 'false'} aria-describedby=${[notes.length ? `${targetId}-note` : '', this.#host.lengthMessageId(targetId) ?? ''].filter(Boolean).join(' ') || nothing}
                    @change=${(e: Event) => this.#setTerm(id, 'target', row.term, (e.target as HTMLInputElement).value)} />
                  ${notes.length ? html`<span class="hint" id="${targetId}-note">${notes.join(' ')}</span>` : nothing}
                </td>
                <td>
                  ${row.source === 'cohort'
                    ? formatMessage(strings.fromCohort, { rate: pct(row.actual!) })
                    : html`<label class="visually-hidden" for="${id}-${row.term}-actual">${formatMessage(strings.actualLabel, { term })}</label>
                        ${this.#host.lengthMessage(`${id}-${row.term}-actual`)}
                        <input type="text" inputmode="decimal" id="${id}-${row.term}-actual" maxlength=${limits.figure} .value=${target.actual[row.term]}
                          aria-describedby=${this.#host.lengthMessageId(`${id}-${row.term}-actual`) ?? nothing}
                          @change=${(e: Event) => this.#setTerm(id, 'actual', row.term, (e.target as HTMLInputElement).value)} />`}
                </td>
                <td>${row.difference === undefined ? strings.noFigure : describeDifference(row.difference)}</td>
                <td>${row.met === undefined ? '' : row.met ? strings.yes : strings.no}</td>
              </tr>`;
            })}
          </tbody>
        </table>
      </div>
      <svg id="${id}-chart" viewBox="0 0 ${model.width} ${model.height}" width=${model.width} height=${model.height} role="img" aria-labelledby="${id}-chart-title ${id}-chart-desc">
        <title id="${id}-chart-title">${formatMessage(strings.chartTitle, { about })}</title>
        <desc id="${id}-chart-desc">${strings.chartDesc}</desc>
        <g class="axis">
          ${model.ticks.map(
            (t) => svg`<line class="grid-line" x1=${model.plot.left} x2=${model.plot.right} y1=${t.y} y2=${t.y}></line>
              <text x=${model.plot.left - 6} y=${t.y + 4} text-anchor="end">${t.value}%</text>`,
          )}
          ${model.columns.map((c) => svg`<text x=${c.x} y=${model.plot.bottom + 24} text-anchor="middle">${strings.termNames[c.term]}</text>`)}
        </g>
        ${model.targetPath ? svg`<path class="target" d=${model.targetPath}></path>` : nothing}
        ${model.actualPath ? svg`<path class="actual" d=${model.actualPath}></path>` : nothing}
        ${model.target.map((p) => svg`<rect class="target-point" data-term=${p.term} data-value=${p.value} x=${p.x - 5} y=${p.y - 5} width="10" height="10"></rect>`)}
        ${model.actual.map((p) => svg`<circle class="actual-point" data-term=${p.term} data-value=${p.value} cx=${p.x} cy=${p.y} r="6"></circle>`)}
      </svg>
      <p class="hint">${strings.chartDesc}</p>
      <button type="button" class="button-secondary" id="${id}-remove" @click=${() => this.#remove('targets', id, '#target-about')}>
        ${strings.removeTarget}<span class="visually-hidden">: ${about}</span>
      </button>
    </section>`;
  }

  /** The academic year or the judgement, kept as typed unless past its limit, which the field then says. */
  #setText(field: 'year' | 'judgement', text: string, max: number): void {
    if (this.#host.withinLimit(field, text, max)) this.#host.commit({ ...this.#host.value, [field]: text });
  }

  renderImpact(): TemplateResult {
    const value = this.#host.value;
    return html`
      ${heading(this.#host, strings.questions.impact, 1)}
      <p>${strings.impactHint}</p>
      ${this.#field(
        'year',
        strings.year,
        html`${this.#host.lengthMessage('year')}<input type="text" id="year" maxlength=${limits.year} .value=${value.year} aria-describedby=${['year-hint', this.#host.lengthMessageId('year') ?? ''].join(' ').trim()}
          @change=${(e: Event) => this.#setText('year', (e.target as HTMLInputElement).value.trim(), limits.year)} />`,
        strings.yearExample,
      )}
      <div class="field">
        <label for="target-about">${strings.targetFor}</label>
        ${this.#errors['target-about'] ? html`<span class="error-message" id="target-about-error">${this.#errors['target-about']}</span>` : nothing}
        <div class="buttons">
          <select id="target-about" aria-describedby=${this.#describedBy('target-about')}>
            <option value="cohort">${strings.aboutCohort}</option>
            ${this.#groupOptions()}
          </select>
          <button type="button" id="target-add" @click=${() => this.#addTarget()}>${strings.addTarget}</button>
        </div>
      </div>
      ${value.targets.length === 0 ? html`<p class="notice">${strings.noTargets}</p>` : value.targets.map((t) => this.#renderTarget(t))}
      ${this.#field(
        'judgement',
        strings.judgement,
        html`${this.#host.lengthMessage('judgement')}<textarea id="judgement" rows="6" maxlength=${limits.judgement} aria-describedby=${['judgement-hint', this.#host.lengthMessageId('judgement') ?? ''].join(' ').trim()} .value=${value.judgement}
          @change=${(e: Event) => this.#setText('judgement', (e.target as HTMLTextAreaElement).value, limits.judgement)}></textarea>`,
        strings.judgementHint,
      )}
    `;
  }
}
