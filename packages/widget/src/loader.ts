// parley.js — the loader a host page includes. It stays tiny: it only decides whether to show an interview, and only
// then downloads the element. Global name `Parley` and its methods are wire names: never change them.
import { ELEMENT_TAG, STORAGE_PREFIX } from './wire-names.ts';

interface Options {
  api: string;
  publishableKey: string;
  participant?: { id?: string; attributes?: Record<string, unknown> };
  /** Where the element bundle lives; defaults to next to this script. */
  elementUrl?: string;
}

/** What `POST /v1/eligibility` answers (read without a schema library: every byte ships). */
interface Answer {
  show?: { studyId: string; invitationId?: string };
  watch?: { on: string; seconds: number }[];
}

const d = document;
const me = d.currentScript as HTMLScriptElement | null;
let options: Options | undefined;
let armed = false;

// `load` fires once, so the listener needs no `once` (a byte saved is a byte every host page's visitors keep).
const ready = (fn: () => void) => (d.readyState === 'complete' ? fn() : addEventListener('load', fn));

/** Keys of every saved Parley record in this browser (throws when storage is blocked: callers catch). */
const keys = (): string[] => Object.keys(localStorage).filter((k) => k.startsWith(STORAGE_PREFIX));

// One floating interview at a time: a popover on the page (ours, or the host's) means nothing more is shown. A declined
// one removes itself, so a later moment may show another.
const shown = () => d.querySelector(`${ELEMENT_TAG}[mode=popover]`);

/** Puts the element on the page: open, or (to continue a saved interview) as its launcher button. */
function show(study: string, invitation?: string, open: '' | null = ''): void {
  if (!options || shown()) return;
  // A dynamic import is the shortest way to load an ES module from a classic script.
  void import(options.elementUrl ?? (me?.src ?? `${options.api}/widget/`).replace(/[^/]*$/, `${ELEMENT_TAG}.js`));
  const el = d.createElement(ELEMENT_TAG);
  const p = options.participant;
  const attrs = {
    study,
    'publishable-key': options.publishableKey,
    api: options.api,
    mode: 'popover',
    open,
    'participant-id': p?.id,
    attributes: p?.attributes && JSON.stringify(p.attributes),
    invitation,
  };
  for (const [k, v] of Object.entries(attrs)) v != null && el.setAttribute(k, v);
  d.body.append(el);
}

/** Asks the API whether to show an interview now; the first answer that shows nothing also arms the rest. */
async function ask(body: Record<string, unknown>): Promise<void> {
  // Under Save-Data the loader makes no requests of its own; an explicit show() still works.
  if (!options || shown() || (navigator as { connection?: { saveData?: boolean } }).connection?.saveData) return;
  const p = options.participant;
  try {
    // No content-type: the API reads the body as JSON regardless, and the request stays a byte smaller.
    const res = await fetch(`${options.api}/v1/eligibility`, {
      method: 'POST',
      headers: { authorization: `Bearer ${options.publishableKey}` },
      body: JSON.stringify({ participantId: p?.id, attributes: p?.attributes, url: location.href, ...body }),
    });
    const answer: Answer = (res.ok && (await res.json())) || {};
    if (answer.show) return show(answer.show.studyId, answer.show.invitationId);
    if (armed) return;
    armed = true;
    // Nothing new to show: an interview this participant left unfinished in this browser is offered to continue. Its
    // key (`savedSessionKey` in wire-names.ts) names the study, the participant and the invitation.
    for (const k of keys()) {
      const [, , study, who, invitation] = k.split(':');
      if (who === escape(p?.id ?? 'anonymous')) return show(study!, invitation, null);
    }
    // In-browser moments some study waits for: leaving the page (pointer out through the top), or time spent on it.
    for (const w of answer.watch ?? []) {
      if (w.on === 'exit_intent') {
        const leave = (e: MouseEvent) => {
          if (e.relatedTarget || e.clientY > 0) return;
          d.removeEventListener('mouseout', leave);
          void ask({ event: '$exit_intent' });
        };
        d.addEventListener('mouseout', leave);
      } else setTimeout(() => ask({ event: '$time_on_page', properties: { seconds: w.seconds } }), w.seconds * 1000);
    }
  } catch {
    /* the host page must never break because of us */
  }
}

const Parley = {
  /** Sets who is visiting and where the API is; then asks once whether to show an interview. */
  init(o: Options) {
    options = { ...o, api: o.api.replace(/\/$/, '') };
    ready(() => void ask({}));
  },
  /** Reports an event (e.g. "support_ticket_solved"); shows an interview if a live study is triggered by it. */
  track(event: string, properties?: Record<string, unknown>) {
    ready(() => void ask({ event, properties }));
  },
  /** Shows a study's interview now (as the answer to an invitation, when given its id). */
  show(studyId: string, invitationId?: string) {
    ready(() => show(studyId, invitationId));
  },
  /** Forgets every saved interview and draft in this browser and removes any shown widget: call it on logout. */
  reset() {
    try {
      for (const k of keys()) localStorage.removeItem(k);
    } catch {
      /* storage blocked: nothing is saved either */
    }
    for (const el of d.querySelectorAll(ELEMENT_TAG)) el.remove();
  },
};
(window as unknown as { Parley: typeof Parley }).Parley = Parley;

// `<script src=".../parley.js" data-api="…" data-publishable-key="pk_…" data-participant-id="…">` needs no inline script.
const ds = me?.dataset;
if (ds?.api) {
  Parley.init({
    ...(ds as unknown as Options),
    participant: { id: ds.participantId, attributes: ds.attributes ? JSON.parse(ds.attributes) : undefined },
  });
}
