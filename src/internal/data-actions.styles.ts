import { css } from 'lit';

/** Styles of the Export / Import / Forget controls and their dialog. */
export const actionStyles = css`
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: calc(var(--_space) * 0.5);
    align-items: center;
    margin-top: var(--_space);
  }
  summary,
  .file-button {
    display: inline-block;
    cursor: pointer;
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: calc(var(--_space) * 0.5) var(--_space);
  }
  summary::after {
    content: ' ▾';
  }
  details[open] > summary::after {
    content: ' ▴';
  }
  .export {
    display: inline-flex;
    gap: calc(var(--_space) * 0.5);
  }
  .file-button:focus-within {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  [role='group'] {
    display: inline-flex;
    flex-wrap: wrap;
    gap: calc(var(--_space) * 0.5);
  }
  [hidden] {
    display: none !important;
  }
  dialog {
    color: var(--_fg);
    background: var(--_bg);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    max-width: min(36rem, 90vw);
  }
  dialog h2 {
    margin-top: 0;
    font-size: 1.2em;
  }
  dialog fieldset {
    border: 0;
    padding: 0;
    display: grid;
    gap: calc(var(--_space) * 0.5);
  }
  .dialog-buttons {
    display: flex;
    gap: var(--_space);
    margin-top: var(--_space);
  }
  button.danger {
    background: var(--_danger);
    border-color: var(--_danger);
    color: #fff;
  }
  @media print {
    .actions,
    dialog {
      display: none !important;
    }
  }
`;
