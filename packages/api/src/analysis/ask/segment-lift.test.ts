import { describe, expect, it } from 'vitest';
import { segmentLift } from './segment-lift.ts';

/** `n` sessions per plan; the first `hits[plan]` of each speak to the question. */
function study(n: number, hits: Record<string, number>) {
  const attributes = new Map<string, Record<string, string>>();
  const speaking = new Set<string>();
  for (const [plan, count] of Object.entries(hits)) {
    for (let i = 0; i < n; i++) {
      const id = `${plan}_${i}`;
      attributes.set(id, { plan, channel: i % 2 ? 'chat' : 'email' });
      if (i < count) speaking.add(id);
    }
  }
  return { attributes, speaking };
}

describe('segmentLift', () => {
  it('names the segment that clearly over-represents, with its counts', () => {
    const { attributes, speaking } = study(12, { starter: 9, enterprise: 1 });
    expect(segmentLift(attributes, speaking)).toMatchObject({ attribute: 'plan', value: 'starter', inSegment: 9, segmentSize: 12, elsewhere: 1, elsewhereSize: 12 });
  });

  it('names none when the split could be luck, or too few speak to it', () => {
    expect(segmentLift(...Object.values(study(12, { starter: 3, enterprise: 2 })) as [Map<string, Record<string, string>>, Set<string>])).toBeNull();
    expect(segmentLift(...Object.values(study(12, { starter: 6, enterprise: 4 })) as [Map<string, Record<string, string>>, Set<string>])).toBeNull();
    expect(segmentLift(...Object.values(study(12, { starter: 2, enterprise: 0 })) as [Map<string, Record<string, string>>, Set<string>])).toBeNull();
  });
});
