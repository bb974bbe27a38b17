import { css } from 'lit';

/**
 * The styles of the checklist's items, which load with them (items-part.ts). In print, guidance
 * disclosures print open whatever their state on screen (`::details-content`; the element
 * opens them for browsers without it). Comments stay out of the CSS text, which ships as it is.
 */
export const itemStyles = css`
  .question {
    font-weight: 700;
    font-size: 1.125rem;
    margin: 0 0 0.5rem;
  }
  .progress {
    font-weight: 700;
    border-left: 6px solid var(--_accent);
    background: var(--_surface);
    padding: 0.5rem var(--_space);
  }
  ol {
    margin: 0;
    padding-left: 1.75rem;
  }
  .item {
    margin: 0 0 var(--_space);
    padding: 0 0 var(--_space);
    border-bottom: 1px solid var(--_border);
  }
  .item::marker {
    font-weight: 700;
  }
  .sub-items .item {
    border-bottom: 0;
    border-left: 4px solid var(--_surface);
    padding-left: 0.75rem;
  }
  .local {
    color: var(--_muted);
    font-style: italic;
    margin: 0 0 0.5rem;
  }
  details {
    margin: 0 0 0.5rem;
  }
  summary {
    cursor: pointer;
    color: var(--_accent);
    text-decoration: underline;
    padding: 0.25rem 0;
    width: max-content;
    max-width: 100%;
  }
  .guidance-body {
    border-left: 4px solid var(--_border);
    padding-left: 0.75rem;
  }
  .calculator {
    margin: 0 0 var(--_space);
  }
  @media print {
    details::details-content {
      display: contents;
      content-visibility: visible;
    }
    .item {
      break-inside: avoid;
    }
  }
`;
