/** Small text helpers shared by the participants, the scripted model and the rubric (no NLP library: plain and predictable). */

const STOP_WORDS = new Set(
  [
    // English
    'the a an and or but so then than that this these those it its it’s i i’m i’d i’ve me my mine we our us you your yours he she they them their',
    'to of in on at for with from by as into onto about over after before during since until up down out off again just really very quite also too',
    'was were is are be been being am had have has having did do does doing done not no yes nor only own same such can could would should will',
    'shall may might must what when where which who whom whose why how all any both each few more most other some there here now ok okay well',
    'oh um uh yeah yep nope thanks thank please sorry bit lot lots thing things something anything nothing everything one ones get got go went',
    'said say says tell told know think like let make made way much many even still ever never because while if else whether idk bye hi hey',
    'k lol fine sure maybe guess mean meant kind sort way anyway actually basically literally honestly seriously',
    // Spanish
    'el la los las un una unos unas y o pero que de del al en con por para sin sobre entre hasta desde es era fue ser estar estaba estuvo he ha',
    'había tengo tenía tuve me mi mis te tu tus se su sus lo le les nos yo tú él ella ellos como cuando donde qué cómo cuándo muy más menos ya',
    'no sí nada algo todo esto eso esta este esa ese así también porque pues bueno vale gracias hola adiós dos una',
    // French and German (participants who write them)
    'le les des du et ou mais je tu il elle nous vous ils est était suis pas ne ça cela ce cette merci oui non',
    'der die das den dem ein eine und oder aber ich du er sie wir ihr ist war bin nicht kein keine danke ja nein',
  ]
    .join(' ')
    .split(/\s+/),
);

/** Lower-case, curly quotes straightened, punctuation dropped, spaces collapsed. */
export function normalise(text: string): string {
  return text
    .toLowerCase()
    .replace(/[’‘]/g, "'")
    .replace(/[^\p{L}\p{N}' ]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The sentences of a text ("?" "!" "." "…" end one; a closing quote stays with it). */
export function sentences(text: string): string[] {
  return text
    .split(/(?<=[.!?…]["”»)]?)\s+/)
    .map((s) => s.trim())
    .filter(Boolean);
}

/** The text with quoted spans (“…”, "…", «…») removed: a question the interviewer quotes back is not one it asks. */
export function withoutQuotes(text: string): string {
  return text.replace(/“[^”]*”|«[^»]*»|"[^"]*"/g, '…');
}

/** How many questions a reply asks: question marks outside quotes ("??" and "?!" count once). */
export function questionCount(text: string): number {
  return (withoutQuotes(text).match(/\?+!*/g) ?? []).length;
}

/** The sentences of a reply that ask something (outside quotes). */
export function questionSentences(text: string): string[] {
  return sentences(withoutQuotes(text)).filter((s) => s.includes('?'));
}

/** The words of a text, lower-case, straight apostrophes. */
export function words(text: string): string[] {
  return text.toLowerCase().replace(/[’‘]/g, "'").split(/[^\p{L}\p{N}']+/u).filter(Boolean);
}

/** A crude stem so "broke"/"broken", "charged"/"charge", "invoices"/"invoice" meet. */
export function stem(word: string): string {
  let w = word.replace(/'s$/, '');
  if (w.length <= 3) return w;
  w = w.replace(/ies$/, 'y').replace(/sses$/, 'ss').replace(/([^s])s$/, '$1');
  if (w.length > 5) w = w.replace(/(?:ing|edly|ed|en|ly)$/, '');
  return w.replace(/e$/, '').replace(/(.)\1$/, '$1');
}

/** True for a word that carries content (not a stop word, not a filler, at least three letters). */
export function isContentWord(word: string): boolean {
  const w = word.toLowerCase().replace(/[’‘]/g, "'");
  return w.length >= 3 && !STOP_WORDS.has(w) && !/^\d+$/.test(w) && !/'/.test(w.replace(/'s$/, ''));
}

/** The stems of a text's content words. */
export function contentStems(text: string): Set<string> {
  return new Set(words(text).filter(isContentWord).map(stem));
}

/** The content words of `answer` (those not already in `exclude`, e.g. the question asked) that `reply` repeats, in the answer's spelling. */
export function sharedContentWords(answer: string, reply: string, exclude = ''): string[] {
  const skip = contentStems(exclude);
  const said = contentStems(reply);
  const out: string[] = [];
  for (const w of words(answer).filter(isContentWord)) {
    const s = stem(w);
    if (!skip.has(s) && said.has(s) && !out.includes(w)) out.push(w);
  }
  return out;
}

/** Number of words in a text. */
export function wordCount(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}

/** A deterministic 32-bit hash (FNV-1a) of a string, for choices that must depend only on content. */
export function hash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h;
}

/** The first letter lower-cased, unless the text starts with "I " or an acronym. */
export function lowerFirst(text: string): string {
  return /^(?:[A-ZÁÉÍÓÚÑ][a-záéíóúñ']|¿[A-ZÁÉÍÓÚ][a-záéíóú])/.test(text) && !/^I\b/.test(text) ? text.replace(/\p{Lu}/u, (c) => c.toLowerCase()) : text;
}
