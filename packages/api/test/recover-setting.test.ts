import { describe, expect, it } from 'vitest';
import { readNodeEnv } from '../src/runtime/node-env.ts';

describe('PARLEY_RECOVER', () => {
  it('refuses a damaged data directory unless set to truncate, and stops start-up on anything else', () => {
    expect(readNodeEnv({}).recover).toBe('refuse');
    expect(readNodeEnv({ PARLEY_RECOVER: 'truncate' }).recover).toBe('truncate');
    expect(() => readNodeEnv({ PARLEY_RECOVER: 'yes' })).toThrow('PARLEY_RECOVER must be "truncate" (or unset), got "yes"');
  });
});
