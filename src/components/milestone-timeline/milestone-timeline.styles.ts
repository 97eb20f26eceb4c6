import { css } from '../../styles/css.js';

export const styles = css`
  ol { list-style: none; padding-left: var(--_space); border-left: 2px solid var(--_border); overflow-wrap: anywhere; }
  li { padding: var(--_space) 0; }
  input[type='number'] { width: 5em; }
  .done .info { color: var(--_success); }
  .soon .info { color: var(--_warning); }
  .overdue .info, .error { color: var(--_danger); }
  .today { color: var(--_accent); border-top: 2px dashed; }
  .notes { white-space: pre-wrap; }
`;
