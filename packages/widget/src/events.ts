import type { TurnResult } from '@parley/protocol';

/** `detail` of `parley:open`: the interview was opened (`sessionId` only when resuming: none exists before Start). */
export interface ParleyOpenDetail {
  studyId: string;
  sessionId?: string;
}

/** `detail` of `parley:turn`: an answer got its reply. */
export interface ParleyTurnDetail extends TurnResult {
  sessionId?: string;
}

/** `detail` of `parley:complete`: the interview finished. */
export interface ParleyCompleteDetail {
  sessionId?: string;
}

/** `detail` of `parley:dismiss`: the participant declined (`dismissed`) or closed the popover (`closed`). */
export interface ParleyDismissDetail {
  sessionId?: string;
  reason: 'dismissed' | 'closed';
}

/** The element's events by name, so `el.addEventListener('parley:turn', (e) => e.detail.reply)` is typed. */
export interface ParleyEventMap {
  'parley:open': CustomEvent<ParleyOpenDetail>;
  'parley:turn': CustomEvent<ParleyTurnDetail>;
  'parley:complete': CustomEvent<ParleyCompleteDetail>;
  'parley:dismiss': CustomEvent<ParleyDismissDetail>;
}

declare global {
  interface HTMLElementEventMap extends ParleyEventMap {}
  // The events bubble and are composed, so a listener on `document` hears them too, typed the same.
  interface DocumentEventMap extends ParleyEventMap {}
}
