import type { Decision, InterviewStrategy, TurnContext } from '../strategy.ts';
import { wasAsked } from '../asked-text.ts';
import { streamPieces } from '../pieces.ts';
import { phrasebookFor } from '../phrasebook/index.ts';
import { askNext, closing } from '../guide-wording.ts';
import { ackKind, acknowledgement, recentReplies } from '../wording/acknowledge.ts';
import { rewordQuestion } from '../wording/reword.ts';
import { soundsDistressed } from '../wording/distress.ts';
import type { TextNlp } from './nlp.ts';
import { createAnswerReader, type AnswerAnalysis } from './analyse-answer.ts';
import { answerValue, tellsAnOccasion, type AnswerValue } from './answer-value.ts';
import { quoteClause } from './quote.ts';
import { nextRung, probeWording } from './probe-wording.ts';
import { stableHash } from './variety.ts';
import { findContradiction } from './contradiction.ts';
import { fill } from '../phrasebook/index.ts';
import { rotated } from './variety.ts';

/** The offline strategy's decision carries the reply it composed, so wording is only streaming. */
export interface OfflineDecision extends Decision {
  text: string;
}

const ENGLISH = phrasebookFor('en')!;
// Words that never make a quote worth reflecting on their own.
const EMPTY_WORDS = new Set(['idk', 'ok', 'okay', 'bye', 'yes', 'no', 'nope', 'yeah', 'nothing', 'thing', 'things', 'stuff', 'fine', 'lol', 'dunno', 'maybe', 'whatever', 'na', 'n/a']);
// Cues a quote is best taken around: the surprise, the risk, the time of the story.
const CUE = /\b(?:didn['’]?t|never|kept|broke|charged|couldn['’]?t|surpris\w*|suddenly|turn(?:s|ed) out|cancel\w*|switch\w*|refund\w*|gave up|ran out|ended|stopped|broke|lost|waited|last \w+|ago|yesterday|one \w+)\b/i;

// Questions that ask for an account rather than a fact.
const STORY_QUESTION = /\b(?:tell me|walk me|describe|what happened|what was going on|how did (?:it|that|things) go|take me through)\b/i;
const NUMBERS = /\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|twenty|thirty|hundred|half|hours?|days?|weeks?|months?|minutes?)\b/i;

/**
 * The built-in offline strategy. It follows the insight, not the length of an answer: a story, a surprise, a tension,
 * a feeling or a risk the study cares about gets follow-ups that climb the ladder (what happened → what did you do →
 * how did it feel → how did it end → why does it matter), skipping what the participant already told and quoting
 * their own words; a vague answer gets one request for a concrete example; a non-answer or "that's all" closes the
 * topic. Acknowledgements fit what was said (empathy for distress, no praise after a non-answer). Deterministic.
 */
export function createOfflineStrategy(nlp: TextNlp): InterviewStrategy<OfflineDecision> {
  const reader = createAnswerReader(nlp);
  // The content words of an answer, read once: a quote of it has content when it holds one of them.
  const contentOf = (answer: string) => {
    const words = new Set(
      nlp
        .read(answer)
        .tokens.filter((t) => (t.pos === 'NOUN' || t.pos === 'PROPN' || t.pos === 'VERB' || t.pos === 'ADJ') && !t.stopWord && !EMPTY_WORDS.has(t.normal) && t.normal.length > 2)
        .map((t) => t.normal),
    );
    return (text: string) => text.toLowerCase().split(/[^\p{L}\p{N}'’-]+/u).some((w) => words.has(w));
  };
  return {
    kind: 'offline',
    async decide(ctx) {
      const book = ctx.book ?? ENGLISH;
      const seed = stableHash(`${ctx.question?.id ?? ''}|${ctx.state.turnsUsed}`);
      const previous = recentReplies(ctx.turns);
      const answer = ctx.reading.answer;
      const english = book.language === 'en' && !ctx.foreign;
      const analysis = english && answer.trim() ? reader.analyse(answer, ctx.question?.text) : undefined;
      const value = english ? answerValue(answer) : undefined;
      const distressed = soundsDistressed(answer) || (analysis?.kind === 'emotional' && analysis.tone === 'negative');
      const hasContent = contentOf(answer);
      const note = analysis?.keyPhrase && hasContent(analysis.keyPhrase) ? analysis.keyPhrase : undefined;
      const storyLine = value && (value.story || value.surprise || value.risk) ? value.sentences[value.sentence] : undefined;
      const base = { ...(note ? { note } : {}), ...(storyLine ? { story: storyLine } : {}), ...(value ? { rungsTold: value.told } : {}) };
      const decided = (move: OfflineDecision['move'], text: string, extra: Partial<OfflineDecision> = {}): OfflineDecision => ({ move, text, ...base, ...extra });

      if (ctx.allowed.includes('clarify') && ctx.intent === 'clarify') {
        // A rewording is new when the participant has not read it before (its question may well have been asked).
        const said = new Set(ctx.turns.filter((t) => t.role === 'interviewer').map((t) => t.text.trim()));
        const clearer = rewordQuestion(book, ctx.lastQuestion ?? ctx.question?.text ?? '', seed, ctx.reading.echoed, ctx.lastQuestion === ctx.question?.text || !ctx.lastQuestion ? ctx.question?.intent : undefined).find((r) => !said.has(r.trim()));
        if (clearer) return decided('clarify', clearer);
      }
      // An answer at odds with an earlier one is the first thing a researcher asks about.
      if (ctx.allowed.includes('probe') && ctx.intent === 'answer' && analysis && book.contradiction && !ctx.reading.nonAnswer) {
        const earlier = ctx.turns.slice(0, -1).filter((t) => t.role === 'participant').map((t) => t.text);
        const found = findContradiction(nlp, answer, earlier);
        const quote = found && quoteClause(found.now, hasContent);
        const before = found && quoteClause(found.earlier, contentOf(found.earlier));
        if (quote && before && quote !== before) {
          const text = fill(rotated(book.contradiction, seed)[0]!, { earlier: before, quote });
          if (!wasAsked(ctx.state.askedTexts, text)) return decided('probe', text, { rungAsked: 'why_matters' });
        }
      }
      if (ctx.allowed.includes('probe') && ctx.intent === 'answer' && analysis && value && warranted(ctx, analysis, value)) {
        const rung = nextRung([...(ctx.state.rungs ?? []), ...value.told], (analysis.kind === 'vague' || analysis.words <= 3) && !value.story);
        if (rung) {
          // The sentence with the most to follow, or the next one that can be quoted (one that speaks of "your support" cannot).
          const order = [value.sentence, ...value.sentences.map((_, i) => i).filter((i) => i !== value.sentence)];
          const sentence = value.sentences[value.sentence] ?? answer;
          const vague = analysis.kind === 'vague' && !value.story;
          const names = new Set(nlp.read(answer).tokens.filter((t) => t.pos === 'PROPN').map((t) => t.value));
          // A vague answer is asked for an example in plain words: quoting "it was fine I guess" back helps no one.
          // Only a clause reads well after "You mentioned that…": "three days, for a double charge" is left to the rung question.
          const clause = (text: string) => hasContent(text) && nlp.read(text).tokens.some((t) => t.pos === 'VERB' || t.pos === 'AUX');
          const quote = vague ? undefined : order.map((i) => quoteClause(value.sentences[i] ?? sentence, clause, CUE, names)).find(Boolean);
          const material = { quote, phrase: vague ? undefined : note };
          const wording = probeWording(book, rung, material, seed + ctx.state.probes, ctx.state.askedTexts);
          if (wording) {
            const lead = distressed ? `${acknowledgement(book, 'empathy', seed, previous)} ` : '';
            return decided('probe', lead + wording, { rungAsked: rung });
          }
        }
      }
      // In the other languages it speaks, a told occasion gets the ladder's plain questions (no quoting without a tagger).
      if (ctx.allowed.includes('probe') && ctx.intent === 'answer' && ctx.book && !english && !ctx.foreign && !ctx.reading.nonAnswer && tellsAnOccasion(answer, book.language)) {
        const rung = nextRung(ctx.state.rungs ?? [], false);
        const wording = rung && probeWording(book, rung, { quote: undefined, phrase: undefined }, seed + ctx.state.probes, ctx.state.askedTexts);
        if (rung && wording) return decided('probe', wording, { rungAsked: rung });
      }
      if (ctx.allowed.includes('next_question') && ctx.nextQuestion) {
        const kind = analysis && analysis.words <= 2 && !distressed ? 'plain' : ackKind(ctx, { story: !!storyLine, distressed });
        // After "one last question" (short of time) the question follows at once.
        const ack = ctx.book && ctx.intent !== 'time_pressure' ? acknowledgement(book, kind, seed, previous) : '';
        const bridged = ctx.nextHint && !ctx.nextQuestion.verbatim && ctx.book ? askNext(ctx, book, seed) : '';
        return decided('next_question', [ack, bridged].filter(Boolean).join(' '));
      }
      if (ctx.allowed.includes('wrap_up')) return decided('wrap_up', closing(ctx, book));
      throw new Error(`no move the offline strategy can word among: ${ctx.allowed.join(', ')}`);
    },
    word(_ctx: TurnContext, decision) {
      return streamPieces(decision.text);
    },
  };
}

/**
 * Whether an answer is worth a follow-up: by what it holds, not by its length. Stories, surprises, tensions, feelings
 * and risks are; a vague answer is once (for a concrete example); non-answers, "that's all" and answers that only
 * restate are not.
 */
function warranted(ctx: TurnContext, analysis: AnswerAnalysis, value: AnswerValue): boolean {
  if (ctx.reading.nonAnswer || ctx.reading.closesTopic || ctx.foreign || ctx.reading.injection) return false;
  // A word or two where a story was asked for ("billing"): ask for the story once.
  if (analysis.words <= 3 && ctx.state.probes === 0 && STORY_QUESTION.test(ctx.question?.text ?? '')) return true;
  if (value.surprise || value.risk || value.contrast) return true;
  // A story told to its end (what they did, how it ended) with nothing unexpected in it needs no digging.
  const complete = value.told.includes('end') && value.told.includes('what_did');
  if ((value.story || value.pain) && !complete) return true;
  if (analysis.kind === 'emotional') return true;
  // Hedged but concrete ("probably three or four hours") is an answer, not a vague one.
  return analysis.kind === 'vague' && ctx.state.probes === 0 && !NUMBERS.test(ctx.reading.answer);
}
