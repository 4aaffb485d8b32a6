import { describe, expect, it } from 'vitest';
import { Experience, Plan } from '@parley/protocol';
import { createTextNlp } from '../interviewer/offline/nlp.ts';
import { draftPlanOffline } from './draft-plan.ts';
import { defaultExperience, titleFromQuestion } from './experience.ts';

describe('titleFromQuestion', () => {
  it.each([
    ['Why do users abandon the checkout?', 'Why users abandon the checkout'],
    ['How do new customers experience onboarding in their first month?', 'How new customers experience onboarding in their first month'],
    ['We want to understand how finance teams approve expenses in our app', 'How finance teams approve expenses in our app'],
    ['  what makes the help desk slow?  ', 'What makes the help desk slow'],
  ])('%j → %j', (question, title) => expect(titleFromQuestion(question)).toBe(title));

  it('keeps titles short, cutting at a word', () => {
    const title = titleFromQuestion('What frustrates support customers after their ticket is closed and they have waited more than a week?');
    expect(title.length).toBeLessThanOrEqual(61);
    expect(title.endsWith('…')).toBe(true);
    expect(title).not.toMatch(/\s…$/);
  });
});

describe('defaultExperience', () => {
  it('is a valid experience that tells the participant how long it takes', () => {
    const { plan, template } = draftPlanOffline({ researchQuestion: 'Why do users abandon the checkout?' }, createTextNlp());
    const experience = defaultExperience(Plan.parse(plan), template);
    expect(Experience.parse(experience)).toEqual(experience);
    expect(experience.title).toBe('Share your experience');
    expect(experience.welcomeMessage).toContain(`${plan.maxMinutes} minutes`);
    expect(experience.endCta?.text).toBeTruthy();
  });

  it('never shows participants the research question, which would prime their answers', () => {
    const question = 'What frustrates customers after their support ticket is solved?';
    const { plan, template } = draftPlanOffline({ researchQuestion: question }, createTextNlp());
    const experience = defaultExperience(Plan.parse(plan), template);
    expect(experience.title).toBe('Your recent support experience');
    expect(JSON.stringify(experience)).not.toContain('frustrates');
  });
});
