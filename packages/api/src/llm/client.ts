import OpenAI from 'openai';
import type { LlmConfig } from './config.ts';

/**
 * Builds the openai client for any OpenAI-compatible server. Its own retries are off: ours (retry.ts) also cover
 * broken streams and malformed output, and stop when a participant has waited long enough.
 */
export function createChatClient(config: LlmConfig, options: { fetch?: typeof fetch } = {}): OpenAI {
  return new OpenAI({
    // The SDK insists on a key; for servers that need none, the placeholder never leaves the process because the
    // Authorization header is removed below.
    apiKey: config.apiKey ?? 'no-key',
    baseURL: config.baseUrl ?? 'https://api.openai.com/v1',
    ...(config.apiKey ? {} : { defaultHeaders: { Authorization: null } }),
    maxRetries: 0,
    timeout: config.timeoutMs,
    // The SDK logs unparseable stream chunks to the console; we report them ourselves as malformed output.
    logLevel: 'off',
    // Looked up on each call, not captured now, so a fetch installed later (msw in tests) is used.
    fetch: options.fetch ?? ((input, init) => globalThis.fetch(input, init)),
  });
}
