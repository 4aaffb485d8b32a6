import { GENERIC_LEMMAS } from '../offline/generic-words.ts';

/**
 * Words as personas compare them: lower-cased, stemmed with a few plain suffix rules ("invoices", "invoicing" and
 * "invoice" are one word), function words and interview filler left out. The same reading serves the profile vectors,
 * the traits and the names, so a trait can always be shown in the words people used (its most common surface form).
 */

const STOP = new Set(
  `a an the and or but if so as of at by for from in into on onto to up down out off over under with without about
  than then that this these those there here what which who whom whose when where why how i me my mine myself we us
  our ours ourselves you your yours he him his she her it its they them their theirs am is are was were be been being
  have has had having do does did doing will would shall should can could may might must not no nor only own too very
  just also all any both each every few more most other some such same again further once s t don now ll re ve d m o
  y isn aren wasn weren hasn haven hadn doesn didn won wouldn shan shouldn can't cannot couldn mustn let lets yeah yes
  ok okay oh um uh like really pretty quite rather much many lot lots bit kind sort thing things stuff something
  anything everything nothing someone anyone everyone somebody anybody everybody get gets got getting go goes going
  gone went make makes made making want wants wanted need needs needed try tries tried trying use used uses using
  think thought know knew say said tell told see saw seen look looks looked feel felt way ways still even ever
  usually always often sometimes never maybe probably actually basically honestly definitely mostly mainly around
  able one two three four five ten first last next before after while until because since though although unless
  whether per via within across between through during against among six seven eight nine eleven twelve thirteen
  fourteen fifteen sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety hundred
  thousand thousands hundreds dozen million half roughly approximately`.split(/\s+/).filter(Boolean),
);

/** A word a persona can be told apart by, with the surface form it was said in. */
export interface PersonaWord {
  stem: string;
  surface: string;
}

const TOKEN = /\p{L}+(?:['’-]\p{L}+)*/gu;

/** The content words of a sentence, in order, as said (case kept); `null` marks a dropped word (so bigrams never bridge a gap). */
export function contentWords(text: string): (PersonaWord | null)[] {
  const out: (PersonaWord | null)[] = [];
  for (const [raw] of text.replaceAll('’', "'").matchAll(TOKEN)) {
    const said = raw.replace(/'s$/i, '');
    const word = said.toLowerCase();
    const stem = stemOf(word);
    const keep = word.length >= 3 && !word.includes("'") && !STOP.has(word) && !STOP.has(stem) && !GENERIC_LEMMAS.has(word) && !GENERIC_LEMMAS.has(stem);
    out.push(keep ? { stem, surface: said } : null);
  }
  return out;
}

/** Unigram and adjacent-bigram keys of a sentence ("approval workflows" → approv, workflow, "approv workflow"). */
export function termsOf(text: string): { key: string; surface: string }[] {
  const words = contentWords(text);
  const out: { key: string; surface: string }[] = [];
  words.forEach((w, i) => {
    if (!w) return;
    out.push({ key: w.stem, surface: w.surface });
    const next = words[i + 1];
    if (next && next.stem !== w.stem) out.push({ key: `${w.stem} ${next.stem}`, surface: `${w.surface} ${next.surface}` });
  });
  return out;
}

/** A crude, consistent stem: plural, -ing, -ed, -ly and a final e go ("chasing", "chased", "chase" → "chas"). */
export function stemOf(word: string): string {
  let w = word.toLowerCase();
  if (w.length <= 3) return w;
  if (w.endsWith('ies') && w.length > 4) w = `${w.slice(0, -3)}y`;
  else if (w.endsWith('sses')) w = w.slice(0, -2);
  else if (w.endsWith('s') && !/(?:ss|us|is|ous)$/.test(w)) w = w.slice(0, -1);
  for (const suffix of ['ing', 'ed', 'ly']) {
    if (w.endsWith(suffix) && w.length - suffix.length >= 4) {
      w = w.slice(0, -suffix.length);
      if (/([b-df-hj-np-tv-z])\1$/.test(w) && !/(?:ll|ss|ff|zz)$/.test(w)) w = w.slice(0, -1);
      break;
    }
  }
  if (w.endsWith('e') && w.length > 4) w = w.slice(0, -1);
  return w;
}

/** Whether a word is a function word or interview filler (not something a person can be told apart by). */
export function isStopWord(word: string): boolean {
  const w = word.toLowerCase();
  return STOP.has(w) || GENERIC_LEMMAS.has(w);
}

/** Text with its first letter in capitals. */
export function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
