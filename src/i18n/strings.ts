import { en } from './en/index.js';

type Widen<T> = { [K in keyof T]: T[K] extends string ? string : Widen<T[K]> };
/** The shape of a strings table. */
export type Strings = Widen<typeof en>;
export type Section = keyof Strings;
export type PartialStrings = { [S in Section]?: Partial<Strings[S]> };

const tables = new Map<string, PartialStrings>([['en', en]]);

/**
 * Adds the strings of a language (`fr`, `pt-BR`…), by section. Missing strings fall back
 * to the base language, then to English.
 */
export function registerStrings(lang: string, strings: PartialStrings): void {
  // A section given again replaces that section of the language's table.
  const key = lang.toLowerCase();
  tables.set(key, { ...tables.get(key), ...strings });
}

/** The language that applies to an element: its own or nearest `lang`, else the page's. */
export function languageOf(element: Element): string {
  const owner = element.closest('[lang]')?.getAttribute('lang');
  return (owner || document.documentElement.lang || 'en').toLowerCase();
}

/** The strings of one section for a language, with English for anything missing. */
export function stringsFor<S extends Section>(lang: string, section: S): Strings[S] {
  const base = lang.split('-')[0];
  return {
    ...en[section],
    ...tables.get(base)?.[section],
    ...tables.get(lang)?.[section],
  } as Strings[S];
}

/** A string of the table with its `{0}`, `{1}`… filled in. */
export function fill(text: string, ...values: unknown[]): string {
  return text.replace(/\{(\d)\}/g, (_, i: string) => String(values[+i]));
}
