import { describe, expect, it } from 'vitest';
import { fill, phrasebookFor } from './index.ts';
import type { Phrasebook } from './phrasebook.ts';

const BOOKS = ['en', 'fr', 'es', 'de'].map((l) => phrasebookFor(l)!);
const PLACEHOLDERS = new Set(['title', 'researcher', 'team', 'question', 'quote', 'x', 'language', 'rung', 'earlier']);
const strings = (value: unknown): string[] =>
  typeof value === 'string' ? [value] : Array.isArray(value) ? value.flatMap(strings) : value && typeof value === 'object' ? Object.values(value).flatMap(strings) : [];
const STATEMENTS = (b: Phrasebook) => [...strings(b.acknowledgements), ...strings(b.wrapUp), ...strings(b.questionBack), b.offTopic, b.timePressure, b.continueIn, ...strings(b.greeting)];
const PRAISE: Record<string, RegExp> = { en: /helpful|great|thank|useful/i, fr: /merci|utile|super/i, es: /gracias|útil|genial/i, de: /danke|hilfreich|super/i };

describe.each(BOOKS.map((b) => [b.language, b] as const))('the %s phrasebook', (_language, book) => {
  it('uses only the documented placeholders', () => {
    for (const text of strings(book)) for (const [, name] of text.matchAll(/\{(\w+)\}/g)) expect(PLACEHOLDERS.has(name!), text).toBe(true);
  });

  it('asks nothing in an acknowledgement, a closing, an answer to a question back or a notice', () => {
    for (const text of STATEMENTS(book)) expect(text, text).not.toMatch(/[?¿]/);
  });

  it('gives every follow-up, filled in, exactly one question, at its end', () => {
    const values = { x: 'X', quote: 'Q', question: 'What was it?', rung: 'what happened next?', earlier: 'E' };
    const probes = [...strings(book.probes.plain), ...strings(book.probes.aboutPhrase), ...book.probes.quoteFrames.map((f) => fill(f, values))];
    for (const text of [...probes.map((p) => fill(p, values)), ...(book.contradiction ?? []).map((c) => fill(c, values))]) {
      // "¿Recuerdas una ocasión concreta? ¿Qué pasó?" asks one thing in two short sentences.
      expect(text.trim().endsWith('?'), text).toBe(true);
    }
  });

  it('praises nothing after a non-answer', () => {
    for (const text of book.acknowledgements.plain) expect(text).not.toMatch(PRAISE[book.language]!);
  });

  it('has every list filled, with variants to rotate through', () => {
    for (const list of Object.values(book.acknowledgements)) expect(list.length).toBeGreaterThanOrEqual(3);
    for (const list of [...Object.values(book.probes.plain), ...Object.values(book.probes.aboutPhrase)]) expect(list.length).toBeGreaterThanOrEqual(2);
  });
});

describe('phrasebookFor and fill', () => {
  it('maps BCP 47 tags to the four books and nothing else', () => {
    expect(phrasebookFor('en-GB')!.language).toBe('en');
    expect(phrasebookFor('es-MX')!.language).toBe('es');
    expect(phrasebookFor('de-AT')!.language).toBe('de');
    expect(phrasebookFor('FR')!.language).toBe('fr');
    expect(phrasebookFor('ja')).toBeUndefined();
    expect(phrasebookFor('it')).toBeUndefined();
    expect(phrasebookFor('constructor')).toBeUndefined();
  });

  it('fills placeholders and refuses a template with one missing', () => {
    expect(fill('Hi {x}', { x: 'there' })).toBe('Hi there');
    expect(() => fill('Hi {x}', {})).toThrow(/\{x\}/);
  });
});
