import { css } from 'lit';

/**
 * The shell's styles (box, tabs, notices, print), on top of the shared tokens and controls.
 * The steps' own styles (tables, forms, chart) load with them: step-styles.ts.
 */
export const fourIsStyles = css`
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
  .h3 {
    font-size: 1.25rem;
    font-weight: 700;
    margin: var(--_space) 0 0.5rem;
  }
  [role='tablist'] {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem;
    border-bottom: 2px solid var(--_text);
    margin: var(--_space) 0 0;
  }
  [role='tab'] {
    background: var(--_surface);
    color: var(--_text);
    border: 2px solid var(--_border);
    border-bottom: 0;
    border-radius: var(--_radius) var(--_radius) 0 0;
  }
  [role='tab'][aria-selected='true'] {
    background: var(--_background);
    border-color: var(--_text);
    font-weight: 700;
    text-decoration: underline;
    text-underline-offset: 0.3em;
  }
  [role='tabpanel'] {
    padding: var(--_space) 0;
  }
  .notice,
  .kept {
    border-left: 6px solid var(--_accent);
    background: var(--_surface);
    padding: 0.5rem 0.75rem;
  }
  .problem,
  .config-error {
    border: 3px solid var(--_error);
    padding: 0.5rem var(--_space);
    margin: 0 0 var(--_space);
  }
  .buttons {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
    align-items: center;
    margin: 0 0 var(--_space);
  }
  textarea,
  input,
  select {
    max-width: 100%;
  }
  textarea {
    width: 100%;
    min-height: 4.5rem;
  }
  .print-only {
    display: none;
  }
  @media (forced-colors: active) {
    [role='tab'][aria-selected='true'] {
      border-color: Highlight;
    }
  }
  @media print {
    .base {
      border: 0;
      padding: 0;
    }
    .screen-only,
    .storage {
      display: none;
    }
    .print-only {
      display: block;
      white-space: pre-wrap;
    }
  }
`;
