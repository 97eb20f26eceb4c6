import type { Decorator } from '@storybook/web-components-vite';
import { html } from 'lit';

/** Shows a story on a dark page, its element in dark colours whatever the system setting. */
export const darkPage: Decorator = (story) =>
  html`<style>
      .dark-story {
        background: #0d1117;
        padding: 1rem;
      }
      .dark-story > * {
        color-scheme: dark;
      }
    </style>
    <div class="dark-story">${story()}</div>`;
