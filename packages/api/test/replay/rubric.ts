import type { Replay, ReplayTurn } from './replay.ts';

/** Counts for one transcript; a bar is met when its count of failures is 0 or its share reaches the target. */
export interface Score {
  questions: number;
  closedQuestions: number;
  leadingQuestions: number;
  doubleQuestions: number;
  warranted: number;
  warrantedFollowedUp: number;
  warrantedQuoted: number;
  nonContentProbes: number;
  repeats: number;
  praiseAfterNothing: number;
  distress: number;
  empathy: number;
  stops: number;
  stopsHonoured: number;
  questionsBack: number;
  questionsBackAnswered: number;
  skipsHonoured: number;
  skips: number;
  clarifies: number;
  clarifiesReworded: number;
  hurries: number;
  hurriesHonoured: number;
  languageNotices: number;
  splicedForeign: number;
  mandatoryMissed: number;
  unnatural: number;
}

const STOP_WORDS = new Set('the a an and or but so then that this it its i you your my we our to of in on at for with was were is are be been had have has did do does not no yes just really very about from they them there what when how why which who me us'.split(' '));
const CLOSED = /(?:^|[.!?]\s+|—\s*)(?:do|does|did|is|are|was|were|have|has|had|will|would|can|could|should)\s+(?:you|it|they|that|this|there|your)\b(?!\s+(?:tell|walk|describe|share|explain|say more))[^?]*\?/i;
const LEADING = /\b(?:how frustrating|how annoying|how great|wasn['’]t it|don['’]t you think)\b|,\s*[\p{L} ]{1,20},\s*(?:or|and) (?:something else|other)\b/iu;
const PRAISE = /clear picture|really helpful|that['’]s helpful|useful to hear|great answer|thanks for sharing/i;
const EMPATHY = /sorry|frustrating|sounds (?:like|really)|stressful|difficult|siento|frustrante|difícil/i;
const NON_CONTENT = /\b(?:mentioned|said|about|more about)\s+["“]?(?:idk|no|nope|bye|nothing|yes|ok|okay|fine)\b["”]?\s*(?:—|-|\?|\.|,|$)/i;

/** Scores one replayed interview against the rubric (open, not leading, one question, follow-ups in their words, …). */
export function score(replay: Replay): Score {
  const s: Score = {
    questions: 0, closedQuestions: 0, leadingQuestions: 0, doubleQuestions: 0, warranted: 0, warrantedFollowedUp: 0, warrantedQuoted: 0,
    nonContentProbes: 0, repeats: 0, praiseAfterNothing: 0, distress: 0, empathy: 0, stops: 0, stopsHonoured: 0, questionsBack: 0,
    questionsBackAnswered: 0, skips: 0, skipsHonoured: 0, clarifies: 0, clarifiesReworded: 0, hurries: 0, hurriesHonoured: 0,
    languageNotices: 0, splicedForeign: 0, mandatoryMissed: 0, unnatural: 0,
  };
  const { turns } = replay;
  const guide = (replay.session.coverage ?? []).map((q) => q.text);
  for (let i = 0; i < turns.length; i += 1) {
    const turn = turns[i]!;
    if (turn.role === 'interviewer') {
      const asks = questionsIn(turn.text);
      s.questions += asks.length;
      s.closedQuestions += asks.filter((q) => CLOSED.test(q)).length;
      s.leadingQuestions += asks.filter((q) => LEADING.test(q)).length;
      if ((turn.text.match(/\?/g) ?? []).length > 1 && !guide.some((g) => turn.text.includes(g) && (g.match(/\?/g) ?? []).length > 1)) s.doubleQuestions += 1;
      if (NON_CONTENT.test(turn.text)) s.nonContentProbes += 1;
      if (/\b(?:inglés|English|anglais|Englisch)\b/.test(turn.text) && /continu|seguir|carry on|weiter/i.test(turn.text)) s.languageNotices += 1;
      const words = turn.text.split(/\s+/).length;
      if (turn.text.trim() === '' || words > 75 || /—\s*—|\.\s*\./.test(turn.text) || hasDuplicateSentence(turn.text)) s.unnatural += 1;
      continue;
    }
    const tags = turn.line?.tags ?? [];
    const reply = turns[i + 1];
    if (!reply) continue;
    if (tags.includes('repeat')) s.repeats += 1;
    if (tags.includes('warranted')) {
      s.warranted += 1;
      const followUp = !guide.some((g) => reply.text.includes(g)) && reply.text.includes('?') && reply.status !== 'completed';
      if (followUp) s.warrantedFollowedUp += 1;
      if (followUp && sharesContent(turn.text, reply.text)) s.warrantedQuoted += 1;
    }
    if ((tags.includes('non_answer') || tags.includes('injection') || tags.includes('angry')) && PRAISE.test(reply.text)) s.praiseAfterNothing += 1;
    if (tags.includes('angry')) {
      s.distress += 1;
      if (EMPATHY.test(reply.text)) s.empathy += 1;
    }
    if (tags.includes('stop')) {
      s.stops += 1;
      if (reply.status === 'completed' && !reply.text.includes('?')) s.stopsHonoured += 1;
    }
    if (tags.includes('question_back')) {
      s.questionsBack += 1;
      if (turn.line?.truth?.test(reply.text) && reply.text.includes('?')) s.questionsBackAnswered += 1;
    }
    if (tags.includes('skip')) {
      s.skips += 1;
      const skipped = lastGuideQuestion(turns.slice(0, i), guide);
      if (!skipped || !turns.slice(i + 1).some((t) => t.role === 'interviewer' && t.text.includes(skipped))) s.skipsHonoured += 1;
    }
    if (tags.includes('clarify')) {
      s.clarifies += 1;
      const before = turns[i - 1]!.text;
      if (reply.text !== before && reply.text.includes('?') && !reply.text.endsWith(before)) s.clarifiesReworded += 1;
    }
    if (tags.includes('time_pressure')) {
      s.hurries += 1;
      const after = turns.slice(i + 1).filter((t) => t.role === 'interviewer');
      if (after.length <= 2 && after.at(-1)?.status === 'completed') s.hurriesHonoured += 1;
    }
    if (tags.includes('foreign') && /\b(?:you (?:said|mentioned))\b/i.test(reply.text) && /[áéíóúñ¿]|\b(?:usé|esperé|nada)\b/i.test(reply.text)) s.splicedForeign += 1;
  }
  const stopped = replay.session.endReason === 'participant_stopped';
  if (!stopped) s.mandatoryMissed = (replay.session.coverage ?? []).filter((q) => q.mandatory && q.status !== 'asked' && q.status !== 'covered' && q.status !== 'skipped').length;
  if (stopped && replay.session.progress.fraction >= 1) s.mandatoryMissed += 1;
  return s;
}

/** Adds scores up. */
export function total(scores: Score[]): Score {
  const out = { ...scores[0]! };
  for (const key of Object.keys(out) as (keyof Score)[]) out[key] = scores.reduce((sum, x) => sum + x[key], 0);
  return out;
}

/** A share as a percentage, "n/a" when nothing was counted. */
export function pct(part: number, whole: number): string {
  return whole === 0 ? 'n/a' : `${Math.round((part / whole) * 100)}%`;
}

function questionsIn(text: string): string[] {
  return text.split(/(?<=[.!?])\s+/).filter((x) => x.trim().endsWith('?'));
}

function contentWords(text: string): Set<string> {
  return new Set(text.toLowerCase().replace(/[’‘]/g, "'").split(/[^\p{L}\p{N}']+/u).filter((w) => w.length >= 4 && !STOP_WORDS.has(w)).map((w) => w.replace(/(?:ing|ed|s)$/, '')));
}

/** True when a reply reuses at least one content word of the answer (in any inflection). */
export function sharesContent(answer: string, reply: string): boolean {
  const said = contentWords(answer);
  return [...contentWords(reply)].some((w) => said.has(w));
}

function hasDuplicateSentence(text: string): boolean {
  const sentences = text.split(/(?<=[.!?])\s+/).map((x) => x.trim().toLowerCase()).filter((x) => x.length > 12);
  return new Set(sentences).size < sentences.length;
}

function lastGuideQuestion(turns: ReplayTurn[], guide: string[]): string | undefined {
  const last = turns.filter((t) => t.role === 'interviewer').at(-1)?.text ?? '';
  return guide.find((g) => last.includes(g));
}
