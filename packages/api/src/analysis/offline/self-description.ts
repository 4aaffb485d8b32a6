/**
 * Sentences in which participants say who they are (role, organisation, how they work). They describe the person, not
 * the experience being studied: personas are built from them, and they are kept out of themes, where "I look after
 * IT for three hundred staff" would otherwise join "the support team were great" for sharing a word.
 */

/** Any sentence that speaks about the speaker's role, company, team or way of working (broad: personas read it with care). */
export const SELF_DESCRIPTION =
  /\b(?:i'?m|i am|i was|i work|i've worked|i run|i own|i manage|i lead|i head|i look after|i handle|i do (?:the|all|our)|as (?:a|an|the)\s|my (?:role|job|title|team|company|business|firm|agency|clients|department)|our (?:team|company|business|firm|agency|department|organi[sz]ation|group|finance|clients)|we(?:'re| are) (?:a|an|about|around|roughly)\b|on my own|by myself|freelanc|self-employed|sole trader|solo\b|employees|headcount|people (?:in|on|at)\b)/i;

/** Words that report a problem: a sentence with one is about the experience, whoever is speaking. */
export const PROBLEM =
  /\b(?:problem|issue|bug|crash\w*|error\w*|fail\w*|broke\w*|break(?:s|ing|down|downs)?\b|slow\w*|late|hard|difficult|confus\w*|annoy\w*|frustrat\w*|stress\w*|missing|lack\w*|can't|cannot|couldn't|won't|doesn't|didn't|never|nobody|no one|wait\w*|stuck|expensive|struggl\w*|hassle|pain|waste\w*|worst|impossible|too (?:much|many|long|late|slow)|forgot|forget|dispute\w*|wrong|mess\w*|manual\w*|by hand|chas\w+)\b/i;

/**
 * Statements of identity, narrower than SELF_DESCRIPTION: what someone is or looks after ("I'm the systems
 * administrator for…", "I run a small florist", "It's just me and my partner running the shop"), not what happened to
 * them ("I was on hold", "I'm still waiting").
 */
const IDENTITY = new RegExp(
  [
    String.raw`^(?:(?:so|well|basically|honestly|yeah|ok|okay),?\s+)?(?:i'?m|i am)\s+(?:a|an|the|one of|on the|in the|part of|self-employed|freelance|semi-retired|retired)\b`,
    String.raw`\bi work (?:as|for|at|in)\b`,
    String.raw`^(?:(?:so|well|basically),?\s+)?(?:i|we)\s+(?:run|own|manage|look after|administer|support|coordinate|head|lead|keep|have|handle)\s+(?:a|an|the|our|my|about|around|roughly|user|it\b|everyone|accounts|licen[cs]es|permissions|payroll|\w+ (?:staff|people|employees|users))`,
    String.raw`^(?:(?:so|well|basically),?\s+)?(?:i|we)\s+do\s+(?:all\s+)?(?:the|our|my)\s+(?:own\s+)?(?:accounts|books|bookkeeping|admin|paperwork|payroll|finances|it|ordering|invoicing|hiring)\s+(?:for|at|in|myself|ourselves|on my own)\b`,
    String.raw`\bmy (?:role|job|title|position)\b(?:\s+is|\s+as|\s+here)`,
    String.raw`\bit'?s just (?:me|us|the two of us)\b`,
    String.raw`^my (?:wife|husband|partner|brother|sister|family|dad|mum|mom|father|mother) and i\b`,
    String.raw`^(?:we|our (?:company|firm|team|business|practice|shop))(?:'re| are| is)\s+(?:a|an|about|around|roughly|only|just)\b`,
  ].join('|'),
  'i',
);

/**
 * True when a sentence only says who the speaker is: an identity statement with no problem in it. Sentences of
 * feeling are left to the caller (a felt "I'm the one who always has to chase them" is a complaint).
 */
export function saysWhoTheyAre(sentence: string): boolean {
  const text = sentence.trim().replaceAll('’', "'");
  return IDENTITY.test(text) && !PROBLEM.test(text);
}

/** A work routine: how often, then what the speaker does ("Every Monday I go through the access requests"). */
const ROUTINE = new RegExp(
  String.raw`^(?:(?:and|so|well),?\s+)?(?:(?:(?:every|each)\s+(?:day|morning|evening|night|week|weekend|month|quarter|monday|tuesday|wednesday|thursday|friday|saturday|sunday)|most\s+(?:days|mornings|evenings|nights|weeks|weekends|months)|usually|normally|typically|generally|always|often),?\s+)?(?:i|we)\s+(?:(?:usually|normally|typically|generally|always|often|also)\s+)?(?:sit down and\s+)?(?:log|raise|open|file|check|go through|sort|do|pay|test|catch up|deal with|handle|set up|review|send|collect|update|book|order|run|process|reconcile|look at|keep)\b`,
  'i',
);
/** Words that say how often something is done: a habit recurs ("I run payroll every Friday"), an identity does not. */
export const HOW_OFTEN =
  /\b(?:usually|always|often|normally|typically|generally|sometimes|regularly|daily|weekly|monthly|twice|once a|(?:every|each)\s+(?:day|morning|evening|night|week|weekend|month|quarter|year|time|sprint|monday|tuesday|wednesday|thursday|friday|saturday|sunday)|most\s+(?:days|mornings|evenings|nights|weeks|weekends|months))\b/i;
/** What turns a routine into a complaint: being made to, things recurring, waiting, nobody. */
const BURDEN = /\b(?:have to|had to|has to|having to|keep having|need to|can'?t|cannot|couldn'?t|never|nobody|no one|again|still|wait\w*|chas\w+|fail\w*|broke\w*|error\w*|crash\w*|wrong|stuck)\b/i;

/**
 * True when a sentence says how the speaker habitually works ("I usually raise tickets on behalf of colleagues",
 * "Every week I log problems for the rest of the staff"), with nothing that makes it a complaint ("I always have to
 * chase them", "Every week it fails again"). Like a self-description, it describes the person, not the experience.
 */
export function saysHowTheyWork(sentence: string): boolean {
  const text = sentence.trim().replaceAll('’', "'");
  return ROUTINE.test(text) && HOW_OFTEN.test(text) && !BURDEN.test(text);
}
