import type { ErrorIssue } from '@parley/protocol';
import type { z } from 'zod';

/** Flattens a zod error into API.md issues, one per offending field (each unknown field listed on its own). */
export function zodIssues(error: z.ZodError): ErrorIssue[] {
  const out: ErrorIssue[] = [];
  for (const issue of error.issues) {
    const base = issue.path.map(String);
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) out.push({ path: [...base, key].join('.'), message: 'unknown field' });
    } else {
      out.push({ path: base.join('.'), message: issue.message });
    }
  }
  return out;
}
