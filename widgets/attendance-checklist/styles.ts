import { css } from 'lit';

/**
 * The checklist's own styles, on top of the shared tokens and controls. In print, guidance
 * disclosures print open whatever their state on screen (`::details-content`; the element
 * opens them for browsers without it). Comments stay out of the CSS text, which ships as it is.
 */
export const checklistStyles = css`
  .base {
    padding: var(--_space);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
  .title {
    font-size: 1.5rem;
    font-weight: 700;
    margin: 0 0 0.5rem;
  }
  .group-title {
    font-size: 1.25rem;
    font-weight: 700;
    margin: calc(var(--_space) * 1.5) 0 0.5rem;
  }
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
  .dated,
  .notice {
    background: var(--_warning-surface);
    color: var(--_text);
    border-left: 6px solid var(--_warning);
    padding: 0.5rem 0.75rem;
  }
  .local {
    color: var(--_muted);
    font-style: italic;
    margin: 0 0 0.5rem;
  }
  textarea {
    width: 100%;
    min-height: 4.5rem;
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
  a {
    color: var(--_accent);
  }
  .calculator {
    margin: 0 0 var(--_space);
  }
  .config-error,
  .load-error {
    border: 3px solid var(--_error);
    padding: 0.5rem var(--_space);
    margin: 0 0 var(--_space);
  }
  .config-error ul {
    margin: 0 0 0.5rem;
  }
  .actions .buttons {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
    margin: 0 0 var(--_space);
  }
  .print-only {
    display: none;
  }
  @media print {
    .base {
      border: 0;
      padding: 0;
    }
    .status,
    .note-field,
    .actions,
    .storage,
    attendance-calculator,
    .calculator-hint,
    .config-error,
    .guidance-link,
    summary {
      display: none;
    }
    .print-only {
      display: block;
      white-space: pre-wrap;
    }
    details::details-content {
      display: contents;
      content-visibility: visible;
    }
    .item {
      break-inside: avoid;
    }
  }
`;
