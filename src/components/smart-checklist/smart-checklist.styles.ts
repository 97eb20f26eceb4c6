import { css } from 'lit';

/** Only the checklist's own layout: fields, buttons, notices and print come from the shared tokens. */
export const styles = css`
  .label {
    display: block;
    margin-top: var(--_space);
  }
  .label,
  .name {
    font-weight: 700;
  }
  .criterion .label {
    font-weight: 400;
  }
  .criterion,
  .score,
  li {
    margin-block: var(--_space);
    padding: var(--_space);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
  [data-met],
  [data-complete] {
    border-color: var(--_success);
  }
  .score strong {
    display: block;
  }
  meter {
    width: 100%;
  }
  ul {
    padding: 0;
  }
  li {
    display: flex;
    gap: var(--_space);
    align-items: baseline;
    justify-content: space-between;
    border-left: 4px solid var(--_warning);
  }
  .answer {
    white-space: pre-wrap;
  }
`;
