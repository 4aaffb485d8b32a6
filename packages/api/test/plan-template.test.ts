import { afterEach, describe, expect, it } from 'vitest';
import { makeTestApp } from './harness.ts';

const cleanups: (() => Promise<unknown>)[] = [];
afterEach(async () => {
  for (const c of cleanups.splice(0)) await c();
});

describe('the kind of study a plan was drafted as', () => {
  it('is kept in the plan from the draft to the stored study, so insights can lead with the views that fit it', async () => {
    const t = await makeTestApp();
    cleanups.push(() => t.cleanup());
    const ws = await t.workspace();
    const draft = await t.call('POST', '/v1/plans', { key: ws.secretKey, body: { researchQuestion: 'How do new customers move from sign-up to their first report?', template: 'journey' } });
    expect(draft.status).toBe(200);
    expect(draft.json.plan.template).toBe('journey');
    const created = await t.call('POST', '/v1/studies', { key: ws.secretKey, body: { researchQuestion: 'How do new customers move from sign-up to their first report?', plan: draft.json.plan } });
    expect(created.status).toBe(201);
    expect((await t.call('GET', `/v1/studies/${created.json.id}`, { key: ws.secretKey })).json.plan.template).toBe('journey');
    const drafted = await t.call('POST', '/v1/studies', { key: ws.secretKey, body: { researchQuestion: 'What makes our customers happy or unhappy with support after a ticket is solved?' } });
    expect(drafted.json.plan.template).toBe('support');
  });

  it('refuses a kind that does not exist with a 400 at its path', async () => {
    const t = await makeTestApp();
    cleanups.push(() => t.cleanup());
    const ws = await t.workspace();
    const draft = await t.call('POST', '/v1/plans', { key: ws.secretKey, body: { researchQuestion: 'How do new customers move from sign-up to their first report?' } });
    const res = await t.call('POST', '/v1/studies', { key: ws.secretKey, body: { researchQuestion: 'How do new customers move from sign-up to their first report?', plan: { ...draft.json.plan, template: 'survey' } } });
    expect(res.status).toBe(400);
    expect(JSON.stringify(res.json.error)).toContain('template');
  });
});
