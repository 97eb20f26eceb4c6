import { css } from 'lit';

// The element paints its own background so that its colours stay readable on any page.
export const styles = css`
  :host {
    background: var(--_bg);
  }
  section,
  fieldset {
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    margin: var(--_space) 0;
    padding: var(--_space);
  }
  fieldset fieldset {
    border: 0;
    padding: 0;
  }
  label,
  legend,
  textarea {
    display: block;
    margin-top: var(--_space);
  }
  .hint,
  [part='progress'] {
    color: var(--_muted);
  }
  [data-done] {
    color: var(--_success);
  }
  .required,
  .error {
    color: var(--_danger);
  }
  :disabled {
    opacity: 0.5;
  }
  .answer {
    white-space: pre-wrap;
  }
  .item {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_space);
  }
  .item input:not([type='checkbox']) {
    flex: 1 1 10em;
  }
  :host(:not([readonly])) ul {
    list-style: none;
    padding: 0;
  }
`;
