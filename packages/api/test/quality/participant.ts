import { topicOf, type QualityStudy } from './studies.ts';

/**
 * Ground truth a participant's line carries, set by whoever wrote the participant (never guessed by the rubric):
 * - warranted: a story, surprise, emotion, contradiction or goal-relevant cue a good interviewer follows up;
 * - non_answer: "idk", "no", "bye"… (never to be probed or praised); distress: anger or upset (wants empathy);
 * - injection: an attempt to change the interviewer's instructions; stop / skip / clarify / time_pressure: requests;
 * - question_back: a question to the interviewer (see `questionBack`); off_topic: a request the interview cannot serve;
 * - foreign: written in another language than the study's; repeat: "as I said…" (the interviewer asked it again);
 * - insist: a request said again because the first was ignored (not counted as a new request).
 */
export type Mark =
  | 'warranted'
  | 'non_answer'
  | 'distress'
  | 'injection'
  | 'stop'
  | 'skip'
  | 'clarify'
  | 'time_pressure'
  | 'question_back'
  | 'off_topic'
  | 'foreign'
  | 'repeat'
  | 'insist';

/** What a question back asks about; the rubric knows what a truthful answer to each mentions. */
export type QuestionBackTopic = 'why' | 'who_reads' | 'ai' | 'how_long' | 'privacy';

/** One thing a participant says, with its ground truth. */
export interface Said {
  text: string;
  marks: Mark[];
  questionBack?: QuestionBackTopic;
  /** Facts this line tells, keyed by the guide question whose intent they answer, in the participant's words. */
  tells?: Record<string, string>;
  /** How the participant came to say it: `topic:<id>`, `follow-up:<id>`, `turn`, `repeat`, `fallback`, `insist`. */
  source: string;
}

/** One turn of a replayed interview. */
export interface Exchange {
  role: 'interviewer' | 'participant';
  text: string;
  /** On participant turns: what they said, with its ground truth. */
  said?: Said;
  /** On interviewer turns: the session status the reply left. */
  status?: string;
}

/** A scripted participant: a persona who answers what they are asked, deterministically. */
export interface Participant {
  name: string;
  persona: string;
  study: QualityStudy;
  /** How the widget sends their answers: JSON, or SSE (`accept: text/event-stream`) for every turn. */
  transport: 'json' | 'sse';
  respond(lastInterviewerText: string, turnIndex: number, transcript: readonly Exchange[]): Said;
}

/** A line as a participant script writes it: plain text, or text with marks and facts. */
export type LineSpec = string | { text: string; marks?: Mark[]; tells?: Record<string, string>; questionBack?: QuestionBackTopic };

/** How a persona behaves, written as data. */
export interface PersonaSpec {
  name: string;
  persona: string;
  study: QualityStudy;
  transport?: 'json' | 'sse';
  /** Answers to the guide's questions by question id; an answer tells its own topic, and whatever else its `tells` says. */
  answers?: Record<string, LineSpec>;
  /** What they add when followed up, per guide question being discussed, in order. */
  followUps?: Record<string, LineSpec[]>;
  /** Said at the n-th participant turn whatever was asked (a stop, a question back, a request…). */
  at?: Record<number, LineSpec>;
  /** Said in order whatever was asked, once `at` has nothing (people who do not engage with the questions). */
  lines?: LineSpec[];
  /** Said when they have nothing (more) to say; default "No, that's about it." */
  fallback?: LineSpec;
  /** How they point out a question they already answered; default "As I said, {fact}." */
  repeat?: (fact: string) => string;
  /** Said again when a stop request was ignored. */
  insist?: string;
}

const NOTHING: LineSpec = { text: 'No, that’s about it.', marks: ['non_answer'] };

/** Builds a participant from a persona spec: answers by topic, remembers what it told, says "As I said" when asked again. */
export function persona(spec: PersonaSpec): Participant {
  return {
    name: spec.name,
    persona: spec.persona,
    study: spec.study,
    transport: spec.transport ?? 'json',
    respond(last, turnIndex, transcript) {
      const earlier = transcript.filter((e) => e.role === 'participant').map((e) => e.said!);
      const insisted = insistOnStop(spec, earlier);
      if (insisted) return insisted;
      const scripted = spec.at?.[turnIndex];
      if (scripted) return said(scripted, 'turn');
      const asked = topicOf(spec.study, last) ?? askedAgainAfterRequest(spec.study, transcript);
      const told = factsTold(earlier);
      const question = spec.study.questions.find((q) => q.id === asked);
      if (asked && told[asked] && !question?.closer) {
        return { text: (spec.repeat ?? ((f) => `As I said, ${f}.`))(told[asked]!), marks: ['repeat'], source: 'repeat' };
      }
      if (spec.lines) {
        const used = earlier.filter((s) => s.source === 'line').length;
        const line = spec.lines[used];
        return line ? said(line, 'line') : said(spec.fallback ?? NOTHING, 'fallback');
      }
      if (asked && spec.answers?.[asked]) return said(spec.answers[asked]!, `topic:${asked}`, asked);
      if (!asked) {
        const current = currentTopic(spec.study, transcript);
        const pool = current ? (spec.followUps?.[current] ?? []) : [];
        const used = earlier.filter((s) => s.source === `follow-up:${current}`).length;
        if (pool[used]) return said(pool[used]!, `follow-up:${current}`);
      }
      return said(spec.fallback ?? NOTHING, 'fallback');
    },
  };
}

/**
 * After asking what a question meant (or asking something back, or going off topic), a person takes the next
 * question as the same one in other words, whatever its wording: the topic of the interviewer's turn before.
 */
function askedAgainAfterRequest(study: QualityStudy, transcript: readonly Exchange[]): string | undefined {
  const mine = transcript.at(-2)?.said;
  if (!mine || !mine.marks.some((m) => m === 'clarify' || m === 'question_back' || m === 'off_topic' || m === 'injection')) return undefined;
  const before = transcript.at(-3);
  return before?.role === 'interviewer' ? topicOf(study, before.text) : undefined;
}

/** Everything a participant has told so far, by guide question. */
export function factsTold(earlier: readonly Said[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const s of earlier) for (const [k, v] of Object.entries(s.tells ?? {})) out[k] ??= v;
  return out;
}

/** The guide question under discussion: the last one the interviewer asked. */
export function currentTopic(study: QualityStudy, transcript: readonly Exchange[]): string | undefined {
  for (let i = transcript.length - 1; i >= 0; i -= 1) {
    const e = transcript[i]!;
    if (e.role !== 'interviewer') continue;
    const t = topicOf(study, e.text);
    if (t) return t;
  }
  return undefined;
}

function said(line: LineSpec, source: string, topic?: string): Said {
  const l = typeof line === 'string' ? { text: line } : line;
  const tells = topic || l.tells ? { ...(topic ? { [topic]: firstPersonGist(l.text) } : {}), ...l.tells } : undefined;
  return { text: l.text, marks: [...(l.marks ?? [])], ...(l.questionBack ? { questionBack: l.questionBack } : {}), ...(tells ? { tells } : {}), source };
}

/**
 * A request the interviewer ignored is said once more, sharper: a stop not honoured, or more questions after the one
 * last question a participant short of time agreed to. (After that the replay closes the widget.)
 */
function insistOnStop(spec: PersonaSpec, earlier: readonly Said[]): Said | undefined {
  const last = earlier.at(-1);
  if (!last || last.marks.includes('insist')) return undefined;
  const ignoredStop = last.marks.includes('stop');
  const overrun = (earlier.at(-2)?.marks.includes('time_pressure') ?? false) && !last.marks.includes('time_pressure');
  if (!ignoredStop && !overrun) return undefined;
  const text = ignoredStop ? (spec.insist ?? 'I said I want to stop. Please end this now.') : 'Sorry, I really have to go now.';
  return { text, marks: ['stop', 'insist'], source: 'insist' };
}

function firstPersonGist(text: string): string {
  const first = text.split(/(?<=[.!?])\s+/)[0]!.replace(/[.!?]+$/, '');
  return /^I\b/.test(first) ? first : first.charAt(0).toLowerCase() + first.slice(1);
}
