// parley.js — the loader a host page includes. It stays tiny: it only decides whether to show an interview, and only
// then downloads the element. Global name `Parley` and its methods are wire names: never change them.

interface Options {
  api: string;
  publishableKey: string;
  participant?: { id?: string; attributes?: Record<string, unknown> };
  /** Where the element bundle lives; defaults to next to this script. */
  elementUrl?: string;
}

const w = window as unknown as { Parley?: unknown };
const d = document;
const me = d.currentScript as HTMLScriptElement | null;
let options: Options | undefined;
let shown = false;
let armed = false;

const ready = (fn: () => void) => (d.readyState === 'complete' ? fn() : addEventListener('load', fn, { once: true }));
// Under Save-Data the loader makes no requests of its own; an explicit show() still works.
const saveData = () => (navigator as { connection?: { saveData?: boolean } }).connection?.saveData === true;

function show(study: string, invitation?: string): void {
  if (!options || shown) return;
  shown = true;
  const s = d.createElement('script');
  s.type = 'module';
  s.src = options.elementUrl ?? (me?.src ?? `${options.api}/widget/parley.js`).replace(/parley(\.min)?\.js(\?.*)?$/, 'parley-interview.js');
  d.head.append(s);
  const el = d.createElement('parley-interview');
  const attrs: Record<string, string> = { study, 'publishable-key': options.publishableKey, api: options.api, mode: 'popover', open: '' };
  const p = options.participant;
  if (p?.id) attrs['participant-id'] = p.id;
  if (p?.attributes) attrs.attributes = JSON.stringify(p.attributes);
  if (invitation) attrs.invitation = invitation;
  for (const k in attrs) el.setAttribute(k, attrs[k]!);
  el.addEventListener('parley:dismiss', (e) => (e as CustomEvent).detail.reason === 'dismissed' && (shown = false));
  d.body.append(el);
}

async function ask(body: Record<string, unknown>): Promise<void> {
  if (!options || shown || saveData()) return;
  try {
    const res = await fetch(`${options.api}/v1/eligibility`, {
      method: 'POST',
      headers: { authorization: `Bearer ${options.publishableKey}`, 'content-type': 'application/json' },
      body: JSON.stringify({ participantId: options.participant?.id, attributes: options.participant?.attributes, url: location.href, ...body }),
    });
    const answer = res.ok && (await res.json());
    if (answer?.show?.studyId) return show(answer.show.studyId, answer.show.invitationId);
    // In-browser moments some study waits for: leaving the page (pointer out through the top), or time spent on it.
    if (armed) return;
    armed = true;
    for (const w of answer?.watch ?? []) {
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

w.Parley = {
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
};

// `<script src=".../parley.js" data-api="…" data-publishable-key="pk_…" data-participant-id="…">` needs no inline script.
const ds = me?.dataset;
if (ds?.api && ds.publishableKey) {
  (w.Parley as { init(o: Options): void }).init({
    api: ds.api,
    publishableKey: ds.publishableKey,
    participant: { id: ds.participantId, attributes: ds.attributes ? JSON.parse(ds.attributes) : undefined },
  });
}
