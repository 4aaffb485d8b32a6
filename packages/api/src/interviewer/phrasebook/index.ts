import type { Phrasebook, SpokenLanguage } from './phrasebook.ts';
import { en } from './en.ts';
import { fr } from './fr.ts';
import { es } from './es.ts';
import { de } from './de.ts';

const BOOKS: Record<SpokenLanguage, Phrasebook> = { en, fr, es, de };

/** The built-in interviewer's words for a BCP 47 tag ("en-GB", "es-MX", "de-AT" → that language), or undefined for a language it does not speak. */
export function phrasebookFor(language: string): Phrasebook | undefined {
  // The primary subtag decides ("fr-CA" → fr); an underscore ("de_AT", as some platforms write it) separates it too.
  const primary = language.trim().toLowerCase().split(/[-_]/)[0]!;
  return Object.hasOwn(BOOKS, primary) ? BOOKS[primary as SpokenLanguage] : undefined;
}

/**
 * Fills the {placeholders} of a phrasebook template in one pass (a value's own braces or "$&" are left as they are;
 * non-breaking spaces around a placeholder stay). A placeholder without a value is a bug, so it throws.
 */
export function fill(template: string, values: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (_m, key: string) => {
    const value = Object.hasOwn(values, key) ? values[key] : undefined;
    if (typeof value !== 'string') throw new Error(`no value for {${key}} in "${template}"`);
    return value;
  });
}
