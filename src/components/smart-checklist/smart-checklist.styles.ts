import { css } from 'lit';

/** Only the checklist's own layout: fields, buttons, notices and print come from the shared tokens. */
export const styles = css`
  label + label {
    display: block;
  }
  section {
    border: var(--_line);
    border-radius: var(--_radius);
    margin: var(--_space) 0;
    padding: var(--_space);
  }
  [data-met],
  [data-complete] {
    border-color: var(--_success);
  }
  p {
    white-space: pre-wrap;
  }
`;
