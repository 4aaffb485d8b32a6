import { describe, expect, it } from 'vitest';
import { DEFAULT_MODEL, describeLlm, readLlmConfig } from './config.ts';

describe('readLlmConfig', () => {
  it('is null (offline) without a key or a base URL, and for empty values', () => {
    expect(readLlmConfig({})).toBeNull();
    expect(readLlmConfig({ OPENAI_API_KEY: '', OPENAI_BASE_URL: ' ' })).toBeNull();
  });

  it('uses OpenAI with a key, the default model and max_completion_tokens', () => {
    expect(readLlmConfig({ OPENAI_API_KEY: 'sk-1' })).toEqual({
      apiKey: 'sk-1',
      model: DEFAULT_MODEL,
      analysisModel: DEFAULT_MODEL,
      timeoutMs: 8000,
      maxRetries: 2,
      tokenLimitParam: 'max_completion_tokens',
    });
  });

  it('works with a base URL alone (a local server), with max_tokens', () => {
    const config = readLlmConfig({ OPENAI_BASE_URL: 'http://127.0.0.1:11434/v1/', PARLEY_MODEL: 'llama3.2', PARLEY_ANALYSIS_MODEL: 'qwen2.5', PARLEY_LLM_TIMEOUT_MS: '20000' });
    expect(config).toEqual({ baseUrl: 'http://127.0.0.1:11434/v1', model: 'llama3.2', analysisModel: 'qwen2.5', timeoutMs: 20000, maxRetries: 2, tokenLimitParam: 'max_tokens' });
    expect(describeLlm(config)).toBe('llm · llama3.2 (analysis qwen2.5) · http://127.0.0.1:11434/v1 (no API key)');
  });

  it('treats Azure OpenAI like OpenAI', () => {
    expect(readLlmConfig({ OPENAI_API_KEY: 'k', OPENAI_BASE_URL: 'https://acme.openai.azure.com/openai/v1' })?.tokenLimitParam).toBe('max_completion_tokens');
  });

  it('keeps the offline interviewer when asked to, and rejects bad values', () => {
    expect(readLlmConfig({ OPENAI_API_KEY: 'sk-1', PARLEY_INTERVIEWER: 'offline' })).toBeNull();
    expect(() => readLlmConfig({ PARLEY_INTERVIEWER: 'llm' })).toThrow(/needs OPENAI_API_KEY/);
    expect(() => readLlmConfig({ OPENAI_API_KEY: 'k', PARLEY_LLM_TIMEOUT_MS: 'soon' })).toThrow(/PARLEY_LLM_TIMEOUT_MS/);
    expect(() => readLlmConfig({ OPENAI_BASE_URL: 'localhost:11434' })).toThrow(/OPENAI_BASE_URL/);
  });

  it('never shows the key in the banner line', () => {
    expect(describeLlm(readLlmConfig({ OPENAI_API_KEY: 'sk-secret' }))).not.toContain('sk-secret');
    expect(describeLlm(null)).toMatch(/^offline/);
  });
});
