import { css } from 'lit';

/**
 * The checklist's own styles, on top of the shared tokens and controls; those of its items
 * come with them (item-styles.ts). Comments stay out of the CSS text, which ships as it is.
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
  .dated,
  .notice {
    background: var(--_warning-surface);
    color: var(--_text);
    border-left: 6px solid var(--_warning);
    padding: 0.5rem 0.75rem;
  }
  textarea {
    width: 100%;
    min-height: 4.5rem;
  }
  a {
    color: var(--_accent);
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
  }
`;
