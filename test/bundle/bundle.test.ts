import { expect } from '@open-wc/testing';
import { bundleSize } from '../commands.js';
import { until } from '../helpers.js';

type PageWindow = Window & typeof globalThis & { pageErrors: string[] };

/** Loads a page in an iframe and waits until goalkit has defined its elements there. */
async function openPage(src: string): Promise<HTMLIFrameElement> {
  const frame = document.createElement('iframe');
  frame.src = src;
  document.body.append(frame);
  await new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  const win = frame.contentWindow as PageWindow;
  await until(() => win.customElements.get('milestone-timeline'), 'elements to be defined');
  return frame;
}

/** Every form control inside the page's goalkit elements, through their shadow roots. */
function controls(frame: HTMLIFrameElement): Array<HTMLInputElement | HTMLTextAreaElement> {
  const doc = frame.contentDocument!;
  return [...doc.querySelectorAll('goal-definer, smart-checklist, milestone-timeline')].flatMap((el) => [
    ...(el.shadowRoot?.querySelectorAll<HTMLInputElement | HTMLTextAreaElement>('input, textarea') ?? []),
  ]);
}

afterEach(() => document.querySelectorAll('iframe').forEach((f) => f.remove()));

describe('dist/goalkit.js', () => {
  it('stays within 30 KB min+gzip', async () => {
    const { min, gzip } = await bundleSize();
    console.log(`dist/goalkit.js: ${(min / 1024).toFixed(1)} KB min, ${(gzip / 1024).toFixed(1)} KB min+gzip`);
    expect(gzip).to.be.at.most(30 * 1024);
  });

  it('defines every element when loaded twice, without an error', async () => {
    const frame = await openPage('/test/pages/loaded-twice.html');
    const win = frame.contentWindow as PageWindow;
    for (const tag of ['goal-workspace', 'goal-definer', 'smart-checklist', 'milestone-timeline']) {
      expect(win.customElements.get(tag), tag).to.be.a('function');
    }
    await until(() => frame.contentDocument!.querySelector('goal-definer')!.shadowRoot?.childElementCount, 'a render');
    expect(win.pageErrors).to.deep.equal([]);
  });

  it('raises no violation under a strict Content-Security-Policy with Trusted Types enforced', async () => {
    const frame = await openPage('/test/csp/strict.html');
    const win = frame.contentWindow as PageWindow;
    // The policy is really in force: assigning a plain string as HTML is refused.
    expect(() => {
      win.document.createElement('div').innerHTML = '<b>plain string</b>';
    }).to.throw();
    // That refusal is reported as a violation a moment later: wait for it, then start clean.
    await until(() => win.pageErrors.length, 'the deliberate violation to be reported');
    win.pageErrors.length = 0;

    await until(() => controls(frame).length > 0, 'controls to render');
    for (const control of controls(frame)) {
      if (control.type === 'file' || control.type === 'radio') continue;
      if (control.type === 'checkbox') control.click();
      else if (control.type === 'date') control.value = '2027-01-11';
      else if (control.type !== 'number') control.value = 'Typed <b>under</b> CSP';
      control.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
      control.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
    }
    await new Promise((r) => setTimeout(r, 300));
    expect(win.pageErrors).to.deep.equal([]);
  });
});
