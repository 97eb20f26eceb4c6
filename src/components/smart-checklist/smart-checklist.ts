import { html } from 'lit';
import { GoalkitElement } from '../../internal/goalkit-element.js';

/**
 * @summary Work in progress.
 */
export class SmartChecklist extends GoalkitElement<'smart-checklist'> {
  protected readonly section = 'smart-checklist';

  protected override render() {
    return html`${this.renderStatus()}`;
  }
}
