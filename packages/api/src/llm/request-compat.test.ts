import { describe, expect, it } from 'vitest';
import { createRequestCompat } from './request-compat.ts';
import { LlmError } from './llm-error.ts';

const refusal = (param: string) => new LlmError('client', `Unsupported parameter: '${param}'`, { status: 400, param });

describe('request compatibility memory', () => {
  it('sends requests unchanged until a server refuses a parameter', () => {
    const compat = createRequestCompat();
    const body = { model: 'm', temperature: 0.4, max_completion_tokens: 100 };
    expect(compat.adapt(body)).toBe(body);
  });

  it('drops temperature and swaps the token limit once refused, and remembers it', () => {
    const compat = createRequestCompat();
    expect(compat.learn(refusal('temperature'))).toBe(true);
    expect(compat.learn(refusal('temperature'))).toBe(false);
    expect(compat.learn(refusal('max_tokens'))).toBe(true);
    expect(compat.adapt({ model: 'm', temperature: 0.4, max_tokens: 100 })).toEqual({ model: 'm', max_completion_tokens: 100 });
  });

  it('finds the parameter in the message when the server does not name it, and ignores other errors', () => {
    const compat = createRequestCompat();
    expect(compat.learn(new LlmError('client', "400 Unsupported value: 'stream_options' is not allowed", { status: 400 }))).toBe(true);
    expect(compat.adapt({ stream_options: { include_usage: true }, model: 'm' })).toEqual({ model: 'm' });
    expect(compat.learn(new LlmError('client', 'bad key', { status: 401 }))).toBe(false);
    expect(compat.learn(refusal('messages'))).toBe(false);
  });
});
