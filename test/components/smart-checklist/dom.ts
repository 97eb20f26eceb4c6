import { sendKeys } from '@web/test-runner-commands';
import { until } from '../../helpers.js';

/** What a learner sees and uses in a checklist, found by visible labels and names. */

const squeeze = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, ' ').trim();

export const shadow = (el: Element): ShadowRoot => el.shadowRoot!;

/** The visible text of the element. */
export const textOf = (el: Element): string => squeeze(shadow(el).textContent);

/** The control whose `<label>` reads `label`. */
export function control<T extends HTMLElement = HTMLInputElement>(el: Element, label: string): T {
  const found = [...shadow(el).querySelectorAll('label')].find((l) => squeeze(l.textContent) === label);
  if (!found?.control) throw new Error(`No control labelled "${label}" in: ${textOf(el)}`);
  return found.control as T;
}

export const hasControl = (el: Element, label: string): boolean =>
  [...shadow(el).querySelectorAll('label')].some((l) => squeeze(l.textContent) === label && l.control);

/** The button whose accessible name (its text, hidden words included) is `name`. */
export function button(el: Element, name: string): HTMLButtonElement | undefined {
  return [...shadow(el).querySelectorAll('button')].find((b) => squeeze(b.textContent) === name);
}

export const buttonNames = (el: Element): string[] =>
  [...shadow(el).querySelectorAll('button')].map((b) => squeeze(b.textContent));

/** The score meter: a `<meter>` (its role is meter) or any element with role meter. */
export const meter = (el: Element): HTMLElement => shadow(el).querySelector('meter, [role="meter"]')!;

/** The text of each hint shown. */
export const hints = (el: Element): string[] =>
  [...shadow(el).querySelectorAll('[part="hints"] li > span')].map((s) => squeeze(s.textContent));

export const statusText = (el: Element): string => squeeze(shadow(el).querySelector('[role="status"]')?.textContent);

/** Types into a field the way a learner does: focus it, then key presses. */
export async function typeInto(field: HTMLElement, text: string): Promise<void> {
  field.focus();
  await sendKeys({ type: text });
}

/** Clears a field with the keyboard. */
export async function clear(field: HTMLTextAreaElement): Promise<void> {
  field.focus();
  field.select();
  await sendKeys({ press: 'Backspace' });
}

export const saved = (el: Element) => until(() => statusText(el) === 'Saved', '"Saved"');
