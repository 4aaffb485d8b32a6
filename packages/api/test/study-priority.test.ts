import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { EligibilityResponse, StudyOverlaps, TrackEventResponse } from '@parley/protocol';
import { makeTestApp } from './harness.ts';

let t: Awaited<ReturnType<typeof makeTestApp>>;
let ws: { id: string; secretKey: string; publishableKey: string };
beforeEach(async () => {
  t = await makeTestApp();
  ws = await t.workspace();
});
afterEach(() => t.cleanup());

const solved = [{ on: 'event', event: 'support_ticket_solved' }];
/** Creates a study a minute after the previous one, so "the oldest" is well defined. */
async function study(body: Record<string, unknown>) {
  t.clock.advance(60_000);
  return t.study(ws.secretKey, body);
}
const patch = (id: string, body: Record<string, unknown>) => t.call('PATCH', `/v1/studies/${id}`, { key: ws.secretKey, body });
const eligibility = async (body: Record<string, unknown>) =>
  EligibilityResponse.parse((await t.call('POST', '/v1/eligibility', { key: ws.publishableKey, body })).json);
const track = async (body: Record<string, unknown>) =>
  TrackEventResponse.parse((await t.call('POST', '/v1/events', { key: ws.secretKey, body })).json);

describe('study priority and archiving', () => {
  it('stores priority on create (default 0) and on PATCH, and archived through PATCH', async () => {
    const plain = await study({});
    expect(plain.priority).toBe(0);
    expect(plain.archived).toBe(false);
    const urgent = await study({ priority: 80 });
    expect(urgent.priority).toBe(80);
    expect((await patch(urgent.id, { priority: 10 })).json.priority).toBe(10);
    expect((await patch(urgent.id, { archived: true })).json.archived).toBe(true);
    expect((await t.call('GET', `/v1/studies/${urgent.id}`, { key: ws.secretKey })).json).toMatchObject({ priority: 10, archived: true });
  });

  it('refuses a priority outside 0–100 with the offending field', async () => {
    const res = await t.call('POST', '/v1/studies', { key: ws.secretKey, body: { researchQuestion: 'What frustrates customers after their ticket?', priority: 101 } });
    expect(res.status).toBe(400);
    expect(res.json.error.issues.map((i: { path: string }) => i.path)).toContain('priority');
    const st = await study({});
    expect((await patch(st.id, { priority: 2.5 })).status).toBe(400);
  });

  it('lists archived studies only with ?archived=true, and pages through either list', async () => {
    const kept = [await study({}), await study({}), await study({})];
    const gone = [await study({}), await study({})];
    for (const s of gone) await patch(s.id, { archived: true });
    const list = async (q: string) => (await t.call('GET', `/v1/studies${q}`, { key: ws.secretKey })).json;
    expect((await list('')).data.map((s: { id: string }) => s.id).sort()).toEqual(kept.map((s) => s.id).sort());
    expect((await list('?archived=false')).data).toHaveLength(3);
    expect((await list('?archived=true')).data.map((s: { id: string }) => s.id).sort()).toEqual(gone.map((s) => s.id).sort());

    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const page: { data: { id: string }[]; nextCursor: string | null } = await list(`?limit=2${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`);
      expect(page.data.length).toBeLessThanOrEqual(2);
      seen.push(...page.data.map((s) => s.id));
      cursor = page.nextCursor;
    } while (cursor);
    expect(seen.sort()).toEqual(kept.map((s) => s.id).sort());
  });

  it('refuses an unknown archived value with a 400 naming the field', async () => {
    const res = await t.call('GET', '/v1/studies?archived=yes', { key: ws.secretKey });
    expect(res.status).toBe(400);
    expect(res.json.error.type).toBe('invalid_request');
    expect(res.json.error.issues.map((i: { path: string }) => i.path)).toContain('archived');
  });
});

describe('several live studies wanting the same moment', () => {
  it('the higher-priority study wins the eligibility of a shared event, whichever is older', async () => {
    await study({ title: 'Persona research', triggers: solved });
    const support = await study({ title: 'Support experience', triggers: solved, priority: 50 });
    expect((await eligibility({ participantId: 'u_1', event: 'support_ticket_solved' })).show?.studyId).toBe(support.id);
  });

  it('ties go to the oldest study', async () => {
    const older = await study({ triggers: solved, priority: 5 });
    await study({ triggers: solved, priority: 5 });
    expect((await eligibility({ participantId: 'u_1', event: 'support_ticket_solved' })).show?.studyId).toBe(older.id);
  });

  it('the lower-priority study wins once the higher one is archived', async () => {
    const persona = await study({ triggers: solved });
    const support = await study({ triggers: solved, priority: 50 });
    await patch(support.id, { archived: true });
    expect((await eligibility({ participantId: 'u_1', event: 'support_ticket_solved' })).show?.studyId).toBe(persona.id);
  });

  it('a delayed rule of the winner takes the moment: the lower study is not shown now', async () => {
    await study({ triggers: solved });
    const support = await study({ triggers: [{ on: 'event', event: 'support_ticket_solved', delayMinutes: 60 }], priority: 50 });
    expect((await eligibility({ participantId: 'u_1', event: 'support_ticket_solved' })).show).toBeNull();
    t.clock.advance(61 * 60_000);
    expect((await eligibility({ participantId: 'u_1' })).show).toEqual({ studyId: support.id, reason: 'event:delayed' });
  });

  it('a server-side event invites only the winner, and the next one when the winner is archived', async () => {
    const persona = await study({ triggers: solved });
    const support = await study({ triggers: solved, priority: 50 });
    const first = await track({ participantId: 'u_1', event: 'support_ticket_solved' });
    expect(first.matched.map((m) => m.studyId)).toEqual([support.id]);
    await patch(support.id, { archived: true });
    const second = await track({ participantId: 'u_2', event: 'support_ticket_solved' });
    expect(second.matched.map((m) => m.studyId)).toEqual([persona.id]);
  });

  it('a winner already waiting for the person keeps the moment: a repeated event invites no second study', async () => {
    await study({ triggers: solved });
    const support = await study({ triggers: solved, priority: 50 });
    expect((await track({ participantId: 'u_1', event: 'support_ticket_solved' })).matched.map((m) => m.studyId)).toEqual([support.id]);
    expect((await track({ participantId: 'u_1', event: 'support_ticket_solved' })).matched).toEqual([]);
  });

  it('a winner the participant is excluded from (segments) leaves the moment to the next study', async () => {
    const persona = await study({ triggers: solved });
    await study({ triggers: solved, priority: 50, targeting: { segments: { plan: 'enterprise' } } });
    const res = await track({ participantId: 'u_1', event: 'support_ticket_solved', attributes: { plan: 'pro' } });
    expect(res.matched.map((m) => m.studyId)).toEqual([persona.id]);
  });
});

describe('GET /v1/studies/:id/overlaps', () => {
  it('lists other live studies that can fire on the same moment, with a reason, in claim order', async () => {
    const mine = await study({
      triggers: [...solved, { on: 'page_view', urlPattern: '/help/*' }, { on: 'days_since', attribute: 'signedUpAt', days: 30 }, { on: 'exit_intent' }],
    });
    const support = await study({ title: 'Support', triggers: solved, priority: 40 });
    const help = await study({ title: 'Help centre', triggers: [{ on: 'page_view', urlPattern: 'https://acme.com/help/faq' }] });
    const onboarding = await study({ title: 'Onboarding', triggers: [{ on: 'days_since', attribute: 'signedUpAt', days: 35 }, { on: 'exit_intent' }] });
    await study({ title: 'Day 90', triggers: [{ on: 'days_since', attribute: 'signedUpAt', days: 90 }] });
    await study({ title: 'Other event', triggers: [{ on: 'event', event: 'renewal' }] });
    await study({ title: 'Drafted', status: 'draft', triggers: solved });
    const archived = await study({ title: 'Archived', triggers: solved });
    await patch(archived.id, { archived: true });

    const res = await t.call('GET', `/v1/studies/${mine.id}/overlaps`, { key: ws.secretKey });
    expect(res.status).toBe(200);
    const body = StudyOverlaps.parse(res.json);
    expect(body.data.map((o) => o.studyId)).toEqual([support.id, help.id, onboarding.id]);
    expect(body.data[0]).toEqual({ studyId: support.id, title: 'Support', priority: 40, reason: 'Both start on the event support_ticket_solved.' });
    expect(body.data[1]!.reason).toBe('Both can start on one page view (/help/* and https://acme.com/help/faq).');
    expect(body.data[2]!.reason).toBe('Both start on days since signedUpAt (days 30 and 35). Both start when the visitor is about to leave the page.');
  });

  it('does not list event rules whose conditions can never meet', async () => {
    const chat = await study({ triggers: [{ on: 'event', event: 'support_ticket_solved', where: { channel: 'chat' } }] });
    await study({ triggers: [{ on: 'event', event: 'support_ticket_solved', where: { channel: 'email' } }] });
    expect((await t.call('GET', `/v1/studies/${chat.id}/overlaps`, { key: ws.secretKey })).json).toEqual({ data: [] });
  });

  it('is 404 for another workspace\'s study and needs the secret key', async () => {
    const other = await t.workspace('Other');
    const theirs = await t.study(other.secretKey, { triggers: solved });
    expect((await t.call('GET', `/v1/studies/${theirs.id}/overlaps`, { key: ws.secretKey })).status).toBe(404);
    expect((await t.call('GET', `/v1/studies/${theirs.id}/overlaps`, { key: other.publishableKey })).status).toBe(403);
  });
});
