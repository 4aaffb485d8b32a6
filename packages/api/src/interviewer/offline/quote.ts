/** The most words a quote of the participant may have; longer ones read as parroting. */
const MAX_QUOTE_WORDS = 14;
/** Fewer words than this say too little to quote. */
const MIN_QUOTE_WORDS = 3;

// Words that open a sentence without saying anything ("Then", "Honestly,") and are left out of a quote.
const OPENERS = /^(?:(?:as i (?:said|told you|mentioned)|like i said|i (?:already )?told you|and|then|so|but|well|honestly|basically|actually|um+|uh+|yeah|yes|no|oh|ok|okay|like|also|anyway|plus|i mean|to be honest|tbh|looking back|in hindsight|to be fair|overall|frankly|by the way|btw)\b[,\s]*)+/i;
// A clause that hangs on another ("because the import failed", "when the export broke") is quoted as the statement it
// holds: "You said because …" is not English. The word goes, and the facts stay as the participant put them.
const SUBORDINATOR = /^(?:because|when|whenever|although|though|while|once|after|since)\s+(?!of\b)/i;
// Clauses that cannot stand alone without changing what was said (no subject, or a condition): never quoted.
const DEPENDENT = /^(?:which|who|whom|whose|that|so that|because of|if|unless|until|before|in case)\b/i;
// The interviewer speaks to the participant: first person becomes second person.
const REFLECT: [RegExp, string][] = [
  [/\bI was\b/g, 'you were'],
  [/\bI wasn['’]t\b/g, "you weren't"],
  [/\bI['’]m\b/gi, "you're"],
  [/\bI am\b/gi, 'you are'],
  [/\bI['’]ve\b/gi, "you've"],
  [/\bI['’]d\b/gi, "you'd"],
  [/\bI['’]ll\b/gi, "you'll"],
  [/\bI\b/g, 'you'],
  [/\bwe were\b/gi, 'you were'],
  [/\bwe['’]re\b/gi, "you're"],
  [/\bwe['’]ve\b/gi, "you've"],
  [/\bwe\b/gi, 'you'],
  [/\bmyself\b/gi, 'yourself'],
  [/\bourselves\b/gi, 'yourselves'],
  [/\bmine\b/gi, 'yours'],
  [/\bours\b/gi, 'yours'],
  [/\bmy\b/gi, 'your'],
  [/\bour\b/gi, 'your'],
  [/\b(?:me|us)\b/gi, 'you'],
];

/**
 * A clause of the participant's sentence, turned to the second person, to put before a follow-up question ("You said
 * the trial ran out and you didn't really notice — …"). The clause holding `cue` is preferred when the sentence is
 * long. Nothing is quoted that already speaks to someone ("you", "your": whose would be unclear), carries no content
 * word, or is too long to read as the participant's own words. The first word keeps its capital only when it is a
 * name (`properNouns`, from the tagger) or an acronym.
 */
export function quoteClause(sentence: string, hasContent: (text: string) => boolean, cue?: RegExp, properNouns: ReadonlySet<string> = new Set()): string | undefined {
  const clean = sentence.replace(/\s+/g, ' ').trim().replace(/[.!?…]+$/, '');
  const candidates = [clean, ...clausesOf(clean, cue)];
  for (const candidate of candidates) {
    const bare = candidate.replace(OPENERS, '').replace(/^[,;:\s]+|[,;:\s]+$/g, '');
    if (DEPENDENT.test(bare)) continue;
    const text = bare.replace(SUBORDINATOR, '');
    const words = text.split(/\s+/).filter(Boolean);
    if (words.length < MIN_QUOTE_WORDS || words.length > MAX_QUOTE_WORDS) continue;
    if (/\byou(?:r|rs|['’]\w+)?\b/i.test(text) || /["“”«»]/.test(text)) continue;
    if (!hasContent(text)) continue;
    const reflected = REFLECT.reduce((t, [re, to]) => t.replace(re, to), text);
    const first = reflected.split(/\s/)[0]!;
    const keep = properNouns.has(first) || /^[A-Z0-9]{2,}$/.test(first) || /\p{Lu}/u.test(first.slice(1));
    return keep ? reflected : reflected[0]!.toLowerCase() + reflected.slice(1);
  }
  return undefined;
}

/** The clauses of a long sentence, the one with the cue first, then each with its neighbour when it is short. */
function clausesOf(sentence: string, cue?: RegExp): string[] {
  const parts = sentence.split(/\s*[,;:—–]\s*|\s+(?=(?:because|so that|which|while|until|although|but|and then|and that|so)\b)|\s+and\s+(?=(?:it|i|we|they|he|she|nobody|no one|then)\b)/i).filter((p) => p.trim());
  const ordered = cue ? [...parts.filter((p) => cue.test(p)), ...parts.filter((p) => !cue.test(p))] : parts;
  const joined = parts.slice(0, -1).map((p, i) => `${p}, ${parts[i + 1]}`);
  return [...ordered, ...joined];
}
