import { expect, fixture } from '@open-wc/testing';
import { html, unsafeStatic } from 'lit/static-html.js';
import '../src/define.js';
import { closeStores, freshStore } from './helpers.js';

interface Declaration {
  tagName?: string;
  attributes?: Array<{ name: string }>;
  members?: Array<{ name: string; kind: string; privacy?: string; static?: boolean }>;
  events?: Array<{ name: string; type?: { text: string } }>;
  slots?: Array<{ name: string }>;
  cssParts?: Array<{ name: string }>;
  cssProperties?: Array<{ name: string }>;
}

type LitClass = CustomElementConstructor & {
  elementProperties: Map<string, { attribute?: string | boolean; state?: boolean }>;
  elementStyles: Array<{ cssText: string }>;
};

const TAGS = ['goal-workspace', 'goal-definer', 'smart-checklist', 'milestone-timeline'];
const WIDGET_EVENTS = ['goalkit-change', 'goalkit-save', 'goalkit-error', 'goalkit-complete'];

let manifest: { modules: Array<{ declarations?: Declaration[] }> };

before(async () => {
  manifest = await (await fetch('/custom-elements.json')).json();
});
afterEach(closeStores);

const declaration = (tag: string) =>
  manifest.modules.flatMap((m) => m.declarations ?? []).find((d) => d.tagName === tag)!;

describe('custom-elements.json', () => {
  for (const tag of TAGS) {
    describe(`<${tag}>`, () => {
      it('is described', () => expect(declaration(tag), tag).to.exist);

      it('lists every attribute and public property', () => {
        const decl = declaration(tag);
        const cls = customElements.get(tag) as LitClass;
        const attributes = new Set(decl.attributes?.map((a) => a.name));
        const members = new Set(decl.members?.map((m) => m.name));
        for (const [name, options] of cls.elementProperties) {
          if (options.state || name.startsWith('_')) continue;
          expect(members, `property ${name}`).to.include(name);
          if (options.attribute === false) continue;
          const attribute = typeof options.attribute === 'string' ? options.attribute : name.toLowerCase();
          expect(attributes, `attribute ${attribute}`).to.include(attribute);
        }
      });

      it('lists its events with their detail types', () => {
        const events = declaration(tag).events ?? [];
        const expected = tag === 'goal-workspace' ? ['goalkit-change', 'goalkit-error'] : WIDGET_EVENTS;
        expect(events.map((e) => e.name)).to.include.members(expected);
        for (const event of events) expect(event.type?.text, event.name).to.match(/Goalkit\w+Detail/);
      });

      it('lists every part, slot and theme property it uses', async () => {
        const decl = declaration(tag);
        const el = await fixture<HTMLElement>(html`<${unsafeStatic(tag)} .store=${freshStore()}></${unsafeStatic(tag)}>`);
        await (el as unknown as { updateComplete: Promise<unknown> }).updateComplete;
        const root = el.shadowRoot!;
        const parts = new Set([...root.querySelectorAll('[part]')].flatMap((n) => n.getAttribute('part')!.split(/\s+/)));
        expect(decl.cssParts?.map((p) => p.name) ?? []).to.include.members([...parts]);
        const slots = [...root.querySelectorAll('slot')].map((s) => s.getAttribute('name') ?? '');
        expect(decl.slots?.map((s) => s.name) ?? []).to.include.members(slots);
        const css = (customElements.get(tag) as LitClass).elementStyles.map((s) => s.cssText).join('\n');
        const used = new Set(css.match(/--goalkit-[a-z-]+/g) ?? []);
        expect(decl.cssProperties?.map((p) => p.name) ?? []).to.include.members([...used]);
      });
    });
  }
});
