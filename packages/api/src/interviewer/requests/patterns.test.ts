import { describe, expect, it } from 'vitest';
import { alternatives, fold, shadow } from './patterns.ts';
import { EN } from './patterns-en.ts';
import { FR } from './patterns-fr.ts';
import { ES } from './patterns-es.ts';
import { DE } from './patterns-de.ts';

const LISTS = [EN, FR, ES, DE].flatMap((p) =>
  Object.entries(p).flatMap(([name, value]) => {
    if (Array.isArray(value)) return [[`${p.language}.${name}`, value as string[]] as const];
    if (typeof value === 'object') return Object.entries(value as Record<string, string[]>).map(([topic, list]) => [`${p.language}.${name}.${topic}`, list] as const);
    return [];
  }),
);

/** How many capture groups a pattern source has. */
function groups(source: string): number {
  return new RegExp(`${source}|`, 'u').exec('')!.length - 1;
}

describe('request patterns', () => {
  // Requests are told apart by which capture group matched, so only `{x}` may capture.
  it.each(LISTS)('%s compiles, capturing only {x}', (_name, list) => {
    for (const pattern of list) expect(groups(alternatives([pattern]))).toBe(pattern.includes('{x}') ? 1 : 0);
  });

  it.each([
    ['¿Qué QUIERES decir?', 'que quieres decir'],
    ['I’m DONE!!!', "i'm done"],
    ['Ich möchte aufhören, weiß nicht', 'ich mochte aufhoren weiss nicht'],
    ["'stop' 🙏", 'stop'],
    ['J’arrête — là', "j'arrete la"],
  ])('folds %j to %j', (text, folded) => expect(fold(text)).toBe(folded));

  it.each(['Ich MÖCHTE aufhören’ İx 🤷 ÇA', 'Quiero PARAR ¿sí?', ''])('shadows %j without changing its length', (text) => {
    expect(shadow(text)).toHaveLength(text.length);
    expect(shadow(text)).toBe(shadow(text).toLowerCase());
  });
});
