/** What a participant asked for in so many words; anything else is an answer to the question. */
export type Intent = 'answer' | 'stop' | 'skip' | 'clarify';

// Fillers people put around a request ("ok, can we stop here please"); the request itself must be the whole message,
// so "I want to stop paying for seats" is an answer, not a request to stop.
const LEAD_WORDS = [
  'ok', 'okay', 'sorry', 'actually', 'honestly', 'um+', 'uh+', 'hmm+', 'well', 'so', 'look', 'yeah', 'yes', 'no', 'hey',
  'hi', 'please', 'i think', 'but', 'and', 'can you',
];
const TAIL_WORDS = [
  'please', 'now', 'thanks', 'thank you', 'here', 'for now', 'for today', 'today', 'already', 'then', 'sorry', 'right now',
  'this', 'it', 'that', 'one', 'this one', 'that one', 'the interview', 'this interview', 'the survey', 'this survey',
  'the conversation', 'this conversation', 'the chat', 'this chat', 'the question', 'this question', 'that question',
  'with this', 'with the interview',
];
const LEAD = `(?:(?:${LEAD_WORDS.join('|')})\\s+)*`;
const TAIL = `(?:\\s+(?:${TAIL_WORDS.join('|')}))*`;

const STOP = [
  'stop',
  'end',
  'quit',
  'exit',
  'enough',
  "that's enough",
  'i (?:want|would like|wanna|need|have) to (?:stop|end|quit|finish|leave|go)',
  "i'd like to (?:stop|end|quit|finish|leave|go)",
  "i(?:'ve| have)? got(?:ta| to) go",
  "i (?:don't|do not) want to (?:continue|go on|do this anymore|keep going)",
  "(?:can|could|may) we (?:please )?(?:stop|end|finish|quit|wrap up|wrap this up)",
  "let'?s (?:stop|end|finish|quit|wrap up)",
  "i'?m done",
  'i am done',
  "i'?m finished",
  'i am finished',
  'no more questions',
  '(?:stop|end) (?:the|this) (?:interview|survey|chat|conversation)',
];

const SKIP = [
  'skip',
  'pass',
  'next',
  'next question',
  'move on',
  "(?:can|could) we (?:please )?(?:skip|move on)",
  "let'?s (?:skip|move on)",
  "i'?d rather not(?: answer| say| talk about)?",
  'i would rather not(?: answer| say| talk about)?',
  'rather not(?: answer| say)?',
  'i prefer not to(?: answer| say)?',
  "i (?:don't|do not) want to (?:answer|talk about)",
  "i (?:can't|cannot) answer",
  'no comment',
  'not applicable',
  'n ?a',
];

const CLARIFY = [
  'what do you mean(?: by)?',
  'what does (?:that|this|it) mean',
  "i (?:don't|do not|didn't|did not) (?:understand|get|follow)(?: what you mean| what you're asking| what you are asking)?",
  "i'?m not sure what you(?:'re| are) asking(?: me)?",
  "(?:i'?m )?not sure what you mean",
  'what are you asking(?: me)?',
  '(?:can|could) you (?:please )?(?:rephrase|explain|clarify|repeat|say (?:that|it) (?:again|differently))',
  'sorry what',
  'what',
  'huh',
  'pardon',
  'confused',
  "i'?m confused",
];

// Compiled once: constant, stateless patterns (no /g flag), so sharing them between interviews is safe.
const STOP_RE = wholeMessage(STOP);
const SKIP_RE = wholeMessage(SKIP);
const CLARIFY_RE = wholeMessage(CLARIFY);

function wholeMessage(alternatives: string[]): RegExp {
  return new RegExp(`^${LEAD}(?:${alternatives.join('|')})${TAIL}$`);
}

/** Reads a participant message as stop, skip or clarify when that request is the whole message, else as an answer. */
export function readIntent(answer: string): Intent {
  const text = normaliseRequest(answer);
  if (text === '') return 'answer';
  if (STOP_RE.test(text)) return 'stop';
  if (SKIP_RE.test(text)) return 'skip';
  if (CLARIFY_RE.test(text)) return 'clarify';
  return 'answer';
}

/** Lower-cases and strips punctuation (apostrophes kept) so "Can we end this?!" reads as "can we end this". */
function normaliseRequest(answer: string): string {
  return answer
    .toLowerCase()
    .replace(/[\u2018\u2019\u02bc]/g, "'")
    .replace(/[^a-z0-9' ]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}
