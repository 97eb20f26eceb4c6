import { css } from 'lit';

// The element paints its own background so that its colours stay readable on any page.
export const styles = css`
  :host {
    background: var(--_bg);
  }
  .goal,
  fieldset {
    display: block;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    margin: var(--_space) 0;
    padding: var(--_space);
  }
  fieldset fieldset {
    border: 0;
    padding: 0;
  }
  h3,
  p {
    margin: 0 0 var(--_space);
  }
  label,
  legend,
  textarea {
    display: block;
    margin-top: var(--_space);
  }
  label,
  legend {
    font-weight: 600;
  }
  .hint,
  .progress {
    color: var(--_muted);
  }
  [data-done] {
    color: var(--_success);
  }
  [data-done]::before {
    content: '✓ ';
  }
  :disabled {
    opacity: 0.5;
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
  .item * {
    margin: 0;
    font-weight: 400;
  }
  .item input:not([type='checkbox']) {
    flex: 1 1 10em;
  }
  .item > :nth-last-child(-n + 2) {
    flex-basis: 100%;
  }
  :host(:not([readonly])) ul {
    list-style: none;
    padding: 0;
  }
`;
