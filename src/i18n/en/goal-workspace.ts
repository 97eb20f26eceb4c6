/** Strings of `<goal-workspace>`. */
export const goalWorkspace = {
  workspace: 'Goals workspace',
} as const;
