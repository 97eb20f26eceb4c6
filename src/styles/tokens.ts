import { css } from 'lit';

/**
 * Shared look of every element. Public `--goalkit-*` properties set the theme; private
 * `--_*` ones carry the resolved values inside.
 */
export const tokens = css`
  :host {
    --_fg: var(--goalkit-color-text, #1f2328);
    --_muted: var(--goalkit-color-muted, #57606a);
    --_bg: var(--goalkit-color-background, #ffffff);
    --_surface: var(--goalkit-color-surface, #f6f8fa);
    --_border: var(--goalkit-color-border, #8c959f);
    --_accent: var(--goalkit-color-accent, #0a58ca);
    --_accent-fg: var(--goalkit-color-accent-text, #ffffff);
    --_success: var(--goalkit-color-success, #1a7f37);
    --_warning: var(--goalkit-color-warning, #9a6700);
    --_danger: var(--goalkit-color-danger, #cf222e);
    --_focus: var(--goalkit-color-focus, #0a58ca);
    --_radius: var(--goalkit-radius, 6px);
    --_space: var(--goalkit-spacing, 0.5rem);
    --_font: var(--goalkit-font, inherit);
    --_transition: 150ms ease-in-out;

    display: block;
    color: var(--_fg);
    font: var(--_font);
    line-height: 1.5;
    box-sizing: border-box;
  }
  @media (prefers-color-scheme: dark) {
    :host {
      --_fg: var(--goalkit-color-text, #e6edf3);
      --_muted: var(--goalkit-color-muted, #9198a1);
      --_bg: var(--goalkit-color-background, #0d1117);
      --_surface: var(--goalkit-color-surface, #161b22);
      --_border: var(--goalkit-color-border, #6e7681);
      --_accent: var(--goalkit-color-accent, #4493f8);
      --_accent-fg: var(--goalkit-color-accent-text, #0d1117);
      --_success: var(--goalkit-color-success, #3fb950);
      --_warning: var(--goalkit-color-warning, #d29922);
      --_danger: var(--goalkit-color-danger, #f85149);
      --_focus: var(--goalkit-color-focus, #4493f8);
    }
  }
  @media (prefers-reduced-motion: reduce) {
    :host {
      --_transition: 0s;
    }
  }
  :host([hidden]) {
    display: none;
  }
  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }
  input,
  textarea,
  select,
  button {
    font: inherit;
    color: inherit;
  }
  input[type='text'],
  input[type='url'],
  input[type='date'],
  input[type='number'],
  textarea,
  select {
    background: var(--_bg);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: calc(var(--_space) * 0.75);
    width: 100%;
  }
  textarea {
    min-height: 4.5em;
    resize: vertical;
  }
  button {
    cursor: pointer;
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: calc(var(--_space) * 0.5) var(--_space);
    transition: background var(--_transition);
  }
  button.primary {
    background: var(--_accent);
    border-color: var(--_accent);
    color: var(--_accent-fg);
  }
  :is(input, textarea, select, button, summary, a):focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  .visually-hidden {
    clip: rect(0 0 0 0);
    clip-path: inset(50%);
    height: 1px;
    overflow: hidden;
    position: absolute;
    white-space: nowrap;
    width: 1px;
  }
  .status {
    color: var(--_muted);
    font-size: 0.875em;
    min-height: 1.5em;
    margin: var(--_space) 0 0;
  }
  .status[data-state='unavailable'],
  .status[data-state='outdated'] {
    color: var(--_danger);
  }
  .notice {
    border-left: 4px solid var(--_warning);
    padding: calc(var(--_space) * 0.5) var(--_space);
    background: var(--_surface);
    margin: var(--_space) 0;
  }
  @media print {
    button,
    .no-print,
    .status {
      display: none !important;
    }
  }
`;
