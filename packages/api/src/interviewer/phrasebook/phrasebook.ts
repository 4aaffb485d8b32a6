import type { EndReason } from '../../domain/records.ts';
import type { Rung } from '../state.ts';

/** The languages the built-in interviewer can speak in its own words (plan questions are asked in any language). */
export type SpokenLanguage = 'en' | 'fr' | 'es' | 'de';

/** What a participant's question back to the interviewer is about. */
export type QuestionBackTopic = 'ai' | 'who_reads' | 'why' | 'how_long' | 'privacy' | 'who_are_you' | 'other';

/**
 * Every sentence the built-in interviewer says in its own words, in one language. Placeholders in braces are filled
 * by the caller: `{title}`, `{researcher}`, `{team}`, `{question}`, `{quote}` (the participant's own words, already
 * turned to second person: "you waited two days"), `{x}` (a noun phrase of theirs: "the billing page"), `{language}`.
 * Lists are variants of the same thing; the caller rotates through them so replies do not repeat.
 * Nothing here may judge, agree, sell, or suggest an answer; every question is open.
 */
export interface Phrasebook {
  language: SpokenLanguage;
  /** The language's own name for each supported language ("English", "français"…), for the continue-in notice. */
  languageNames: Record<SpokenLanguage, string>;
  /** Greeting before the first question. `withResearcher` when the study names one. Neither contains a question. */
  greeting: { withResearcher: string; withoutResearcher: string };
  acknowledgements: {
    /** After a substantive answer: brief, neutral thanks. */
    neutral: string[];
    /** After distress, anger or frustration: one line of empathy, no judgement ("That sounds really frustrating."). */
    empathy: string[];
    /** After a skip request. */
    skip: string[];
    /** After a non-answer or a very short one ("no", "idk"): a plain transition, no praise ("Okay.", "Alright."). */
    plain: string[];
    /** After a story or a detailed account: thanks for walking through it. */
    story: string[];
  };
  /**
   * Follow-up questions along the story ladder. `plain[rung]`: stand-alone ("What happened next?").
   * `aboutPhrase[rung]`: built around `{x}` ("What did you do about {x}?"). `quoteFrames`: put the participant's words
   * before a plain rung question: "You said {quote} — {rung}" where {rung} is a plain rung question with a lower-case
   * first letter when `lowerCaseAfterFrame` (en, fr, es), as it is otherwise (de: "Sie sagten: {quote}. {rung}").
   */
  probes: {
    plain: Record<Rung, string[]>;
    aboutPhrase: Record<Rung, string[]>;
    quoteFrames: string[];
  };
  /**
   * Follow-ups for an answer at odds with an earlier one: `{earlier}` and `{quote}` are both the participant's words
   * in the second person ("Earlier you said {earlier}, and now {quote} — how do those fit together?"). Optional: a book
   * without them follows the story ladder instead.
   */
  contradiction?: string[];
  /** Reframes for a question the participant did not follow; `{question}` is the interviewer's last question. */
  clarify: {
    /** Before a simpler main clause of the question. */
    simpler: string[];
    /** Before the whole question, reframed as "only your own experience". */
    reframe: string[];
    /** After an echo ("Got WHAT done?"): "{x}" is the word they echoed. */
    echo: string[];
    /**
     * The question asked again in other words, from what it is meant to learn: `{intent}` is the question's intent
     * turned to the second person ("what you set out to do in the trial"). Optional: books without it reframe instead.
     */
    aboutIntent?: string[];
  };
  /**
   * Building a reworded question on what was said: "You mentioned {x} earlier — {question}" ({question} lower-cased
   * first when `lowerCaseAfterFrame`).
   */
  bridges: string[];
  /** The thank-you that ends an interview, by why it ends (no question in any). */
  wrapUp: Record<EndReason, string>;
  /** Truthful answers to questions back, before the question is asked again. `{team}` is the research team or researcher. */
  questionBack: Record<QuestionBackTopic, string>;
  /** For an off-topic message or a request for help: we cannot help here, the team reads this; then the question again. */
  offTopic: string;
  /** After "I need to go soon": one last question, then we are done. */
  timePressure: string;
  /** Said once, in this language, when the participant writes it but the interview continues in `{language}`. */
  continueIn: string;
  /** Lead-in before asking the same question again after a question back or off-topic reply ("So, back to my question:"). */
  backToQuestion: string[];
  /** Default name of the people who read the answers, when the study names no researcher ("the research team"). */
  team: string;
  /**
   * How text put into a frame starts. True (en, fr, es): it runs on from the frame and takes a lower-case first letter
   * (leave "I", names and acronyms as they are) — `{rung}` in `probes.quoteFrames`, `{question}` in `bridges` and
   * `clarify.echo`, and the question after a `clarify.simpler` or `clarify.reframe` lead-in ("You said the trial ran
   * out — what happened next?"); `{quote}` and `{earlier}` sit mid-sentence, lower-case unless a name. False (de): every
   * such frame ends its sentence first (". " or ": "), so the text keeps its capital, German nouns included; `{quote}`
   * and `{earlier}` follow a colon and start with a capital too. `backToQuestion` is always followed by the question
   * as it is, in every book.
   */
  lowerCaseAfterFrame: boolean;
}
