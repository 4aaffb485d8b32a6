import type { PlanBody, PlanContext } from './template-spec.ts';
import { trialFamily } from './families/trial.ts';
import { churnFamily } from './families/churn.ts';
import { onboardingFamily } from './families/onboarding.ts';
import { pricingFamily } from './families/pricing.ts';
import { featureFamily } from './families/feature.ts';

/** A kind of research question common enough to deserve its own questions (trial conversion, churn…), refining the custom template. */
export interface TopicFamily {
  id: string;
  /** Words that point to it (lower-case, matched as whole words or phrases in the research question). */
  cues: string[];
  build(ctx: PlanContext): PlanBody;
}

/** The families, most specific first (ties go to the first). English only: other languages use their template. */
export const TOPIC_FAMILIES: TopicFamily[] = [trialFamily, churnFamily, onboardingFamily, pricingFamily, featureFamily];

/** The family a research question belongs to, if any: the one with the most cues found in it (ties go to the first listed). */
export function topicFamilyOf(researchQuestion: string): TopicFamily | undefined {
  const text = ` ${researchQuestion.toLowerCase().replace(/[^\p{L}\p{N}' ]+/gu, ' ').replace(/\s+/g, ' ')} `;
  let best: { family: TopicFamily; hits: number } | undefined;
  for (const family of TOPIC_FAMILIES) {
    const hits = family.cues.filter((cue) => text.includes(` ${cue} `)).length;
    if (hits > 0 && (!best || hits > best.hits)) best = { family, hits };
  }
  return best?.family;
}
