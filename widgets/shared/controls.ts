import { css } from 'lit';

/** Styles for the form controls and buttons every widget uses. */
export const controls = css`
  .form-scope {
    display: contents;
  }
  .field {
    margin: 0 0 var(--_space);
  }
  label,
  legend {
    display: block;
    font-weight: 700;
    margin-bottom: 0.25rem;
  }
  .hint {
    display: block;
    color: var(--_muted);
    margin: 0 0 0.25rem;
  }
  .error-message {
    display: block;
    color: var(--_error);
    font-weight: 700;
    margin: 0 0 0.25rem;
  }
  input[type='text'],
  input[type='number'],
  input:not([type]),
  textarea,
  select {
    font: inherit;
    color: var(--_text);
    background: var(--_background);
    border: 2px solid var(--_text);
    border-radius: 0;
    padding: 0.35rem 0.5rem;
    min-height: 2.75rem;
    max-width: 100%;
  }
  /* A file input's width comes from the browser's own labels, which differ between versions. */
  input[type='file'] {
    font: inherit;
    max-width: 100%;
  }
  input[aria-invalid='true'] {
    border-color: var(--_error);
    border-width: 3px;
  }
  fieldset {
    border: 0;
    margin: 0 0 var(--_space);
    padding: 0;
    min-width: 0;
  }
  .radios {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem 1.5rem;
  }
  .radio {
    display: flex;
    align-items: center;
    gap: 0.5rem;
    min-height: 2.75rem;
  }
  .radio input {
    width: 1.5rem;
    height: 1.5rem;
    margin: 0;
    accent-color: var(--_accent);
  }
  .radio label {
    font-weight: 400;
    margin: 0;
  }
  button {
    font: inherit;
    min-height: 2.75rem;
    padding: 0.4rem 1rem;
    border-radius: var(--_radius);
    cursor: pointer;
    border: 2px solid var(--_accent);
    background: var(--_accent);
    color: var(--_accent-text);
  }
  .button-secondary {
    background: var(--_background);
    color: var(--_text);
    border-color: var(--_text);
  }
  .button-warning {
    background: var(--_error);
    border-color: var(--_error);
    color: var(--_background);
  }
  .storage {
    border-top: 1px solid var(--_border);
    margin-top: var(--_space);
    padding-top: calc(var(--_space) / 2);
    color: var(--_muted);
  }
  .storage p {
    margin: 0 0 0.5rem;
  }
  .storage-confirm button {
    margin: 0 0.5rem 0.5rem 0;
  }
  @media (forced-colors: active) {
    button {
      border: 2px solid ButtonText;
    }
  }
`;
