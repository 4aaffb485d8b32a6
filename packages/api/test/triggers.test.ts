import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { EligibilityResponse, TrackEventResponse } from '@parley/protocol';
import { makeTestApp } from './harness.ts';

let t: Awaited<ReturnType<typeof makeTestApp>>;
let ws: { id: string; secretKey: string; publishableKey: string };
beforeEach(async () => {
  t = await makeTestApp();
  ws = await t.workspace();
});
afterEach(() => t.cleanup());

const supportStudy = (extra: Record<string, unknown> = {}) =>
  t.study(ws.secretKey, { triggers: [{ on: 'event', event: 'support_ticket_solved', where: { channel: 'chat' } }], ...extra });
const eligibility = (body: Record<string, unknown>) => t.call('POST', '/v1/eligibility', { key: ws.publishableKey, body });

describe('POST /v1/events (server side)', () => {
  it('matches live studies by event and filter, creates an invitation, and queues it for the next visit', async () => {
    const st = await supportStudy();
    await t.study(ws.secretKey, { triggers: [{ on: 'event', event: 'other' }] });
    const res = await t.call('POST', '/v1/events', { key: ws.secretKey, body: { participantId: 'u_1', event: 'support_ticket_solved', properties: { channel: 'chat' }, attributes: { plan: 'pro' } } });
    expect(res.status).toBe(200);
    const body = TrackEventResponse.parse(res.json);
    expect(body.matched).toHaveLength(1);
    expect(body.matched[0]!.studyId).toBe(st.id);
    expect(body.matched[0]!.invitation.url).toMatch(new RegExp(`/i/${body.matched[0]!.invitation.id}$`));
    const next = EligibilityResponse.parse((await eligibility({ participantId: 'u_1' })).json);
    expect(next.show).toEqual({ studyId: st.id, reason: 'invitation', invitationId: body.matched[0]!.invitation.id });
  });

  it('ignores a non-matching filter, draft studies, and other workspaces', async () => {
    await supportStudy();
    await supportStudy({ status: 'draft' });
    const other = await t.workspace('Other');
    await t.study(other.secretKey, { triggers: [{ on: 'event', event: 'support_ticket_solved' }] });
    const res = await t.call('POST', '/v1/events', { key: ws.secretKey, body: { participantId: 'u_1', event: 'support_ticket_solved', properties: { channel: 'email' } } });
    expect(res.json.matched).toEqual([]);
  });

  it('holds an event with a delay until the delay has passed', async () => {
    const st = await t.study(ws.secretKey, { triggers: [{ on: 'event', event: 'support_ticket_solved', delayMinutes: 2 * 24 * 60 }] });
    await t.call('POST', '/v1/events', { key: ws.secretKey, body: { participantId: 'u_2', event: 'support_ticket_solved' } });
    expect((await eligibility({ participantId: 'u_2' })).json.show).toBeNull();
    t.clock.advance(2 * 86_400_000 + 1000);
    expect((await eligibility({ participantId: 'u_2' })).json.show).toMatchObject({ studyId: st.id, reason: 'invitation' });
  });

  it('does not invite the same person twice while an invitation is pending', async () => {
    await supportStudy();
    const body = { participantId: 'u_3', event: 'support_ticket_solved', properties: { channel: 'chat' } };
    expect((await t.call('POST', '/v1/events', { key: ws.secretKey, body })).json.matched).toHaveLength(1);
    expect((await t.call('POST', '/v1/events', { key: ws.secretKey, body })).json.matched).toHaveLength(0);
  });

  it('is for secret keys only and validates its body', async () => {
    expect((await t.call('POST', '/v1/events', { key: ws.publishableKey, body: { participantId: 'u', event: 'x' } })).status).toBe(403);
    const bad = await t.call('POST', '/v1/events', { key: ws.secretKey, body: { event: '' } });
    expect(bad.status).toBe(400);
    expect(bad.json.error.issues.map((i: { path: string }) => i.path)).toEqual(expect.arrayContaining(['participantId', 'event']));
  });
});

describe('POST /v1/eligibility (browser)', () => {
  it('shows a study for a matching browser event, a page view, or day 30 after sign-up', async () => {
    const byEvent = await t.study(ws.secretKey, { triggers: [{ on: 'event', event: 'export_finished' }] });
    const byPage = await t.study(ws.secretKey, { triggers: [{ on: 'page_view', urlPattern: '/billing/*' }] });
    const byDay = await t.study(ws.secretKey, { triggers: [{ on: 'days_since', attribute: 'signedUpAt', days: 30 }] });
    expect((await eligibility({ participantId: 'a', event: 'export_finished' })).json.show).toMatchObject({ studyId: byEvent.id, reason: 'event:export_finished' });
    expect((await eligibility({ participantId: 'b', url: 'https://app.acme.com/billing/plans' })).json.show).toMatchObject({ studyId: byPage.id });
    const signedUpAt = new Date(t.clock.now().getTime() - 30 * 86_400_000).toISOString();
    expect((await eligibility({ participantId: 'c', attributes: { signedUpAt } })).json.show).toMatchObject({ studyId: byDay.id, reason: 'days_since:signedUpAt:30' });
    expect((await eligibility({ participantId: 'd', attributes: { signedUpAt: t.clock.now().toISOString() } })).json.show).toBeNull();
  });

  it('answers promptly for a page-view pattern built to backtrack (no ReDoS through a publishable key)', async () => {
    await t.study(ws.secretKey, { triggers: [{ on: 'page_view', urlPattern: '*a*a*a*a*a*a*a*a*b' }] });
    const res = await eligibility({ participantId: 'redos', url: `https://app.acme.com/${'a'.repeat(1900)}` });
    expect(res.status).toBe(200);
    expect(res.json.show).toBeNull();
  });

  it('never shows two interviews at once: one study per answer, and none right after one started', async () => {
    await t.study(ws.secretKey, { triggers: [{ on: 'page_view', urlPattern: '/*' }] });
    await t.study(ws.secretKey, { triggers: [{ on: 'page_view', urlPattern: '/*' }] });
    const first = await eligibility({ participantId: 'u_9', url: 'https://x.com/home' });
    expect(first.json.show).not.toBeNull();
    await t.session(ws.publishableKey, first.json.show.studyId, { participant: { id: 'u_9' } });
    expect((await eligibility({ participantId: 'u_9', url: 'https://x.com/home' })).json.show).toBeNull();
  });

  it('honours recontact days across studies of the workspace, then lets the person back', async () => {
    const a = await t.study(ws.secretKey, { triggers: [{ on: 'event', event: 'a' }], targeting: { recontactDays: 10 } });
    const b = await t.study(ws.secretKey, { triggers: [{ on: 'event', event: 'b' }], targeting: { recontactDays: 10 } });
    await t.session(ws.publishableKey, a.id, { participant: { id: 'u_r' } });
    expect((await eligibility({ participantId: 'u_r', event: 'b' })).json.show).toBeNull();
    t.clock.advance(11 * 86_400_000);
    expect((await eligibility({ participantId: 'u_r', event: 'b' })).json.show).toMatchObject({ studyId: b.id });
  });

  it('honours the quota, segments and sampling', async () => {
    const quota = await t.study(ws.secretKey, { triggers: [{ on: 'event', event: 'q' }], targeting: { maxSessions: 1, recontactDays: 0 } });
    await t.session(ws.publishableKey, quota.id, { participant: { id: 'someone' } });
    expect((await eligibility({ participantId: 'u_q', event: 'q' })).json.show).toBeNull();
    await t.study(ws.secretKey, { triggers: [{ on: 'event', event: 's' }], targeting: { segments: { plan: 'enterprise' } } });
    expect((await eligibility({ participantId: 'u_s', event: 's', attributes: { plan: 'free' } })).json.show).toBeNull();
    expect((await eligibility({ participantId: 'u_s', event: 's', attributes: { plan: 'enterprise' } })).json.show).not.toBeNull();
    await t.study(ws.secretKey, { triggers: [{ on: 'event', event: 'never' }], targeting: { sampleRate: 0 } });
    expect((await eligibility({ participantId: 'u_n', event: 'never' })).json.show).toBeNull();
  });

  it('tells the loader which in-browser moments to watch, and confirms them', async () => {
    const exit = await t.study(ws.secretKey, { triggers: [{ on: 'exit_intent' }] });
    const timed = await t.study(ws.secretKey, { triggers: [{ on: 'time_on_page', seconds: 45 }] });
    const plain = await eligibility({ participantId: 'u_w', url: 'https://x.com/' });
    expect(plain.json.show).toBeNull();
    expect(plain.json.watch).toEqual(expect.arrayContaining([{ on: 'exit_intent', studyId: exit.id }, { on: 'time_on_page', studyId: timed.id, seconds: 45 }]));
    expect((await eligibility({ participantId: 'u_w', event: '$exit_intent' })).json.show).toMatchObject({ studyId: exit.id, reason: 'exit_intent' });
  });

  it('is refused to a disallowed origin and to session tokens', async () => {
    const locked = await t.workspace('Locked', ['https://app.acme.com']);
    const res = await t.call('POST', '/v1/eligibility', { key: locked.publishableKey, body: { participantId: 'u' }, headers: { origin: 'https://evil.example' } });
    expect(res.status).toBe(403);
  });
});

describe('invitations', () => {
  it('creates an invitation link that serves the hosted interview and starts a session tied to it', async () => {
    const st = await t.study(ws.secretKey);
    const res = await t.call('POST', '/v1/invitations', { key: ws.secretKey, body: { studyId: st.id, participant: { id: 'u_inv', attributes: { plan: 'pro' } } } });
    expect(res.status).toBe(201);
    expect(res.json.url).toMatch(/\/i\/in_/);
    const page = await t.app.request(new URL(res.json.url).pathname);
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toContain(`invitation="${res.json.id}"`);
    expect(html).toContain('participant-id="u_inv"');
    const session = await t.session(ws.publishableKey, st.id, { invitationId: res.json.id });
    const read = await t.call('GET', `/v1/sessions/${session.id}`, { key: ws.secretKey });
    expect(read.json.participant).toEqual({ id: 'u_inv', attributes: { plan: 'pro' } });
  });

  it('answers 404 for an invitation of another study or workspace, and for an expired link', async () => {
    const st = await t.study(ws.secretKey);
    const other = await t.study(ws.secretKey);
    const inv = (await t.call('POST', '/v1/invitations', { key: ws.secretKey, body: { studyId: st.id, expiresInDays: 1 } })).json;
    expect((await t.call('POST', '/v1/sessions', { key: ws.publishableKey, body: { studyId: other.id, invitationId: inv.id } })).status).toBe(404);
    expect((await t.call('POST', '/v1/invitations', { key: ws.secretKey, body: { studyId: 'st_nope' } })).status).toBe(404);
    t.clock.advance(2 * 86_400_000);
    expect((await t.app.request(`/i/${inv.id}`)).status).toBe(404);
    expect((await t.call('POST', '/v1/sessions', { key: ws.publishableKey, body: { studyId: st.id, invitationId: inv.id } })).status).toBe(409);
  });
});
