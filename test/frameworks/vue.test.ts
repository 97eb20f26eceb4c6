import { expect } from '@open-wc/testing';
import '../../src/define.js';
import { byLabel, typeInto, until } from '../helpers.js';

describe('from Vue 3', () => {
  it('renders elements with attributes and receives goalkit-change through v-on', async () => {
    const url = '/__frameworks/vue.js';
    const { Vue } = await import(/* @vite-ignore */ url);
    const { createApp, h } = Vue;
    const container = document.createElement('div');
    document.body.append(container);
    const changes: string[] = [];
    const storageKey = `vue-${crypto.randomUUID()}`;
    const app = createApp({
      render: () => h('smart-checklist', { 'storage-key': storageKey, 'onGoalkit-change': (e: CustomEvent) => changes.push(e.detail.field) }),
    });
    app.mount(container);
    const el = container.querySelector('smart-checklist')!;
    await until(() => el.shadowRoot?.querySelector('textarea, input'), 'render');
    const root = el.shadowRoot!;
    expect(el.getAttribute('storage-key')).to.equal(storageKey);
    typeInto(byLabel(root, /^Goal/)!, 'Write a blog post every month');
    expect(changes).to.have.length.greaterThan(0);
    app.unmount();
    container.remove();
  });
});
