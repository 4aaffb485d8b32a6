import '../src/parley-interview.ts';
import type { ParleyInterview } from '../src/parley-interview.ts';

/** Where the real API runs and its keys (set by web-test-runner.config.mjs). */
export const env = (window as unknown as { PARLEY: { api: string; secretKey: string; publishableKey: string } }).PARLEY;

/** Calls the real API with the secret key. */
export async function admin(method: string, path: string, body?: unknown): Promise<any> {
  const res = await fetch(env.api + path, {
    method,
    headers: { authorization: `Bearer ${env.secretKey}`, 'content-type': 'application/json' },
    ...(body ? { body: JSON.stringify(body) } : {}),
  });
  if (!res.ok) throw new Error(`${method} ${path}: ${res.status} ${await res.text()}`);
  return res.json();
}

/** A live study with a short plan (two mandatory questions, one core) so a whole interview fits in a test. */
export async function liveStudy(experience: Record<string, unknown> = {}): Promise<string> {
  const study = await admin('POST', '/v1/studies', {
    researchQuestion: 'How do people get help when billing goes wrong?',
    status: 'live',
    plan: {
      researchType: 'discovery',
      description: 'Billing help',
      goals: ['Understand billing issues', 'See how people get help', 'Find fixes'],
      targetParticipants: 'Customers who contacted support',
      mandatoryQuestions: ['What happened the last time you had a billing problem?', 'How did you get help with the billing problem?'],
      coreQuestions: ['What would have made getting help with billing easier?'],
      flow: ['story', 'help', 'wrap'],
      maxTurns: 8,
      maxMinutes: 15,
    },
    experience: {
      title: 'Billing help',
      welcomeMessage: 'Thanks for helping us. It takes about five minutes.',
      researcher: { name: 'Maya Chen', title: 'Product researcher' },
      consentText: 'Your answers are read by our product team.',
      endCta: { text: 'Back to your dashboard', url: 'https://example.com/dashboard' },
      ...experience,
    },
  });
  return study.id;
}

/** Mounts a `<parley-interview>` for a study and waits for its first render. */
export async function mount(study: string, attrs: Record<string, string> = {}): Promise<ParleyInterview> {
  const el = document.createElement('parley-interview');
  const all: Record<string, string> = { study, 'publishable-key': env.publishableKey, api: env.api, mode: 'inline', ...attrs };
  for (const [k, v] of Object.entries(all)) el.setAttribute(k, v);
  document.body.append(el);
  await el.updateComplete;
  return el;
}

/** Polls until `check` returns (or resolves to) a truthy value, or throws after `ms`. */
export async function until<T>(check: () => T | undefined | null | false | Promise<T | undefined | null | false>, ms = 10_000, what = 'condition'): Promise<T> {
  const end = Date.now() + ms;
  for (;;) {
    const v = await check();
    if (v) return v;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

/** The element's shadow root. */
export const shadow = (el: HTMLElement) => el.shadowRoot!;

/** Texts of the messages on screen. */
export const messages = (el: HTMLElement) => [...shadow(el).querySelectorAll('.msg:not(.typing)')].map((m) => m.textContent!.replace(/^(Interviewer|You): /, ''));

/** Types an answer into the element and sends it with the Send button. */
export async function answer(el: ParleyInterview, text: string): Promise<void> {
  const box = await until(() => shadow(el).querySelector('textarea'), 10_000, 'the answer box');
  await until(() => {
    const send = shadow(el).querySelector<HTMLButtonElement>('[part="send"]');
    if (!send) throw new Error(`no answer box; the widget shows: ${shadow(el).textContent}`);
    return !send.disabled;
  }, 10_000, 'send enabled');
  box.value = text;
  box.dispatchEvent(new Event('input'));
  shadow(el).querySelector<HTMLButtonElement>('[part="send"]')!.click();
}

/** Removes every mounted widget and forgets saved sessions. */
export function reset(): void {
  document.querySelectorAll('parley-interview').forEach((e) => e.remove());
  localStorage.clear();
}

type LoaderMethod = (...a: any[]) => void;
/** The loader's global `Parley`, as a host page calls it. */
export type ParleyGlobal = Record<'init' | 'identify' | 'track' | 'page' | 'show' | 'reset', LoaderMethod>;

/** Loads the built loader the way a host page does (each load starts it afresh, like a new page). */
export function loadLoader(): Promise<ParleyGlobal> {
  return new Promise((resolve, reject) => {
    const s = document.createElement('script');
    s.src = '/dist/parley.js';
    s.onload = () => resolve((window as unknown as { Parley: ParleyGlobal }).Parley);
    s.onerror = () => reject(new Error('loader failed to load'));
    document.head.append(s);
  });
}
