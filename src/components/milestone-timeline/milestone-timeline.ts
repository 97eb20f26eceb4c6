import { html } from 'lit';
import { GoalkitElement } from '../../internal/goalkit-element.js';

/**
 * @summary Work in progress.
 */
export class MilestoneTimeline extends GoalkitElement<'milestone-timeline'> {
  protected readonly section = 'milestone-timeline';

  protected override render() {
    return html`${this.renderStatus()}`;
  }
}
