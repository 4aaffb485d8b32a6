import type { Quote } from '@parley/protocol';
import type { MemberRef } from '../study/theme-clusters.ts';

/**
 * How much a quote's typicality of its theme (0–1) counts beside how well it reads alone (quotability × 10): a quote
 * that does not say what its theme is about misleads more than one that reads less well.
 */
const TYPICAL_WEIGHT = 60;

/**
 * The most representative quotes among mentions: ones whose feeling agrees with the theme's, that read well on their
 * own, that say what the theme is about (when its typicality is given), from different sessions, never the same
 * sentence twice. Each is a verbatim sentence of a real participant turn. Linear in the mentions per quote picked (a
 * theme can have thousands of mentions; it shows three).
 */
export function pickQuotes(members: MemberRef[], sentiment: number, limit: number, typicality?: ReadonlyMap<MemberRef, number>): Quote[] {
  const sign = Math.sign(Math.round(sentiment * 10));
  const score = (m: MemberRef) => (sign === 0 || Math.sign(m.sentiment) === sign ? 100 : 0) + m.quotability * 10 + TYPICAL_WEIGHT * (typicality?.get(m) ?? 0) + Math.abs(m.sentiment);
  const used = new Set<string>();
  // Two people can say the very same sentence ("Great service."): a theme shows it once.
  const said = new Set<string>();
  const quotes: Quote[] = [];
  while (quotes.length < limit) {
    let best: MemberRef | undefined;
    let bestScore = -Infinity;
    for (const m of members) {
      if (used.has(m.sessionId) || said.has(sameWords(m.text))) continue;
      const s = score(m);
      if (s > bestScore || (s === bestScore && best && m.sessionId + m.turnId < best.sessionId + best.turnId)) [best, bestScore] = [m, s];
    }
    if (!best) break;
    used.add(best.sessionId);
    said.add(sameWords(best.text));
    quotes.push({ sessionId: best.sessionId, turnId: best.turnId, text: best.text });
  }
  return quotes;
}

/** A sentence's words alone, for telling two ways of writing one sentence apart from two sentences. */
export function sameWords(text: string): string {
  return text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}
