import { css } from '../../styles/css.js';

// The element paints its own background so that its colours stay readable on any page.
export const styles = css`
  :host {
    background: var(--_bg);
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
  ul {
    padding-left: 1em;
  }
`;
