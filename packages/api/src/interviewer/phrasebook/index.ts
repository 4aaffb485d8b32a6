import type { Phrasebook, SpokenLanguage } from './phrasebook.ts';
import { en } from './en.ts';
import { fr } from './fr.ts';
import { es } from './es.ts';
import { de } from './de.ts';

const BOOKS: Record<SpokenLanguage, Phrasebook> = { en, fr, es, de };

/** The built-in interviewer's words for a BCP 47 tag ("en-GB" → English), or undefined for a language it does not speak. */
export function phrasebookFor(language: string): Phrasebook | undefined {
  const primary = language.toLowerCase().split('-')[0]!;
  return Object.hasOwn(BOOKS, primary) ? BOOKS[primary as SpokenLanguage] : undefined;
}

/** Fills {placeholders} in a template; a placeholder without a value is a bug, so it throws. */
export function fill(template: string, values: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (_m, key: string) => {
    const value = values[key];
    if (value === undefined) throw new Error(`no value for {${key}} in "${template}"`);
    return value;
  });
}
