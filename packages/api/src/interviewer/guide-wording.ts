import type { Experience, Plan } from '@parley/protocol';
import type { EndReason } from '../domain/records.ts';
import type { GuideQuestion } from './state.ts';
import type { ConductorMove, TurnContext } from './strategy.ts';
import { wasAsked } from './asked-text.ts';

/** The conductor's own wording: the greeting, and a plain reply for any move when the strategy cannot give one. */
export interface GuideWording {
  greet(input: { plan: Plan; experience: Experience; question: GuideQuestion }): string;
  /** Words a move without failing; never repeats a question already asked. */
  word(ctx: TurnContext, move: ConductorMove): string;
}

const PLAIN_PROBES = [
  'Could you tell me a bit more about that?',
  'What happened next?',
  'Could you give me an example?',
  'What makes you say that?',
];

/** Creates the guide wording: neutral, short, and built only from the plan and the experience. */
export function createGuideWording(): GuideWording {
  return {
    greet({ experience, question }) {
      const name = experience.researcher?.name;
      const welcome = `Hi, thanks for taking part in “${experience.title}”.`;
      const context = name
        ? `I’ll ask a few questions on behalf of ${name} — there are no right or wrong answers.`
        : 'There are no right or wrong answers; I’m interested in your own experience.';
      return `${welcome} ${context} ${question.text}`;
    },
    word(ctx, move) {
      switch (move) {
        case 'probe':
          return PLAIN_PROBES.find((p) => !wasAsked(ctx.state.askedTexts, p)) ?? 'Thanks.';
        case 'clarify':
          return ctx.question ? `Sorry, I could have asked that more clearly. Thinking of one recent example: ${lowerFirst(ctx.question.text)}` : 'Sorry, let me put that another way.';
        case 'next_question':
          return ctx.nextQuestion ? `Thanks. ${ctx.nextQuestion.text}` : 'Thanks.';
        case 'wrap_up':
          return closingThanks(ctx.endReason);
      }
    },
  };
}

/** The thank-you that ends an interview, worded for why it ends. */
export function closingThanks(reason: EndReason): string {
  if (reason === 'participant_stopped') return 'Of course — we’ll stop here. Thank you for your time and for everything you shared.';
  if (reason === 'completed') return 'That’s all my questions. Thank you so much for your time — what you shared is really helpful.';
  return 'We’ve reached the end of our time, so I’ll stop here. Thank you so much for everything you shared.';
}

/**
 * The study's end call-to-action as words to close with, or nothing when the study has none. The link itself is not
 * spelled out: clients render `experience.endCta.url` as a real link, and a raw URL in a sentence reads badly.
 */
export function endCtaText(experience: Experience): string {
  return experience.endCta?.text ?? '';
}

function lowerFirst(text: string): string {
  return /^[A-Z][a-z]/.test(text) ? text[0]!.toLowerCase() + text.slice(1) : text;
}
