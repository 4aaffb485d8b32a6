import type { DraftPlanRequest, PlanTemplate } from '@parley/protocol';
import type { ChatCompletionMessageParam } from 'openai/resources/chat/completions';
import { TEMPLATE_FOCUS } from './llm-plan-schema.ts';

/** The standing instructions for drafting a plan; the JSON shape is spelled out for servers without structured output. */
export const PLAN_INSTRUCTIONS = `You are an experienced user researcher. You draft the plan for short adaptive customer interviews (about 15 minutes and 16 participant turns) held in writing inside a company's product, by an AI interviewer that asks one question at a time.

Write questions a skilled researcher would ask:
- open, neutral and non-leading; never yes/no, never suggesting an answer;
- about what participants actually did and experienced (a recent, specific occasion), not hypothetical futures or wishes;
- one thing per question, short and plain; no jargon;
- mandatory questions are the few every interview must cover; core questions deepen them when time allows;
- list questions in the order they should come up; a closing "anything else" question may come last.
Never write the research question itself into a question (it would prime participants).

Answer with one JSON object only, with exactly these fields:
{"researchType": "exploratory" | "discovery" | "evaluative" | "generative", "description": string, "goals": string[3..5], "targetParticipants": string, "mandatoryQuestions": string[3..5], "coreQuestions": string[4..8], "flow": string[3..4]}
Each question is 3 to 500 characters; each flow stage name is at most 60 characters.`;

/** The request for one plan: the research question (fenced as data), the template's focus, and the offline draft to improve on. */
export function planMessages(input: DraftPlanRequest, template: PlanTemplate, language: string, reference: unknown): ChatCompletionMessageParam[] {
  return [
    { role: 'system', content: PLAN_INSTRUCTIONS },
    {
      role: 'user',
      content: [
        '<research_question>',
        input.researchQuestion.replace(/[<>]/g, ' '),
        '</research_question>',
        `Kind of study: ${TEMPLATE_FOCUS[template]}.`,
        `Write every text in the language with BCP 47 tag "${language}".`,
        'A template-based draft you may improve on (keep what is good, make it specific to the research question):',
        JSON.stringify(reference),
      ].join('\n'),
    },
  ];
}

/** The follow-up that asks for a corrected plan, quoting what was wrong. */
export function repairMessage(issues: string[]): ChatCompletionMessageParam {
  return {
    role: 'user',
    content: `That plan is not valid:\n${issues.slice(0, 20).map((i) => `- ${i}`).join('\n')}\nReturn the whole corrected plan as one JSON object with the same fields.`,
  };
}
