import { css } from '../../styles/css.js';

/** Only the checklist's own layout: fields, buttons, panels, notices and print come from the shared tokens. */
export const styles = css`
  label + label {
    display: block;
  }
  [data-met],
  [data-complete] {
    border-color: var(--_success);
  }
  p {
    white-space: pre-wrap;
  }
`;
