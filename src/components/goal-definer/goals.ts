/** The goals an author asks for are slots keyed `1`, `2`…; goals the learner adds have other keys. */
const SLOT = /^\d+$/;

/** Goal keys in order: the stored order, with the author's slots that hold no data yet at their place. */
export function goalOrder(stored: readonly string[], slots: number): string[] {
  const order = [...stored];
  for (let n = 1; n <= slots; n++) if (!order.includes(`${n}`)) order.splice(Math.min(n - 1, order.length), 0, `${n}`);
  return order;
}

/** Whether the page still asks for a goal: a slot beyond `slots` is hidden, its data kept. */
export function isAsked(key: string, slots: number): boolean {
  return !SLOT.test(key) || (+key >= 1 && +key <= slots);
}

