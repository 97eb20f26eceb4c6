import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';

const meta: Meta = {
  title: 'Elements/goal-workspace',
  component: 'goal-workspace',
};
export default meta;

/** A workspace groups elements so they share one store. */
export const Grouping: StoryObj = {
  render: () => html`<goal-workspace storage-key="story-workspace">
    <goal-definer goals="1"></goal-definer>
    <smart-checklist goal="1"></smart-checklist>
  </goal-workspace>`,
};
