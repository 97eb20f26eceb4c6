import { micromark } from 'micromark';
import { openDB } from 'idb';
import { DB_VERSION, type GoalkitDB } from '../src/storage/database.js';
import { GoalStore, type GoalStoreOptions } from '../src/storage/goal-store.js';

const stores: GoalStore[] = [];

/** A store on a database of its own, closed after the test. */
export function freshStore(options: GoalStoreOptions = {}): GoalStore {
  const store = new GoalStore({ name: `goalkit-test-${crypto.randomUUID()}`, ...options });
  stores.push(store);
  return store;
}

/** Another "tab": a second store with its own connection on the same database. */
export function sameDatabase(store: GoalStore, options: GoalStoreOptions = {}): GoalStore {
  const other = new GoalStore({ ...options, name: store.name });
  stores.push(other);
  return other;
}

export function closeStores(): void {
  for (const store of stores.splice(0)) store.close();
}

/** Waits until `check` returns truthy, polling; fails with `message` after `timeout` ms. */
export async function until<T>(check: () => T, message = 'condition', timeout = 5000): Promise<NonNullable<T>> {
  const start = performance.now();
  for (;;) {
    const value = check();
    if (value) return value as NonNullable<T>;
    if (performance.now() - start > timeout) throw new Error(`Timed out waiting for ${message}`);
    await new Promise((r) => setTimeout(r, 10));
  }
}

export const nextFrame = () => new Promise((r) => requestAnimationFrame(() => r(undefined)));

/** The text a label-like element shows, whitespace folded. */
const text = (el: Element | null | undefined) => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();

/**
 * The form control in `root` whose label (a `<label for>`, a wrapping `<label>`,
 * `aria-labelledby` or `aria-label`) reads `name`. Finds controls the way a user does.
 */
export function byLabel<T extends HTMLElement = HTMLInputElement>(root: ParentNode, name: string | RegExp): T | undefined {
  const matches = (value: string) => (typeof name === 'string' ? value === name : name.test(value));
  const controls = [...root.querySelectorAll<HTMLElement>('input, textarea, select, button, [role]')];
  return controls.find((control) => {
    const labelledBy = control.getAttribute('aria-labelledby');
    if (labelledBy) {
      const owner = control.getRootNode() as Document | ShadowRoot;
      return matches(labelledBy.split(/\s+/).map((id) => text(owner.getElementById(id))).join(' '));
    }
    if (control.hasAttribute('aria-label')) return matches(control.getAttribute('aria-label')!);
    const labels = (control as HTMLInputElement).labels;
    if (labels?.length) return [...labels].some((label) => matches(text(label)));
    return control.tagName === 'BUTTON' && matches(text(control));
  }) as T | undefined;
}

/** Types into a text field as a learner would: value, then an input event. */
export function typeInto(control: HTMLInputElement | HTMLTextAreaElement, value: string): void {
  control.focus();
  control.value = value;
  control.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
}

/** Runs `action` and returns the file it offered for download, without downloading it. */
export async function captureDownload(action: () => unknown): Promise<{ name: string; text: string; type: string }> {
  const link = new Promise<HTMLAnchorElement>((resolve) => {
    const listener = (event: Event) => {
      const target = event.composedPath()[0];
      if (target instanceof HTMLAnchorElement && target.download) {
        event.preventDefault();
        document.removeEventListener('click', listener, true);
        resolve(target);
      }
    };
    document.addEventListener('click', listener, true);
  });
  await action();
  const anchor = await link;
  const blob = await (await fetch(anchor.href)).blob();
  return { name: anchor.download, text: await blob.text(), type: blob.type };
}

/**
 * Presses the element's Import button and chooses a file, as the learner would: the system
 * file picker (which a headless browser cannot show) is replaced by choosing `text` as `name`
 * in the file input the button opens. Fails unless the button opens a picker of JSON files.
 */
export function chooseFile(root: ShadowRoot, name: string, text: string): void {
  const button = [...root.querySelectorAll('button')].find((b) => b.textContent!.trim() === 'Import' && !b.closest('dialog'));
  if (!button) throw new Error('no Import button');
  const click = HTMLInputElement.prototype.click;
  let picker: HTMLInputElement | undefined;
  HTMLInputElement.prototype.click = function (this: HTMLInputElement) {
    picker = this;
  };
  try {
    button.click();
  } finally {
    HTMLInputElement.prototype.click = click;
  }
  if (picker?.type !== 'file' || !picker.accept.includes('application/json')) throw new Error('Import did not open a picker of JSON files');
  const transfer = new DataTransfer();
  transfer.items.add(new File([text], name, { type: 'application/json' }));
  picker.files = transfer.files;
  picker.dispatchEvent(new Event('change', { bubbles: true }));
}

/**
 * Runs `check` while `el` is being printed (the system print dialog replaced by a counter),
 * then lets printing end. Returns how many times the page asked to print.
 */
export async function whilePrinting(el: { print(): Promise<void> }, check: () => unknown): Promise<number> {
  const original = window.print;
  let printed = 0;
  window.print = () => {
    printed++;
  };
  try {
    await el.print();
    await check();
  } finally {
    window.print = original;
    dispatchEvent(new Event('afterprint'));
  }
  return printed;
}

/** Markdown rendered by a CommonMark library, raw HTML allowed as the laxest renderer would; parsed inert. */
export function rendered(markdown: string): HTMLElement {
  const template = document.createElement('template');
  template.innerHTML = micromark(markdown, { allowDangerousHtml: true, allowDangerousProtocol: true });
  const container = document.createElement('div');
  container.append(template.content);
  return container;
}

/** Reads a record straight from IndexedDB, as a reloaded page would find it. */
export async function storedRecord(name: string, key: string) {
  const db = await openDB<GoalkitDB>(name, DB_VERSION);
  try {
    return await db.get('documents', key);
  } finally {
    db.close();
  }
}
