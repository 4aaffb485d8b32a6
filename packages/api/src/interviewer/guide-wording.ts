import type { Experience, Plan } from '@parley/protocol';
import type { GuideQuestion } from './state.ts';
import type { ConductorMove, TurnContext } from './strategy.ts';
import type { Phrasebook } from './phrasebook/phrasebook.ts';
import { fill, phrasebookFor } from './phrasebook/index.ts';
import { wasAsked } from './asked-text.ts';
import { rotated, stableHash } from './offline/variety.ts';
import { ackKind, acknowledgement, recentReplies } from './wording/acknowledge.ts';
import { rewordQuestion } from './wording/reword.ts';

/** The conductor's own wording: the greeting, what it says before any move, and a plain reply for any move when the strategy cannot give one. */
export interface GuideWording {
  greet(input: { plan: Plan; experience: Experience; question: GuideQuestion }): string;
  /** Said before the move, when the turn calls for it: the once-only language notice, "one last question", the answer to a question back. */
  preface(ctx: TurnContext): string;
  /** Words a move without failing; never repeats a question already asked. */
  word(ctx: TurnContext, move: ConductorMove): string;
}

/** The English book: the last resort for moves the interview's language has no wording for (a model's fallback in Japanese, say). */
const ENGLISH = phrasebookFor('en')!;

/** Creates the guide wording: neutral, short, in the interview's language, built only from the plan, the experience and the phrasebook. */
export function createGuideWording(): GuideWording {
  return {
    greet({ plan, experience, question }) {
      const book = phrasebookFor(plan.language);
      if (!book) return `“${experience.title}” — ${question.text}`;
      const researcher = experience.researcher?.name;
      const greeting = researcher
        ? fill(book.greeting.withResearcher, { title: experience.title, researcher })
        : fill(book.greeting.withoutResearcher, { title: experience.title });
      return `${greeting} ${question.text}`;
    },
    preface(ctx) {
      const parts: string[] = [];
      if (ctx.noticeDue && ctx.reading.language) {
        const theirs = phrasebookFor(ctx.reading.language);
        const target = ctx.state.language ?? ctx.plan.language;
        if (theirs) parts.push(fill(theirs.continueIn, { language: languageName(target, ctx.reading.language) }));
      }
      const book = ctx.book;
      if (book && ctx.intent === 'time_pressure' && ctx.allowed.includes('next_question')) parts.push(book.timePressure);
      const mixed = ctx.intent !== 'question_back' && ctx.intent !== 'off_topic' && ctx.intent !== 'stop';
      if (book && mixed && ctx.reading.requests.includes('question_back')) parts.push(fill(book.questionBack[ctx.reading.questionBack ?? 'other'], { team: team(ctx, book) }));
      else if (book && mixed && ctx.reading.requests.includes('off_topic') && !ctx.reading.injection) parts.push(fill(book.offTopic, { team: team(ctx, book) }));
      return parts.join(' ');
    },
    word(ctx, move) {
      const book = ctx.book ?? ENGLISH;
      const seed = stableHash(`${ctx.question?.id ?? ''}|${ctx.state.turnsUsed}`);
      const previous = recentReplies(ctx.turns);
      switch (move) {
        case 'probe': {
          const plain = [...book.probes.plain.what_happened, ...book.probes.plain.example, ...book.probes.plain.why_matters];
          return rotated(plain, seed).find((p) => !wasAsked(ctx.state.askedTexts, p)) ?? book.probes.plain.what_did[0]!;
        }
        case 'clarify':
          return rewordQuestion(book, ctx.lastQuestion ?? ctx.question?.text ?? '', seed, ctx.reading.echoed, ctx.lastQuestion === ctx.question?.text || !ctx.lastQuestion ? ctx.question?.intent : undefined).find((r) => !previous.includes(r)) ?? book.clarify.reframe[0]!;
        case 'respond': {
          const answer =
            ctx.intent === 'off_topic'
              ? ctx.reading.injection ? '' : fill(book.offTopic, { team: team(ctx, book) })
              : fill(book.questionBack[ctx.reading.questionBack ?? 'other'], { team: team(ctx, book) });
          const again = ctx.lastQuestion ? `${rotated(book.backToQuestion, seed)[0]} ${ctx.lastQuestion}` : '';
          return [answer, again].filter(Boolean).join(' ');
        }
        case 'next_question': {
          if (!ctx.nextQuestion) return acknowledgement(book, 'plain', seed, previous);
          const ack = ctx.book && ctx.intent !== 'time_pressure' ? acknowledgement(book, ackKind(ctx), seed, previous) : '';
          return [ack, askNext(ctx, book, seed)].filter(Boolean).join(' ');
        }
        case 'wrap_up':
          return closing(ctx, book);
      }
    },
  };
}

/** The next guide question, built on the participant's own word when it is not asked word for word and they touched on it. */
export function askNext(ctx: TurnContext, book: Phrasebook, seed: number): string {
  const q = ctx.nextQuestion!;
  if (!ctx.nextHint || q.verbatim || !ctx.book) return q.text;
  const bridge = rotated(book.bridges, seed)[0]!;
  const lowered = bridge.includes('{question}') && /[—–:,]\s*\{question\}/.test(bridge) ? lowerFirst(q.text, book) : q.text;
  return fill(bridge, { x: ctx.nextHint, question: lowered });
}

/** The thank-you that ends the interview: for a participant short of time, the end-of-time one (they did not ask to stop). */
export function closing(ctx: TurnContext, book: Phrasebook): string {
  if (ctx.state.hurryAt !== undefined && ctx.intent !== 'stop') return book.wrapUp.time_budget;
  return book.wrapUp[ctx.endReason];
}

/** Who reads the answers: the study's researcher, or the book's "the research team". */
function team(ctx: TurnContext, book: Phrasebook): string {
  return ctx.experience.researcher?.name ?? book.team;
}

/** A language's name in another language ("inglés" for en in es), from the runtime's own data. */
function languageName(tag: string, inLanguage: string): string {
  try {
    return new Intl.DisplayNames([inLanguage], { type: 'language' }).of(tag) ?? tag;
  } catch {
    return tag;
  }
}

/** Lower-cases a question's first letter to follow a lead-in, except in German (nouns keep their capital). */
export function lowerFirst(text: string, book: Phrasebook): string {
  if (book.language === 'de') return text;
  return /^[A-ZÀ-Ý¿¡][a-zà-ÿ]/.test(text) && !/^(I|I['’]\w+)\b/.test(text) ? text[0]!.toLowerCase() + text.slice(1) : text;
}
