import { describe, expect, it } from 'vitest';
import { backoffDelay, withRetries } from './retry.ts';
import { LlmError, retryAfter } from './llm-error.ts';

const policy = { maxRetries: 2, baseDelayMs: 10, maxDelayMs: 40, budgetMs: 5_000 };

describe('retries', () => {
  it('backs off exponentially with at most 25% jitter taken off, capped', () => {
    expect(backoffDelay(0, policy, () => 0)).toBe(10);
    expect(backoffDelay(1, policy, () => 0)).toBe(20);
    expect(backoffDelay(5, policy, () => 0)).toBe(40);
    expect(backoffDelay(1, policy, () => 1)).toBe(15);
  });

  it('retries retryable failures up to maxRetries, then throws the last', async () => {
    let calls = 0;
    const run = withRetries(async () => {
      calls += 1;
      throw new LlmError('server', 'boom');
    }, policy);
    await expect(run).rejects.toMatchObject({ failure: 'server' });
    expect(calls).toBe(3);
  });

  it('does not retry what cannot succeed', async () => {
    let calls = 0;
    await expect(
      withRetries(async () => {
        calls += 1;
        throw new LlmError('client', 'bad key');
      }, policy),
    ).rejects.toMatchObject({ failure: 'client' });
    expect(calls).toBe(1);
  });

  it('honours retry-after, and gives up at once when it is longer than the budget allows', async () => {
    const waits: number[] = [];
    let calls = 0;
    const ok = await withRetries(
      async () => {
        calls += 1;
        if (calls === 1) throw new LlmError('rate_limited', '429', { retryAfterMs: 30 });
        return 'done';
      },
      policy,
      { onRetry: (_e, delay) => waits.push(delay) },
    );
    expect(ok).toBe('done');
    expect(waits).toEqual([30]);
    const started = performance.now();
    await expect(
      withRetries(async () => {
        throw new LlmError('rate_limited', '429', { retryAfterMs: 60_000 });
      }, policy),
    ).rejects.toMatchObject({ failure: 'rate_limited' });
    expect(performance.now() - started).toBeLessThan(1_000);
  });

  it('reads retry-after-ms, retry-after seconds and retry-after dates', () => {
    expect(retryAfter(new Headers({ 'retry-after-ms': '250' }))).toBe(250);
    expect(retryAfter(new Headers({ 'retry-after': '2' }))).toBe(2000);
    const date = retryAfter(new Headers({ 'retry-after': new Date(Date.now() + 3000).toUTCString() }))!;
    expect(date).toBeGreaterThan(1000);
    expect(date).toBeLessThanOrEqual(3000);
    expect(retryAfter(new Headers())).toBeUndefined();
  });
});
