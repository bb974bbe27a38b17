/**
 * Step 1, Identify: the cohort from a file, a paste or typed by hand; the column preview;
 * the report of rows not loaded; the figures, the ranked table and the breakdowns. The code
 * that reads a cohort (identify-import.ts) loads the first time one comes in, and the CSV
 * exports (exports.ts) the first time one is asked for: a planner opens without either. If
 * one cannot load, the step says so and nothing changes; the next try loads it afresh.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { formatMessage, formatNumber } from '../shared/strings.ts';
import { fourIsLimits } from '../shared/limits.ts';
import type { TextEncodingUsed } from '../shared/export.ts';
import { bandForSessions, formatPercentValue } from '../attendance-calculator/calculator.ts';
import { bandLabel } from '../attendance-calculator/describe.ts';
import { attendanceRate, breakdown, persistentRate, pupilRate, rankLowest, severeRate, summarise, type Dimension } from './analysis.ts';
import type { ImportPreview, PrepareError, RowProblem, RowReason } from './cohort.ts';
import { recordTerm } from './impact.ts';
import { dimensionsFor, valueLabel } from './labels.ts';
import type { ColumnUse, FieldId, MappingProblem } from './mapping.ts';
import { sendStatuses, socialWorkerStatuses, terms, type Figures, type Pupil, type Term } from './model.ts';
import { heading } from './parts.ts';
import type { FourIsValue } from './state.ts';
import { strings } from './strings.ts';
import type { PlanHost } from './host.ts';

/** Rows of the ranked table shown at a time: the table stays quick with 50,000 pupils. */
export const pageSize = 25;
/** Row problems listed on screen; a line says how many more there are. */
const problemsShown = 100;

const percent = (value: number) => `${formatPercentValue(value)}%`;
const countRate = (count: number, value: number) => formatMessage(strings.countRate, { count: formatNumber(count, 0), rate: percent(value) });
/** A gap in points with its sign, a true minus sign for screen readers and the eye. */
const gap = (value: number) => {
  const rounded = Math.round(value * 10) / 10;
  return `${rounded > 0 ? '+' : rounded < 0 ? '−' : ''}${formatNumber(Math.abs(rounded), 1)}`;
};

/** What the last import loaded and what it could not. */
interface ImportReport {
  name: string;
  count: number;
  problems: RowProblem[];
  blankRows: number;
}

type Importer = typeof import('./identify-import.ts');

/**
 * Loads a module the first time it is needed: calls made together share one load and go on in
 * the order they were made (two CSV buttons pressed at once download in that order); a failed
 * load is forgotten, so the next call loads it afresh. Resolves undefined when it cannot load.
 */
function loadOnce<M>(load: () => Promise<M>): () => Promise<M | undefined> {
  let loading: Promise<M> | undefined;
  return () => {
    const current = (loading ??= load());
    return current.catch(() => {
      if (loading === current) loading = undefined;
      return undefined;
    });
  };
}

export class IdentifyStep {
  readonly #host: PlanHost;
  #preview: (ImportPreview & { name: string; encoding: TextEncodingUsed }) | undefined;
  #uses: ColumnUse[] = [];
  #importError = '';
  #report: ImportReport | undefined;
  #addError = '';
  #page = 0;
  #dimension = 'status';
  #notice = '';
  #analysis: { pupils: Pupil[]; ranked: Pupil[]; cohort: Figures } | undefined;
  /** The code that reads a cohort, once loaded: there whenever a preview or a report is. */
  #importer: Importer | undefined;
  readonly #loadImport = loadOnce(() => import('./identify-import.ts'));
  readonly #loadExports = loadOnce(() => import('./exports.ts'));

  constructor(host: PlanHost) {
    this.#host = host;
  }

  /** Forgets what is on screen but not in the plan (a preview, a report), as after clearing or importing a plan. */
  reset(): void {
    this.#preview = undefined;
    this.#report = undefined;
    this.#importError = '';
    this.#addError = '';
    this.#notice = '';
    this.#page = 0;
  }

  /**
   * The code that reads a cohort, loading it the first time. When it cannot load, the step says
   * so at `from` and nothing changes; a failed load is not kept, so the next try loads it afresh.
   */
  async #loadImporter(from: string): Promise<Importer | undefined> {
    this.#importer ??= await this.#loadImport();
    if (!this.#importer) {
      this.#preview = undefined;
      this.#importError = strings.importPartFailed;
      this.#host.announce(this.#importError);
      void this.#host.focus(from);
    }
    return this.#importer;
  }

  /** See AttendanceFourIs.loadCsv. */
  async loadCsv(text: string, name: string): Promise<{ loaded: number; problems: number }> {
    const importer = await this.#loadImporter('#file');
    if (!importer) throw new Error(strings.importPartFailed);
    const prepared = importer.prepareImport(text, this.#host.knownTraits);
    if (!prepared.ok) throw new Error(importer.prepareErrorText(prepared.error));
    this.#preview = { ...prepared.preview, name, encoding: 'utf-8' };
    this.#uses = prepared.preview.uses;
    this.#importError = '';
    const report = this.#load();
    await this.#host.refresh();
    if (!report)
      throw new Error(
        this.#importError ||
          importer
            .mappingProblems(prepared.preview.headers, this.#uses)
            .map((p) => this.#mappingProblemText(p))
            .join(' '),
      );
    return { loaded: report.count, problems: report.problems.length };
  }

  /** Saves a cohort change, recording its figures for the term they are for; false when the plan would be too large to keep. */
  #commitCohort(next: FourIsValue, message: string): boolean {
    return this.#host.commit({ ...next, recorded: recordTerm(next.recorded, next.term, next.pupils, dimensionsFor(next.traits), this.#host.rules) }, message);
  }

  #figures(): { ranked: Pupil[]; cohort: Figures } {
    const pupils = this.#host.value.pupils;
    if (this.#analysis?.pupils !== pupils) this.#analysis = { pupils, ranked: rankLowest(pupils), cohort: summarise(pupils) };
    return this.#analysis;
  }

  async #onFile(event: Event): Promise<void> {
    const input = event.target as HTMLInputElement;
    const file = input.files?.[0];
    if (!file) return;
    const importer = await this.#loadImporter('#file');
    if (!importer) return;
    const read = await importer.readFileText(file, fourIsLimits.csv);
    // Cleared so that picking the same file again (after fixing it) is seen as a change.
    input.value = '';
    if (!read.ok) return this.#failed(read.error === 'too-large' ? { code: 'too-large' } : { code: 'unreadable' }, '#file');
    this.#prepare(read.text, file.name, '#file', read.encoding);
  }

  /** Reads pasted text, loading the code that reads a cohort first. */
  async #paste(): Promise<void> {
    const text = this.#host.root.querySelector<HTMLTextAreaElement>('#paste')?.value ?? '';
    if (await this.#loadImporter('#read-paste')) this.#prepare(text, strings.pastedName, '#read-paste');
  }

  #prepare(text: string, name: string, from: string, encoding: TextEncodingUsed = 'utf-8'): void {
    const prepared = this.#importer!.prepareImport(text, this.#host.knownTraits);
    if (!prepared.ok) return this.#failed(prepared.error, from);
    this.#preview = { ...prepared.preview, name, encoding };
    this.#uses = [...prepared.preview.uses];
    this.#importError = '';
    this.#report = undefined;
    this.#host.announce(encoding === 'windows-1252' ? `${strings.previewHeading}. ${strings.readAsWindows1252}` : strings.previewHeading);
    void this.#host.focus('#preview-title');
  }

  #failed(error: PrepareError | { code: 'unreadable' | 'too-large-plan' }, from: string): void {
    this.#preview = undefined;
    this.#importError = this.#importer!.prepareErrorText(error);
    this.#host.announce(this.#importError);
    void this.#host.focus(from);
  }

  /** Loads the previewed rows; nothing happens (and the problems are shown) while the columns are not all matched. */
  #load(): ImportReport | undefined {
    const preview = this.#preview;
    if (!preview) return undefined;
    const loaded = this.#importer!.loadRows(preview, this.#uses, this.#host.knownTraits);
    if (!loaded.ok) {
      void this.#host.focus('#mapping-problems');
      return undefined;
    }
    const { pupils, traits, problems, blankRows } = loaded.result;
    this.#preview = undefined;
    const said = `${formatMessage(strings.loaded, { count: pupils.length, name: preview.name })} ${problems.length ? formatMessage(strings.notLoaded, { count: problems.length }) : strings.allLoaded}`;
    if (!this.#commitCohort({ ...this.#host.value, traits, pupils }, said)) {
      this.#failed({ code: 'too-large-plan' }, '#file');
      return undefined;
    }
    this.#report = { name: preview.name, count: pupils.length, problems, blankRows };
    this.#page = 0;
    void this.#host.focus('#import-report');
    return this.#report;
  }

  #cancel(): void {
    this.#preview = undefined;
    this.#host.announce(strings.cancelled);
    void this.#host.focus('#file');
  }

  async #addPupil(event: Event): Promise<void> {
    event.preventDefault();
    const importer = await this.#loadImporter('#add-pupil');
    if (!importer) return;
    const { fieldIds, readRow, reasonText } = importer;
    const root = this.#host.root;
    const read = (id: string) => root.querySelector<HTMLInputElement | HTMLSelectElement>(`#add-${id}`)?.value ?? '';
    const value = this.#host.value;
    const fields = Object.fromEntries(fieldIds.map((f) => [f, read(f)])) as Record<FieldId, string>;
    const result = readRow({ fields, traits: value.traits.map((_, i) => read(`trait-${i}`)), traitIds: value.traits.map((t) => t.id) });
    const reasons: RowReason[] = result.ok ? [] : result.reasons;
    if (result.ok && value.pupils.some((p) => p.ref.toUpperCase() === result.pupil.ref.toUpperCase())) reasons.push({ code: 'duplicate', ref: result.pupil.ref, firstLine: 0 });
    if (!result.ok || reasons.length > 0) {
      this.#addError = formatMessage(strings.typedRow, { reasons: reasons.map(reasonText).join('; ') });
      this.#host.announce(this.#addError);
      return void this.#host.focus('#add-error');
    }
    this.#addError = '';
    // Refused (the plan is full): what was typed stays in the form.
    if (
      !this.#commitCohort(
        { ...value, pupils: [...value.pupils, result.pupil] },
        formatMessage(strings.added, { ref: result.pupil.ref, count: formatNumber(value.pupils.length + 1, 0) }),
      )
    )
      return;
    for (const el of root.querySelectorAll<HTMLInputElement>('#add-form input')) el.value = '';
    void this.#host.focus('#add-ref');
  }

  async #removePupil(ref: string, index: number): Promise<void> {
    const pupils = this.#host.value.pupils.filter((p) => p.ref !== ref);
    this.#page = Math.min(this.#page, Math.max(0, Math.ceil(pupils.length / pageSize) - 1));
    this.#commitCohort({ ...this.#host.value, pupils }, formatMessage(strings.removed, { ref, count: formatNumber(pupils.length, 0) }));
    await this.#host.refresh();
    // Focus goes to the row that took this one's place, or the one before, or the table, or the file control.
    const root = this.#host.root;
    const next = root.querySelector<HTMLElement>(`[data-remove="${index}"]`) ?? root.querySelector<HTMLElement>(`[data-remove="${index - 1}"]`);
    (next ?? root.querySelector<HTMLElement>('#ranked-region') ?? root.querySelector<HTMLElement>('#file'))?.focus();
  }

  #turnPage(by: number): void {
    const count = this.#host.value.pupils.length;
    this.#page = Math.max(0, Math.min(this.#page + by, Math.ceil(count / pageSize) - 1));
    const from = this.#page * pageSize;
    this.#host.announce(formatMessage(strings.pageAnnounce, { from: from + 1, to: Math.min(count, from + pageSize), count }));
    void this.#host.refresh();
  }

  async #downloadCsv(kind: 'ranked' | 'breakdown'): Promise<void> {
    // Loaded the first time a CSV file is asked for; if it cannot load, the step says so.
    const exports = await this.#loadExports();
    if (exports) {
      const { pupils, traits } = this.#host.value;
      const text = kind === 'ranked' ? exports.rankedCsv(pupils, traits) : exports.breakdownCsv(pupils, dimensionsFor(traits), this.#host.rules);
      exports.downloadText(`four-is-${kind}-${this.#host.today()}.csv`, text);
    }
    this.#notice = exports ? strings.csvDownloaded : strings.csvPartFailed;
    this.#host.announce(this.#notice);
    void this.#host.refresh();
  }

  render(): TemplateResult {
    const host = this.#host;
    const value = host.value;
    const described = ['file-hint', this.#importError ? 'import-error' : ''].filter(Boolean).join(' ');
    return html`
      ${heading(host, strings.questions.identify, 1)}
      <p>${strings.identifyHint}</p>
      <fieldset aria-describedby="term-hint">
        <legend>${strings.termLegend}</legend>
        <span class="hint" id="term-hint">${strings.termHint}</span>
        <div class="radios">
          ${terms.map(
            (term: Term) =>
              html`<div class="radio">
                <input type="radio" id="term-${term}" name="term" .checked=${value.term === term} @change=${() => this.#commitCohort({ ...host.value, term }, '')} />
                <label for="term-${term}">${strings.termNames[term]}</label>
              </div>`,
          )}
        </div>
      </fieldset>
      <div class="field">
        <label for="file">${strings.fileLabel}</label>
        <span class="hint" id="file-hint">${strings.fileHint}</span>
        ${this.#importError ? html`<span class="error-message" id="import-error">${this.#importError}</span>` : nothing}
        <input type="file" id="file" accept=".csv,.txt,text/csv,text/plain" aria-describedby=${described} @change=${(e: Event) => this.#host.track(this.#onFile(e))} />
      </div>
      <details>
        <summary id="paste-toggle">${strings.pasteSummary}</summary>
        <div class="field">
          <label for="paste">${strings.pasteLabel}</label>
          <textarea id="paste" rows="6" spellcheck="false" maxlength=${fourIsLimits.csv}></textarea>
        </div>
        <button
          type="button"
          class="button-secondary"
          id="read-paste"
          aria-describedby=${this.#importError ? 'import-error' : nothing}
          @click=${() => this.#host.track(this.#paste())}
        >
          ${strings.pasteRead}
        </button>
      </details>
      ${this.#preview ? this.#renderPreview(this.#preview) : nothing} ${this.#report ? this.#renderReport(this.#report) : nothing} ${this.#renderAdd()}
      ${value.pupils.length === 0 ? html`<p class="notice">${strings.emptyCohort}</p>` : this.#renderCohort()}
    `;
  }

  #options(): [string, string][] {
    return [
      ...this.#importer!.fieldIds.map((f): [string, string] => [`field:${f}`, strings.fieldNames[f]]),
      ...this.#host.knownTraits.map((t): [string, string] => [`trait:${t.id}`, t.label]),
      ['keep', strings.useKeep],
      ['ignore', strings.useIgnore],
    ];
  }

  #mappingProblemText(problem: MappingProblem): string {
    if (problem.code === 'missing') return formatMessage(strings.mappingMissing, { field: strings.fieldNames[problem.field].toLowerCase() });
    const label = this.#options().find(([key]) => key === problem.use || key === `field:${problem.use}`)?.[1] ?? problem.use;
    return formatMessage(strings.mappingTwice, { use: label, columns: problem.columns.join(', ') });
  }

  #renderPreview(preview: ImportPreview & { name: string; encoding: TextEncodingUsed }): TemplateResult {
    const { mappingProblems, parseUseKey, unmappedOptionalFields, useKey } = this.#importer!;
    const problems = mappingProblems(preview.headers, this.#uses);
    const options = this.#options();
    return html`<section aria-labelledby="preview-title" id="preview">
      ${heading(this.#host, strings.previewHeading, 2, 'preview-title', true)}
      <p>${formatMessage(strings.previewIntro, { count: formatNumber(preview.rows, 0), name: preview.name })}</p>
      ${preview.encoding === 'windows-1252' ? html`<p class="notice" id="encoding-note">${strings.readAsWindows1252}</p>` : nothing}
      <div class="scroll" role="region" tabindex="0" aria-labelledby="preview-caption">
        <table>
          <caption id="preview-caption">
            ${strings.previewCaption}
          </caption>
          <thead>
            <tr>
              <th scope="col">${strings.columnHeader}</th>
              <th scope="col">${strings.sampleHeader}</th>
              <th scope="col">${strings.useHeader}</th>
            </tr>
          </thead>
          <tbody>
            ${preview.headers.map((header, i) => {
              const name = header || `#${i + 1}`;
              return html`<tr>
                <th scope="row">${name}</th>
                <td>${preview.sample[i]}</td>
                <td>
                  <select
                    id="use-${i}"
                    aria-label=${formatMessage(strings.useLabel, { column: name })}
                    @change=${(e: Event) => {
                      this.#uses[i] = parseUseKey((e.target as HTMLSelectElement).value);
                      void this.#host.refresh();
                    }}
                  >
                    ${options.map(([key, label]) => html`<option value=${key} ?selected=${useKey(this.#uses[i]!) === key}>${label}</option>`)}
                  </select>
                </td>
              </tr>`;
            })}
          </tbody>
        </table>
      </div>
      <p class="hint">${strings.previewIgnored}</p>
      ${unmappedOptionalFields(this.#uses).map((f) => html`<p class="hint">${formatMessage(strings.previewOptional, { field: strings.fieldNames[f].toLowerCase() })}</p>`)}
      ${
        problems.length
          ? html`<ul class="problem" id="mapping-problems" tabindex="-1">
              ${problems.map((p) => html`<li>${this.#mappingProblemText(p)}</li>`)}
            </ul>`
          : nothing
      }
      <div class="buttons">
        <button type="button" id="load" aria-describedby=${problems.length ? 'mapping-problems' : nothing} @click=${() => this.#load()}>${strings.load}</button>
        <button type="button" class="button-secondary" id="cancel-import" @click=${() => this.#cancel()}>${strings.cancel}</button>
      </div>
    </section>`;
  }

  #renderReport(report: ImportReport): TemplateResult {
    const shown = report.problems.slice(0, problemsShown);
    return html`<div class=${report.problems.length ? 'problem' : 'notice'} id="import-report" tabindex="-1">
      <p>
        ${formatMessage(strings.loaded, { count: report.count, name: report.name })}
        ${report.problems.length ? formatMessage(strings.notLoaded, { count: report.problems.length }) : strings.allLoaded}
      </p>
      ${
        shown.length
          ? html`<ul id="problems">
              ${shown.map((p) => html`<li>${this.#importer!.problemText(p)}</li>`)}
            </ul>`
          : nothing
      }
      ${report.problems.length > shown.length ? html`<p>${formatMessage(strings.moreProblems, { count: report.problems.length - shown.length })}</p>` : nothing}
      ${report.blankRows ? html`<p>${formatMessage(strings.blankRows, { count: report.blankRows })}</p>` : nothing}
    </div>`;
  }

  #renderAdd(): TemplateResult {
    const f = strings.fieldNames;
    const text = (id: string, label: string, max: number, hint?: string, numeric = false) =>
      html`<div class="field">
        <label for="add-${id}">${label}</label>
        ${hint ? html`<span class="hint" id="add-${id}-hint">${hint}</span>` : nothing}
        <input type="text" id="add-${id}" inputmode=${numeric ? 'numeric' : nothing} autocomplete="off" maxlength=${max} aria-describedby=${hint ? `add-${id}-hint` : nothing} />
      </div>`;
    const select = (id: string, label: string, options: readonly string[], names: Record<string, string>, first: string) =>
      html`<div class="field">
        <label for="add-${id}">${label}</label>
        <select id="add-${id}">
          <option value="">${first}</option>
          ${options.map((o) => html`<option value=${o}>${names[o]}</option>`)}
        </select>
      </div>`;
    return html`<details>
      <summary id="add-toggle">${strings.addSummary}</summary>
      <form id="add-form" novalidate @submit=${(e: Event) => this.#host.track(this.#addPupil(e))}>
        <div class="grid">
          ${text('ref', f.ref, fourIsLimits.ref, strings.refHint)} ${text('school', f.school, fourIsLimits.text)} ${text('year', f.year, fourIsLimits.figure, strings.yearHint)}
          ${text('possible', f.possible, fourIsLimits.figure, undefined, true)} ${text('attended', f.attended, fourIsLimits.figure, undefined, true)}
          ${select('status', f.status, socialWorkerStatuses, strings.statusNames, strings.statusOptionNone)}
          ${select(
            'send',
            f.send,
            sendStatuses.filter((s) => s !== 'unknown'),
            strings.sendNames,
            strings.notRecorded,
          )}
          ${this.#host.value.traits.map((t, i) => text(`trait-${i}`, t.label, fourIsLimits.text))}
        </div>
        ${this.#addError ? html`<p class="error-message" id="add-error" tabindex="-1">${this.#addError}</p>` : nothing}
        <button type="submit" id="add-pupil">${strings.addButton}</button>
      </form>
    </details>`;
  }

  #renderCohort(): TemplateResult {
    const host = this.#host;
    const { ranked, cohort } = this.#figures();
    const count = ranked.length;
    const pages = Math.ceil(count / pageSize);
    const page = Math.min(this.#page, pages - 1);
    const from = page * pageSize;
    const rows = ranked.slice(from, from + pageSize);
    const f = strings.fieldNames;
    const dimensions = host.dimensions;
    const dimension = dimensions.find((d) => d.id === this.#dimension) ?? dimensions[0]!;
    const rules = host.rules;
    return html`
      ${heading(host, strings.cohortHeading, 2)}
      <dl class="summary" id="summary">
        <div>
          <dt>${strings.pupils}</dt>
          <dd>${formatNumber(cohort.pupils, 0)}</dd>
        </div>
        <div>
          <dt>${strings.attendance}</dt>
          <dd>${percent(attendanceRate(cohort))}</dd>
        </div>
        <div>
          <dt>${strings.persistent}</dt>
          <dd>${countRate(cohort.persistent, persistentRate(cohort))}</dd>
          <dd class="hint">${strings.persistentHint}</dd>
        </div>
        <div>
          <dt>${strings.severe}</dt>
          <dd>${countRate(cohort.severe, severeRate(cohort))}</dd>
          <dd class="hint">${strings.severeHint}</dd>
        </div>
      </dl>
      <p class="hint">${strings.definitions}</p>
      ${heading(host, strings.rankedHeading, 2)}
      <div class="scroll" id="ranked-region" role="region" tabindex="0" aria-labelledby="ranked-caption">
        <table id="ranked">
          <caption id="ranked-caption">
            ${formatMessage(strings.rankedCaption, { from: formatNumber(from + 1, 0), to: formatNumber(from + rows.length, 0), count: formatNumber(count, 0) })}
          </caption>
          <thead>
            <tr>
              <th scope="col" class="number">${strings.rank}</th>
              <th scope="col">${f.ref}</th>
              <th scope="col">${f.school}</th>
              <th scope="col">${f.year}</th>
              <th scope="col">${f.status}</th>
              <th scope="col">${f.send}</th>
              <th scope="col" class="number">${strings.attendance}</th>
              <th scope="col" class="number">${strings.missed}</th>
              <th scope="col">${strings.band}</th>
              <th scope="col"><span class="visually-hidden">${strings.remove}</span></th>
            </tr>
          </thead>
          <tbody>
            ${rows.map(
              (p, i) =>
                html`<tr>
                  <td class="number">${formatNumber(from + i + 1, 0)}</td>
                  <th scope="row">${p.ref}</th>
                  <td>${p.school || strings.notRecorded}</td>
                  <td>${valueLabel('year', p.year)}</td>
                  <td>${valueLabel('status', p.status)}</td>
                  <td>${valueLabel('send', p.send)}</td>
                  <td class="number">${percent(pupilRate(p))}</td>
                  <td class="number">${formatNumber(p.possible - p.attended, 0)}</td>
                  <td>${bandLabel(bandForSessions(p.possible - p.attended, p.possible))}</td>
                  <td>
                    <button type="button" class="button-secondary" data-remove=${i} @click=${() => this.#removePupil(p.ref, i)}>
                      ${strings.remove}<span class="visually-hidden"> ${p.ref}</span>
                    </button>
                  </td>
                </tr>`,
            )}
          </tbody>
        </table>
      </div>
      ${
        pages > 1
          ? html`<div class="buttons">
              <button type="button" class="button-secondary" id="previous-page" ?disabled=${page === 0} @click=${() => this.#turnPage(-1)}>${strings.previous}</button>
              <span>${formatMessage(strings.pageOf, { page: page + 1, pages })}</span>
              <button type="button" class="button-secondary" id="next-page" ?disabled=${page >= pages - 1} @click=${() => this.#turnPage(1)}>${strings.next}</button>
            </div>`
          : nothing
      }
      ${heading(host, strings.breakdownHeading, 2)}
      <p class="hint" id="rule">${formatMessage(strings.rule, { small: rules.smallGroup, attendance: rules.attendancePoints, persistent: rules.persistentPoints })}</p>
      <p class="hint">${strings.senior}</p>
      <div class="field">
        <label for="dimension">${strings.breakdownBy}</label>
        <select
          id="dimension"
          @change=${(e: Event) => {
            this.#dimension = (e.target as HTMLSelectElement).value;
            void host.refresh();
          }}
        >
          ${dimensions.map((d) => html`<option value=${d.id} ?selected=${d.id === dimension.id}>${d.label}</option>`)}
        </select>
      </div>
      ${this.#renderBreakdown(dimension, cohort)}
      <div class="buttons">
        <button type="button" class="button-secondary" id="download-ranked" @click=${() => this.#host.track(this.#downloadCsv('ranked'))}>${strings.downloadRanked}</button>
        <button type="button" class="button-secondary" id="download-breakdown" @click=${() => this.#host.track(this.#downloadCsv('breakdown'))}>
          ${strings.downloadBreakdown}
        </button>
      </div>
      ${this.#notice ? html`<p class="notice">${this.#notice}</p>` : nothing}
    `;
  }

  #renderBreakdown(dimension: Dimension, cohort: Figures): TemplateResult {
    const result = breakdown(this.#host.value.pupils, dimension, cohort, this.#host.rules);
    if (result.tooMany) return html`<p class="notice">${strings.tooManyGroups}</p>`;
    return html`<div class="scroll" id="breakdown-region" role="region" tabindex="0" aria-labelledby="breakdown-caption">
      <table id="breakdown" aria-describedby="rule">
        <caption id="breakdown-caption">
          ${formatMessage(strings.breakdownCaption, { dimension: dimension.label })}
        </caption>
        <thead>
          <tr>
            <th scope="col">${strings.group}</th>
            <th scope="col" class="number">${strings.pupils}</th>
            <th scope="col" class="number">${strings.attendance}</th>
            <th scope="col" class="number">${strings.gapPoints}</th>
            <th scope="col" class="number">${strings.persistent}</th>
            <th scope="col" class="number">${strings.gapPoints}</th>
            <th scope="col" class="number">${strings.severe}</th>
            <th scope="col">${strings.notes}</th>
          </tr>
        </thead>
        <tbody>
          ${result.groups.map(
            (g) =>
              html`<tr>
                <th scope="row">${valueLabel(dimension.id, g.value)}</th>
                <td class="number">${formatNumber(g.figures.pupils, 0)}</td>
                <td class="number">${percent(attendanceRate(g.figures))}</td>
                <td class="number">${gap(g.attendanceGap)}</td>
                <td class="number">${countRate(g.figures.persistent, persistentRate(g.figures))}</td>
                <td class="number">${gap(g.persistentGap)}</td>
                <td class="number">${countRate(g.figures.severe, severeRate(g.figures))}</td>
                <td class="flag">${[g.distinct ? strings.distinct : '', g.small ? strings.small : ''].filter(Boolean).join('. ')}</td>
              </tr>`,
          )}
        </tbody>
      </table>
    </div>`;
  }
}
