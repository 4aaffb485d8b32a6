import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { BASE_URL, setup } from './helpers.ts';
import { init, ParleyBrowser, ParleyError, PermissionDeniedError, type LoaderGlobal } from '../src/browser.ts';

let s: Awaited<ReturnType<typeof setup>>;
beforeEach(async () => {
  s = await setup();
});
afterEach(() => s.cleanup());

/** A stand-in for the widget loader's global `Parley`, recording calls. */
function fakeLoader() {
  const calls: string[] = [];
  const loader: LoaderGlobal = {
    init: (o) => void calls.push(`init ${o.participant?.id ?? '-'}`),
    show: (id, invitation) => void calls.push(`show ${id}${invitation ? ` ${invitation}` : ''}`),
  };
  return { calls, loader: () => loader };
}

const DAY = 86_400_000;

describe('@parley/sdk/browser against the real API', () => {
  it('track() after a server-side event answers the queued study and opens it through the loader', async () => {
    const study = await s.study({ triggers: [{ on: 'event', event: 'support_ticket_solved' }] });
    await s.client.events.create({ participantId: 'u_7', event: 'support_ticket_solved' });
    const { calls, loader } = fakeLoader();
    const parley = init({ api: BASE_URL, publishableKey: s.ws.publishableKey, participant: { id: 'u_7' }, fetch: s.fetch, loader });
    const decision = await parley.track();
    expect(decision.show).toMatchObject({ studyId: study.id, invitationId: expect.stringMatching(/^in_/) });
    expect(calls).toEqual(['init u_7', `show ${study.id} ${decision.show!.invitationId}`]);
    expect(s.seen.at(-1)!.headers.get('authorization')).toBe(`Bearer ${s.ws.publishableKey}`);
  });

  it('identify() with signedUpAt 30 days ago makes a day-30 study due', async () => {
    const study = await s.study({ triggers: [{ on: 'days_since', attribute: 'signedUpAt', days: 30 }] });
    const { calls, loader } = fakeLoader();
    const parley = init({ api: BASE_URL, publishableKey: s.ws.publishableKey, fetch: s.fetch, loader });
    const now = s.t.clock.now().getTime();
    parley.identify({ id: 'u_new', attributes: { signedUpAt: new Date(now - 5 * DAY).toISOString() } });
    expect((await parley.track()).show).toBeNull();
    parley.identify({ id: 'u_old', attributes: { signedUpAt: new Date(now - 30 * DAY).toISOString(), plan: 'pro' } });
    expect((await parley.track()).show).toMatchObject({ studyId: study.id });
    expect(JSON.parse(s.seen.at(-1)!.body)).toEqual({ participantId: 'u_old', attributes: { signedUpAt: expect.any(String), plan: 'pro' } });
    expect(calls).toEqual(['init u_old', `show ${study.id}`]);
  });

  it('track(event, properties) sends them, and a matching event rule answers at once', async () => {
    const study = await s.study({ triggers: [{ on: 'event', event: 'export_failed', where: { format: 'csv' } }] });
    const parley = init({ api: BASE_URL, publishableKey: s.ws.publishableKey, participant: { id: 'u_1' }, fetch: s.fetch, autoShow: false });
    expect((await parley.track('export_failed', { format: 'pdf' })).show).toBeNull();
    expect((await parley.track('export_failed', { format: 'csv' })).show).toMatchObject({ studyId: study.id, reason: 'event:export_failed' });
    expect(JSON.parse(s.seen.at(-1)!.body)).toEqual({ participantId: 'u_1', event: 'export_failed', properties: { format: 'csv' } });
  });

  it('sends the page URL when there is one', async () => {
    const g = globalThis as { location?: unknown };
    g.location = { href: 'https://app.acme.com/billing' };
    try {
      await init({ api: BASE_URL, publishableKey: s.ws.publishableKey, participant: { id: 'u_1' }, fetch: s.fetch }).track();
      expect(JSON.parse(s.seen.at(-1)!.body).url).toBe('https://app.acme.com/billing');
    } finally {
      delete g.location;
    }
  });

  it("is refused from an origin the workspace does not allow", async () => {
    const ws = await s.t.workspace('Strict', ['https://app.acme.com']);
    const fromOrigin = (origin: string) => (url: string, req: RequestInit) => s.fetch(url, { ...req, headers: { ...(req.headers as Record<string, string>), origin } });
    const allowed = init({ api: BASE_URL, publishableKey: ws.publishableKey, participant: { id: 'u_1' }, fetch: fromOrigin('https://app.acme.com') });
    expect(await allowed.track()).toEqual({ show: null });
    const other = init({ api: BASE_URL, publishableKey: ws.publishableKey, participant: { id: 'u_1' }, fetch: fromOrigin('https://evil.example') });
    await expect(other.track()).rejects.toBeInstanceOf(PermissionDeniedError);
  });
});

describe('@parley/sdk/browser on its own', () => {
  it('identify() merges attributes of the same person and replaces them for another', () => {
    const parley = new ParleyBrowser({ api: BASE_URL, publishableKey: 'pk_x' });
    parley.identify({ id: 'a', attributes: { plan: 'pro' } }).identify({ id: 'a', attributes: { seats: 3 } });
    expect(parley.participant).toEqual({ id: 'a', attributes: { plan: 'pro', seats: 3 } });
    parley.identify({ id: 'b' });
    expect(parley.participant).toEqual({ id: 'b' });
  });

  it('track() needs to know who the visitor is', async () => {
    await expect(init({ api: BASE_URL, publishableKey: 'pk_x' }).track('x')).rejects.toBeInstanceOf(ParleyError);
  });

  it('show() opens through the loader when it is on the page, and says false when it is not', () => {
    const { calls, loader } = fakeLoader();
    expect(init({ api: BASE_URL, publishableKey: 'pk_x', participant: { id: 'u' }, loader }).show('st_1')).toBe(true);
    expect(calls).toEqual(['init u', 'show st_1']);
    expect(init({ api: BASE_URL, publishableKey: 'pk_x' }).show('st_1')).toBe(false);
    const g = globalThis as { Parley?: unknown };
    g.Parley = fakeLoader().loader();
    try {
      expect(init({ api: BASE_URL, publishableKey: 'pk_x' }).show('st_1')).toBe(true);
    } finally {
      delete g.Parley;
    }
  });

  it('refuses a secret key', () => {
    expect(() => init({ api: BASE_URL, publishableKey: 'sk_live_oops' })).toThrow(/secret key/);
  });
});
