import type { PlanTemplate } from '@parley/protocol';
import type { TextNlp } from '../interviewer/offline/nlp.ts';
import type { TemplateSpec } from './templates/template-spec.ts';

/** Below this score no use-case template fits well enough, and the custom template is used. */
const MIN_SCORE = 3;

/** A template's score for a research question. */
export interface TemplateScore {
  id: PlanTemplate;
  score: number;
  matched: string[];
}

/**
 * Scores each template by the weighted keywords found in the research question, comparing stems so "tickets",
 * "ticket" and "ticketing" meet; keyword phrases ("help desk") must appear as consecutive words.
 */
export function scoreTemplates(nlp: TextNlp, researchQuestion: string, templates: TemplateSpec[]): TemplateScore[] {
  const stems = ` ${stemsOf(nlp, researchQuestion).join(' ')} `;
  return templates.map((template) => {
    // Keywords sharing a stem ("ticket", "tickets") count once, at their highest weight.
    const byStem = new Map<string, { keyword: string; weight: number }>();
    for (const [keyword, weight] of Object.entries(template.keywords)) {
      const stem = ` ${stemsOf(nlp, keyword).join(' ')} `;
      if (!stems.includes(stem)) continue;
      const seen = byStem.get(stem);
      if (!seen || weight > seen.weight) byStem.set(stem, { keyword, weight });
    }
    const found = [...byStem.values()];
    return { id: template.id, score: found.reduce((sum, f) => sum + f.weight, 0), matched: found.map((f) => f.keyword) };
  });
}

/** The best-scoring use-case template for a research question, or "custom" when none scores well enough. */
export function chooseTemplate(nlp: TextNlp, researchQuestion: string, templates: TemplateSpec[]): PlanTemplate {
  let best: TemplateScore | undefined;
  for (const score of scoreTemplates(nlp, researchQuestion, templates)) {
    if (score.id === 'custom') continue;
    if (!best || score.score > best.score) best = score;
  }
  return best && best.score >= MIN_SCORE ? best.id : 'custom';
}

function stemsOf(nlp: TextNlp, text: string): string[] {
  return nlp
    .read(text)
    .tokens.filter((t) => t.pos !== 'PUNCT')
    .map((t) => t.stem.toLowerCase());
}
