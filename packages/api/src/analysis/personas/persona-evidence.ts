import { isBehavior, isGoal } from '../offline/cues.ts';
import { HOW_OFTEN, PROBLEM, SELF_DESCRIPTION, saysHowTheyWork, saysWhoTheyAre } from '../offline/self-description.ts';
import type { SessionAnalysis, TurnInsight } from '../session-analysis.ts';
import { isEvidence, isRealGoal } from './persona-sentences.ts';

/** What a persona is built from: who people are, what they want, what they do, what gets in their way. */
export type Facet = 'context' | 'goal' | 'behavior' | 'pain';

/** One verbatim sentence of a participant turn, and what it says about them. */
export interface EvidenceSentence {
  text: string;
  turnId: string;
  facets: Facet[];
  sentiment: number;
  /** How well it reads as a quote on its own (0…~3). */
  quotability: number;
  /** Taxonomy subjects it is about (cost, billing, …). */
  concepts: string[];
  /** Its key noun phrases, lower-cased (what persona names are made of). */
  phrases: string[];
}

/** One session as personas see it: its attributes and its usable sentences, with a key that depends only on content. */
export interface SessionEvidence {
  sessionId: string;
  /** A hash of the attributes and sentences: the same interview gets the same key in any study, under any id. */
  contentKey: string;
  attributes: Record<string, string>;
  sentences: EvidenceSentence[];
  /** What they asked for (the turns' wishes), verbatim: a card's goals in their own words when they state none. */
  wishes: { text: string; turnId: string }[];
  sentiment: number;
}

/** A story of things going well ("A good week is when…") is not a frustration, even when it mentions one. */
const SUCCESS = /\b(?:a good|the best|a great|a perfect)\s+(?:week|month|day|quarter|year|close)\b|\bwent (?:well|smoothly|fine)\b/i;
/** Plan stages that ask who the participant is. */
const CONTEXT_STAGE = /\b(?:role|context|background|about (?:you|them)|who|company|profile)\b/i;
const PAIN_SENTIMENT = -0.25;

/** The evidence of one analysed session: its verbatim sentences that are answers (never requests or filler), by facet. */
export function sessionEvidence(analysis: SessionAnalysis): SessionEvidence {
  const byText = new Map<string, EvidenceSentence>();
  let felt = 0;
  let sentimentSum = 0;
  for (const turn of analysis.turns) {
    if (turn.sentiment !== 0) {
      felt += 1;
      sentimentSum += turn.sentiment;
    }
    for (const sentence of turnSentences(turn)) {
      const known = byText.get(sentence.text);
      if (known) known.facets = [...new Set([...known.facets, ...sentence.facets])];
      else byText.set(sentence.text, sentence);
    }
  }
  const attributes: Record<string, string> = {};
  for (const key of Object.keys(analysis.attributes ?? {}).sort()) attributes[key] = String(analysis.attributes[key]);
  const sentences = [...byText.values()].filter((s) => s.facets.length > 0);
  const contentKey = hashText(JSON.stringify([attributes, sentences.map((s) => s.text)]));
  const wishes = analysis.turns.flatMap((t) => (t.wishes ?? []).filter((w) => isEvidence(w.text) && isRealGoal(w.text)).map((w) => ({ text: w.text, turnId: t.turnId })));
  return { sessionId: analysis.sessionId, contentKey, attributes, sentences, wishes, sentiment: felt ? sentimentSum / felt : 0 };
}

/**
 * A turn's verbatim sentences (its mentions and quotes, and the offline engine's goal, behaviour and problem
 * sentences), each with its facets. The LLM engine writes goals, behaviours and pain points as short phrases: those
 * count only through the participant's own sentence that contains them.
 */
function turnSentences(turn: TurnInsight): EvidenceSentence[] {
  const pool = new Map<string, { sentiment: number; quotability: number; concepts: string[]; phrases: string[] }>();
  for (const m of turn.mentions) {
    const concepts = Object.keys(m.features).filter((f) => f.startsWith('c:')).map((f) => f.slice(2));
    pool.set(m.text, { sentiment: m.sentiment, quotability: m.quotability, concepts, phrases: m.phrases.filter((ph) => ph !== m.label?.toLowerCase()) });
  }
  const offline = turn.engine === 'offline';
  const about = new Set((turn.about ?? []).map((a) => a.text));
  for (const a of turn.about ?? []) if (!pool.has(a.text)) pool.set(a.text, { sentiment: 0, quotability: 1, concepts: [], phrases: a.phrases });
  const extra = offline ? [...turn.goals, ...turn.behaviors, ...turn.painPoints, ...turn.quotes] : turn.quotes;
  for (const text of extra) if (!pool.has(text)) pool.set(text, { sentiment: turn.sentiment, quotability: 1, concepts: [], phrases: [] });
  const verbatim = [...pool.keys()];
  const containing = (phrases: string[]) => new Set(phrases.flatMap((p) => verbatim.filter((s) => p.length > 3 && s.toLowerCase().includes(p.trim().toLowerCase()))));
  const goals = new Set(offline ? turn.goals : containing(turn.goals));
  const behaviors = new Set(offline ? turn.behaviors : containing(turn.behaviors));
  const pains = new Set(offline ? turn.painPoints : containing(turn.painPoints));
  const contextStage = turn.stage !== null && CONTEXT_STAGE.test(turn.stage);

  const out: EvidenceSentence[] = [];
  for (const [text, info] of pool) {
    if (!isEvidence(text)) continue;
    const facets: Facet[] = [];
    // "My job is keeping the software working" says who someone is, not what they are after.
    if ((goals.has(text) || isGoal(text)) && isRealGoal(text) && !about.has(text) && !saysWhoTheyAre(text)) facets.push('goal');
    const describesThem = about.has(text) || SELF_DESCRIPTION.test(text);
    // What someone wants to do each week is a goal, not a habit; what they do (or are) is a habit only if it recurs.
    if ((behaviors.has(text) || isBehavior(text)) && !facets.includes('goal') && (!describesThem || HOW_OFTEN.test(text))) facets.push('behavior');
    const problem = PROBLEM.test(text);
    if ((pains.has(text) || info.sentiment <= PAIN_SENTIMENT) && !SUCCESS.test(text) && (problem || !describesThem)) facets.push('pain');
    if (describesThem || (contextStage && facets.length === 0)) facets.push('context');
    // "I had to explain it again every time" recurs, but it is a complaint, not a way of working.
    const habit = facets.includes('pain') && !saysHowTheyWork(text) ? facets.filter((f) => f !== 'behavior') : facets;
    out.push({ text, turnId: turn.turnId, facets: habit, ...info });
  }
  return out;
}

/** FNV-1a, as hex: a short, stable digest of a text. */
export function hashText(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  let g = 0x2f9a3b71;
  for (let i = text.length - 1; i >= 0; i--) g = Math.imul(g ^ text.charCodeAt(i), 0x01000193);
  return (h >>> 0).toString(16).padStart(8, '0') + (g >>> 0).toString(16).padStart(8, '0');
}
