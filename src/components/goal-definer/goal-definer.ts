import { html } from 'lit';
import { GoalkitElement } from '../../internal/goalkit-element.js';

/**
 * @summary Work in progress.
 */
export class GoalDefiner extends GoalkitElement<'goal-definer'> {
  protected readonly section = 'goal-definer';

  protected override render() {
    return html`${this.renderStatus()}`;
  }
}
