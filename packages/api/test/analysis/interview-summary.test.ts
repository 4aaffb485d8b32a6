import { afterEach, describe, expect, it } from 'vitest';
import { InterviewSummary } from '@parley/protocol';
import { makeTestApp } from '../harness.ts';
import { createAnalysis } from '../../src/analysis/analysis.ts';

const cleanups: (() => Promise<unknown>)[] = [];
afterEach(async () => {
  for (const c of cleanups.splice(0)) await c();
});

const ANSWERS = [
  'Last month they closed my ticket as solved without fixing the export.',
  'I had to chase them three times before anyone looked at it again.',
  'Honestly I am cancelling our subscription at the end of the quarter.',
  'Someone should test the export before closing the ticket.',
];

describe('GET /v1/sessions/:id/summary', () => {
  it('sums up one interview in the participant’s own sentences, with quotes, feeling, signals and key questions covered', async () => {
    const analysis = createAnalysis();
    const t = await makeTestApp({ analysis });
    cleanups.push(async () => (await analysis.idle(), analysis.close(), await t.cleanup()));
    const ws = await t.workspace();
    const study = await t.study(ws.secretKey);
    const se = await t.session(ws.publishableKey, study.id, {});
    const before = await t.call('GET', `/v1/sessions/${se.id}/summary`, { key: ws.secretKey });
    expect(before.status).toBe(200);
    expect(before.json).toMatchObject({ analysed: false, keyQuotes: [], themes: [] });
    for (const [i, text] of ANSWERS.entries()) expect((await t.call('POST', `/v1/sessions/${se.id}/turns`, { key: se.token, body: { id: `a${i}`, text } })).status).toBe(200);
    await analysis.idle();
    const res = await t.call('GET', `/v1/sessions/${se.id}/summary`, { key: ws.secretKey });
    expect(res.status).toBe(200);
    const summary = InterviewSummary.parse(res.json);
    expect(summary.analysed).toBe(true);
    expect(summary.sentiment).toBeLessThan(0);
    expect(summary.feeling).toMatch(/negative/);
    expect(summary.text).toContain(ANSWERS[0]);
    // What they asked for closes the story, in their words.
    expect(summary.text).toContain(`Asked for: “${ANSWERS[3]}”`);
    expect(summary.keyQuotes.length).toBeGreaterThan(0);
    for (const q of summary.keyQuotes) expect(ANSWERS[Number(q.turnId.slice(1))]).toContain(q.text);
    expect(summary.signals.map((s) => s.kind)).toEqual(['churn']);
    expect(summary.questions.total).toBeGreaterThan(0);
    expect(summary.questions.covered).toBeGreaterThan(0);
  });

  it('is for the workspace’s secret key only: 404 for an unknown session or another workspace’s, refused for the participant’s token', async () => {
    const t = await makeTestApp();
    cleanups.push(() => t.cleanup());
    const ws = await t.workspace();
    const other = await t.workspace();
    const study = await t.study(ws.secretKey);
    const se = await t.session(ws.publishableKey, study.id, {});
    expect((await t.call('GET', '/v1/sessions/se_missing/summary', { key: ws.secretKey })).status).toBe(404);
    const foreign = await t.call('GET', `/v1/sessions/${se.id}/summary`, { key: other.secretKey });
    expect(foreign.status).toBe(404);
    expect(foreign.json.error.type).toBe('not_found');
    const byParticipant = await t.call('GET', `/v1/sessions/${se.id}/summary`, { key: se.token });
    expect([401, 403]).toContain(byParticipant.status);
  });
});
