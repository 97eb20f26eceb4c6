import { expect } from '@open-wc/testing';
import '../../src/define.js';
import type { GoalkitChangeDetail } from '../../src/events.js';
import { byLabel, typeInto, until } from '../helpers.js';

// React ships CommonJS; the test server bundles it as an ES module (test/framework-bundles.js).
type ReactModule = { React: any; ReactDOM?: any; ReactDOMClient?: any };
const load = (name: string): Promise<ReactModule> => import(/* @vite-ignore */ `/__frameworks/${name}.js`);

let container: HTMLElement;
beforeEach(() => {
  container = document.createElement('div');
  document.body.append(container);
});
afterEach(() => container.remove());

const key = () => `react-${crypto.randomUUID()}`;

describe('from React 17 (attributes only, events through a ref)', () => {
  it('configures elements with string attributes and receives goalkit-change', async () => {
    const { React, ReactDOM } = await load('react17');
    const changes: GoalkitChangeDetail[] = [];
    function Goals() {
      const ref = React.useRef(null);
      React.useEffect(() => {
        const el = ref.current as HTMLElement;
        const listener = (e: Event) => changes.push((e as CustomEvent<GoalkitChangeDetail>).detail);
        el.addEventListener('goalkit-change', listener);
        return () => el.removeEventListener('goalkit-change', listener);
      }, []);
      return React.createElement('smart-checklist', { ref, 'storage-key': storageKey, r: 'relevant' });
    }
    const storageKey = key();
    ReactDOM.render(React.createElement(Goals), container);
    const el = container.querySelector('smart-checklist')!;
    expect(el.getAttribute('storage-key')).to.equal(storageKey);
    await until(() => el.shadowRoot?.querySelector('textarea, input'), 'render');
    const root = el.shadowRoot!;
    expect(byLabel(root, 'Relevant'), 'the r="relevant" attribute took effect').to.exist;
    typeInto(byLabel(root, /^Goal/)!, 'Speak at a meetup by June');
    expect(changes.map((c) => c.widget)).to.include('smart-checklist');
    ReactDOM.unmountComponentAtNode(container);
  });
});

describe('from React 19', () => {
  it('passes attributes and listens with on<event> props', async () => {
    const { React, ReactDOMClient } = await load('react19');
    const changes: GoalkitChangeDetail[] = [];
    const storageKey = key();
    const root = ReactDOMClient.createRoot(container);
    root.render(
      React.createElement(
        'goal-workspace',
        { 'storage-key': storageKey },
        React.createElement('smart-checklist', {
          'ongoalkit-change': (e: CustomEvent<GoalkitChangeDetail>) => changes.push(e.detail),
        }),
      ),
    );
    const el = (await until(() => container.querySelector('smart-checklist'), 'mount'))!;
    await until(() => el.shadowRoot?.querySelector('textarea, input'), 'render');
    const shadow = el.shadowRoot!;
    expect((el as unknown as { resolvedStorageKey: string }).resolvedStorageKey).to.equal(storageKey);
    typeInto(byLabel(shadow, /^Goal/)!, 'Ship a side project by March');
    expect(changes).to.have.length.greaterThan(0);
    expect(changes[0].storageKey).to.equal(storageKey);
    root.unmount();
  });
});
