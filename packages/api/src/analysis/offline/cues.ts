/**
 * Sentence cues for goals, habitual behaviours and problems, as regular expressions over the verbatim sentence:
 * these are phrasings ("I want to…", "every Monday we…"), which patterns catch more reliably than tags do.
 */

const GOAL = [
  /\b(?:i|we)(?:'d| would)\s+(?:really\s+)?(?:like|love)\s+to\b/i,
  /\b(?:i|we)\s+(?:really\s+|just\s+|mainly\s+|mostly\s+)?(?:want|wanted|need|needed|hope|hoped|aim|plan|planned|expect|expected)\s+to\b/i,
  /\b(?:i|we)(?:'m| am|'re| are| was| were)\s+(?:just\s+)?(?:trying|hoping|looking)\s+(?:to|for a way)\b/i,
  /\b(?:my|our|the)\s+(?:main\s+)?(?:goal|aim|priority|objective|job)\s+(?:is|was)\b/i,
  /\b(?:so that|in order to)\b/i,
  /\bneed(?:ed)?\s+to\s+be\s+able\s+to\b/i,
  /\ball\s+(?:i|we)\s+(?:want(?:ed)?|need(?:ed)?)\b/i,
];

const BEHAVIOR = [
  /\b(?:i|we)\s+(?:usually|always|often|normally|typically|mostly|generally|sometimes|regularly|still)\b/i,
  /\bevery\s+(?:day|morning|evening|week|monday|tuesday|wednesday|thursday|friday|month|quarter|sprint|time)\b/i,
  /\b(?:daily|weekly|monthly|each\s+(?:day|week|month))\b/i,
  /\b(?:i|we)\s+(?:use|check|export|open|share|run|track|send|build|pull|plan|manage|review|log|keep|rely|pay|call|email|chat)\b/i,
];

const PROBLEM =
  /\b(?:problem|issue|bug|crash\w*|error|fail\w*|broke\w*|slow\w*|hard|difficult|confus\w*|annoy\w*|frustrat\w*|missing|lack\w*|can't|cannot|couldn't|wouldn't|didn't work|doesn't work|wait\w*|expensive|struggl\w*|hassle|too\s+\w+|nobody|no one|never)\b/i;

/** True when the sentence states what the participant is trying to achieve. */
export function isGoal(sentence: string): boolean {
  return GOAL.some((re) => re.test(sentence));
}

/** True when the sentence describes what the participant habitually does. */
export function isBehavior(sentence: string): boolean {
  return BEHAVIOR.some((re) => re.test(sentence));
}

/** True when the sentence reports a problem: clearly negative, or mildly so with a problem word. */
export function isPainPoint(sentence: string, sentiment: number): boolean {
  if (sentence.trim().endsWith('?')) return false;
  return sentiment <= -0.25 || (sentiment < 0.1 && PROBLEM.test(sentence));
}
