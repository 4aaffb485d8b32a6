import type { DraftPlanRequest, PlanTemplate } from '@parley/protocol';
import type { ChatCompletionMessageParam } from 'openai/resources/chat/completions';
import { DRAFT_MAX_MANDATORY, DRAFT_QUESTIONS, TEMPLATE_FOCUS } from './llm-plan-schema.ts';

/** The standing instructions for drafting a plan; the JSON shape is spelled out for servers without structured output. */
export const PLAN_INSTRUCTIONS = `You are an experienced user researcher. You draft the plan for short adaptive customer interviews (about 15 minutes and 16 participant turns) held in writing inside a company's product, by an AI interviewer that asks one question at a time.

Write questions a skilled researcher would ask:
- open and neutral: never a yes/no opener ("Did you…", "Do you…", "Is…", "Have you…", "Would you…"; in French "Est-ce que…", "Avez-vous…"; in Spanish "¿Tienes…?", "¿Has…?"; in German "Haben Sie…", "Gibt es…"). Invitations such as "Could you walk me through…" or "Tell me about…" are fine;
- suggesting no answers: no lists of options ("chat, email, phone or something else"), no "such as…", "for example…", "(e.g. …)", no "X or Y?" choices;
- about what participants actually did and experienced (a recent, specific occasion), not hypothetical futures or wishes;
- one thing per question, short and plain; no jargon;
- standalone: the interviewer may ask them in another order, skip some, or find one already answered, so no question may lean on another. Never start with "And", "Also", "So" or "Then", and never use "it", "that", "this", "them", "then" or "at the time" for something the question itself does not name ("Walk me through how you did that" and "Why that one?" are wrong; "Which channel did you use, and what made you choose it?" is right);
- at most ${DRAFT_MAX_MANDATORY} mandatory questions, the few every interview must cover, first; the other questions deepen them when time allows;
- each question has an intent: a short noun phrase saying what the study needs to learn from it, in the words an answer would use ("the channel used to contact support (chat, email, phone)", "what happened when the trial ended"); the interviewer uses it to see that an earlier answer already covered the question;
- each question names the goal it serves, word for word from "goals";
- a closing "what else" question may come last.
Never write the research question itself into a question (it would prime participants).

Answer with one JSON object only, with exactly these fields:
{"researchType": "exploratory" | "discovery" | "evaluative" | "generative", "description": string, "goals": string[3..12] (three to five is best), "targetParticipants": string, "questions": [{"id": string, "text": string, "mandatory": boolean, "intent": string, "goal": string, "verbatim": boolean, "maxFollowUps": 0..5}] (${DRAFT_QUESTIONS.min}..${DRAFT_QUESTIONS.max} items), "flow": string[1..5] (three to five stage names is best)}
Each question is 3 to 500 characters; each id 1 to 40 letters, digits, "_" or "-", unique in the plan; each flow stage name is at most 60 characters. Questions that break these rules are sent back with the reason.`;

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
    content: `That plan is not valid:\n${issues.slice(0, 20).map((i) => `- ${i}`).join('\n')}\nReword only what these lines name (a path such as questions.2.text is the third question's text) and return the whole corrected plan as one JSON object with the same fields.`,
  };
}
