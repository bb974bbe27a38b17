import { css } from 'lit';

/** The push and pull explorer's own styles, on top of the shared tokens and controls. */
export const pushPullStyles = css`
  /* The tokens' own colours, so the map follows dark mode and a council's theme. */
  :host {
    --_away: var(--_warning);
    --_back: var(--_accent);
  }
  .base {
    padding: var(--_space);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    /* Long words, pasted links and other people's text wrap instead of widening the page. */
    overflow-wrap: anywhere;
  }
  .title {
    font-size: 1.5rem;
    font-weight: 700;
    margin: 0 0 0.5rem;
  }
  .section-title {
    font-size: 1.25rem;
    font-weight: 700;
    margin: calc(var(--_space) * 1.5) 0 0.5rem;
  }
  a {
    color: var(--_accent);
  }
  .buttons,
  .inline {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem 1rem;
    align-items: flex-end;
  }
  textarea {
    width: 100%;
  }
  .notice {
    background: var(--_warning-surface);
    color: var(--_text);
    border-left: 6px solid var(--_warning);
    padding: 0.5rem 0.75rem;
  }
  .example {
    border-left: 6px solid var(--_accent);
    background: var(--_surface);
    padding: 0.5rem var(--_space) var(--_space);
    margin: var(--_space) 0;
  }
  .config-error {
    border: 3px solid var(--_error);
    padding: 0.5rem var(--_space);
    margin: 0 0 var(--_space);
  }

  /* The map */
  .map {
    margin: 0;
  }
  .map-svg {
    display: block;
    width: 100%;
    max-width: 48rem;
    height: auto;
    font-family: var(--_font);
  }
  .map-svg text {
    fill: var(--_text);
    font-size: 13px;
  }
  .map-svg .side-title {
    font-size: 16px;
    font-weight: 700;
  }
  .map-svg .side-total {
    font-size: 15px;
  }
  .beam rect,
  .pivot {
    fill: var(--_text);
  }
  .centre-line {
    stroke: var(--_border);
    stroke-width: 2;
    stroke-dasharray: 4 4;
  }
  .bar {
    stroke: var(--_text);
    stroke-width: 1;
  }
  .bar-push {
    fill: var(--_away);
  }
  /* Pulling away is hatched, so the two away lanes differ by more than colour. */
  .bar-pull {
    fill: url(#hatch);
  }
  .hatch-back {
    fill: var(--_background);
  }
  .hatch-line {
    fill: var(--_away);
  }
  .bar-pull-back {
    fill: var(--_back);
  }
  .map-svg .map-empty {
    font-style: italic;
  }
  figcaption {
    font-weight: 700;
    border-left: 6px solid var(--_accent);
    background: var(--_surface);
    padding: 0.5rem var(--_space);
    margin: 0.5rem 0 0;
  }
  table {
    border-collapse: collapse;
    width: 100%;
    table-layout: fixed;
    margin: var(--_space) 0;
  }
  caption {
    font-weight: 700;
    text-align: left;
  }
  th,
  td {
    border: 1px solid var(--_border);
    padding: 0.25rem 0.5rem;
    text-align: start;
    vertical-align: top;
  }
  .words-cell {
    white-space: pre-wrap;
  }
  /* The table repeats the map and the lanes for screen readers; on paper it is the record. */
  @media screen {
    .map-table-box {
      position: absolute !important;
      width: 1px;
      height: 1px;
      margin: -1px;
      overflow: hidden;
      clip-path: inset(50%);
      white-space: nowrap;
    }
  }

  .factor-title:focus,
  .section-title:focus {
    outline: var(--apk-focus-width, 3px) solid var(--_focus);
    box-shadow: 0 0 0 calc(2 * var(--apk-focus-width, 3px)) var(--_focus-text);
  }

  @media (forced-colors: active) {
    .bar,
    .bar-push,
    .bar-pull-back,
    .beam rect,
    .pivot {
      fill: CanvasText;
      stroke: CanvasText;
    }
    .bar-pull {
      fill: url(#hatch);
    }
    .hatch-back {
      fill: Canvas;
    }
    .hatch-line {
      fill: CanvasText;
    }
    .bar-pull-back {
      fill: Canvas;
      stroke-width: 3;
    }
    .map-svg text {
      fill: CanvasText;
    }
  }

  @media print {
    .base {
      border: 0;
      padding: 0;
    }
    .add,
    .lanes,
    .adjustments .hint,
    .adjustments .empty,
    .actions,
    .storage,
    .example > p:first-child,
    .example button,
    .example [role='group'],
    .config-error {
      display: none;
    }
    .map-svg {
      max-width: 40rem;
    }
    tr {
      break-inside: avoid;
    }
  }
`;
