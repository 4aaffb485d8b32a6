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
  return shouting || /!{2,}/.test(text);
}
