import { unsafeCSS, type CSSResult } from 'lit';

/**
 * The `css` tag for goalkit's own style sheets, which are constant text: Lit's `css` result
 * without its checks of interpolated values (there are none: the signature admits no value).
 */
export const css = (strings: TemplateStringsArray): CSSResult => unsafeCSS(strings[0]);
