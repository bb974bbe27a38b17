/**
 * The three lanes and the factors in them: for each, its question, strength, in or out of
 * school (and who leads there, as the summary table of responsibilities says), the child's own
 * words, the guidance's example adjustments, and buttons to reorder, move to another lane and
 * remove. Every action is a button or a form
 * control, so the keyboard does all of it; nothing needs dragging. Part of the editor the
 * widget loads beside itself (edit-part.ts). No state of its own: it works through PartHost.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { pushPullLimits } from '../shared/limits.ts';
import { formatMessage } from '../shared/strings.ts';
import { kitLink } from '../shared/links.ts';
import { sourceTitleIn } from '../shared/sources.ts';
import { addAdjustmentTo } from './adjustments-view.ts';
import { balanceSentence, strengthText } from './describe.ts';
import { findFactor, lanes, settings, type Lane, type Setting } from './library.ts';
import type { PartHost } from './part-host.ts';
import { balance, laneFactors, strengths, type PlacedFactor } from './state.ts';
import { moveToLane, positionOf, removeFactor, reorder, updateFactor } from './edits.ts';
import { pushPullStrings as strings } from './strings.ts';
import { partStrings as words } from './strings-parts.ts';
import { leadFor } from './who-leads.ts';
import type { Citation } from './library.ts';

function setStrength(host: PartHost, factor: PlacedFactor, strength: number): void {
  const next = updateFactor(host.value, factor.id, { strength });
  host.commit(next);
  host.announce(formatMessage(words.announceStrength, { label: factor.label, strength: strengthText(strength), balance: balanceSentence(balance(next)) }));
}

/** The child's words, kept as typed unless past their limit, which the field then says. */
function setWords(host: PartHost, factor: PlacedFactor, words: string): void {
  if (host.withinLimit(`w-${factor.id}`, words, pushPullLimits.words)) host.commit(updateFactor(host.value, factor.id, { words }));
}

function setSetting(host: PartHost, factor: PlacedFactor, setting: Setting): void {
  host.commit(updateFactor(host.value, factor.id, { setting }));
  host.announce(formatMessage(words.announceSetting, { label: factor.label, setting: strings.settings[setting], leadLabel: words.leadLabel, lead: leadFor(setting).text }));
}

function move(host: PartHost, factor: PlacedFactor, lane: Lane): void {
  const next = moveToLane(host.value, factor.id, lane);
  host.commit(next);
  const where = positionOf(next, factor.id)!;
  host.announce(
    formatMessage(words.announceMoved, { label: factor.label, lane: strings.lanes[lane], position: where.position, count: where.count, balance: balanceSentence(balance(next)) }),
  );
  // The card is drawn afresh in its new lane: its title is the sensible place to carry on from.
  void host.focus(`#t-${factor.id}`);
}

function reorderOne(host: PartHost, factor: PlacedFactor, direction: -1 | 1): void {
  const next = reorder(host.value, factor.id, direction);
  host.commit(next);
  const where = positionOf(next, factor.id)!;
  host.announce(formatMessage(words.announceReordered, { label: factor.label, position: where.position, count: where.count, lane: strings.lanes[where.lane] }));
  // The card's content moves to another place in the list; focus follows it to the same button,
  // or to the other one when the card has reached the end of its lane.
  const same = direction < 0 ? 'up' : 'down';
  const other = direction < 0 ? 'down' : 'up';
  void host.focus(`#${same}-${factor.id}`, `#${other}-${factor.id}`, `#t-${factor.id}`);
}

function remove(host: PartHost, factor: PlacedFactor): void {
  const lane = laneFactors(host.value, factor.lane);
  const index = lane.indexOf(factor);
  const after = lane[index + 1] ?? lane[index - 1];
  const tied = host.value.adjustments.filter((a) => a.factor === factor.id).length;
  const next = removeFactor(host.value, factor.id);
  host.commit(next);
  const params = { label: factor.label, lane: strings.lanes[factor.lane], count: tied, balance: balanceSentence(balance(next)) };
  host.announce(tied > 0 ? formatMessage(words.announceRemovedAdjustments, params) : formatMessage(words.announceRemoved, params));
  void host.focus(after ? `#t-${after.id}` : `#lane-${factor.lane}`);
}

/** What the library says about a placed factor: the question, example adjustments to adopt, and the sources. */
function renderGuidance(host: PartHost, factor: PlacedFactor, about: TemplateResult): TemplateResult[] {
  const source = factor.from === 'library' ? findFactor(host.library, factor.id) : undefined;
  if (!source) return [];
  return [
    source.question ? html`<p class="question"><strong>${source.askWho === 'family' ? words.askFamily : words.askChild}:</strong> ${source.question}</p>` : html``,
    source.adjustments.length > 0
      ? html`<div class="examples">
          <p><strong>${words.examplesHeading}</strong></p>
          <ul>
            ${source.adjustments.map(
              (text, i) =>
                html`<li>
                  <span>${text}</span>
                  <button type="button" class="button-secondary" id="ex-${factor.id}-${i}" @click=${() => addAdjustmentTo(host, { text, factor: factor.id }, 'a-owner')}>
                    ${words.addExample}<span class="visually-hidden">: ${text}</span>
                  </button>
                </li>`,
            )}
          </ul>
        </div>`
      : html``,
    source.citations.length > 0 && host.sources.length > 0
      ? html`<p class="source">
          ${citationList(host, source.citations)} ${source.page ? kitLink(`${host.baseUrl}${source.page}/`, html`${words.moreGuidance}${about}`) : nothing}
        </p>`
      : html``,
  ];
}

/** "Source: <title>, section “…”; …", once the sources' titles have loaded. */
function citationList(host: PartHost, citations: readonly Citation[]): TemplateResult {
  return html`${words.source}:
  ${citations.map((c, i) => html`${i > 0 ? '; ' : ''}${formatMessage(words.sourceSection, { title: sourceTitleIn(host.sources, c.source), section: c.section })}`)}.`;
}

/** Who leads on a factor where it sits, as the statutory summary table says, with its source. */
function renderLead(host: PartHost, factor: PlacedFactor): TemplateResult {
  const lead = leadFor(factor.setting);
  return html`<p class="lead"><strong>${words.leadLabel}:</strong> ${lead.text}</p>
    ${host.sources.length > 0 ? html`<p class="lead-source">${citationList(host, lead.citations)}</p>` : nothing}`;
}

function renderFactor(host: PartHost, factor: PlacedFactor, index: number, count: number): TemplateResult {
  const id = factor.id;
  // Read after each control's visible label, so every control names its factor.
  const about = html`<span class="visually-hidden">${formatMessage(words.forFactor, { label: factor.label })}</span>`;
  const libraryFactor = factor.from === 'library' ? findFactor(host.library, id) : undefined;
  const origin = factor.from === 'own' ? words.fromOwn : libraryFactor?.local ? words.fromCouncil : words.fromLibrary;
  const [question, examples, sources] = renderGuidance(host, factor, about);
  return html`<li class="factor lane-${factor.lane}" id="card-${id}">
    <div class="factor-title" id="t-${id}" role="heading" aria-level=${host.level(2)} tabindex="-1" dir="auto">${factor.label}</div>
    <p class="meta">${formatMessage(words.position, { position: index + 1, count })}. ${origin}.</p>
    ${question ?? nothing}
    <fieldset class="strength">
      <legend>${words.strengthLegend}${about}</legend>
      <div class="scale">
        ${strengths.map(
          (n) =>
            html`<span class="scale-point">
              <input type="radio" id="st-${id}-${n}" name="st-${id}" .checked=${factor.strength === n} @change=${() => setStrength(host, factor, n)} />
              <label for="st-${id}-${n}">${n}</label>
            </span>`,
        )}
      </div>
    </fieldset>
    <fieldset class="setting">
      <legend>${words.settingLegend}${about}</legend>
      <div class="radios">
        ${settings.map(
          (s) =>
            html`<div class="radio">
              <input type="radio" id="se-${id}-${s}" name="se-${id}" .checked=${factor.setting === s} @change=${() => setSetting(host, factor, s)} />
              <label for="se-${id}-${s}">${strings.settings[s]}</label>
            </div>`,
        )}
      </div>
      ${renderLead(host, factor)}
    </fieldset>
    <div class="field">
      <label for="w-${id}">${words.wordsLabel}${about}</label>
      ${host.lengthMessage(`w-${id}`)}
      <textarea
        id="w-${id}"
        rows="2"
        dir="auto"
        maxlength=${pushPullLimits.words}
        aria-describedby=${host.lengthMessageId(`w-${id}`) ?? nothing}
        .value=${factor.words}
        @input=${(e: Event) => setWords(host, factor, (e.target as HTMLTextAreaElement).value)}
      ></textarea>
    </div>
    ${examples ?? nothing} ${sources ?? nothing}
    <div class="buttons">
      <button type="button" class="button-secondary" id="up-${id}" ?disabled=${index === 0} @click=${() => reorderOne(host, factor, -1)}>${words.moveUp}${about}</button>
      <button type="button" class="button-secondary" id="down-${id}" ?disabled=${index === count - 1} @click=${() => reorderOne(host, factor, 1)}>${words.moveDown}${about}</button>
      ${lanes
        .filter((lane) => lane !== factor.lane)
        .map(
          (lane) =>
            html`<button type="button" class="button-secondary" id="mv-${id}-${lane}" @click=${() => move(host, factor, lane)}>
              ${formatMessage(words.moveTo, { lane: strings.laneShort[lane] })}${about}
            </button>`,
        )}
      <button type="button" class="button-warning" id="rm-${id}" @click=${() => remove(host, factor)}>${words.remove}${about}</button>
    </div>
  </li>`;
}

/** The three lanes, each with its heading (focused when its last factor is removed) and its factors in order. */
export function renderLanes(host: PartHost): TemplateResult[] {
  return lanes.map((lane) => {
    const factors = laneFactors(host.value, lane);
    return html`<section class="lane lane-${lane}" aria-labelledby="lane-${lane}">
      <div class="section-title" id="lane-${lane}" role="heading" aria-level=${host.level(1)} tabindex="-1">
        ${strings.lanes[lane]} <span class="count">(${formatMessage(words.laneCount, { count: factors.length })})</span>
      </div>
      <p class="hint">${words.laneHints[lane]}</p>
      ${
        factors.length === 0
          ? html`<p class="empty">${words.laneEmpty}</p>`
          : html`<ol class="factors">
              ${factors.map((f, i) => renderFactor(host, f, i, factors.length))}
            </ol>`
      }
    </section>`;
  });
}
