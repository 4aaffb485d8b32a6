import { describe, expect, it } from 'vitest';
import type { Trigger } from '@parley/protocol';
import { matchTrigger, DAYS_SINCE_WINDOW } from './rules.ts';

const now = new Date('2026-11-23T12:00:00.000Z');
const daysAgo = (n: number) => new Date(now.getTime() - n * 86_400_000).toISOString();

describe('trigger rules', () => {
  it.each<[string, Trigger, Parameters<typeof matchTrigger>[1], string | null]>([
    ['event matches by name', { on: 'event', event: 'support_ticket_solved' }, { event: 'support_ticket_solved', attributes: {}, now }, 'event:support_ticket_solved'],
    ['event with another name does not', { on: 'event', event: 'support_ticket_solved' }, { event: 'ticket_opened', attributes: {}, now }, null],
    ['event where-filter on properties matches', { on: 'event', event: 'solved', where: { channel: 'chat' } }, { event: 'solved', properties: { channel: 'chat' }, attributes: {}, now }, 'event:solved'],
    ['event where-filter mismatch', { on: 'event', event: 'solved', where: { channel: 'chat' } }, { event: 'solved', properties: { channel: 'email' }, attributes: {}, now }, null],
    ['event where-filter falls back to attributes', { on: 'event', event: 'solved', where: { plan: 'pro' } }, { event: 'solved', attributes: { plan: 'pro' }, now }, 'event:solved'],
    ['days_since on day 30', { on: 'days_since', attribute: 'signedUpAt', days: 30 }, { attributes: { signedUpAt: daysAgo(30) }, now }, 'days_since:signedUpAt:30'],
    ['days_since on day 29 is too early', { on: 'days_since', attribute: 'signedUpAt', days: 30 }, { attributes: { signedUpAt: daysAgo(29) }, now }, null],
    ['days_since still matches a few days late', { on: 'days_since', attribute: 'signedUpAt', days: 30 }, { attributes: { signedUpAt: daysAgo(33) }, now }, 'days_since:signedUpAt:30'],
    ['days_since stops after the window', { on: 'days_since', attribute: 'signedUpAt', days: 30 }, { attributes: { signedUpAt: daysAgo(30 + DAYS_SINCE_WINDOW) }, now }, null],
    ['days_since accepts Unix seconds', { on: 'days_since', attribute: 'signedUpAt', days: 30 }, { attributes: { signedUpAt: Math.floor(Date.parse(daysAgo(31)) / 1000) }, now }, 'days_since:signedUpAt:30'],
    ['days_since without the attribute', { on: 'days_since', attribute: 'signedUpAt', days: 30 }, { attributes: {}, now }, null],
    ['page_view path pattern', { on: 'page_view', urlPattern: '/billing/*' }, { url: 'https://app.acme.com/billing/invoices?x=1', attributes: {}, now }, 'page_view:/billing/*'],
    ['page_view single-page-app route', { on: 'page_view', urlPattern: '/settings' }, { url: 'https://app.acme.com/settings', attributes: {}, now }, 'page_view:/settings'],
    ['page_view other page', { on: 'page_view', urlPattern: '/billing/*' }, { url: 'https://app.acme.com/reports', attributes: {}, now }, null],
    ['page_view full-URL pattern', { on: 'page_view', urlPattern: 'https://*.acme.com/pricing' }, { url: 'https://www.acme.com/pricing', attributes: {}, now }, 'page_view:https://*.acme.com/pricing'],
    ['exit_intent confirmed by the loader', { on: 'exit_intent' }, { event: '$exit_intent', attributes: {}, now }, 'exit_intent'],
    ['exit_intent not without the moment', { on: 'exit_intent' }, { attributes: {}, now }, null],
    ['time_on_page long enough', { on: 'time_on_page', seconds: 30 }, { event: '$time_on_page', properties: { seconds: 30 }, attributes: {}, now }, 'time_on_page:30'],
    ['time_on_page too short', { on: 'time_on_page', seconds: 30 }, { event: '$time_on_page', properties: { seconds: 10 }, attributes: {}, now }, null],
  ])('%s', (_name, trigger, ctx, reason) => {
    expect(matchTrigger(trigger, ctx)?.reason ?? null).toBe(reason);
  });

  it('carries an event rule’s delay', () => {
    expect(matchTrigger({ on: 'event', event: 'solved', delayMinutes: 2880 }, { event: 'solved', attributes: {}, now })).toEqual({ reason: 'event:solved', delayMinutes: 2880 });
  });
});
