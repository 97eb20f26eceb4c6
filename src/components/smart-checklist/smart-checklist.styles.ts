import { css } from 'lit';

export const styles = css`
  p {
    margin: 0;
  }
  .label,
  select,
  .criteria,
  .score,
  .hints {
    display: block;
    margin-block: var(--_space);
  }
  .criteria,
  .hints ul {
    display: grid;
    gap: var(--_space);
    padding: 0;
  }
  .criterion {
    display: grid;
    grid-template-columns: auto 1fr;
    align-items: center;
    gap: calc(var(--_space) / 2) var(--_space);
    padding: var(--_space);
    border: 1px solid var(--_border);
    border-left-width: 4px;
    border-radius: var(--_radius);
  }
  .criterion > :is(:nth-child(n + 3), p:first-child) {
    grid-column: 1 / -1;
    margin: 0;
  }
  .label,
  .name {
    font-weight: 700;
  }
  .criterion .label,
  .met {
    font-weight: normal;
    color: var(--_muted);
  }
  [data-met],
  .on {
    border-color: var(--_success);
  }
  [data-met] .met,
  .score strong {
    color: var(--_success);
  }
  input[type='checkbox'] {
    width: 1.25em;
    height: 1.25em;
    margin: 0;
    accent-color: var(--_success);
  }
  .answer {
    white-space: pre-wrap;
  }
  .score,
  .hints li {
    padding: var(--_space);
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  [data-complete] {
    outline: 2px solid var(--_success);
  }
  .score strong {
    display: block;
    font-size: 1.125em;
  }
  .score strong::before {
    content: '✓ ';
  }
  .meter {
    display: grid;
    grid-template-columns: repeat(5, 1fr);
    gap: 4px;
    height: 0.75rem;
    margin-block: var(--_space);
  }
  .meter span {
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
  .meter .on {
    background: var(--_success);
  }
  .hints li,
  .footer {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space);
    align-items: baseline;
    justify-content: space-between;
  }
  .hints li {
    border-left: 4px solid var(--_warning);
  }
  .hints li span {
    flex: 1 1 20em;
  }
`;
