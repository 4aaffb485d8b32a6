import { describe, expect, it } from 'vitest';
import { urlPatternsOverlap } from './url-overlap.ts';

describe('urlPatternsOverlap', () => {
  it('finds patterns that can match one URL', () => {
    expect(urlPatternsOverlap('/pricing', '/Pricing')).toBe(true);
    expect(urlPatternsOverlap('/help*', '/help/faq')).toBe(true);
    expect(urlPatternsOverlap('/help/*', '/help*faq')).toBe(true);
    expect(urlPatternsOverlap('https://acme.com/pricing', '/pricing')).toBe(true);
    expect(urlPatternsOverlap('*', '/anything')).toBe(true);
  });

  it('leaves apart patterns that cannot', () => {
    expect(urlPatternsOverlap('/help', '/help/faq')).toBe(false);
    expect(urlPatternsOverlap('/help/*', '/billing/*')).toBe(false);
    expect(urlPatternsOverlap('/help/*.pdf', '/help/*.html')).toBe(false);
  });
});
