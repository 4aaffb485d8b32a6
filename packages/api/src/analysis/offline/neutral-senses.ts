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
];

/** The sentence with neutral-sense words blanked, for the sentiment lexicon only. */
export function withoutNeutralSenses(text: string): string {
  let out = text;
  for (const pattern of NEUTRAL_SENSES) out = out.replace(pattern, (word) => '_'.repeat(word.length));
  return out;
}
