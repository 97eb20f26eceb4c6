import { expect } from '@open-wc/testing';
import { micromark } from 'micromark';
import { until } from './helpers.js';

/** The HTML example of README.md marked `<!-- readme-example: name -->`. */
async function example(name: string): Promise<string> {
  const readme = await (await fetch('/README.md')).text();
  const match = readme.match(new RegExp(`<!-- readme-example: ${name} -->\\s*\`\`\`html\\n([\\s\\S]*?)\`\`\``));
  if (!match) throw new Error(`README.md has no example "${name}"`);
  return match[1];
}

async function load(html: string): Promise<Document> {
  const frame = document.createElement('iframe');
  frame.srcdoc = html;
  document.body.append(frame);
  await new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  return frame.contentDocument!;
}

const shadowText = (doc: Document, tag: string) => doc.querySelector(tag)?.shadowRoot?.textContent ?? '';

afterEach(() => document.querySelectorAll('iframe').forEach((f) => f.remove()));

describe('README examples', () => {
  it('plain HTML with a script tag: the worksheet appears', async () => {
    const doc = await load(await example('plain-html'));
    await until(() => shadowText(doc, 'goal-definer').includes('Where are you now?'), 'the worksheet');
    expect(shadowText(doc, 'goal-definer')).to.include('Why is this goal important to you?');
  });

  it('a Markdown page (rendered as a Markdown processor would): timeline and worksheet appear', async () => {
    const body = micromark(await example('markdown'), { allowDangerousHtml: true });
    const doc = await load(`<script type="module" src="/dist/goalkit.js"></script>${body}`);
    await until(() => shadowText(doc, 'milestone-timeline').includes('Informational interview'), 'the timeline');
    await until(() => shadowText(doc, 'goal-definer').includes('Where are you now?'), 'the worksheet');
    const workspace = doc.querySelector('goal-workspace') as HTMLElement & { resolvedStorageKey: string };
    expect(workspace.resolvedStorageKey).to.equal('goals-assignment');
  });
});
