import { css } from 'lit';

// The element paints its own background so that its colours stay readable on any page.
export const styles = css`
  :host {
    background: var(--_bg);
  }
  .goal,
  fieldset {
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    margin: var(--_space) 0;
    padding: var(--_space);
  }
  h3,
  h4,
  h5,
  .hint,
  .error {
    margin: 0;
  }
  label,
  legend,
  textarea,
  .tools {
    display: block;
    margin-top: var(--_space);
  }
  .hint,
  .progress {
    color: var(--_muted);
  }
  .progress[data-done] {
    color: var(--_success);
  }
  .progress[data-done]::before {
    content: '✓ ';
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
    margin-bottom: var(--_space);
  }
  .item label {
    margin: 0;
  }
  .item input:not([type='checkbox']) {
    flex: 1 1 10em;
    width: auto;
  }
  .item > :nth-last-child(-n + 2) {
    flex-basis: 100%;
  }
  :host(:not([readonly])) ul {
    list-style: none;
    padding: 0;
  }
`;
