// parley.js — the loader a host page includes. It stays tiny: it only decides whether to show an interview, and only
// then downloads the element. Global name `Parley` and its methods (init, identify, track, page, show, reset) and the
// snippet's queue `Parley.q` are wire names: embeds stay live on customers' sites for years, never change them.
import type { EligibilityResponse } from '@parley/protocol';
import { ELEMENT_TAG, STORAGE_PREFIX } from './wire-names.ts';
import { debugIf, log, warn } from './loader/debug.ts';
import { onHistoryChange, pageUrl } from './loader/navigation.ts';
import { armWatchers } from './loader/watchers.ts';

interface Participant {
  id?: string;
  attributes?: Record<string, unknown>;
}

interface Options {
  api: string;
  publishableKey: string;
  participant?: Participant;
  /** Where the element bundle lives; defaults to next to this script. */
  elementUrl?: string;
  /** Logs each decision with `console.debug` (also `data-debug`, or `?parley_debug=1` in the page's address). */
  debug?: boolean;
}

const w = window as unknown as { Parley?: { q?: [string, unknown[]][] } };
const d = document;
const me = d.currentScript as HTMLScriptElement | null;
let options: Options | undefined;
// Who is visiting: init's participant, or identify's; reset forgets it.
let who: Participant | undefined;
// The page the loader last reported, and whether its watchers and "continue" offer are set up.
let page = pageUrl();
let armed = false;
let stops: (() => unknown)[] = [];

/** Runs `fn`, swallowing any error (a warning in debug mode): the host page must never break because of us. */
const safe =
  <A extends unknown[]>(fn: (...a: A) => unknown) =>
  (...a: A): void => {
    try {
      fn(...a);
    } catch (e) {
      warn(e);
    }
  };

/** Whether the page's `load` event has fired. */
const loaded = () => d.readyState == 'complete';

// `load` fires once, so the listener needs no `once` (a byte saved is a byte every host page's visitors keep).
const ready = (fn: () => unknown) => (loaded() ? fn() : addEventListener('load', safe(fn)));

/** Keys of every saved Parley record in this browser (throws when storage is blocked: callers catch). */
const keys = (): string[] => Object.keys(localStorage).filter((k) => k.startsWith(STORAGE_PREFIX));

// One floating interview at a time: a popover on the page (ours, or the host's) means nothing more is shown. A declined
// one removes itself, so a later moment may show another.
const shown = () => d.querySelector(`${ELEMENT_TAG}[mode=popover]`);

/** Puts the element on the page: open, or (to continue a saved interview) as its launcher button. */
function show(study: string, invitation?: string, open: '' | null = ''): unknown {
  if (!options || shown()) return log('not shown: no init, or a popover is open', study);
  log('show', study);
  // A dynamic import is the shortest way to load an ES module from a classic script. Loaded from a versioned folder,
  // the loader takes the element from the same folder.
  import(options.elementUrl ?? (me?.src ?? `${options.api}/widget/`).replace(/[^/]*$/, `${ELEMENT_TAG}.js`)).catch(warn);
  const el = d.createElement(ELEMENT_TAG);
  const attrs = {
    study,
    'publishable-key': options.publishableKey,
    api: options.api,
    mode: 'popover',
    open,
    'participant-id': who?.id,
    attributes: who?.attributes && JSON.stringify(who.attributes),
    invitation,
  };
  for (const [k, v] of Object.entries(attrs)) v != null && el.setAttribute(k, v);
  d.body.append(el);
}

/** Asks the API whether to show an interview now; the first answer on a page that shows nothing also arms the rest. */
async function ask(body: Record<string, unknown>): Promise<unknown> {
  const at = page;
  try {
    // Under Save-Data the loader makes no requests of its own; an explicit show() still works.
    if (!options || shown() || (navigator as { connection?: { saveData?: boolean } }).connection?.saveData) {
      return log('not asked: no init, a popover is open, or Save-Data', body);
    }
    const p = who;
    const question = { participantId: p?.id, attributes: p?.attributes, url: location.href, ...body };
    log('ask', question);
    // No content-type: the API reads the body as JSON regardless, and the request stays a byte smaller.
    const res = await fetch(`${options.api}/v1/eligibility`, {
      method: 'POST',
      headers: { authorization: `Bearer ${options.publishableKey}` },
      body: JSON.stringify(question),
    });
    const answer: Partial<EligibilityResponse> = (res.ok && (await res.json())) || {};
    log('answer', res.status, answer);
    if (answer.show) return show(answer.show.studyId, answer.show.invitationId);
    // Once per page, and only for the page still on screen (an answer may arrive after the app moved on).
    if (armed || at != page) return;
    armed = true;
    // Nothing new to show: an interview this participant left unfinished in this browser is offered to continue. Its
    // key (`savedSessionKey` in wire-names.ts) names the study, the participant and the invitation.
    for (const k of keys()) {
      const [, , study, id, invitation] = k.split(':');
      if (id == escape(p?.id ?? 'anonymous')) return show(study!, invitation, null);
    }
    stops = armWatchers(answer.watch ?? [], ask);
  } catch (e) {
    warn(e);
  }
}

const Parley: Record<string, (...a: any[]) => unknown> = {
  /** Sets who is visiting and where the API is; then asks once whether to show an interview. */
  init(o: Options) {
    debugIf(o.debug);
    options = { ...o, api: o.api.replace(/\/$/, '') };
    who = o.participant ?? who;
    ready(() => ask({}));
  },
  /** Sets (or changes) who is visiting, for later asks and the interviews shown after. */
  identify(id: string, attributes?: Record<string, unknown>) {
    who = { id, attributes };
  },
  /** Reports an event (e.g. "support_ticket_solved"); shows an interview if a live study is triggered by it. */
  track(event: string, properties?: Record<string, unknown>) {
    ready(() => ask({ event, properties }));
  },
  /** Reports a page view (done for you on history navigation): stops the last page's watchers and asks again. */
  page() {
    page = pageUrl();
    armed = false;
    for (const stop of stops) stop();
    stops = [];
    // Before `load`, init's own ask reports this page.
    loaded() && ask({});
  },
  /** Shows a study's interview now (as the answer to an invitation, when given its id). */
  show(studyId: string, invitationId?: string) {
    ready(() => show(studyId, invitationId));
  },
  /** Forgets who is visiting, every saved interview and draft in this browser, and removes any shown widget: call it on logout. */
  reset() {
    who = undefined;
    for (const el of d.querySelectorAll(ELEMENT_TAG)) el.remove();
    // Storage blocked throws here, and nothing is saved either.
    for (const k of keys()) localStorage.removeItem(k);
  },
};
for (const k in Parley) Parley[k] = safe(Parley[k]!);

safe(() => {
  // The snippet's stub queued the calls made before this script ran: replayed in order, after the script tag's own init.
  const queued = w.Parley?.q;
  w.Parley = Parley;
  // `<script src=".../parley.js" data-api="…" data-publishable-key="pk_…" data-participant-id="…">` needs no inline script.
  const ds = me?.dataset;
  debugIf(ds?.debug != null);
  if (ds?.api) {
    let attributes;
    try {
      attributes = ds.attributes && JSON.parse(ds.attributes);
    } catch (e) {
      // Malformed JSON: the visitor is still asked, without attributes.
      warn(e);
    }
    Parley.init!({ ...ds, participant: { id: ds.participantId, attributes } });
  }
  for (const [m, a] of queued ?? []) Parley[m]?.(...a);
})();

// A navigation that changed the address is a page view. A loader loaded twice leaves it to the one now in `window`.
safe(onHistoryChange)(() => w.Parley == Parley && pageUrl() != page && Parley.page!());
