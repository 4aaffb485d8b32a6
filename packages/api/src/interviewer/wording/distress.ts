// Words of distress, anger or frustration in the supported languages (stems, matched at a word start).
const DISTRESS = new RegExp(
  String.raw`\b(?:angry|anger|annoy|frustrat|furious|hate|hated|stress|upset|awful|terrible|horrible|nightmare|ridiculous|unacceptable|useless|disappoint|worried|anxious|nervous|panic|helpless|hopeless|desperate|exhaust|fed up|sick of|livid|pissed|wtf|ignored|insult|rude|scam|` +
    String.raw`énerv|angoiss|furieux|furieuse|frustr|horrible|inadmissible|déçu|stress|colère|` +
    String.raw`enfad|furios|nervios|preocupad|agobiad|frustr|horrible|fatal|decepcion|estrés|harto|harta|` +
    String.raw`wütend|nervös|ärger|frustr|schrecklich|furchtbar|enttäusch|genervt|unverschämt)`,
  'iu',
);

/** True when a message voices distress, anger or frustration (a feeling word, or shouting). */
export function soundsDistressed(text: string): boolean {
  if (DISTRESS.test(text)) return true;
  const letters = text.replace(/[^\p{L}]/gu, '');
  const shouting = letters.length >= 12 && letters === letters.toUpperCase() && letters !== letters.toLowerCase();
  return shouting || /!{2,}/.test(text) || repeatsForEmphasis(text);
}

// Words that repeat in any long answer ("the same", "and then"): a repeat of these is not emphasis.
const FUNCTION_WORDS = new Set(
  'the and for that this with was were had have has not but you your our they them then there same from what when just all any are one its into out about very really more some than too also'.split(' '),
);

/** "Three days for a first reply. Three days, for a double charge.": saying the same words twice is indignation. */
function repeatsForEmphasis(text: string): boolean {
  const words = text.toLowerCase().match(/\p{L}+|\p{N}+/gu) ?? [];
  const seen = new Set<string>();
  for (let i = 0; i + 1 < words.length; i++) {
    const [a, b] = [words[i]!, words[i + 1]!];
    if (a.length < 3 || b.length < 3 || FUNCTION_WORDS.has(a) || FUNCTION_WORDS.has(b)) continue;
    const pair = `${a} ${b}`;
    if (seen.has(pair)) return true;
    seen.add(pair);
  }
  return false;
}
