import { describe, expect, it } from 'vitest';
import { createTextNlp } from '../interviewer/offline/nlp.ts';
import { researchTopic } from './topic.ts';

const nlp = createTextNlp();

describe('researchTopic', () => {
  it.each([
    ['Why do users abandon the checkout?', 'the checkout'],
    ['How do agencies manage client billing with our tool?', 'client billing'],
    ['Why do teams stop using the reporting dashboard after the trial?', 'the reporting dashboard'],
    ['What do customers think about our pricing page?', 'our pricing page'],
    ['What frustrates support customers after their ticket is closed?', 'the ticket'],
    ['Why do people use dashboard so rarely?', 'the dashboard'],
    ['Why do customers export an invoice by hand?', 'the invoice'],
    ['How can we increase feature adoption?', 'the feature'],
    ['How do users find Slack integration?', 'the Slack integration'],
    ['Why is the the export slow?', 'the export'],
    ['How do customers use your mobile app?', 'the mobile app'],
  ])('finds the topic of %j: %j', (question, topic) => {
    expect(researchTopic(nlp, question)).toBe(topic);
  });

  it('finds none when the question only names people', () => {
    expect(researchTopic(nlp, 'Who are our customers?')).toBeUndefined();
  });
});
