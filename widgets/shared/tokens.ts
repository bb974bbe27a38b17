import { css } from 'lit';

/**
 * Design tokens every widget uses, as CSS custom properties a council can set from its own
 * stylesheet (for example `attendance-calculator { --apk-color-accent: #005ea5 }`).
 * The defaults meet WCAG 2.2 AA contrast on white; `theme="auto"` follows the reader's dark
 * mode; system colours take over in forced colours mode.
 */
export const tokens = css`
  :host {
    --_text: var(--apk-color-text, #0b0c0c);
    --_muted: var(--apk-color-muted, #484949);
    --_background: var(--apk-color-background, #ffffff);
    --_surface: var(--apk-color-surface, #f3f2f1);
    --_border: var(--apk-color-border, #6f777b);
    --_accent: var(--apk-color-accent, #1d70b8);
    --_accent-text: var(--apk-color-accent-text, #ffffff);
    --_error: var(--apk-color-error, #b10e1e);
    --_warning: var(--apk-color-warning, #6b3d00);
    --_warning-surface: var(--apk-color-warning-surface, #fff3cd);
    --_focus: var(--apk-color-focus, #ffdd00);
    --_focus-text: var(--apk-color-focus-text, #0b0c0c);
    --_font: var(--apk-font-family, system-ui, -apple-system, 'Segoe UI', Roboto, Arial, sans-serif);
    --_space: var(--apk-space, 1rem);
    --_radius: var(--apk-radius, 4px);
    display: block;
    color: var(--_text);
    background: var(--_background);
    font-family: var(--_font);
    line-height: 1.5;
  }
  :host([hidden]) {
    display: none;
  }
  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }
  /* --apk-focus-width thickens the ring where it must read from afar (presenter mode on a projector). */
  :focus-visible {
    outline: var(--apk-focus-width, 3px) solid var(--_focus);
    outline-offset: 0;
    box-shadow: 0 0 0 calc(2 * var(--apk-focus-width, 3px)) var(--_focus-text);
  }
  .visually-hidden {
    position: absolute !important;
    width: 1px;
    height: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
    border: 0;
  }
  @media (prefers-color-scheme: dark) {
    /* Dark only when asked: an embed must match its host page, which is usually light. */
    :host([theme='auto']) {
      --_text: var(--apk-color-text, #f3f2f1);
      --_muted: var(--apk-color-muted, #c7c8c9);
      --_background: var(--apk-color-background, #1b1b1b);
      --_surface: var(--apk-color-surface, #2b2b2b);
      --_border: var(--apk-color-border, #a5a8ab);
      --_accent: var(--apk-color-accent, #8fc3f0);
      --_accent-text: var(--apk-color-accent-text, #0b0c0c);
      --_error: var(--apk-color-error, #ff9a9a);
      --_warning: var(--apk-color-warning, #ffd27a);
      --_warning-surface: var(--apk-color-warning-surface, #3a2c00);
    }
  }
  @media (forced-colors: active) {
    :focus-visible {
      outline-color: Highlight;
      box-shadow: none;
    }
  }
  @media (prefers-reduced-motion: reduce) {
    * {
      transition: none !important;
      animation: none !important;
    }
  }
`;
