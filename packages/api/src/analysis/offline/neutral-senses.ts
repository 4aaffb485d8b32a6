/**
 * Words a sentiment lexicon scores by one sense that interviews often use in another: "help" is praise in "they were
 * a great help" but a place in "the help page"; "working" is praise in "it's working again" but an activity in "I was
 * working from home". Read in the neutral sense, they would tip a plain sentence positive ("The chat box on the help
 * page." read +0.4), so they are blanked before the lexicon reads the sentence; the words themselves stay in the text
 * that themes and quotes use.
 */
const NEUTRAL_SENSES: RegExp[] = [
  // "help" naming a place or a thing: the help page, help centre, help desk, help article…
  /\bhelp(?=[\s-]+(?:page|pages|cent(?:er|re)|desk|article|articles|docs?|documentation|section|site|button|link|menu|widget|line|box|form|portal|guide)\b)/gi,
  // "work" said of what a person does, not of whether something functions.
  /\b(?<=\b(?:i|we|you|he|she|they|i['’]m|we['’]re|you['’]re|they['’]re|he['’]s|she['’]s)\s+(?:(?:was|were|am|are|is|had been|have been|has been|been|was still|were still|kept|keep)\s+)?)work(?:ing|ed|s)?(?=\s+(?:from|at|on|late|remotely|in|with|for|through|all|the|that|this|a|an|overtime|nights|weekends)\b|[.,;!?]|$)/gi,
  /\bwork(?:ing|ed)?(?=\s+(?:from home|remotely|late|overtime|nights|weekends|shifts?)\b)/gi,
  // "keeping the software working": a job, not a verdict on it.
  /(?<=\bkeep(?:s|ing)?\s+(?:[\w'’-]+\s+){0,4})(?:working|running)\b/gi,
  // "support" as what someone does for others ("I support five hundred users", "supporting staff"), not the praise of "supportive".
  /(?<=\b(?:i|we|i['’]m|we['’]re|to)\s+(?:(?:also|mainly|mostly|basically|just)\s+)?)support(?:ing)?\b/gi,
  /\bsupporting(?=\s+(?:(?:about|around|over|roughly)\s+)?(?:\w+\s+)?(?:staff|users|people|customers|colleagues|clients|teams?|everyone|offices?|departments?)\b)/gi,
  // Phrasal verbs of routine: "catch up on emails", "go through the requests".
  /\b(?:catch(?:ing|es)?|caught)\s+up(?:\s+on)?\b/gi,
  /\b(?:go|goes|going|went|gone)\s+through(?=\s+(?:the|my|our|all|every|each|any|them|it|those|these)\b)/gi,
  // "sync" names a product feature ("the calendar sync stopped"), not harmony; "in sync" keeps its praise.
  /(?<!\bin\s)\bsync(?:s|ed|ing)?\b/gi,
  // Names of jobs and shops: "the cleaner", "my gift shop".
  /(?<=\b(?:the|a|and)\s+)cleaner\b/gi,
  /\bgift(?=\s+(?:shop|shops|card|cards|voucher|vouchers|wrap|wrapping)\b)/gi,
  // An invite is a product feature ("the invite link had expired"), not a welcome; "inviting" keeps its praise.
  /\binvit(?:e|es|ed|ation|ations)\b/gi,
  // A cup of tea one makes or drinks ("I closed the laptop and made a cup of tea"), not the idiom "my cup of tea".
  /(?<!\b(?:my|your|our|their|his|her)\s+)\bcup of tea\b/gi,
];

/** The sentence with neutral-sense words blanked, for the sentiment lexicon only. */
export function withoutNeutralSenses(text: string): string {
  let out = text;
  for (const pattern of NEUTRAL_SENSES) out = out.replace(pattern, (word) => '_'.repeat(word.length));
  return out;
}
