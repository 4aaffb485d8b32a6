import { describe, expect, it } from 'vitest';
import { checkedGroups } from './llm-theme-merger.ts';
import type { LabelFacts } from './theme-merge-prompt.ts';

const label = (name: string, feeling: LabelFacts['feeling'] = 'pain'): LabelFacts => ({ label: name, feeling, mentions: 3, sentences: [] });
const labels = [label('Slow first response'), label('Long wait for a first reply'), label('Nobody followed up'), label('Friendly agents', 'praise'), label('Agent did not understand')];

describe('a model’s theme groups', () => {
  it('merge the labels it grouped under one of their own names', () => {
    const aliases = checkedGroups({ groups: [{ label: 'Slow first response', members: ['Slow first response', 'Long wait for a first reply'] }] }, labels);
    expect([...aliases]).toEqual([
      ['Slow first response', 'Slow first response'],
      ['Long wait for a first reply', 'Slow first response'],
    ]);
  });

  it('never take a name, a label or a feeling the model made up or mixed', () => {
    const aliases = checkedGroups(
      {
        groups: [
          // A name that is none of its members: shown words must be words a model wrote for an interview.
          { label: 'Support is slow', members: ['Slow first response', 'Long wait for a first reply'] },
          // Praise and pain of one subject stay two findings.
          { label: 'Friendly agents', members: ['Friendly agents', 'Agent did not understand'] },
          // Labels that were never given are dropped; one label left is no group.
          { label: 'Nobody followed up', members: ['Nobody followed up', 'No callback'] },
        ],
      },
      labels,
    );
    expect(aliases.size).toBe(0);
  });

  it('put a label in the first group that claims it only', () => {
    const aliases = checkedGroups(
      {
        groups: [
          { label: 'Slow first response', members: ['Slow first response', 'Long wait for a first reply'] },
          { label: 'Nobody followed up', members: ['Nobody followed up', 'Long wait for a first reply'] },
        ],
      },
      labels,
    );
    expect(aliases.get('Long wait for a first reply')).toBe('Slow first response');
    expect(aliases.has('Nobody followed up')).toBe(false);
  });
});
