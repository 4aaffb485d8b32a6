import type { Attributes, Trigger } from '@parley/protocol';
import { urlMatches } from './url-pattern.ts';

/** How long after day N a `days_since` rule keeps matching, so a person who visits on day 33 is still asked. */
export const DAYS_SINCE_WINDOW = 14;

/** What is known at the moment a rule is checked. */
export interface RuleContext {
  event?: string;
  properties?: Record<string, unknown>;
  attributes: Attributes;
  url?: string;
  now: Date;
}

/** A rule that matched: why (for `reason`), and how long to wait before showing (event delays). */
export interface RuleMatch {
  reason: string;
  delayMinutes: number;
}

/** Checks one trigger against what just happened; in-browser moments (exit intent, time on page) arrive as events. */
export function matchTrigger(trigger: Trigger, ctx: RuleContext): RuleMatch | null {
  switch (trigger.on) {
    case 'event': {
      if (ctx.event !== trigger.event) return null;
      for (const [key, expected] of Object.entries(trigger.where ?? {})) {
        const actual = ctx.properties?.[key] ?? ctx.attributes[key];
        if (String(actual) !== String(expected)) return null;
      }
      return { reason: `event:${trigger.event}`, delayMinutes: trigger.delayMinutes ?? 0 };
    }
    case 'days_since': {
      const since = toDate(ctx.attributes[trigger.attribute]);
      if (!since) return null;
      const days = (ctx.now.getTime() - since.getTime()) / 86_400_000;
      return days >= trigger.days && days < trigger.days + DAYS_SINCE_WINDOW ? { reason: `days_since:${trigger.attribute}:${trigger.days}`, delayMinutes: 0 } : null;
    }
    case 'page_view':
      return ctx.url && urlMatches(trigger.urlPattern, ctx.url) ? { reason: `page_view:${trigger.urlPattern}`, delayMinutes: 0 } : null;
    case 'exit_intent':
      return ctx.event === '$exit_intent' ? { reason: 'exit_intent', delayMinutes: 0 } : null;
    case 'time_on_page': {
      const seconds = Number(ctx.properties?.seconds ?? 0);
      return ctx.event === '$time_on_page' && seconds >= trigger.seconds ? { reason: `time_on_page:${trigger.seconds}`, delayMinutes: 0 } : null;
    }
  }
}

/** A date from an attribute: ISO text, or a Unix time in seconds or milliseconds. */
function toDate(value: unknown): Date | null {
  if (typeof value === 'number') return new Date(value < 1e12 ? value * 1000 : value);
  if (typeof value === 'string' && value.trim()) {
    const d = new Date(/^\d+$/.test(value) ? Number(value) * (value.length <= 10 ? 1000 : 1) : value);
    return Number.isNaN(d.getTime()) ? null : d;
  }
  return null;
}
