import type OpenAI from 'openai';
import type { AskResponse } from '@parley/protocol';
import type { Logger } from '../../deps.ts';
import type { LlmConfig } from '../../llm/config.ts';
import { openChatStream } from '../../llm/chat-stream.ts';
import { toLlmError } from '../../llm/llm-error.ts';
import { renumberCitations } from '../ask/renumber-citations.ts';
import { evidenceOf, type AskEvidence, type AskPassage } from '../ask/ask-evidence.ts';
import { askFacts, askMessages } from './ask-prompt.ts';
import { allowedNumbers, numbersGrounded } from './summary-prompt.ts';

/** Room for a five-sentence answer. */
const MAX_OUTPUT_TOKENS = 500;

/** What an answer is built from: the question, the study's research question, and the offline answer with its evidence. */
export interface AskInput {
  question: string;
  researchQuestion: string;
  /** The extractive answer (answerQuestion's, which carries its evidence); the fallback, and what "no evidence" means. */
  offline: AskResponse;
  /** What retrieval found (the passages the model may cite, and the counted facts); by default the offline answer's own. */
  evidence?: AskEvidence;
  /** Gets the answer's text as it is written. */
  onDelta: (text: string) => Promise<void>;
  signal?: AbortSignal;
}

/** Answers "ask your interviews" questions with a language model, grounded in retrieved quotes. */
export interface QuestionAnswerer {
  answer(input: AskInput): Promise<AskResponse>;
}

/**
 * The LLM answerer: retrieval stays offline (hybrid retrieval over the study's sentences, as without a model); the
 * model writes the synthesis from the counted facts and the top passages only (each marked with its participant),
 * streamed as it writes, citing passages as [n]. The citations it returns are only passages it was given (each a
 * participant's verbatim sentence), renumbered as cited; an answer citing none of them, or stating a number that is
 * in neither the facts nor the passages, is replaced by the extractive one. No evidence, no model call: the offline
 * "none of the interviews…" stands. If the model fails, the offline answer is given instead.
 */
export function createLlmAsker(options: { client: OpenAI; config: Pick<LlmConfig, 'analysisModel' | 'tokenLimitParam' | 'timeoutMs'>; logger?: Logger }): QuestionAnswerer {
  const { client, config, logger } = options;
  return {
    async answer(input) {
      const evidence = input.evidence ?? evidenceOf(input.offline);
      const passages = evidence ? evidence.passages : numbered(input.offline.citations);
      if (passages.length === 0 || (evidence && evidence.kind !== 'answer')) {
        await input.onDelta(input.offline.answer);
        return input.offline;
      }
      const facts = evidence ? askFacts(evidence) : null;
      const quotes = passages.map(({ sessionId, turnId, text }) => ({ sessionId, turnId, text }));
      let written = '';
      try {
        const stream = await openChatStream(
          client,
          { model: config.analysisModel, messages: askMessages({ researchQuestion: input.researchQuestion, question: input.question, facts, passages }), temperature: 0.2, [config.tokenLimitParam]: MAX_OUTPUT_TOKENS, stream: true },
          { idleMs: config.timeoutMs, ...(input.signal ? { signal: input.signal } : {}) },
        );
        try {
          for (let piece = await stream.next(); piece !== null; piece = await stream.next()) {
            written += piece;
            await input.onDelta(piece);
          }
        } finally {
          stream.close();
        }
        const result = renumberCitations(written, quotes);
        // An answer that cites nothing it was given cannot be checked against the interviews: the extractive one stands.
        if (!result.answer || result.citations.length === 0) throw new Error('the model cited none of the quotes');
        // Counts are the facts' or the quotes' own ("two weeks"): any other number is made up.
        const allowed = allowedNumbers({ facts, quotes: passages.map((p) => p.text), cited: new Set(passages.map((p) => p.participant)).size });
        if (!numbersGrounded(result.answer.replace(/\[\d+\]/g, ''), allowed)) throw new Error('the answer states a number that is in neither the facts nor the quotes');
        return result;
      } catch (err) {
        const error = toLlmError(err);
        logger?.info('llm_ask_failed', { failure: error.failure, status: error.details.status, streamed: written.length });
        // Nothing shown yet: the offline answer is streamed as if it were the only one. Something shown: `done`
        // carries the offline answer, which replaces the unfinished text.
        if (!written) await input.onDelta(input.offline.answer);
        return input.offline;
      }
    },
  };
}

/** Quotes without retrieval's evidence, as passages: participants numbered by session in order of first appearance. */
function numbered(quotes: AskResponse['citations']): AskPassage[] {
  const participants = new Map<string, number>();
  return quotes.map((q) => {
    if (!participants.has(q.sessionId)) participants.set(q.sessionId, participants.size + 1);
    return { ...q, participant: participants.get(q.sessionId)!, sentiment: null };
  });
}
