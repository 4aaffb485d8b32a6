import type OpenAI from 'openai';
import type { AskResponse } from '@parley/protocol';
import type { Logger } from '../../deps.ts';
import type { LlmConfig } from '../../llm/config.ts';
import { openChatStream } from '../../llm/chat-stream.ts';
import { toLlmError } from '../../llm/llm-error.ts';
import { renumberCitations } from '../ask/renumber-citations.ts';
import { askMessages } from './ask-prompt.ts';

/** Room for a five-sentence answer. */
const MAX_OUTPUT_TOKENS = 500;

/** What an answer is built from: the question, the study's research question, and the offline answer with its evidence. */
export interface AskInput {
  question: string;
  researchQuestion: string;
  /** The extractive answer; its citations are the retrieved evidence the model may cite. */
  offline: AskResponse;
  /** Gets the answer's text as it is written. */
  onDelta: (text: string) => Promise<void>;
  signal?: AbortSignal;
}

/** Answers "ask your interviews" questions with a language model, grounded in retrieved quotes. */
export interface QuestionAnswerer {
  answer(input: AskInput): Promise<AskResponse>;
}

/**
 * The LLM answerer: retrieval stays offline (BM25 over the study's sentences, as without a model); the model writes
 * the answer from those quotes only, streamed as it writes, citing them as [n]. The citations it returns are only
 * quotes it was given (each a participant's verbatim sentence), renumbered as cited; an answer citing none of them is
 * replaced by the extractive one. No evidence, no model call: the
 * offline "the interviews don't answer this" stands. If the model fails, the offline answer is given instead.
 */
export function createLlmAsker(options: { client: OpenAI; config: Pick<LlmConfig, 'analysisModel' | 'tokenLimitParam' | 'timeoutMs'>; logger?: Logger }): QuestionAnswerer {
  const { client, config, logger } = options;
  return {
    async answer(input) {
      const quotes = input.offline.citations;
      if (quotes.length === 0) {
        await input.onDelta(input.offline.answer);
        return input.offline;
      }
      let written = '';
      try {
        const stream = await openChatStream(
          client,
          { model: config.analysisModel, messages: askMessages({ researchQuestion: input.researchQuestion, question: input.question, quotes }), temperature: 0.2, [config.tokenLimitParam]: MAX_OUTPUT_TOKENS, stream: true },
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
