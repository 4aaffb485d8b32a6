import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeTestApp } from './harness.ts';

let t: Awaited<ReturnType<typeof makeTestApp>>;
beforeEach(async () => (t = await makeTestApp()));
afterEach(() => t.cleanup());

interface Coverage {
  questionId: string;
  text: string;
  mandatory: boolean;
  status: string;
  evidence?: string;
}

/** A live study and one interview started in it. */
async function started() {
  const ws = await t.workspace();
  const st = await t.study(ws.secretKey);
  const se = await t.session(ws.publishableKey, st.id);
  return { ws, st, se };
}

describe('honest bookkeeping of how an interview ended', () => {
  it('reports an interview stopped mid-way as stopped early, with its unasked key questions, everywhere a session appears', async () => {
    const { ws, st, se } = await started();
    const first = await t.call('POST', `/v1/sessions/${se.id}/turns`, { key: se.token, body: { id: 't1', text: 'The export failed twice last week, so I opened a chat.' } });
    expect(first.json.status).toBe('active');
    const stop = await t.call('POST', `/v1/sessions/${se.id}/turns`, { key: se.token, body: { id: 't2', text: 'Seriously, I need to go. Please end it.' } });
    expect(stop.json.status).toBe('completed');
    expect(stop.json.progress.fraction).toBeLessThan(1);

    const session = (await t.call('GET', `/v1/sessions/${se.id}`, { key: ws.secretKey })).json;
    expect(session).toMatchObject({ status: 'completed', endReason: 'participant_stopped', outcome: 'stopped_early' });
    expect(session.progress.fraction).toBeLessThan(1);
    expect(session.progress.mandatoryCovered).toBeLessThan(session.progress.mandatoryTotal);
    // Coverage: every guide question once, in guide order; the opening question asked; nothing left "to come" once ended.
    const coverage: Coverage[] = session.coverage;
    const plan = (await t.call('GET', `/v1/studies/${st.id}`, { key: ws.secretKey })).json.plan;
    expect(coverage.map((q) => q.text).sort()).toEqual([...plan.mandatoryQuestions, ...plan.coreQuestions].sort());
    expect(coverage[0]).toMatchObject({ mandatory: true, status: 'asked' });
    expect(session.turns[0].text).toContain(coverage[0]!.text);
    for (const q of coverage) expect(['asked', 'covered', 'skipped', 'not_reached']).toContain(q.status);
    const asked = coverage.filter((q) => q.status === 'asked' || q.status === 'covered');
    expect(asked.filter((q) => q.mandatory)).toHaveLength(session.progress.mandatoryCovered);
    const unasked = coverage.filter((q) => q.mandatory && q.status === 'not_reached').map((q) => q.text);
    expect(unasked.length).toBeGreaterThan(0);
    expect(unasked).toHaveLength(session.progress.mandatoryTotal - session.progress.mandatoryCovered);

    const list = (await t.call('GET', `/v1/sessions?studyId=${st.id}`, { key: ws.secretKey })).json;
    expect(list.data).toHaveLength(1);
    expect(list.data[0]).toEqual(session);
    expect((await t.call('GET', `/v1/sessions?studyId=${st.id}&outcome=stopped_early`, { key: ws.secretKey })).json.data.map((s: { id: string }) => s.id)).toEqual([se.id]);
    expect((await t.call('GET', `/v1/sessions?studyId=${st.id}&outcome=completed`, { key: ws.secretKey })).json.data).toEqual([]);

    const json = (await t.call('GET', `/v1/studies/${st.id}/export?format=json`, { key: ws.secretKey })).json;
    expect(json.sessions[0]).toMatchObject({
      status: 'completed',
      outcome: 'stopped_early',
      endReason: 'participant_stopped',
      keyQuestions: { covered: session.progress.mandatoryCovered, total: session.progress.mandatoryTotal },
      coverage,
      unaskedMandatory: unasked,
    });
    expect(json.sessions[0].progress.fraction).toBeLessThan(1);

    const csv = (await t.call('GET', `/v1/studies/${st.id}/export?format=csv`, { key: ws.secretKey })).text;
    const [header, row] = csv.replace(/^\uFEFF/, '').split('\r\n');
    const cells = Object.fromEntries(header!.split(',').map((name, i) => [name, row!.split(',')[i]]));
    expect(cells).toMatchObject({ session_status: 'completed', session_outcome: 'stopped_early', end_reason: 'participant_stopped', mandatory_covered: `${session.progress.mandatoryCovered}/${session.progress.mandatoryTotal}` });
    expect(csv).toContain(unasked.join(' | '));

    const md = (await t.call('GET', `/v1/studies/${st.id}/export?format=md`, { key: ws.secretKey })).text;
    expect(md).toContain(`Stopped early (participant_stopped) · key questions ${session.progress.mandatoryCovered} of ${session.progress.mandatoryTotal}`);
    expect(md).toContain(`Key questions not asked: ${unasked.join(' · ')}`);
  });

  it('reports an interview in progress as in progress, with every question but the first still to come', async () => {
    const { ws, se } = await started();
    const session = (await t.call('GET', `/v1/sessions/${se.id}`, { key: ws.secretKey })).json;
    expect(session.outcome).toBe('in_progress');
    expect(session.endReason).toBeUndefined();
    expect(session.coverage[0].status).toBe('asked');
    expect(session.coverage.slice(1).map((q: Coverage) => q.status)).toEqual(session.coverage.slice(1).map(() => 'to_come'));
  });

  it('reports an interview dismissed before any answer as abandoned, and one dismissed after answers as stopped early', async () => {
    const { ws, st, se } = await started();
    const declined = (await t.call('POST', `/v1/sessions/${se.id}/end`, { key: se.token, body: { reason: 'dismissed' } })).json;
    expect(declined).toMatchObject({ status: 'abandoned', endReason: 'dismissed', outcome: 'abandoned' });
    expect(declined.coverage.slice(1).every((q: Coverage) => q.status === 'not_reached')).toBe(true);

    const other = await t.session(ws.publishableKey, st.id);
    await t.call('POST', `/v1/sessions/${other.id}/turns`, { key: other.token, body: { id: 't1', text: 'The export failed twice last week, so I opened a chat.' } });
    const left = (await t.call('POST', `/v1/sessions/${other.id}/end`, { key: other.token, body: { reason: 'dismissed' } })).json;
    expect(left).toMatchObject({ status: 'abandoned', endReason: 'dismissed', outcome: 'stopped_early' });

    const md = (await t.call('GET', `/v1/studies/${st.id}/export?format=md`, { key: ws.secretKey })).text;
    expect(md).toContain('Abandoned (dismissed)');
    expect(md).toContain('Stopped early (dismissed)');
  });

  it('does not call an interview a client ended as completed before its key questions were asked completed', async () => {
    const { ws, se } = await started();
    const ended = (await t.call('POST', `/v1/sessions/${se.id}/end`, { key: ws.secretKey, body: { reason: 'completed' } })).json;
    expect(ended).toMatchObject({ status: 'completed', endReason: 'completed', outcome: 'stopped_early' });
    expect(ended.coverage.filter((q: Coverage) => q.mandatory && q.status === 'not_reached').length).toBeGreaterThan(0);
  });
});
