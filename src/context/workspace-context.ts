import { createContext } from '@lit/context';
import type { DocumentHost, GoalDocument } from '../storage/goal-document.js';

/** What a `<goal-workspace>` gives the elements inside it. */
export interface WorkspaceContext {
  store: DocumentHost;
  document: GoalDocument;
  storageKey: string;
  /** The workspace element, for positions of elements inside it. */
  host: HTMLElement;
}

/** Keyed by a global symbol so that two copies of goalkit on one page still match. */
export const workspaceContext = createContext<WorkspaceContext | undefined>(Symbol.for('goalkit.workspace'));
