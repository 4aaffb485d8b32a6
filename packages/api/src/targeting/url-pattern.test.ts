import { describe, expect, it } from 'vitest';
import { globMatches, urlMatches } from './url-pattern.ts';

describe('page-view URL patterns', () => {
  it.each([
    ['/billing/*', 'https://app.acme.com/billing/plans', true],
    ['/billing/*', 'https://app.acme.com/billing', false],
    ['/billing*', 'https://app.acme.com/billing?tab=1', true],
    ['/settings', 'https://app.acme.com/settings?x=1', true],
    ['https://app.acme.com/*/invoices', 'https://APP.acme.com/team/invoices', true],
    ['*checkout*', 'https://shop.example/cart/checkout/step-2', true],
    ['/a.b', 'https://x/aXb', false],
    ['/(x)', 'https://x/(x)', true],
  ])('%s matches %s: %s', (pattern, url, expected) => {
    expect(urlMatches(pattern, url)).toBe(expected);
  });

  it('answers at once for patterns built to make a backtracking matcher explode (ReDoS)', () => {
    // The old regex took 42.8 s on this pair and froze every workspace; a hang here would hit the test timeout.
    const url = `https://x/${'a'.repeat(1990)}`;
    expect(urlMatches('*a*a*a*a*b', url)).toBe(false);
    expect(urlMatches(`/${'*a'.repeat(240)}b`, url)).toBe(false);
    expect(globMatches('*a*a*a*a*a*a*a*a*a*a*b', 'a'.repeat(2000))).toBe(false);
    expect(globMatches('*a*a*a*a*a*a*a*a*a*a*', 'a'.repeat(2000))).toBe(true);
  });
});
