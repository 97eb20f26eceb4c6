/** Strings of `<smart-checklist>`. */
export const smartChecklist = {
  goal: 'Goal',
} as const;
