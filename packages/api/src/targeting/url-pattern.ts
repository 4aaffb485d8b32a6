/**
 * Whether a page URL matches a trigger's pattern. `*` matches any run of characters; a pattern starting with `/` is
 * matched against the path (plus query), anything else against the whole URL. Case-insensitive.
 * Matched with a linear-time glob matcher, never a backtracking regex: patterns come from studies and URLs from any
 * visitor's browser, and `*a*a*a*a*b` against a long URL must not freeze the server.
 */
export function urlMatches(pattern: string, url: string): boolean {
  let subject = url;
  if (pattern.startsWith('/')) {
    try {
      const u = new URL(url, 'http://x');
      subject = u.pathname + u.search;
    } catch {
      return false;
    }
  }
  const p = pattern.toLowerCase();
  const s = subject.toLowerCase();
  return globMatches(p, s) || (pattern.startsWith('/') && !pattern.includes('?') && globMatches(p, s.split('?')[0]!));
}

/**
 * Glob matching with `*` only, in O(pattern × subject) at worst and usually linear: the classic two-pointer
 * algorithm that remembers the last `*` and retries from one character further, instead of backtracking over all.
 */
export function globMatches(pattern: string, subject: string): boolean {
  let p = 0;
  let s = 0;
  let star = -1;
  let resume = 0;
  while (s < subject.length) {
    if (p < pattern.length && pattern[p] !== '*' && pattern[p] === subject[s]) {
      p += 1;
      s += 1;
    } else if (p < pattern.length && pattern[p] === '*') {
      star = p;
      resume = s;
      p += 1;
    } else if (star >= 0) {
      p = star + 1;
      resume += 1;
      s = resume;
    } else {
      return false;
    }
  }
  while (p < pattern.length && pattern[p] === '*') p += 1;
  return p === pattern.length;
}
