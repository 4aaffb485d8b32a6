import { describe, expect, it } from 'vitest';
import type { Study } from '@parley/protocol';
import type { ParticipantRecord } from '../domain/records.ts';
import { exclusionOf } from './targeting.ts';
import { inSample } from './sampling.ts';

const now = new Date('2026-11-23T12:00:00.000Z');
const study = (targeting: Partial<Study['targeting']> = {}, sessions = 0): Study =>
  ({ id: 'st_1', targeting: { sampleRate: 1, recontactDays: 30, ...targeting }, stats: { sessions, completed: 0 } }) as Study;
const person = (over: Partial<ParticipantRecord> = {}): ParticipantRecord => ({ workspaceId: 'ws', id: 'u_1', attributes: {}, contacts: {}, pending: [], version: 1, ...over });

describe('sampling', () => {
  it('samples close to the rate over 10,000 ids', () => {
    for (const rate of [0.1, 0.25, 0.5]) {
      let hits = 0;
      for (let i = 0; i < 10_000; i++) if (inSample('st_abc', `user_${i}`, rate)) hits++;
      expect(hits / 10_000).toBeGreaterThan(rate - 0.02);
      expect(hits / 10_000).toBeLessThan(rate + 0.02);
    }
  });

  it('gives the same person the same answer every time, and samples studies independently', () => {
    const answers = Array.from({ length: 5 }, () => inSample('st_abc', 'user_42', 0.5));
    expect(new Set(answers).size).toBe(1);
    let differ = 0;
    for (let i = 0; i < 1000; i++) if (inSample('st_a', `u${i}`, 0.5) !== inSample('st_b', `u${i}`, 0.5)) differ++;
    expect(differ).toBeGreaterThan(350);
  });

  it('takes everyone at 1 and no one at 0', () => {
    expect(inSample('st', 'u', 1)).toBe(true);
    expect(inSample('st', 'u', 0)).toBe(false);
  });
});

describe('targeting', () => {
  it('filters by segments: one value or a list of allowed values', () => {
    expect(exclusionOf(study({ segments: { plan: 'pro' } }), 'u_1', { plan: 'pro' }, null, now)).toBeNull();
    expect(exclusionOf(study({ segments: { plan: 'pro' } }), 'u_1', { plan: 'free' }, null, now)).toBe('segment');
    expect(exclusionOf(study({ segments: { plan: ['pro', 'team'] } }), 'u_1', { plan: 'team' }, null, now)).toBeNull();
    expect(exclusionOf(study({ segments: { seats: 10 } }), 'u_1', { seats: 10 }, null, now)).toBeNull();
    expect(exclusionOf(study({ segments: { plan: 'pro' } }), 'u_1', {}, null, now)).toBe('segment');
  });

  it('keeps anyone contacted by any study within the recontact window away, and lets them back after it', () => {
    const recently = person({ lastContactAt: new Date(now.getTime() - 10 * 86_400_000).toISOString(), contacts: { st_other: 'x' } });
    expect(exclusionOf(study({ recontactDays: 30 }), 'u_1', {}, recently, now)).toBe('recontact');
    expect(exclusionOf(study({ recontactDays: 7 }), 'u_1', {}, recently, now)).toBeNull();
    expect(exclusionOf(study({ recontactDays: 0 }), 'u_1', {}, recently, now)).toBeNull();
  });

  it('stops at the quota', () => {
    expect(exclusionOf(study({ maxSessions: 3 }, 2), 'u_1', {}, null, now)).toBeNull();
    expect(exclusionOf(study({ maxSessions: 3 }, 3), 'u_1', {}, null, now)).toBe('quota');
  });

  it('applies the sample', () => {
    expect(exclusionOf(study({ sampleRate: 0 }), 'u_1', {}, null, now)).toBe('sample');
  });
});
