import type { DraftPlanRequest, PlanTemplate } from '@parley/protocol';
import type { ChatCompletionMessageParam } from 'openai/resources/chat/completions';
import { TEMPLATE_FOCUS } from './llm-plan-schema.ts';

/** The standing instructions for drafting a plan; the JSON shape is spelled out for servers without structured output. */
export const PLAN_INSTRUCTIONS = `You are an experienced user researcher. You draft the plan for short adaptive customer interviews (about 15 minutes and 16 participant turns) held in writing inside a company's product, by an AI interviewer that asks one question at a time.

Write questions a skilled researcher would ask:
- open, neutral and non-leading; never a yes/no opener ("Did you…", "Is…", "Do you…"), never suggesting answers (no lists of options, no "such as…");
- about what participants actually did and experienced (a recent, specific occasion), not hypothetical futures or wishes;
- one thing per question, short and plain; no jargon;
- standalone: the interviewer may ask them in another order or skip some, so no question may point back to another ("that", "it", "And…", "Why that one?");
- at most three mandatory questions, the few every interview must cover, first; the other questions deepen them when time allows;
- each question has an intent: what the study needs to learn from it, in the words an answer would use (the interviewer uses it to see that an earlier answer already covered the question);
- a closing "what else" question may come last.
Never write the research question itself into a question (it would prime participants).

Answer with one JSON object only, with exactly these fields:
{"researchType": "exploratory" | "discovery" | "evaluative" | "generative", "description": string, "goals": string[3..5], "targetParticipants": string, "questions": [{"id": string, "text": string, "mandatory": boolean, "intent": string, "goal": string, "verbatim": boolean, "maxFollowUps": 0..3}] (8..12 items), "flow": string[3..5]}
Each question is 3 to 500 characters; each id 1 to 40 letters, digits, "_" or "-"; each flow stage name is at most 60 characters.`;

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
