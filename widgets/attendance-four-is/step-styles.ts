import { css } from 'lit';

/** The steps' styles (tables, forms, the chart), adopted by the element when the steps load. */
export const stepStyles = css`
  .h4 {
    font-size: 1.125rem;
    font-weight: 700;
    margin: var(--_space) 0 0.5rem;
  }
  .scroll {
    overflow-x: auto;
    max-width: 100%;
    /* The containing block of the visually hidden labels inside, so that they scroll with the
       table; without it they sit past its edge and the whole page scrolls sideways on a phone. */
    position: relative;
    margin: 0 0 var(--_space);
  }
  table {
    border-collapse: collapse;
    min-width: 100%;
  }
  caption {
    text-align: left;
    font-weight: 700;
    padding: 0 0 0.25rem;
  }
  th,
  td {
    text-align: left;
    vertical-align: top;
    border-bottom: 1px solid var(--_border);
    padding: 0.35rem 0.5rem 0.35rem 0;
  }
  .number {
    text-align: right;
    font-variant-numeric: tabular-nums;
  }
  td input {
    width: 6rem;
  }
  .pre {
    white-space: pre-wrap;
  }
  .flag {
    font-weight: 700;
  }
  input[type='date'] {
    font: inherit;
    min-height: 2.75rem;
    border: 2px solid var(--_text);
    padding: 0.35rem 0.5rem;
  }
  .grid {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(min(14rem, 100%), 1fr));
    gap: 0 var(--_space);
  }
  .full select {
    width: 100%;
  }
  .target-block {
    margin: 0 0 calc(var(--_space) * 2);
  }
  .summary {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(min(10rem, 100%), 1fr));
    gap: 0.5rem var(--_space);
    margin: 0 0 var(--_space);
  }
  dt {
    font-weight: 700;
  }
  dd {
    margin: 0;
    font-size: 1.25rem;
  }
  dd.hint {
    font-size: 1rem;
  }
  summary {
    cursor: pointer;
    color: var(--_accent);
    text-decoration: underline;
    padding: 0.25rem 0;
    max-width: 100%;
  }
  details {
    margin: 0 0 var(--_space);
  }
  a {
    color: var(--_accent);
  }
  svg {
    max-width: 100%;
    height: auto;
    display: block;
  }
  svg text {
    fill: var(--_text);
    font-size: 12px;
  }
  .grid-line {
    stroke: var(--_border);
  }
  .target {
    stroke: var(--_text);
    fill: none;
    stroke-width: 2;
    stroke-dasharray: 6 4;
  }
  .actual {
    stroke: var(--_accent);
    fill: none;
    stroke-width: 3;
  }
  .target-point {
    fill: var(--_background);
    stroke: var(--_text);
    stroke-width: 2;
  }
  .actual-point {
    fill: var(--_accent);
  }
  @media (forced-colors: active) {
    .target,
    .target-point {
      stroke: CanvasText;
    }
    .actual {
      stroke: Highlight;
    }
    .actual-point {
      fill: Highlight;
    }
    svg text {
      fill: CanvasText;
    }
  }
`;
