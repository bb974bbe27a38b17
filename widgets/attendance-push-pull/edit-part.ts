/**
 * The editor of `attendance-push-pull`, which the widget loads beside itself a moment after it
 * appears: the library (its text is the bulk of this part), adding factors, the lanes with the
 * factors in them, and the agreed adjustments. The widget draws the map and its table at
 * once; this part brings everything that changes them.
 *
 * Each section is a module of its own (add-view.ts, lanes-view.ts, adjustments-view.ts),
 * working on the widget through PartHost (part-host.ts).
 */
import { css } from 'lit';

export { buildLibrary } from './library-data.ts';
export { renderAdd } from './add-view.ts';
export { renderLanes } from './lanes-view.ts';
export { renderAdjustments } from './adjustments-view.ts';

/** Styles for what this part draws; the widget adds them to its own when the part arrives. */
export const partStyles = css`
  .factor-title {
    font-size: 1.125rem;
    font-weight: 700;
    margin: 0 0 0.25rem;
  }
  .count {
    font-weight: 400;
  }
  /* Lanes and factor cards */
  .factors {
    list-style: none;
    margin: 0;
    padding: 0;
  }
  .factor {
    border: 1px solid var(--_border);
    border-left-width: 8px;
    border-radius: var(--_radius);
    padding: 0.75rem;
    margin: 0 0 var(--_space);
  }
  .factor.lane-push,
  .factor.lane-pull {
    border-left-color: var(--_away);
  }
  .factor.lane-pull {
    border-left-style: double;
  }
  .factor.lane-pull-back {
    border-left-color: var(--_back);
  }
  .meta,
  .source,
  .lead,
  .lead-source {
    color: var(--_muted);
    margin: 0 0 0.5rem;
  }
  .question {
    margin: 0 0 0.75rem;
  }
  .empty {
    font-style: italic;
  }
  .scale {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
  }
  .scale-point {
    display: flex;
    align-items: center;
    gap: 0.25rem;
    min-height: 2.75rem;
  }
  .scale-point input {
    width: 1.5rem;
    height: 1.5rem;
    margin: 0;
    accent-color: var(--_accent);
  }
  .scale-point label {
    font-weight: 400;
    margin: 0 0.5rem 0 0;
  }
  .inline .field {
    margin-bottom: 0;
    /* A flex item is otherwise as wide as its widest option, wider than a phone. */
    min-width: 0;
    max-width: 100%;
  }
  .inline + button,
  .inline + .field {
    margin-top: 0.75rem;
  }
  select {
    max-width: 100%;
  }
  #own-label {
    width: 100%;
  }
  .date {
    width: 9rem;
  }
  .examples ul {
    margin: 0 0 0.75rem;
    padding-left: 1.25rem;
  }
  .examples li {
    margin: 0 0 0.5rem;
  }
  .examples button {
    display: block;
    margin-top: 0.25rem;
  }
  .adjustment {
    border-top: 1px solid var(--_border);
    padding-top: 0.75rem;
  }
  .adjustment legend {
    font-size: 1.125rem;
  }
  .print-only {
    display: none;
  }
  .adjustment-list {
    list-style: none;
    margin: 0;
    padding: 0;
  }
  @media print {
    .adjustment-list,
    #add-adjustment {
      display: none;
    }
    .print-only {
      display: table;
    }
  }
`;
