import type { ReplyInput } from './interviewer.ts';
import type { InterviewState } from './state.ts';
import type { Intent } from './moves.ts';
import type { QuestionMatcher } from './question-match.ts';
import { readMessage, type MessageReading } from './requests/read-message.ts';
import { phrasebookFor } from './phrasebook/index.ts';
import type { Phrasebook } from './phrasebook/phrasebook.ts';
import { askingSentences } from './asked-text.ts';
import { setCoverage, unsettled } from './coverage.ts';
import { isCloser } from './guide.ts';
import { saysNothingMore } from './requests/nothing-more.ts';

/** A participant turn as the conductor reads it, with the state it leads to before any move is made. */
export interface ReadTurn {
  /** The state with this turn counted and what the message told recorded (coverage, skip, hurry, hints). */
  state: InterviewState;
  intent: Intent;
  reading: MessageReading;
  /** The part of the message that answers (requests removed); '' for a non-answer. */
  answerText: string;
  /** Every participant message of the interview so far, this one included (evidence is checked against them). */
  answerTexts: string[];
  /** The interviewer's last question as the participant read it. */
  lastQuestion: string | undefined;
  book: Phrasebook | undefined;
  foreign: boolean;
  noticeDue: boolean;
  /** True when the interview had already ended before this message. */
  finished: boolean;
}

/**
 * Reads one participant message: what they ask for anywhere in it (stop, skip, clarify, short of time, a question
 * back, off topic), which guide questions its answer already covers (by meaning), and in which language it is.
 * Requests outrank answers in this order: stop, short of time, skip; clarify and questions back only when the
 * message answers nothing else.
 */
export function readTurn(input: ReplyInput, matcher: QuestionMatcher): ReadTurn {
  const state: InterviewState = { ...input.state, turnsUsed: input.state.turnsUsed + 1, coverage: { ...input.state.coverage } };
  const finished = state.current >= state.guide.length;
  const reading = readMessage(input.answer);
  const language = (state.language ?? input.plan.language).toLowerCase().split('-')[0]!;
  const book = phrasebookFor(state.language ?? input.plan.language);
  const foreign = reading.language !== undefined && reading.language !== language;
  // "Hang on, is this an AI?": a few words around a request are its lead-in, not an answer to the question.
  const aroundRequest = reading.requests.length > 0 && reading.answer.trim().split(/\s+/).length <= 3;
  const substantive = reading.answer.trim() !== '' && !reading.nonAnswer && !aroundRequest;
  const intent: Intent = finished ? 'stop' : intentOf(reading, substantive);
  const current = state.guide[state.current];

  if (current && intent === 'skip') setCoverage(state, current.id, 'skipped');
  // Stopping instead of answering leaves the question unanswered: it does not count as covered.
  if (current && intent === 'stop' && !finished && !substantive && !state.coverage?.[current.id]?.evidence) setCoverage(state, current.id, 'skipped');
  if (current && substantive && intent !== 'skip') setCoverage(state, current.id, 'asked', reading.answer);
  // Slot answers ("chat", "teléfono") are recognised whatever the language; shared words only in the interview's.
  if (substantive && !finished) {
    for (const q of unsettled(state, state.current)) {
      const match = matcher.covers(q, reading.answer, state.guide);
      if (foreign && match.level === 'full' && !match.slot) continue;
      if (match.level === 'full') setCoverage(state, q.id, 'covered', match.evidence);
      else if (match.level === 'partial' && match.phrase && !state.hints?.[q.id]) state.hints = { ...state.hints, [q.id]: match.phrase };
    }
  }
  // "No, that's all." already answers the closing "What else…?": it is settled, not asked next.
  if (!finished && intent === 'answer' && saysNothingMore(input.answer)) {
    for (const q of unsettled(state, state.current)) if (isCloser(q.text)) setCoverage(state, q.id, 'covered', input.answer);
  }
  if (intent === 'time_pressure' && state.hurryAt === undefined) state.hurryAt = state.turnsUsed;
  // Said only when the interview goes on: a participant who asks to stop is not told what comes next.
  const noticeDue = foreign && intent !== 'stop' && !state.languageNoticeGiven && phrasebookFor(reading.language!) !== undefined;
  if (noticeDue) state.languageNoticeGiven = true;

  const lastInterviewer = [...input.turns].reverse().find((t) => t.role === 'interviewer');
  // A guide question may be two sentences ("Tell me about… What was going on?"): the whole of it is what was asked.
  const lastQuestion = lastInterviewer && current && lastInterviewer.text.includes(current.text) ? current.text : lastInterviewer ? askingSentences(lastInterviewer.text).at(-1) : current?.text;
  return {
    state,
    intent,
    reading,
    answerText: substantive ? reading.answer : '',
    answerTexts: input.turns.filter((t) => t.role === 'participant').map((t) => t.text).concat(input.turns.at(-1)?.text === input.answer ? [] : [input.answer]),
    lastQuestion,
    book,
    foreign,
    noticeDue,
    finished,
  };
}

function intentOf(reading: MessageReading, substantive: boolean): Intent {
  const has = (kind: MessageReading['requests'][number]) => reading.requests.includes(kind);
  if (has('stop')) return 'stop';
  if (has('time_pressure')) return 'time_pressure';
  if (has('skip')) return 'skip';
  if (substantive) return 'answer';
  if (has('clarify')) return 'clarify';
  if (has('question_back')) return 'question_back';
  if (has('off_topic')) return 'off_topic';
  return 'answer';
}

/** The same turn read with a request the strategy noticed and the conductor's patterns did not. */
export function withIntent(read: ReadTurn, intent: 'stop' | 'skip' | 'time_pressure'): ReadTurn {
  const state: InterviewState = { ...read.state, coverage: { ...read.state.coverage } };
  const current = state.guide[state.current];
  if (intent === 'skip' && current) setCoverage(state, current.id, 'skipped');
  if (intent === 'time_pressure' && state.hurryAt === undefined) state.hurryAt = state.turnsUsed;
  return { ...read, state, intent };
}
