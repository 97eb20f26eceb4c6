import { noChange, type ElementPart } from 'lit';
import { Directive, directive, PartType, type PartInfo, type PropertyPart } from 'lit/directive.js';
import { setCommittedValue } from 'lit/directive-helpers.js';

/**
 * Binds a form control's value, except while the learner is typing in it: a change from
 * another widget or tab then waits until the control loses focus, so the text under the
 * caret is never replaced.
 */
class LiveValue extends Directive {
  constructor(info: PartInfo) {
    super(info);
    if (info.type !== PartType.PROPERTY) throw new Error('liveValue() goes in a property binding');
  }

  render(value: string | number | boolean) {
    return value;
  }

  override update(part: PropertyPart | ElementPart, [value]: [string | number | boolean]) {
    const control = part.element as HTMLInputElement;
    const name = (part as PropertyPart).name as 'value' | 'checked';
    if (control[name] === value) return noChange;
    const root = control.getRootNode() as ShadowRoot | Document;
    if (root.activeElement === control && name === 'value') return noChange;
    // The control shows something else than Lit last wrote (the learner typed): make Lit write.
    setCommittedValue(part as PropertyPart);
    return value;
  }
}

export const liveValue = directive(LiveValue);
