import type { NlpToken } from '../../interviewer/offline/nlp.ts';

/**
 * Polarity of customer-experience words that a general sentiment lexicon (AFINN, as in wink-nlp) scores as neutral:
 * "crashing", "overpriced", "laggy" are complaints in an interview even though they carry no sentiment in news text.
 */
const POLARITY: Record<string, number> = {
  crash: -0.6, crashing: -0.6, crashed: -0.6, bug: -0.4, buggy: -0.6, glitch: -0.5, glitchy: -0.5, error: -0.3,
  broken: -0.6, freeze: -0.5, froze: -0.5, frozen: -0.4, outage: -0.6, downtime: -0.5, unstable: -0.5, unreliable: -0.6,
  slow: -0.5, sluggish: -0.5, lag: -0.4, laggy: -0.5, forever: -0.3, delay: -0.3, delayed: -0.3,
  expensive: -0.5, overpriced: -0.7, pricey: -0.4, steep: -0.3, overcharge: -0.6, overcharged: -0.6,
  confusing: -0.5, confused: -0.4, clunky: -0.5, complicated: -0.4, unintuitive: -0.5, cluttered: -0.4, rigid: -0.4,
  missing: -0.3, lack: -0.3, lacking: -0.3, hassle: -0.5, nightmare: -0.7, tedious: -0.5, painful: -0.5, struggle: -0.5,
  unresolved: -0.5, chase: -0.4, chasing: -0.4, transferred: -0.3, repeat: -0.3, repeating: -0.3, runaround: -0.5,
  spam: -0.4, unhelpful: -0.6, useless: -0.6, impossible: -0.4, ignored: -0.5, waste: -0.5,
  intuitive: 0.5, seamless: 0.6, smooth: 0.5, painless: 0.5, snappy: 0.5, fast: 0.4, quick: 0.4, quickly: 0.4,
  easy: 0.4, reliable: 0.5, stable: 0.3, resolved: 0.4, sorted: 0.4, solved: 0.4, fixed: 0.3, knowledgeable: 0.5,
  patient: 0.4, affordable: 0.5, responsive: 0.4, helpful: 0.5, friendly: 0.5, lovely: 0.5, valuable: 0.5,
  efficient: 0.4, saves: 0.4, flexible: 0.4,
  duplicated: -0.4, duplicate: -0.3, duplicates: -0.3,
  waited: -0.3, nobody: -0.3, stings: -0.4, exhausting: -0.5, bounced: -0.3, lost: -0.3, unclear: -0.3, stuck: -0.4,
};

/** Intensifiable words after "too" that make a complaint: "too high", "too long", "too many steps". */
const TOO = new Set(['too']);

/**
 * The domain's contribution to a sentence's sentiment: the sum of its CX words (flipped when negated: "not slow"
 * is mildly positive, "not fixed" clearly negative), plus a complaint for each "too <adjective/adverb>", within -0.8…0.8.
 */
export function domainPolarity(tokens: NlpToken[]): number {
  let sum = 0;
  tokens.forEach((t, i) => {
    const value = POLARITY[t.normal] ?? POLARITY[t.lemma];
    // "not slow" is mildly positive, but "not fixed" is as bad as it gets in a support interview.
    if (value !== undefined) sum += !t.negated ? value : value > 0 ? -Math.max(0.45, value) : -value * 0.6;
    const next = tokens[i + 1];
    if (TOO.has(t.normal) && next && (next.pos === 'ADJ' || next.pos === 'ADV' || next.normal === 'much' || next.normal === 'many')) sum -= 0.4;
  });
  return Math.max(-0.8, Math.min(0.8, sum));
}
