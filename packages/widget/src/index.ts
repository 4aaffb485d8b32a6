/** @parley/widget — the `<parley-interview>` element (importing this module defines it). */
export { ParleyInterview } from './parley-interview.ts';
export { ELEMENT_TAG, EVENTS } from './wire-names.ts';
export type { Strings } from './strings.ts';
export type { ParleyEventMap, ParleyOpenDetail, ParleyTurnDetail, ParleyCompleteDetail, ParleyDismissDetail } from './events.ts';
