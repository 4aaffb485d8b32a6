import { readMessage, type MessageReading } from '../../interviewer/requests/read-message.ts';
import { contentWords } from './persona-words.ts';

/**
 * Which verbatim sentences may speak for a persona. A persona card is read as "what these people are like", so a
 * request to the interviewer ("Can we stop?", "I want to skip this"), a question back, a closing line ("That is all
 * I want.", "Nothing else.") or an attempt to steer the interviewer is never one of its goals, behaviours or
 * frustrations, and a goal must name something the person wants to achieve, not just that they want the talk over.
 */

/** Lines that close the topic or fill, whatever else the request reader makes of them. */
const CLOSING = [
  /^(?:(?:and|so|well|yeah|yes|ok|okay|honestly|really|i think|i guess),?\s+)*(?:that'?s|that is|this is|it'?s|that was|that'?ll be|that would be)\s+(?:all|it|everything|about it|enough|about all)\b/i,
  /\b(?:that'?s|that is|this is)\s+all\s+(?:i|we)\b/i,
  /\bnothing\s+(?:else|more)\b/i,
  /^(?:no|nope|nah|not really|not much|none|n\/a|idk|dunno)\b[\s.!…]*$/i,
];

/** Sentences about the interview itself, not the person's work. */
const ABOUT_THE_INTERVIEW =
  /\b(?:this|the|your)\s+(?:interview|survey|chat|conversation|questionnaire|session)\b|\b(?:these|your|more|the|any more|so many)\s+questions\b|\b(?:this|that|next|your)\s+question\b|\bare you (?:a|an)\s+(?:bot|ai|robot|human|real person)\b/i;

/** Wanting to leave, anywhere in a sentence ("I want to stop, my invoices are fine"): a request, even when the reader lets it pass. */
const WANTS_OUT =
  /\b(?:i|we)\s+(?:just\s+|really\s+)?(?:want|need|would like|'d like|’d like|have|got)\s+(?:to\s+)?(?:stop|quit|finish|end|leave|go|skip|be done|get out|wrap (?:this|it) up)(?=\s*(?:$|[,.;:!?]|now\b|here\b|this\b|it\b|already\b|please\b|soon\b|for today\b|home\b|with (?:this|it)\b))|\b(?:i|we)\s+(?:just\s+)?want\s+(?:this|it)\s+(?:over|done|to end)\b/i;

/** Where a stated goal starts: the words after the cue are what the person wants. */
const GOAL_CUES = [
  /\b(?:i|we)(?:'d|’d| would)\s+(?:really\s+|just\s+)?(?:like|love|prefer)\s+(?:to\s+|for\s+)?/i,
  /\ball\s+(?:i|we)\s+(?:really\s+)?(?:want|need|wanted|needed|ask)(?:\s+is)?\s*(?:to\s+|for\s+)?/i,
  /\bwhat\s+(?:i|we)\s+(?:really\s+)?(?:want|need|wanted|needed)\s+is\s+(?:to\s+|for\s+)?/i,
  /\b(?:my|our|the)\s+(?:main\s+|real\s+|biggest\s+|number one\s+)?(?:goal|aim|priority|objective|job|dream|hope)\s+(?:is|was)\s+(?:to\s+|for\s+|that\s+)?/i,
  /\b(?:i|we)(?:'m|’m| am|'re|’re| are| was| were)?\s+(?:just\s+|really\s+)?(?:trying|hoping|looking|aiming|working)\s+(?:to|for a way to|for|towards?)\s+/i,
  /\b(?:i|we)\s+(?:\w+ly\s+|just\s+|still\s+)?(?:want|wanted|need|needed|hope|hoped|aim|plan|planned|expect|expected|wish|wished)\s+(?:to\s+|for\s+)?/i,
  /\b(?:so that|in order to|so i can|so we can)\s+/i,
];

/** Words that, after a goal cue, say only that the talk should end ("I want to stop", "I want this over"). */
const NOT_AN_OBJECT = new Set(
  `stop quit finish end leave done over skip interview question survey chat conversation talk answer answering
  home bed sleep break lunch coffee bye goodbye bot robot human someone real person now here there away out minute
  second moment time later`.split(/\s+/),
);

/** True when a verbatim sentence can stand for what a participant is like: an answer, not a request, filler or steering. */
export function isEvidence(sentence: string): boolean {
  const text = sentence.trim();
  if (text.length < 8) return false;
  const { asks, reading } = readRequests(text);
  if (asks || !reading || reading.nonAnswer) return false;
  // A sentence the reader had to cut (part of it asked for something) is not shown whole.
  if (squash(reading.answer) !== squash(text)) return false;
  return contentWords(text).some((w) => w !== null);
}

/**
 * True when a text asks something of the interview or closes it: a question, a request (stop, skip, clarify…), a
 * closing line, talk about the interview itself, or an attempt to steer the interviewer. Also checks model-written
 * persona names and descriptions, which must never be any of these.
 */
export function asksOrCloses(text: string): boolean {
  return readRequests(text).asks;
}

function readRequests(text: string): { asks: boolean; reading?: MessageReading } {
  const trimmed = text.trim();
  if (/\?\s*["”’)]*$/.test(trimmed)) return { asks: true };
  if (CLOSING.some((re) => re.test(trimmed)) || ABOUT_THE_INTERVIEW.test(trimmed) || WANTS_OUT.test(trimmed)) return { asks: true };
  const reading = readMessage(trimmed);
  return { asks: reading.requests.length > 0 || reading.injection || reading.closesTopic, reading };
}

/**
 * True when a sentence is a goal: usable evidence that names what the person wants to achieve ("I want to close the
 * month without chasing invoices"), not merely that they want something to end ("I want to stop", "I want this over").
 */
export function isRealGoal(sentence: string): boolean {
  if (!isEvidence(sentence)) return false;
  const object = goalObject(sentence);
  return object.length > 0;
}

/** The content words of what a goal sentence says the person wants (empty when it names nothing to achieve). */
export function goalObject(sentence: string): string[] {
  let rest = sentence;
  for (const cue of GOAL_CUES) {
    const match = cue.exec(sentence);
    if (match) {
      rest = sentence.slice(match.index + match[0].length);
      break;
    }
  }
  // What is wanted ends at the clause: "I want this over, my invoices are fine" wants nothing.
  const clause = rest.split(/[,;:.!?]|\s[-–—]\s/)[0] ?? '';
  return contentWords(clause)
    .filter((w): w is NonNullable<typeof w> => w !== null && !NOT_AN_OBJECT.has(w.surface.toLowerCase()) && !NOT_AN_OBJECT.has(w.stem))
    .map((w) => w.surface.toLowerCase());
}

function squash(text: string): string {
  return text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}
