/**
 * Complaints that carry no sentiment word: a support customer says "nobody followed up" or "I had to chase them
 * three times", not "I am unhappy". A general lexicon reads these as neutral, and a study of customers whose tickets
 * were closed unfixed then reads as content. Each pattern is a phrasing researchers code as a pain.
 */
const COMPLAINTS: RegExp[] = [
  /\b(?:nobody|no one|no-one|noone|none of them)\s+(?:ever\s+|actually\s+|really\s+)?(?:followed|follow|got|get|came|come|called|call|checked|check|confirmed|confirm|asked|ask|replied|reply|answered|answer|read|explained|told|bothered|cared|looked|took|picked|wrote|emailed|responded|updated|owned|seemed)\b/i,
  /\b(?:had|have|needed|need)\s+to\s+(?:keep\s+|constantly\s+|repeatedly\s+)?(?:chase|chasing|repeat|re-explain|explain|call|ask|start|wait|write|email|escalate|push|fight|beg|nag|remind|follow|open|reopen|re-open|fix|figure|find|dig|rebuild|redo)\b/i,
  /\b(?:again and again|over and over|every single time|each time|from scratch|(?:two|three|four|five|six|several|many|multiple|\d+)\s+(?:times|different agents|agents|people|emails|calls|tickets)|a (?:new|different|third|fourth) (?:agent|person|rep))\b/i,
  /\bstill\s+(?:happens|happening|broken|there|waiting|not|open|an issue|a problem|the same|wrong|missing|failing|stuck|unresolved|unsolved|getting|seeing|have|has|don't|doesn't|can't|cannot)\b/i,
  /\b(?:closed|marked|set)\s+(?:my|the|our|it|as)?\s*(?:ticket|case|issue|request|it)?\s*(?:as\s+)?(?:solved|resolved|closed|done|complete)\b.*\b(?:but|without|though|even though|while|yet)\b/i,
  /\b(?:closed|shut)\s+(?:my|the|our)\s+(?:ticket|case|request)\b.*\b(?:without|before|but|although|even though)\b/i,
  /\bwithout\s+(?:ever\s+|even\s+|actually\s+|really\s+)?(?:fixing|solving|resolving|answering|helping|replying|responding|checking|confirming|asking|explaining|telling|reading|looking|a fix|a solution|an answer|an explanation|an apology|a reply|any (?:fix|update|explanation|answer|reply|follow-up))\b/i,
  /\b(?:no|zero|never (?:got|had|received) (?:a|an|any))\s+(?:follow-up|follow up|followup|update|reply|answer|explanation|apology|response|callback|call back|confirmation)\b/i,
  /\b(?:never|didn't|did not|don't|do not|doesn't|does not|wasn't|was not|weren't|isn't|is not|couldn't|could not|won't|hasn't|has not|haven't|have not)\s+(?:really\s+|actually\s+|even\s+|ever\s+|fully\s+|properly\s+|quite\s+)?(?:heard|hear|get back|got back|gotten back|followed|follow|understood|understand|listen|listened|read|answered|answer|replied|reply|responded|respond|call|called|confirm|confirmed|check|checked|explain|explained|help|helped|work|worked|fix|fixed|solve|solved|resolve|resolved|arrive|arrived|refund|refunded|apologi[sz]e|apologi[sz]ed|bother|bothered|care|cared|get it|get what|know|knew|seem to|acknowledge|acknowledged|escalate|escalated)\b/i,
  /\b(?:lawyer|attorney|legal action|chargeback|charge back|dispute the charge|small claims|trading standards|regulator|ombudsman|data breach|security hole|another customer['’]s|someone else['’]s (?:data|invoice|account|details)|cancel(?:led|ling|ing)? (?:my|our) (?:plan|subscription|account|contract)|moving to|switching to|switch to|leave for|looking at (?:other|alternatives|competitors))\b/i,
  /\b(?:total|radio|complete|dead|utter) silence\b|\bwent (?:quiet|silent|dark|radio silent)\b|\bnever (?:came|happened|arrived|showed up|got resolved|reached out)\b|\b(\w{4,}) after \1\b|\b(?:kept|keep|keeping) (?:writing|chasing|following up|emailing|calling|asking|pushing|nudging)\b/i,
  /\b(?:said|saying|says|told me|claimed|claiming|marked|email(?:ed)? saying) (?:that )?(?:it was |it's |it is |it had been |the issue was )?(?:fixed|resolved|solved|done|sorted|working)\b.*\b(?:wasn['’]t|isn['’]t|was not|is not|hadn['’]t|had not|didn['’]t|did not|doesn['’]t|never was|still (?:broken|failing|not))\b/i,
  /\bnothing (?:(?:actually|really|ever|else|much) )?(?:works|worked|was fixed|got fixed|was solved|got solved|was resolved|had (?:actually |really )?changed|changed|happened|was done)\b/i,
  /\b(?:didn['’]t|did not|doesn['’]t|does not|won['’]t|wouldn['’]t) (?:stick|last|hold|take|help at all)\b|\bfound out the hard way\b|\b(?:ticket|case|request) (?:just )?(?:vanished|disappeared|went away)\b/i,
  /\b(?:was|were) told (?:that )?(?:it was |it's |it had been )?(?:fixed|resolved|solved|sorted|done)\b.*\b(?:wasn['’]t|isn['’]t|was not|is not|hadn['’]t|didn['’]t|still)\b/i,
  /\b(?:asked|wanted|needed|requested) (?:for )?(?:the |my |all the )?(?:details|information|story|account details|screenshots|logs|same things?) (?:all over )?again\b|\b(?:a )?(?:new|different) (?:stranger|person|name|agent|face|rep) (?:every|each) (?:day|time|reply|message)\b|\banswer(?:ing|ed)? (?:a|the) (?:wrong )?question I (?:hadn['’]t|didn['’]t|never|had not|did not) ask(?:ed)?\b/i,
  // A claim contradicted by what they saw: "The status said closed, my screen said otherwise."
  /\b(?:said|says|showed|shows|told (?:me|us)) otherwise\b/i,
  // Not understood, said in idioms: "didn't have a clue", "talking past each other", "nothing to do with my issue".
  /\b(?:(?:didn['’]t|did not|doesn['’]t|does not|don['’]t)\s+have\s+a\s+clue|not\s+a\s+clue|no\s+clue|clueless|talking past each other|(?:had|has|have)\s+nothing\s+to\s+do\s+with\s+(?:my|our|the)\s+(?:issue|problem|question|case|request))\b/i,
  // "took far longer than it should have": a measure against what was owed is a complaint.
  /\b(?:longer|slower|later|harder|more effort)\s+than\s+(?:it|they|that|this|was)\s+(?:should|needed to|had to|ought to|necessary|reasonable)\b/i,
  /\b(?:canned|copy-paste|copy and paste|scripted|generic|template)\s+(?:answer|answers|reply|replies|response|responses|email)\b/i,
];

// Long waits: a complaint in most interviews, but "took two days and it was fixed, great" is not; they only lean.
const WAITS: RegExp[] = [
  /\b(?:ages|forever|an age|(?:\d+|a|an|two|three|four|five|six|several|many) (?:full |whole |working |long )?(?:days?|weeks?|hours?|months?))\s+(?:before|until|till) (?:someone|anyone|anybody|a human|a person|they|i got|i heard|somebody|support|an agent|a reply|an answer)\b/i,
  /\btook\s+(?:them\s+)?(?:\d+|a|an|two|three|four|five|six|seven|eight|nine|ten|several|many|almost|over|more than|nearly)\s+(?:\w+\s+)?(?:days|weeks|months|hours|week|month|day)\b/i,
  /\b(?:waited|waiting|wait)\s+(?:for\s+)?(?:\d+|a|an|two|three|four|five|six|several|many|almost|over|more than|nearly)\s+(?:\w+\s+)?(?:days|weeks|months|hours|week|month|day)\b/i,
];

/** How a sentence complains the way customers do, without a sentiment word: 'clear', 'leans' (a long wait) or null. */
export function complaint(sentence: string): 'clear' | 'leans' | null {
  if (COMPLAINTS.some((re) => re.test(sentence))) return 'clear';
  return WAITS.some((re) => re.test(sentence)) ? 'leans' : null;
}

// "Satisfied, not really." / "Helpful? Not at all.": a tail that takes back what came before it.
const TAKEN_BACK = /[,?:;.!—–-]\s*(?:well,?\s*)?(?:not really|not at all|not quite|not so much|not much|hardly|no|nope|not even close|far from it|not entirely)\s*[.!]*$/i;

/** True when a sentence states something and takes it back ("Satisfied, not really."). */
export function takesBack(sentence: string): boolean {
  return TAKEN_BACK.test(sentence.trim());
}

// "fine I guess", "it was okay, I suppose": faint approval, which researchers read as lukewarm, not praise.
const FAINT = /\b(?:fine|ok|okay|alright|all right|good enough|not bad|decent)\b[,\s]*(?:i guess|i suppose|i think|ish|more or less|sort of|kind of|at best)\b|\b(?:i guess|i suppose)\b[^.]{0,30}\b(?:fine|ok|okay|alright)\b/i;

/** True for faint approval ("fine I guess"). */
export function faintPraise(sentence: string): boolean {
  return FAINT.test(sentence);
}

// Words that turn a sentence: what comes after them is what the speaker means.
const CONTRAST = /\s*(?:,|;|—|–)?\s*\b(?:but|however|though|although|yet|except that|only that|even so)\b\s*/i;

/** The clause after a turn ("friendly, but the problem is still there" → "the problem is still there"), or null. */
export function afterContrast(sentence: string): string | null {
  const match = CONTRAST.exec(sentence);
  if (!match || match.index < 3) return null;
  const rest = sentence.slice(match.index + match[0].length).trim();
  return rest.split(/\s+/).length >= 2 ? rest : null;
}

// Questions that ask for a wish: "What would have made it better?", "What should we change?".
const WISH_QUESTION = /\b(?:better|improve|improvement|change|wish|magic wand|would (?:have )?(?:helped|made|make)|should we|could we|what would|one thing|fix first|mejor|mejorar|cambiar|mieux|améliorer|changer|besser|verbessern|ändern)\b/i;
// Sentences that state a wish whatever the question: "Someone who owns the case.", "They should call back.".
const WISH = /^(?:(?:just|maybe|probably|honestly|ideally|simply|please)\s+)?(?:someone|somebody|a (?:real|single|proper|clear|faster|quicker|human|named)|one (?:person|agent)|an? \w+ (?:who|that)|more|less|faster|quicker|better|fewer|check|read|call|tell|give|let|make|keep|answer|reply|stop|don['’]t|do not|test|ask|follow|send|assign|have|put|confirm|update|escalate|own|notify|warn|explain|listen|close|wait)\b|\b(?:(?<!\b(?:as|than) (?:it|they|we|you|i|he|she) )should|would have|would be|could have|i wish|if only|it would help|would help|needs? to|ought to)\b/i;

/** True when a sentence states a wish ("Someone who owns the case until it is fixed."), or answers a question asking for one. */
export function statesWish(sentence: string, question: string): boolean {
  return WISH_QUESTION.test(question) || WISH.test(sentence.trim());
}

/**
 * True when a sentence asks for a change: it states a wish, or answers a question asking for one with neither feeling
 * nor a report of what happened ("Faster first replies." or "A follow-up message after closing the case." to "What
 * would have made it better?" ask; "They never called back." and "The agent was lovely." to the same question do not).
 * `sentiment` is the sentence's own reading, before a wish's kind words are discounted.
 */
export function asksForChange(sentence: string, question: string, sentiment: number): boolean {
  if (REPORTED.test(sentence)) return false;
  if (WISH.test(sentence.trim())) return true;
  return ASKS_FOR_WISH.test(question) && Math.abs(sentiment) < 0.1 && complaint(sentence) === null && !REPORTS_WHAT_HAPPENED.test(sentence);
}

// Questions that ask what should change (not "what else should we know?", which asks for anything).
const ASKS_FOR_WISH = /\b(?:better|improve|improvement|wish|magic wand|would (?:have )?(?:helped|made|make)|what would|change|fix first|mejor|mejorar|cambiar|mieux|améliorer|changer|besser|verbessern|ändern)\b/i;
// "The chat window said it would be five minutes": someone else's words, reported, not a wish.
const REPORTED = /\b(?:said|says|told (?:me|us)|promised|claimed|estimated)\b[^.!?]*\b(?:would|should)\b/i;
// A sentence in the past or perfect tells what happened ("I used the chat.", "The fix held."), whatever it answers.
const REPORTS_WHAT_HAPPENED = /\b(?:was|were|had|did|got|went|came|said|told|took|gave|sent|kept|felt|found|made|saw|used|tried|held|\w{3,}ed)\b|n['’]t\b/i;

// Praise said through a negation, which a lexicon reads as neutral or negative: "I couldn't have asked for more".
const PRAISE_IDIOMS = /\b(?:(?:sorted|fixed|solved|resolved)(?: it| out)? (?:the same day|within (?:an hour|minutes|the hour|a day)|in (?:minutes|an hour|no time|one go)|right away|straight away|quickly|on the (?:first|same) (?:try|call|reply|day))|could(?:n['’]t| not) have asked for (?:more|better|anything more)|could(?:n['’]t| not) be happier|no complaints|can['’]t complain|cannot complain|nothing to complain about|(?:next to|almost|practically) no effort|(?:hardly|barely|scarcely) any (?:effort|time|work|hassle)|no effort at all|zero effort|no hassle|hassle-free|without any hassle|didn['’]t have to do (?:much|anything|a thing)|above and beyond|exceeded (?:my|our) expectations|no problems? at all|went smoothly)\b/i;

// A fix that held, said through the problem's absence ("Problem gone, and it hasn't come back"): praise of the outcome.
const FIX_HELD =
  /\b(?:back to normal|(?:the )?fix (?:held|stuck|has held)|(?:it|the (?:problem|issue|bug|error))\s+(?:has|have)(?:n['’]t| not)\s+(?:come back|returned|happened again|recurred)(?!\s+to\b)|(?:haven['’]t|have not|hasn['’]t|has not|never)\s+had\s+(?:the|that|this|any|a)\s+(?:same\s+)?(?:issue|problem|trouble|bug|error)s?\s+(?:again|since)|(?:problem|issue|bug|error)s?\s+(?:(?:is|was|are|were)\s+)?gone|works?\s+(?:now,?\s+)?(?:exactly\s+)?as\s+(?:it|they)\s+should)\b/i;
/** …unless only for a while ("back to normal for a day, then it broke again"). */
const FOR_A_WHILE = /\b(?:for now|for (?:a|one|half a) (?:day|week|while|few (?:hours|days))|for (?:an|a few) hours?|until|then\b)/i;

/** True for praise said through a negation or a fix that held ("No complaints from me", "It hasn't come back since"). */
export function praisesByNegation(sentence: string): boolean {
  return PRAISE_IDIOMS.test(sentence) || (FIX_HELD.test(sentence) && !FOR_A_WHILE.test(sentence) && complaint(sentence) === null);
}
