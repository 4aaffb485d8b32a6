/**
 * Phrases that a general sentiment lexicon misreads in interviews: "to be honest" is a hedge, not praise; "customer
 * success" and "I work in sales" name a job, not a good experience ("it works" and "doesn't work" keep their meaning).
 */
const HEDGES: [RegExp, string][] = [
  [/\b(?:to be (?:honest|fair)|honestly|in all honesty)\b,?/gi, ''],
  // "Hard to put a number on it", "hard to say": not knowing, not a hardship.
  [/\b(?:hard|difficult|tough) to (?:say|tell|know|remember|recall|judge|put a number on(?: it)?|put (?:it )?into words|pin down|estimate)\b/gi, 'roughly'],
  [/\bcustomer success\b/gi, 'customer team'],
  // "I called the support line": the support team, not the feeling of being supported.
  [/\b(?:the |your |our |their )?support(?= (?:line|address|team|desk|agent|agents|person|people|staff|email|chat|portal|page|ticket|site|number|form|rep|reps)\b)/gi, 'the desk'],
  [/\b(?:contacted|emailed|called|rang|wrote to|reached|messaged) (?:the |your )?support\b/gi, 'contacted the desk'],
  [/\b(i|we|they|you|client|team|office|project|my|our|their|the|of|at|from|for|to)\s+work(ed|ing)?\b/gi, '$1 job'],
];

/** The sentence with hedges neutralised for sentiment, or null when it has none (the common case: no second read). */
export function withoutHedges(text: string): string | null {
  let out = text;
  for (const [re, by] of HEDGES) out = out.replace(re, by);
  return out === text ? null : out;
}
