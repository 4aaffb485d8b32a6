/** Every piece of text the widget shows itself; override any of them through the `strings` property. */
export interface Strings {
  launcher: string;
  /** The popover's button when an unfinished interview of this participant is saved in this browser. */
  resume: string;
  start: string;
  close: string;
  dismiss: string;
  send: string;
  inputLabel: string;
  placeholder: string;
  typing: string;
  reconnecting: string;
  failed: string;
  retry: string;
  progress: string;
  thanks: string;
  interviewer: string;
  you: string;
  by: string;
}

const en: Strings = {
  launcher: 'Share feedback',
  resume: 'Continue your interview',
  start: 'Start',
  close: 'Close',
  dismiss: 'Not now',
  send: 'Send',
  inputLabel: 'Your answer',
  placeholder: 'Type your answer…',
  typing: 'Interviewer is typing…',
  reconnecting: 'Reconnecting… your answer is saved and will be sent.',
  failed: 'Something went wrong. Please try again later.',
  retry: 'Try again',
  progress: 'Interview progress',
  thanks: 'Thank you!',
  interviewer: 'Interviewer',
  you: 'You',
  by: 'Interview by',
};



// Other languages are separate chunks next to the element, so each page downloads only the language it uses.
const shipped: Record<string, () => Promise<{ default: Strings }>> = {
  fr: () => import('./locales/fr.ts'),
  ar: () => import('./locales/ar.ts'),
};
const RTL = /^(ar|he|fa|ur)\b/i;

/** English, the strings shown until (or unless) another language is loaded. */
export const english = en;

/** The strings for a BCP 47 locale (by its language); English when we do not ship that language or it fails to load. */
export async function loadStrings(locale: string | undefined): Promise<Strings> {
  const load = shipped[(locale ?? 'en').slice(0, 2).toLowerCase()];
  return load ? (await load().catch(() => ({ default: en }))).default : en;
}

/** Text direction of a locale. */
export function directionOf(locale: string | undefined): 'rtl' | 'ltr' {
  return RTL.test(locale ?? '') ? 'rtl' : 'ltr';
}
