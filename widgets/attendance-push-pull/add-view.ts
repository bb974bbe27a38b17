/**
 * "Add a factor": choosing one from the library, or naming one's own. Part of the editor the
 * widget loads beside itself (edit-part.ts). No state of its own: it works through PartHost.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { pushPullLimits } from '../shared/limits.ts';
import { formatMessage } from '../shared/strings.ts';
import { balanceSentence, strengthText } from './describe.ts';
import { findFactor, lanes, settings, type Lane, type Setting } from './library.ts';
import type { PartHost } from './part-host.ts';
import { balance, type PlacedFactor } from './state.ts';
import { addFactor, findPlaced, nextId } from './edits.ts';
import { pushPullStrings as strings } from './strings.ts';
import { partStrings as words } from './strings-parts.ts';

const control = <E extends HTMLElement>(host: PartHost, id: string) => host.root.querySelector<E>(`#${id}`)!;

function place(host: PartHost, factor: Omit<PlacedFactor, 'strength' | 'words'>): void {
  const next = addFactor(host.value, factor);
  host.commit(next);
  const placed = findPlaced(next, factor.id)!;
  host.announce(
    formatMessage(words.announceAdded, { label: placed.label, lane: strings.lanes[placed.lane], strength: strengthText(placed.strength), balance: balanceSentence(balance(next)) }),
  );
}

function addFromLibrary(host: PartHost): void {
  const select = control<HTMLSelectElement>(host, 'library');
  const factor = findFactor(host.library, select.value);
  const state = host.state;
  state.ownError = '';
  state.libraryError =
    !factor || findPlaced(host.value, factor.id)
      ? words.libraryChooseFirst
      : host.value.factors.length >= pushPullLimits.factors
        ? formatMessage(words.tooMany, { max: pushPullLimits.factors })
        : '';
  if (state.libraryError || !factor) {
    void host.refresh();
    host.announce(state.libraryError);
    void host.focus('#library');
    return;
  }
  place(host, { id: factor.id, from: 'library', label: factor.label, lane: factor.lane, setting: factor.setting });
  select.value = '';
  void host.focus('#library');
}

function addOwn(host: PartHost): void {
  const input = control<HTMLInputElement>(host, 'own-label');
  const label = input.value.trim();
  const state = host.state;
  state.libraryError = '';
  state.ownError =
    label === ''
      ? words.ownEmpty
      : label.length > pushPullLimits.label
        ? formatMessage(words.ownTooLong, { max: pushPullLimits.label })
        : host.value.factors.length >= pushPullLimits.factors
          ? formatMessage(words.tooMany, { max: pushPullLimits.factors })
          : '';
  if (state.ownError) {
    void host.refresh();
    host.announce(state.ownError);
    void host.focus('#own-label');
    return;
  }
  const lane = control<HTMLSelectElement>(host, 'own-lane').value as Lane;
  const setting = control<HTMLSelectElement>(host, 'own-setting').value as Setting;
  place(host, {
    id: nextId(
      'own',
      host.value.factors.map((f) => f.id),
    ),
    from: 'own',
    label,
    lane,
    setting,
  });
  input.value = '';
  void host.focus('#own-label');
}

/** Library choice and own factor: the controls under "Add a factor". */
export function renderAdd(host: PartHost): TemplateResult {
  const { libraryError, ownError } = host.state;
  const placed = new Set(host.value.factors.map((f) => f.id));
  const described = (hint: string, error: string, errorId: string) => [hint, error ? errorId : ''].filter(Boolean).join(' ');
  return html`<div class="field">
      <label for="library">${words.libraryLabel}</label>
      <span class="hint" id="library-hint">${words.libraryHint}</span>
      ${libraryError ? html`<span class="error-message" id="library-error">${libraryError}</span>` : nothing}
      <div class="inline">
        <select id="library" aria-describedby=${described('library-hint', libraryError, 'library-error')} aria-invalid=${libraryError ? 'true' : 'false'}>
          <option value="">${words.libraryPlaceholder}</option>
          ${lanes.map(
            (lane) =>
              html`<optgroup label=${strings.lanes[lane]}>
                ${host.library
                  .filter((f) => f.lane === lane)
                  .map(
                    (f) =>
                      html`<option value=${f.id} ?disabled=${placed.has(f.id)}>${placed.has(f.id) ? formatMessage(words.libraryPlaced, { label: f.label }) : f.label}</option>`,
                  )}
              </optgroup>`,
          )}
        </select>
        <button type="button" id="add-library" @click=${() => addFromLibrary(host)}>${words.addLibrary}</button>
      </div>
    </div>
    <fieldset class="own">
      <legend>${words.ownLegend}</legend>
      <div class="field">
        <label for="own-label">${words.ownLabel}</label>
        <span class="hint" id="own-hint">${words.ownHint}</span>
        ${ownError ? html`<span class="error-message" id="own-error">${ownError}</span>` : nothing}
        <input
          id="own-label"
          type="text"
          dir="auto"
          maxlength=${pushPullLimits.label}
          aria-describedby=${described('own-hint', ownError, 'own-error')}
          aria-invalid=${ownError ? 'true' : 'false'}
          @keydown=${(e: KeyboardEvent) => e.key === 'Enter' && addOwn(host)}
        />
      </div>
      <div class="inline">
        <div class="field">
          <label for="own-lane">${words.ownLane}</label>
          <select id="own-lane">
            ${lanes.map((lane) => html`<option value=${lane}>${strings.lanes[lane]}</option>`)}
          </select>
        </div>
        <div class="field">
          <label for="own-setting">${words.ownSetting}</label>
          <select id="own-setting">
            ${settings.map((s) => html`<option value=${s}>${strings.settings[s]}</option>`)}
          </select>
        </div>
      </div>
      <button type="button" id="add-own" @click=${() => addOwn(host)}>${words.addOwn}</button>
    </fieldset>`;
}
