/** Strings of `<goal-definer>`. */
export const goalDefiner = {
  goal: 'Goal',
} as const;
