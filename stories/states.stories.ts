import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { registerStrings } from '../src/i18n/strings.js';
import { GoalStore } from '../src/storage/goal-store.js';

const meta: Meta = { title: 'States' };
export default meta;

/** What every element shows when IndexedDB cannot be used: editing goes on in memory, export still works. */
export const StorageUnavailable: StoryObj = {
  render: () => {
    const store = new GoalStore({ memoryOnly: true });
    return html`<goal-workspace .store=${store} storage-key="story-memory">
      <goal-definer goals="1" .store=${store}></goal-definer>
      <smart-checklist goal="1"></smart-checklist>
      <milestone-timeline start-date="2027-01-04">
        <milestone-item due="week 2">Informational interview</milestone-item>
      </milestone-timeline>
    </goal-workspace>`;
  },
};

/** Another language: a page (or element) `lang` picks a strings table registered with `registerStrings`. */
export const French: StoryObj = {
  render: () => {
    registerStrings('fr', {
      common: {
        saving: 'Enregistrement…',
        saved: 'Enregistré',
        notSaved: 'Non enregistré : le stockage est indisponible dans ce navigateur',
        export: 'Exporter',
        import: 'Importer',
        print: 'Imprimer',
        forget: 'Oublier mes données',
      },
    });
    return html`<div lang="fr">
      <smart-checklist storage-key="story-french"></smart-checklist>
    </div>`;
  },
};
