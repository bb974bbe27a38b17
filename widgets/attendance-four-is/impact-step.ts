/** Step 4, Impact: targets term by term for the cohort or a group, the attendance recorded each term, a chart and the written judgement. */
import { html, nothing, svg, type TemplateResult } from 'lit';
import { formatMessage } from '../shared/strings.ts';
import { fourIsLimits as limits } from '../shared/limits.ts';
import { formatPercentValue } from '../attendance-calculator/calculator.ts';
import { chartModel, progress } from './impact.ts';
import type { Target, Term } from './model.ts';
import { heading } from './parts.ts';
import { nextId } from './state.ts';
import { describeDifference } from './report.ts';
import { strings } from './strings.ts';
import { laterStrings } from './later-strings.ts';
import { PlanForm } from './plan-form.ts';
import type { PlanHost } from './host.ts';

export class ImpactStep {
  readonly #host: PlanHost;
  readonly #form: PlanForm;

  constructor(host: PlanHost) {
    this.#host = host;
    this.#form = new PlanForm(host, 'target');
  }

  /** Forgets the form's own state (errors), as after clearing or importing a plan. */
  reset(): void {
    this.#form.reset();
  }

  async #addTarget(): Promise<void> {
    const value = this.#host.value;
    const about = this.#form.read('target-about') || 'cohort';
    this.#form.errors = {};
    if (value.targets.some((t) => t.about === about)) {
      this.#form.errors['target-about'] = formatMessage(laterStrings.targetExists, { about: this.#form.aboutText(about) });
      return this.#form.showErrors('target-about');
    }
    const empty = { autumn: '', spring: '', summer: '' };
    const target: Target = { id: nextId('t', value.targets), about, target: { ...empty }, actual: { ...empty } };
    this.#host.commit({ ...value, targets: [...value.targets, target] }, formatMessage(laterStrings.targetAdded, { about: this.#form.aboutText(about) }));
    await this.#form.focusAfterDrawing(`#${target.id}-autumn-target`);
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
    const about = this.#form.aboutText(target.about);
    const pct = (n: number) => `${formatPercentValue(n)}%`;
    const id = target.id;
    return html`<section class="target-block" aria-labelledby="${id}-heading" id="${id}">
      ${heading(this.#host, formatMessage(laterStrings.targetHeading, { about }), 2, `${id}-heading`)}
      <div class="scroll" role="region" tabindex="0" aria-labelledby="${id}-caption">
        <table id="${id}-table">
          <caption id="${id}-caption">
            ${formatMessage(laterStrings.targetCaption, { about })}
          </caption>
          <thead>
            <tr>
              <th scope="col">${laterStrings.term}</th>
              <th scope="col">${laterStrings.target}</th>
              <th scope="col">${laterStrings.actual}</th>
              <th scope="col">${laterStrings.difference}</th>
              <th scope="col">${laterStrings.met}</th>
            </tr>
          </thead>
          <tbody>
            ${rows.map((row) => {
              const term = strings.termNames[row.term];
              const targetId = `${id}-${row.term}-target`;
              const notes = [row.targetInvalid ? laterStrings.notPercent : '', row.belowEarlier ? laterStrings.belowEarlier : ''].filter(Boolean);
              return html`<tr>
                <th scope="row">${term}</th>
                <td>
                  <label class="visually-hidden" for=${targetId}>${formatMessage(laterStrings.targetLabel, { term })}</label>
                  ${this.#host.lengthMessage(targetId)}
                  <input
                    type="text"
                    inputmode="decimal"
                    id=${targetId}
                    maxlength=${limits.figure}
                    .value=${target.target[row.term]}
                    aria-invalid=${row.targetInvalid ? 'true' : 'false'}
                    aria-describedby=${[notes.length ? `${targetId}-note` : '', this.#host.lengthMessageId(targetId) ?? ''].filter(Boolean).join(' ') || nothing}
                    @change=${(e: Event) => this.#setTerm(id, 'target', row.term, (e.target as HTMLInputElement).value)}
                  />
                  ${notes.length ? html`<span class="hint" id="${targetId}-note">${notes.join(' ')}</span>` : nothing}
                </td>
                <td>
                  ${
                    row.source === 'cohort'
                      ? formatMessage(laterStrings.fromCohort, { rate: pct(row.actual!) })
                      : html`<label class="visually-hidden" for="${id}-${row.term}-actual">${formatMessage(laterStrings.actualLabel, { term })}</label>
                          ${this.#host.lengthMessage(`${id}-${row.term}-actual`)}
                          <input
                            type="text"
                            inputmode="decimal"
                            id="${id}-${row.term}-actual"
                            maxlength=${limits.figure}
                            .value=${target.actual[row.term]}
                            aria-describedby=${this.#host.lengthMessageId(`${id}-${row.term}-actual`) ?? nothing}
                            @change=${(e: Event) => this.#setTerm(id, 'actual', row.term, (e.target as HTMLInputElement).value)}
                          />`
                  }
                </td>
                <td>${row.difference === undefined ? laterStrings.noFigure : describeDifference(row.difference)}</td>
                <td>${row.met === undefined ? '' : row.met ? laterStrings.yes : laterStrings.no}</td>
              </tr>`;
            })}
          </tbody>
        </table>
      </div>
      <svg
        id="${id}-chart"
        viewBox="0 0 ${model.width} ${model.height}"
        width=${model.width}
        height=${model.height}
        role="img"
        aria-labelledby="${id}-chart-title ${id}-chart-desc"
      >
        <title id="${id}-chart-title">${formatMessage(laterStrings.chartTitle, { about })}</title>
        <desc id="${id}-chart-desc">${laterStrings.chartDesc}</desc>
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
      <p class="hint">${laterStrings.chartDesc}</p>
      <button type="button" class="button-secondary" id="${id}-remove" @click=${() => this.#form.remove('targets', id, '#target-about')}>
        ${laterStrings.removeTarget}<span class="visually-hidden">: ${about}</span>
      </button>
    </section>`;
  }

  /** The academic year or the judgement, kept as typed unless past its limit, which the field then says. */
  #setText(field: 'year' | 'judgement', text: string, max: number): void {
    if (this.#host.withinLimit(field, text, max)) this.#host.commit({ ...this.#host.value, [field]: text });
  }

  render(): TemplateResult {
    const value = this.#host.value;
    return html`
      ${heading(this.#host, strings.questions.impact, 1)}
      <p>${laterStrings.impactHint}</p>
      ${this.#form.field(
        'year',
        laterStrings.year,
        html`${this.#host.lengthMessage('year')}<input
            type="text"
            id="year"
            maxlength=${limits.year}
            .value=${value.year}
            aria-describedby=${['year-hint', this.#host.lengthMessageId('year') ?? ''].join(' ').trim()}
            @change=${(e: Event) => this.#setText('year', (e.target as HTMLInputElement).value.trim(), limits.year)}
          />`,
        laterStrings.yearExample,
      )}
      <div class="field">
        <label for="target-about">${laterStrings.targetFor}</label>
        ${this.#form.errors['target-about'] ? html`<span class="error-message" id="target-about-error">${this.#form.errors['target-about']}</span>` : nothing}
        <div class="buttons">
          <select id="target-about" aria-describedby=${this.#form.describedBy('target-about')}>
            <option value="cohort">${strings.aboutCohort}</option>
            ${this.#form.groupOptions()}
          </select>
          <button type="button" id="target-add" @click=${() => this.#addTarget()}>${laterStrings.addTarget}</button>
        </div>
      </div>
      ${value.targets.length === 0 ? html`<p class="notice">${laterStrings.noTargets}</p>` : value.targets.map((t) => this.#renderTarget(t))}
      ${this.#form.field(
        'judgement',
        laterStrings.judgement,
        html`${this.#host.lengthMessage('judgement')}<textarea
            id="judgement"
            rows="6"
            maxlength=${limits.judgement}
            aria-describedby=${['judgement-hint', this.#host.lengthMessageId('judgement') ?? ''].join(' ').trim()}
            .value=${value.judgement}
            @change=${(e: Event) => this.#setText('judgement', (e.target as HTMLTextAreaElement).value, limits.judgement)}
          ></textarea>`,
        laterStrings.judgementHint,
      )}
    `;
  }
}
