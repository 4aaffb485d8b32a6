import type { Trigger } from '@parley/protocol';
import { DAYS_SINCE_WINDOW } from './rules.ts';
import { urlPatternsOverlap } from './url-overlap.ts';

/**
 * Why two studies' triggers can fire on the same moment, as plain sentences for the console (none: they cannot).
 * Only one study is shown per moment, so each sentence is a warning that one of the two will rarely be seen.
 */
export function triggerOverlaps(ours: Trigger[], theirs: Trigger[]): string[] {
  const reasons: string[] = [];
  for (const a of ours) {
    for (const b of theirs) {
      const reason = pairOverlap(a, b);
      if (reason && !reasons.includes(reason)) reasons.push(reason);
    }
  }
  return reasons;
}

function pairOverlap(a: Trigger, b: Trigger): string | null {
  if (a.on === 'event' && b.on === 'event') {
    return a.event === b.event && !conditionsConflict(a.where, b.where) ? `Both start on the event ${a.event}.` : null;
  }
  if (a.on === 'page_view' && b.on === 'page_view') {
    if (!urlPatternsOverlap(a.urlPattern, b.urlPattern)) return null;
    return a.urlPattern === b.urlPattern ? `Both start on a view of ${a.urlPattern}.` : `Both can start on one page view (${a.urlPattern} and ${b.urlPattern}).`;
  }
  if (a.on === 'days_since' && b.on === 'days_since') {
    // A days_since rule keeps matching for DAYS_SINCE_WINDOW days, so day 30 and day 35 meet; day 30 and day 90 never do.
    if (a.attribute !== b.attribute || Math.abs(a.days - b.days) >= DAYS_SINCE_WINDOW) return null;
    const days = a.days === b.days ? `day ${a.days}` : `days ${Math.min(a.days, b.days)} and ${Math.max(a.days, b.days)}`;
    return `Both start on days since ${a.attribute} (${days}).`;
  }
  if (a.on === 'exit_intent' && b.on === 'exit_intent') return 'Both start when the visitor is about to leave the page.';
  if (a.on === 'time_on_page' && b.on === 'time_on_page') {
    const s = a.seconds === b.seconds ? `${a.seconds} s` : `${Math.min(a.seconds, b.seconds)} s and ${Math.max(a.seconds, b.seconds)} s`;
    return `Both start after time on the page (${s}).`;
  }
  return null;
}

// Two event rules whose `where` ask for different values of one property can never match the same event.
function conditionsConflict(a: Record<string, unknown> = {}, b: Record<string, unknown> = {}): boolean {
  return Object.entries(a).some(([key, value]) => key in b && String(b[key]) !== String(value));
}
