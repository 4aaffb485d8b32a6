/**
 * Language-model settings, read from the environment by each runtime. A model is used when OPENAI_API_KEY or
 * OPENAI_BASE_URL is set; without either, the API runs its offline interviewer and planner.
 */

/**
 * The default interviewer model. gpt-4.1-mini: a non-reasoning model (no hidden thinking before its first token, so
 * the first delta comes as soon as the provider starts streaming), strong at following a strict output format and at
 * staying in role, and cheap enough that a whole interview costs about a cent (see bench/RESULTS.md).
 */
export const DEFAULT_MODEL = 'gpt-4.1-mini';
/** How long the model may stay silent (before its first output, or between two chunks) before a request is abandoned. */
export const DEFAULT_TIMEOUT_MS = 8_000;
/** Retries after the first attempt, before the conductor's own question is used. */
export const DEFAULT_MAX_RETRIES = 2;

/** How the API talks to one OpenAI-compatible server. */
export interface LlmConfig {
  /** Absent for local servers that need no key (Ollama, vLLM, LM Studio): no Authorization header is sent then. */
  apiKey?: string;
  /** Absent means OpenAI's own API. */
  baseUrl?: string;
  /** The interviewer's model (PARLEY_MODEL). */
  model: string;
  /** The model for analysis and plan drafting (PARLEY_ANALYSIS_MODEL), the interviewer's model unless set. */
  analysisModel: string;
  /** PARLEY_LLM_TIMEOUT_MS: the longest silence accepted from the model; plan drafting gets six times as long in all. */
  timeoutMs: number;
  /** PARLEY_LLM_MAX_RETRIES: retries of a failed request, only ever before anything was shown to the participant. */
  maxRetries: number;
  /** OpenAI's API wants max_completion_tokens (its reasoning models reject max_tokens); most compatible servers know only max_tokens. */
  tokenLimitParam: 'max_completion_tokens' | 'max_tokens';
}

/**
 * Reads the language-model settings; null means "use the offline interviewer". Empty values count as unset, and
 * PARLEY_INTERVIEWER=offline keeps the offline interviewer even when a key is in the environment for other tools.
 */
export function readLlmConfig(env: Record<string, string | undefined>): LlmConfig | null {
  const get = (name: string) => {
    const value = env[name]?.trim();
    return value ? value : undefined;
  };
  const choice = get('PARLEY_INTERVIEWER');
  if (choice !== undefined && choice !== 'offline' && choice !== 'llm') {
    throw new Error(`PARLEY_INTERVIEWER must be "offline" or "llm", got "${choice}"`);
  }
  const apiKey = get('OPENAI_API_KEY');
  const baseUrl = get('OPENAI_BASE_URL');
  if (choice === 'offline') return null;
  if (!apiKey && !baseUrl) {
    if (choice === 'llm') throw new Error('PARLEY_INTERVIEWER=llm needs OPENAI_API_KEY or OPENAI_BASE_URL');
    return null;
  }
  if (baseUrl && !/^https?:\/\/[^\s]+$/i.test(baseUrl)) throw new Error(`OPENAI_BASE_URL must be an http(s) URL, got "${baseUrl}"`);
  const model = get('PARLEY_MODEL') ?? DEFAULT_MODEL;
  return {
    ...(apiKey ? { apiKey } : {}),
    ...(baseUrl ? { baseUrl: baseUrl.replace(/\/+$/, '') } : {}),
    model,
    analysisModel: get('PARLEY_ANALYSIS_MODEL') ?? model,
    timeoutMs: integer(get('PARLEY_LLM_TIMEOUT_MS'), DEFAULT_TIMEOUT_MS, 'PARLEY_LLM_TIMEOUT_MS', 1, 600_000),
    maxRetries: integer(get('PARLEY_LLM_MAX_RETRIES'), DEFAULT_MAX_RETRIES, 'PARLEY_LLM_MAX_RETRIES', 0, 10),
    tokenLimitParam: !baseUrl || isOpenAiHost(baseUrl) ? 'max_completion_tokens' : 'max_tokens',
  };
}

/** A one-line description for the start banner, e.g. "llm · gpt-4.1-mini · https://api.openai.com/v1"; never shows the key. */
export function describeLlm(config: LlmConfig | null): string {
  if (!config) return 'offline (set OPENAI_API_KEY or OPENAI_BASE_URL to use a language model)';
  const models = config.analysisModel === config.model ? config.model : `${config.model} (analysis ${config.analysisModel})`;
  return `llm · ${models} · ${config.baseUrl ?? 'https://api.openai.com/v1'}${config.apiKey ? '' : ' (no API key)'}`;
}

// OpenAI itself and Azure OpenAI's v1 API both take max_completion_tokens.
function isOpenAiHost(baseUrl: string): boolean {
  try {
    const host = new URL(baseUrl).hostname;
    return host === 'api.openai.com' || host.endsWith('.openai.azure.com');
  } catch {
    return false;
  }
}

function integer(raw: string | undefined, fallback: number, name: string, min: number, max: number): number {
  if (raw === undefined) return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min || value > max) throw new Error(`${name} must be an integer from ${min} to ${max}, got "${raw}"`);
  return value;
}
