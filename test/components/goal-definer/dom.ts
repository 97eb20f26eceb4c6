import { fixture } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import '../../../src/define.js';
import type { GoalDefiner } from '../../../src/components/goal-definer/goal-definer.js';

export type Control = HTMLInputElement | HTMLTextAreaElement;

const text = (node: Element | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();

/** The visible label of a control: its <label>, or the elements its aria-labelledby names. */
export function labelOf(control: Element, labels = labelTexts(control.getRootNode() as ShadowRoot)): string {
  const root = control.getRootNode() as ShadowRoot;
  const labelledBy = control.getAttribute('aria-labelledby');
  if (!labelledBy) return labels.get(control.id) ?? '';
  return labelledBy
    .split(' ')
    .map((id) => {
      const node = root.getElementById(id);
      return node instanceof HTMLInputElement ? node.value : text(node);
    })
    .join(' ');
}

/** Label texts by the id of their control, the required marker left out. */
function labelTexts(root: ShadowRoot): Map<string, string> {
  return new Map([...root.querySelectorAll('label[for]')].map((l) => [l.getAttribute('for')!, text(l).replace(/ ?\*$/, '')]));
}

/** Every text field, text area and checkbox whose label reads `label`, in page order. */
export function fields(el: Element, label: string): Control[] {
  const labels = labelTexts(el.shadowRoot!);
  return [...el.shadowRoot!.querySelectorAll<Control>('input, textarea')].filter((c) => labelOf(c, labels) === label);
}

export function field(el: Element, label: string, index = 0): Control {
  const found = fields(el, label)[index];
  if (!found) throw new Error(`No field labelled "${label}" (#${index})`);
  return found;
}

/** The button whose text (visible and for assistive technology) reads `name`. */
export function button(el: Element, name: string): HTMLButtonElement {
  const found = [...el.shadowRoot!.querySelectorAll('button')].find((b) => text(b) === name);
  if (!found) throw new Error(`No button "${name}"`);
  return found;
}

export const hasButton = (el: Element, name: string) =>
  [...el.shadowRoot!.querySelectorAll('button')].some((b) => text(b) === name);

/** The visible text of the element, spaces squeezed. */
export const visibleText = (el: Element) => text(el.shadowRoot as unknown as Element);

/** Types like a learner: focuses the control, replaces its value, and sends `input`. */
export function type(control: Control, value: string): void {
  control.focus();
  control.value = value;
  control.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
}

/** Leaves a field, as a learner tabbing away does. */
export function leave(control: Control): void {
  control.dispatchEvent(new Event('change', { bubbles: true }));
  control.blur();
}

export async function mount(template: TemplateResult): Promise<GoalDefiner> {
  const el = await fixture<GoalDefiner>(template);
  await el.document!.ready;
  await el.updateComplete;
  return el;
}

/** Saves, then removes the element: what closing the tab leaves in storage. */
export async function unmount(el: GoalDefiner): Promise<void> {
  await el.document!.flush();
  el.remove();
}

interface Axe {
  setup(node: Node): void;
  teardown(): void;
  commons: { text: { accessibleText(el: Element): string }; aria: { getRole(el: Element): string | null } };
}

/**
 * The controls of the element with this role and accessible name, as axe-core computes
 * them (the same computation its checks use).
 */
export async function byRole(el: Element, role: string, name: string): Promise<Element[]> {
  // @ts-expect-error: axe-core's browser build registers itself on window
  await import('axe-core/axe.min.js');
  const axe = (window as unknown as { axe: Axe }).axe;
  axe.setup(document);
  try {
    return [...el.shadowRoot!.querySelectorAll('*')].filter(
      (node) => axe.commons.aria.getRole(node) === role && axe.commons.text.accessibleText(node).trim() === name,
    );
  } finally {
    axe.teardown();
  }
}

/** Adds "The Go Programming Language" (with its link, done) to goal `n`'s first resource list. */
export async function addBook(el: GoalDefiner, n: number): Promise<void> {
  button(el, `Add to Books, blogs, talks, podcasts and courses Goal ${n}`).click();
  await el.updateComplete;
  type(field(el, 'Item'), 'The Go Programming Language');
  type(field(el, 'Link'), 'https://www.gopl.io/');
  await el.updateComplete;
  field(el, 'Done The Go Programming Language').click();
}
