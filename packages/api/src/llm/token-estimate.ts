import type { TokenUsage } from '@parley/protocol';

/**
 * A rough token count for servers that report no usage: about four characters per token for English text with
 * OpenAI's tokenizers. Counts made this way are marked `estimated` wherever they are reported.
 */
export function estimateTokens(text: string): number {
  return tokensForChars(text.length);
}

/** The same estimate from a character count. */
export function tokensForChars(chars: number): number {
  return Math.ceil(chars / 4);
}

/** Token usage as an OpenAI-compatible server reports it (`usage` of a completion or of the last stream chunk). */
export function usageFromWire(usage: { prompt_tokens?: number | null; completion_tokens?: number | null } | null | undefined): TokenUsage | undefined {
  if (!usage) return undefined;
  const promptTokens = usage.prompt_tokens;
  const completionTokens = usage.completion_tokens;
  if (typeof promptTokens !== 'number' || typeof completionTokens !== 'number') return undefined;
  return { promptTokens: Math.max(0, Math.round(promptTokens)), completionTokens: Math.max(0, Math.round(completionTokens)) };
}
