import type { Trigger } from '@parley/protocol';

/**
 * The event the support preset listens for. It must be the name the demo app, the README, the SDK docs and the
 * help-desk example send: a preset that waits for another name never fires.
 */
export const SUPPORT_TICKET_SOLVED = 'support_ticket_solved';
/** The sign-up date attribute the onboarding preset counts from (what the demo and the onboarding example identify with). */
export const SIGNED_UP_AT = 'signedUpAt';

/** A ready-made moment to interview at. */
export interface TriggerPreset {
  label: string;
  make(): Trigger;
}

/** Ready-made moments to interview at, for the use cases Parley is for. */
export const TRIGGER_PRESETS: TriggerPreset[] = [
  // No delay by default, so the preset works at once in the demo; the support guide suggests 2–7 days for real studies.
  { label: 'After a support ticket is solved', make: () => ({ on: 'event', event: SUPPORT_TICKET_SOLVED, delayMinutes: 0 }) },
  { label: 'Onboarding day N', make: () => ({ on: 'days_since', attribute: SIGNED_UP_AT, days: 30 }) },
  { label: 'A page is visited', make: () => ({ on: 'page_view', urlPattern: '/pricing*' }) },
  { label: 'Another event', make: () => ({ on: 'event', event: '' }) },
  { label: 'About to leave the page', make: () => ({ on: 'exit_intent' }) },
  { label: 'Time on a page', make: () => ({ on: 'time_on_page', seconds: 60 }) },
];
