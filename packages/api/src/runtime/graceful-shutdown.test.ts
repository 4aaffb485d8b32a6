import { expect, it } from 'vitest';
import { drainLimitMs } from './graceful-shutdown.ts';

it('waits for the model timeout once per attempt plus a margin, at least 5 s and at most a minute', () => {
  expect(drainLimitMs(null)).toBe(5_000);
  expect(drainLimitMs({ timeoutMs: 8_000, maxRetries: 2 })).toBe(26_000);
  expect(drainLimitMs({ timeoutMs: 1_000, maxRetries: 0 })).toBe(5_000);
  expect(drainLimitMs({ timeoutMs: 600_000, maxRetries: 10 })).toBe(60_000);
});
