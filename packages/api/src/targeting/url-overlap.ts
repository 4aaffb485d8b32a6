import { globMatches } from './url-pattern.ts';

/**
 * Whether two `page_view` patterns could both match one URL. A cheap, conservative check (see urlMatches for how
 * patterns match): the same pattern, one pattern matching the other read as a plain URL ("/help*" and "/help/faq"),
 * or two wildcard patterns whose fixed starts and fixed ends agree ("/help/*" and "/help*faq"). Full-URL patterns are
 * compared by their path, so "https://acme.com/pricing" overlaps "/pricing".
 */
export function urlPatternsOverlap(a: string, b: string): boolean {
  const p = pathOf(a.toLowerCase());
  const q = pathOf(b.toLowerCase());
  if (p === q || globMatches(p, q) || globMatches(q, p)) return true;
  if (!p.includes('*') || !q.includes('*')) return false;
  const [ph, pt] = [p.slice(0, p.indexOf('*')), p.slice(p.lastIndexOf('*') + 1)];
  const [qh, qt] = [q.slice(0, q.indexOf('*')), q.slice(q.lastIndexOf('*') + 1)];
  return (ph.startsWith(qh) || qh.startsWith(ph)) && (pt.endsWith(qt) || qt.endsWith(pt));
}

// Matching is against the path of the page for "/…" patterns; a pattern naming a whole URL is cut down to its path
// (a host with a wildcard stays whole: it can then only be compared to other whole-URL patterns).
function pathOf(pattern: string): string {
  if (pattern.startsWith('/')) return pattern;
  const m = /^[a-z][a-z0-9+.-]*:\/\/[^/*]*(\/.*)?$/.exec(pattern);
  return m ? (m[1] ?? '/') : pattern;
}
