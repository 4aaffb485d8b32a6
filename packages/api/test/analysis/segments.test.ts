import { afterEach, describe, expect, it } from 'vitest';
import { StudyInsights } from '@parley/protocol';
import { makeTestApp } from '../harness.ts';
import { createAnalysis, type Analysis } from '../../src/analysis/analysis.ts';
import { attributeKinds, dateOf } from '../../src/analysis/render/segment-kinds.ts';

const cleanups: (() => Promise<unknown>)[] = [];
afterEach(async () => {
  for (const c of cleanups.splice(0)) await c();
});

async function setup() {
  const analysis: Analysis = createAnalysis({ webhookDebounceMs: 40 });
  const t = await makeTestApp({ analysis });
  cleanups.push(async () => {
    await analysis.idle();
    analysis.close();
    await t.cleanup();
  });
  const ws = await t.workspace();
  const study = await t.study(ws.secretKey);
  /** One short interview through the real API, with these participant attributes. */
  const interview = async (attributes: Record<string, string | number>, answer: string) => {
    const se = await t.session(ws.publishableKey, study.id, { participant: { attributes } });
    expect((await t.call('POST', `/v1/sessions/${se.id}/turns`, { key: se.token, body: { id: 'a0', text: answer } })).status).toBe(200);
  };
  const insights = async (segmentBy?: string) => {
    const res = await t.call('GET', `/v1/studies/${study.id}/insights${segmentBy ? `?segmentBy=${segmentBy}` : ''}`, { key: ws.secretKey });
    expect(res.status).toBe(200);
    return StudyInsights.parse(res.json);
  };
  return { interview, insights };
}

const ANGRY = 'The billing page charged me twice and support took four days to reply.';
const HAPPY = 'The chat agent sorted my invoice problem in five minutes, great experience.';

describe('segments by participant attribute', () => {
  it('keeps interviews without the attribute under "(none)", last, instead of dropping them', async () => {
    const { interview, insights } = await setup();
    await interview({ plan: 'pro' }, HAPPY);
    await interview({ plan: 'pro' }, HAPPY);
    await interview({}, ANGRY);
    await interview({ plan: '' }, ANGRY);
    const { segments, sessionsAnalyzed } = await insights('plan');
    expect(Object.keys(segments!)).toEqual(['pro', '(none)']);
    expect(segments!['(none)']!.sessions).toBe(2);
    expect(Object.values(segments!).reduce((n, s) => n + s.sessions, 0)).toBe(sessionsAnalyzed);
    expect(segments!['(none)']!.sentiment).toBeLessThan(segments!.pro!.sentiment);
  });

  it('splits timestamp attributes (ISO or epoch) into monthly cohorts, in calendar order, and says so in segmentOptions', async () => {
    const { interview, insights } = await setup();
    await interview({ signedUpAt: '2026-11-03T10:00:00Z', plan: 'pro' }, HAPPY);
    await interview({ signedUpAt: Date.UTC(2026, 8, 20) / 1000, plan: 'free' }, ANGRY); // Unix seconds
    await interview({ signedUpAt: String(Date.UTC(2026, 10, 21)), plan: 'pro' }, HAPPY); // milliseconds, as text
    await interview({ plan: 'free' }, ANGRY);
    const body = await insights('signedUpAt');
    expect(Object.keys(body.segments!)).toEqual(['2026-09', '2026-11', '(none)']);
    expect(body.segments!['2026-11']!.sessions).toBe(2);
    expect(body.segmentAttributes).toEqual(['plan', 'signedUpAt']);
    expect(body.segmentOptions).toEqual([
      { name: 'plan', kind: 'category', values: expect.arrayContaining(['pro', 'free']) },
      { name: 'signedUpAt', kind: 'date', values: ['2026-09', '2026-11', '(none)'] },
    ]);
  });
});

describe('which attributes are timestamps', () => {
  const digest = (attributes: Record<string, string>) => ({ sessionId: 's', attributes, turns: 1, sentiment: 0, clusters: new Map(), stages: new Map(), emotions: new Map() });

  it('reads ISO dates under any name, bare numbers only under a time-like name', () => {
    expect(dateOf('renewal', '2026-11-03')?.toISOString()).toBe('2026-11-03T00:00:00.000Z');
    expect(dateOf('created_at', '1790000000')?.getUTCFullYear()).toBe(2026);
    expect(dateOf('phone', '4155550123')).toBeNull();
    expect(dateOf('companySize', '250')).toBeNull();
  });

  it('calls an attribute a date only when every value it was sent is one', () => {
    const kinds = attributeKinds([digest({ signedUpAt: '2026-11-03', plan: 'pro', when: '2026-01-01' }), digest({ signedUpAt: '', when: 'soon' })]);
    expect(Object.fromEntries(kinds)).toEqual({ signedUpAt: 'date', plan: 'category', when: 'category' });
  });
});
