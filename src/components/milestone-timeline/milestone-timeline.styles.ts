import { css } from 'lit';

export const styles = css`
  ol {
    list-style: none;
    margin: var(--_space) 0;
    padding: 0 0 0 var(--_space);
    border-left: 2px solid var(--_border);
  }
  li {
    padding: var(--_space) 0 var(--_space) calc(var(--_space) * 1.5);
    overflow-wrap: anywhere;
  }
  li + li {
    border-top: 1px solid var(--_surface);
  }
  .head {
    display: flex;
    gap: var(--_space);
    align-items: center;
  }
  .title {
    font-weight: 600;
  }
  input[type='checkbox'] {
    inline-size: 1.25em;
    block-size: 1.25em;
    flex: none;
    accent-color: var(--_accent);
  }
  .head input[type='number'] {
    inline-size: 4.5em;
    flex: none;
  }
  .info,
  .goal,
  .summary {
    margin: calc(var(--_space) / 2) 0;
  }
  .info {
    color: var(--_muted);
  }
  .done .info {
    color: var(--_success);
  }
  .soon .info {
    color: var(--_warning);
  }
  .overdue .info,
  .error {
    color: var(--_danger);
  }
  .error {
    border-color: var(--_danger);
  }
  .summary,
  .today {
    font-weight: 600;
  }
  .today {
    color: var(--_accent);
    border-top: 2px dashed var(--_accent);
  }
  .field {
    margin-block: calc(var(--_space) / 2);
  }
  label {
    display: block;
  }
  .head label {
    display: inline;
  }
  .notes {
    white-space: pre-wrap;
  }
`;
