import { css } from './css.js';

/**
 * Shared look of every element. Public `--goalkit-*` properties set the theme; private
 * `--_*` ones carry the resolved values inside.
 */
export const tokens = css`
  :host {
    /* Light and dark defaults in one place. The page's color-scheme picks one, so a page
       that offers dark mode (color-scheme: light dark) follows the reader's preference and a
       light-only page stays readable. */
    --_fg: var(--goalkit-color-text, light-dark(#1f2328, #e6edf3));
    --_bg: var(--goalkit-color-background, light-dark(#fff, #0d1117));
    /* The rest derive from text and background unless set, so a custom pair stays coherent. */
    --_muted: var(--goalkit-color-muted, color-mix(in srgb, var(--_fg) 72%, var(--_bg)));
    --_surface: var(--goalkit-color-surface, color-mix(in srgb, var(--_fg) 4%, var(--_bg)));
    --_border: var(--goalkit-color-border, color-mix(in srgb, var(--_fg) 50%, var(--_bg)));
    --_accent: var(--goalkit-color-accent, light-dark(#0a58ca, #4493f8));
    --_accent-fg: var(--goalkit-color-accent-text, var(--_bg));
    --_success: var(--goalkit-color-success, light-dark(#1a7f37, #3fb950));
    --_warning: var(--goalkit-color-warning, light-dark(#9a6700, #d29922));
    --_danger: var(--goalkit-color-danger, light-dark(#cf222e, #f85149));
    --_focus: var(--goalkit-color-focus, var(--_accent));
    --_radius: var(--goalkit-radius, 6px);
    --_space: var(--goalkit-spacing, 0.5rem);
    --_line: 1px solid var(--_border);
    display: block;
    color: var(--_fg);
    font: var(--goalkit-font, inherit);
    line-height: 1.5;
    box-sizing: border-box;
  }
  :host([hidden]),
  [hidden] {
    display: none !important;
  }
  *,
  ::before,
  ::after {
    box-sizing: inherit;
  }
  input,
  textarea,
  select,
  button {
    font: inherit;
    color: inherit;
  }
  input:not([type='checkbox'], [type='radio'], [type='file']),
  textarea,
  select,
  dialog {
    background: var(--_bg);
    border: var(--_line);
    border-radius: var(--_radius);
    padding: calc(var(--_space) * 0.75);
    width: 100%;
  }
  textarea {
    min-height: 4.5em;
    resize: vertical;
  }
  button,
  summary {
    display: inline-block;
    cursor: pointer;
    background: var(--_surface);
    border: var(--_line);
    border-radius: var(--_radius);
    padding: calc(var(--_space) / 2) var(--_space);
  }
  .primary,
  .danger {
    background: var(--_accent);
    border-color: var(--_accent);
    color: var(--_accent-fg);
  }
  .danger {
    --_accent: var(--_danger);
  }
  :focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  .visually-hidden {
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
  .status:is([data-state='unavailable'], [data-state='outdated']) {
    color: var(--_danger);
  }
  section,
  fieldset {
    border: var(--_line);
    border-radius: var(--_radius);
    margin: var(--_space) 0;
    padding: var(--_space);
  }
  .notice {
    border-left: 4px solid var(--_warning);
    padding: calc(var(--_space) / 2) var(--_space);
    background: var(--_surface);
    margin: var(--_space) 0;
  }
  .actions,
  .export,
  .dialog-buttons,
  dialog fieldset {
    display: flex;
    flex-wrap: wrap;
    gap: calc(var(--_space) / 2);
    align-items: center;
  }
  .actions {
    margin-top: var(--_space);
  }
  summary::after {
    content: ' ▾';
  }
  dialog {
    color: var(--_fg);
    width: auto;
    max-width: min(36rem, 90vw);
  }
  dialog h2 {
    margin-top: 0;
    font-size: 1.2em;
  }
  dialog fieldset {
    border: 0;
    padding: 0;
    flex-direction: column;
    align-items: start;
  }
  @media print {
    button,
    .no-print,
    .status,
    .actions,
    dialog {
      display: none !important;
    }
  }
`;
