import { expect, fixture, html } from '@open-wc/testing';
import '../../../src/define.js';
import type { GoalkitElement } from '../../../src/internal/goalkit-element.js';
import { closeStores, freshStore } from '../../helpers.js';

type Exposed = GoalkitElement & { document: { key: string } };

afterEach(closeStores);

describe('<goal-workspace>', () => {
  it('gives every element inside it one shared document, named by its storage key', async () => {
    const store = freshStore();
    const workspace = await fixture(html`<goal-workspace storage-key="course-goals" .store=${store}>
      <goal-definer></goal-definer>
      <section><smart-checklist></smart-checklist></section>
      <milestone-timeline></milestone-timeline>
    </goal-workspace>`);
    const elements = [...workspace.querySelectorAll('goal-definer, smart-checklist, milestone-timeline')] as Exposed[];
    expect(elements.map((e) => e.resolvedStorageKey)).to.deep.equal(['course-goals', 'course-goals', 'course-goals']);
    const documents = new Set(elements.map((e) => e.document));
    expect(documents.size).to.equal(1);
    expect([...documents][0]).to.equal(store.open('course-goals'));
  });

  it('reaches elements that were created before it was defined or connected', async () => {
    const store = freshStore();
    const wrapper = await fixture(html`<div></div>`);
    const checklist = document.createElement('smart-checklist') as Exposed;
    const workspace = document.createElement('goal-workspace');
    workspace.setAttribute('storage-key', 'late');
    (workspace as unknown as { store: unknown }).store = store;
    workspace.append(checklist);
    wrapper.append(workspace);
    expect(checklist.resolvedStorageKey).to.equal('late');
  });

  it('reaches elements that were defined and connected before the workspace was defined', async () => {
    const store = freshStore();
    const wrapper = await fixture(html`<div>
      <late-workspace storage-key="defined-late"><smart-checklist .store=${store}></smart-checklist></late-workspace>
    </div>`);
    const checklist = wrapper.querySelector('smart-checklist') as Exposed;
    expect(checklist.resolvedStorageKey, 'no workspace yet').to.not.equal('defined-late');
    const { GoalWorkspace } = await import('../../../src/components/goal-workspace/goal-workspace.js');
    customElements.define('late-workspace', class extends GoalWorkspace {});
    expect(checklist.resolvedStorageKey).to.equal('defined-late');
  });

  it('lets an element with its own storage key keep its data apart', async () => {
    const store = freshStore();
    const workspace = await fixture(html`<goal-workspace storage-key="shared" .store=${store}>
      <smart-checklist storage-key="private"></smart-checklist>
    </goal-workspace>`);
    const checklist = workspace.querySelector('smart-checklist') as Exposed;
    expect(checklist.resolvedStorageKey).to.equal('private');
  });

  it('defaults the key of a lone element to the page path and its id or position', async () => {
    const store = freshStore();
    const page = await fixture(html`<div>
      <goal-definer .store=${store}></goal-definer>
      <goal-definer .store=${store} id="mine"></goal-definer>
    </div>`);
    const [first, second] = [...page.querySelectorAll('goal-definer')] as Exposed[];
    expect(first.resolvedStorageKey).to.equal(`${location.pathname}#goal-definer-1`);
    expect(second.resolvedStorageKey).to.equal(`${location.pathname}#mine`);
  });
});
