import type { ChatCompletionCreateParamsStreaming } from 'openai/resources/chat/completions';
import type { LlmConfig } from '../../llm/config.ts';
import type { TurnContext } from '../strategy.ts';
import { INTERVIEWER_INSTRUCTIONS, studyBrief } from './system-prompt.ts';
import { turnBrief } from './turn-brief.ts';

/** Room for the move line, a reply of two sentences and the note line; a reply that needs more is cut and completed. */
const MAX_OUTPUT_TOKENS = 260;
/** Some variety in wording, little in following the format. */
const TEMPERATURE = 0.4;

/** One turn's request to the model, and the texts its reply is checked against. */
export interface InterviewRequest {
  body: ChatCompletionCreateParamsStreaming;
  /** Private text a reply must not quote: the instructions, the study brief, the per-turn scaffolding and guide. */
  secret: string[];
  /** Text a reply may repeat even where it is also private (what the participant said or was asked). */
  allowed: string[];
}

/**
 * Builds the request for one turn. Layout, most stable first so providers can cache the prefix: system = standing
 * instructions + study brief + interview guide (the same for every turn of a session); user = this turn's brief (coverage, notes, the last
 * two exchanges, the answer, the allowed moves).
 */
export function interviewRequest(ctx: TurnContext, config: Pick<LlmConfig, 'model' | 'tokenLimitParam'>): InterviewRequest {
  const system = `${INTERVIEWER_INSTRUCTIONS}\n\n${studyBrief(ctx.plan, ctx.state.guide)}`;
  const brief = turnBrief(ctx);
  return {
    body: {
      model: config.model,
      messages: [
        { role: 'system', content: system },
        { role: 'user', content: brief.text },
      ],
      temperature: TEMPERATURE,
      [config.tokenLimitParam]: MAX_OUTPUT_TOKENS,
      stream: true,
    },
    secret: [system, ...brief.private],
    allowed: brief.allowed,
  };
}
