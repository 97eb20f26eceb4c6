/** Strings of `<milestone-timeline>`. */
export const milestoneTimeline = {
  startDate: 'Start date',
} as const;
