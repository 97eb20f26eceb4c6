/** The `goalkit-*` events and their details. All bubble and are composed. */

/** Dispatches a `goalkit-*` event from an element. */
export function fire<T>(target: EventTarget, name: keyof GlobalEventHandlersEventMap & `goalkit-${string}`, detail: T): void {
  target.dispatchEvent(new CustomEvent(name, { bubbles: true, composed: true, detail }));
}

export interface GoalkitChangeDetail {
  /** The element's tag, e.g. `goal-definer`. */
  widget: string;
  /** The storage key of the data that changed. */
  storageKey: string;
  /** Key of the goal that changed, when there is one. */
  goal?: string;
  /** What changed, e.g. `title`, `lists.mentors`, `measurable`, `milestones.m1.done`. */
  field: string;
  /** The new value. */
  value?: unknown;
}

export interface GoalkitSaveDetail {
  widget: string;
  storageKey: string;
  /** Revision of the data after this commit. */
  rev: number;
}

export interface GoalkitErrorDetail {
  widget: string;
  /** A plain-words message for the learner or the host developer. */
  message: string;
  /** `storage` for saving and loading problems, `import` for a rejected file, `config` for a bad attribute. */
  kind: 'storage' | 'import' | 'config';
  error?: unknown;
}

export interface GoalkitCompleteDetail {
  widget: string;
  storageKey: string;
  /** `goal`: a goal fully defined; `smart`: all five criteria met; `milestone`: a milestone done. */
  kind: 'goal' | 'smart' | 'milestone';
  goal?: string;
  milestone?: string;
}

declare global {
  interface GlobalEventHandlersEventMap {
    'goalkit-change': CustomEvent<GoalkitChangeDetail>;
    'goalkit-save': CustomEvent<GoalkitSaveDetail>;
    'goalkit-error': CustomEvent<GoalkitErrorDetail>;
    'goalkit-complete': CustomEvent<GoalkitCompleteDetail>;
  }
}
