import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeTestApp } from './harness.ts';

let t: Awaited<ReturnType<typeof makeTestApp>>;
beforeEach(async () => (t = await makeTestApp()));
afterEach(() => t.cleanup());

describe('honest bookkeeping of how an interview ended', () => {
  it('reports an interview stopped mid-way as stopped early, with its unasked key questions, everywhere a session appears', async () => {
    const ws = await t.workspace();
    const st = await t.study(ws.secretKey);
    const se = await t.session(ws.publishableKey, st.id);
    const first = await t.call('POST', `/v1/sessions/${se.id}/turns`, { key: se.token, body: { id: 't1', text: 'The export failed twice last week, so I opened a chat.' } });
    expect(first.json.status).toBe('active');
    const stop = await t.call('POST', `/v1/sessions/${se.id}/turns`, { key: se.token, body: { id: 't2', text: 'Seriously, I need to go. Please end it.' } });
    expect(stop.json.status).toBe('completed');
    expect(stop.json.progress.fraction).toBeLessThan(1);

    const session = (await t.call('GET', `/v1/sessions/${se.id}`, { key: ws.secretKey })).json;
    expect(session).toMatchObject({ status: 'completed', endReason: 'participant_stopped', outcome: 'stopped_early' });
    expect(session.progress.fraction).toBeLessThan(1);
    expect(session.progress.mandatoryCovered).toBeLessThan(session.progress.mandatoryTotal);
    const unasked = session.coverage.filter((q: { mandatory: boolean; status: string }) => q.mandatory && q.status === 'not_reached');
    expect(unasked.length).toBeGreaterThan(0);
    expect(session.coverage[0]).toMatchObject({ mandatory: true, status: 'asked' });

    const list = (await t.call('GET', `/v1/sessions?studyId=${st.id}`, { key: ws.secretKey })).json;
    expect(list.data[0]).toMatchObject({ id: se.id, outcome: 'stopped_early', endReason: 'participant_stopped' });

    const json = (await t.call('GET', `/v1/studies/${st.id}/export?format=json`, { key: ws.secretKey })).json;
    expect(json.sessions[0]).toMatchObject({ outcome: 'stopped_early', endReason: 'participant_stopped' });
    expect(json.sessions[0].unaskedMandatory).toContain(unasked[0].text);
    const csv = (await t.call('GET', `/v1/studies/${st.id}/export?format=csv`, { key: ws.secretKey })).text;
    expect(csv.split('\n')[0]).toContain('session_outcome');
    expect(csv).toContain('stopped_early');
    const md = (await t.call('GET', `/v1/studies/${st.id}/export?format=md`, { key: ws.secretKey })).text;
    expect(md).toContain('Stopped early (participant_stopped)');
    expect(md).toContain('Key questions not asked');
  });

  it('reports an interview in progress as in progress, with every question still to come listed', async () => {
    const ws = await t.workspace();
    const st = await t.study(ws.secretKey);
    const se = await t.session(ws.publishableKey, st.id);
    const session = (await t.call('GET', `/v1/sessions/${se.id}`, { key: ws.secretKey })).json;
    expect(session.outcome).toBe('in_progress');
    expect(session.coverage.filter((q: { status: string }) => q.status === 'to_come').length).toBe(session.coverage.length - 1);
  });
});
