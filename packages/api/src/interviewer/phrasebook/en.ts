import type { Phrasebook } from './phrasebook.ts';

/*
 * Frames: `{rung}` (quoteFrames) and `{question}` (bridges, clarify.echo, after clarify.simpler/reframe) follow a dash,
 * a colon or "so" and take a lower-case first letter (`lowerCaseAfterFrame`). `{quote}`, `{earlier}` and `{x}` sit
 * mid-sentence (lower-case unless a name). `{team}` never starts a sentence: it may be "the research team".
 * `{x}` is a noun phrase ("the billing page", "your manager"): every frame around it is built with "did" or a
 * preposition, so a plural ("the invoices") reads as well as a singular.
 */

/** The built-in interviewer's own words in English. */
export const en: Phrasebook = {
  language: 'en',
  languageNames: { en: 'English', fr: 'French', es: 'Spanish', de: 'German' },
  greeting: {
    withResearcher: 'Hi, thanks for taking part in “{title}”. I’ll ask a few questions on behalf of {researcher} — there are no right or wrong answers.',
    withoutResearcher: 'Hi, thanks for taking part in “{title}”. I’ll ask a few questions — there are no right or wrong answers.',
  },
  acknowledgements: {
    neutral: ['Thank you.', 'Thanks for explaining.', 'Got it, thanks.', 'Thanks, understood.', 'Thanks for telling me.'],
    empathy: ['That sounds really frustrating.', 'I’m sorry that happened.', 'That sounds like a difficult experience.', 'I’m sorry you had to deal with that.', 'That sounds stressful.'],
    skip: ['No problem — we can skip that one.', 'Of course, we’ll leave that one.', 'That’s fine, we’ll skip it.', 'No problem at all.'],
    plain: ['Okay.', 'Alright.', 'Understood.', 'I see.', 'Okay, noted.'],
    story: ['Thanks for walking me through that.', 'Thank you for taking me through it.', 'Thanks, that helps me picture it.', 'Thank you for telling me how it went.'],
  },
  probes: {
    plain: {
      when: ['When was that, roughly?', 'When did that happen?', 'Roughly when was that?'],
      what_happened: ['What happened next?', 'What happened after that?', 'What happened then?'],
      what_did: ['What did you do then?', 'What did you do at that point?', 'How did you handle it?'],
      feel: ['How did you feel at that point?', 'How did that feel at the time?', 'What was going through your mind then?'],
      end: ['How did it end up?', 'How did it turn out in the end?', 'Where do things stand now?'],
      why_matters: ['Why does that matter to you?', 'What makes that important to you?'],
      example: ['Could you walk me through the last time that happened?', 'What happened the most recent time?', 'Could you tell me about one specific time it happened?'],
    },
    aboutPhrase: {
      when: ['When did {x} come up?', 'Roughly when did {x} come up?'],
      what_happened: ['What happened with {x}?', 'What happened next with {x}?'],
      what_did: ['What did you do about {x}?', 'How did you deal with {x}?'],
      feel: ['How did you feel about {x}?', 'How did you feel about {x} at the time?'],
      end: ['How did things end up with {x}?', 'How did it turn out with {x} in the end?'],
      why_matters: ['What makes {x} important to you?', 'What is it about {x} that matters to you?'],
      example: ['Could you walk me through the last time you dealt with {x}?', 'What happened the last time {x} came up?'],
    },
    // {rung} lower-cased.
    quoteFrames: ['You said {quote} — {rung}', 'So {quote} — {rung}', 'You mentioned that {quote} — {rung}'],
  },
  contradiction: [
    'Earlier you said {earlier}, and now {quote} — how do those fit together?',
    'You said {earlier}, and also that {quote} — how do those fit together for you?',
  ],
  clarify: {
    // The question follows, lower-cased.
    simpler: ['Let me put that more simply:', 'Sorry, let me put that another way:', 'To put it more simply:'],
    // The whole question follows, lower-cased: "…, so which channel did you use?"
    reframe: [
      'Sorry, I could have been clearer — I’m only after your own experience, so',
      'Let me rephrase — there’s no right or wrong answer, so',
      'To be clearer — it’s only your own experience I’m interested in, so',
    ],
    // {question} lower-cased.
    aboutIntent: ['Let me ask it differently: could you tell me about {intent}?', 'Put another way, I’d like to hear about {intent}. Could you tell me about that?'],
    echo: ['Sorry, “{x}” wasn’t clear — what I’m asking is: {question}', 'Sorry, I could have put that better — my question is: {question}'],
  },
  // {question} lower-cased.
  bridges: ['You mentioned {x} — {question}', 'You mentioned {x} earlier — {question}', 'Picking up on {x}, which you mentioned — {question}'],
  wrapUp: {
    completed: 'That’s all my questions. Thank you very much for your time.',
    participant_stopped: 'Of course — we’ll stop here. Thank you for your time.',
    dismissed: 'We’ll stop here. Thank you for your time.',
    turn_budget: 'That’s all we have time for. Thank you very much for everything you shared.',
    time_budget: 'That’s all we have time for today. Thank you very much for everything you shared.',
  },
  questionBack: {
    ai: 'Yes — I’m an automated interviewer, not a person, and what you write is read by {team}.',
    who_reads: 'Your answers are read by {team}, to understand how to improve the product.',
    why: 'Your experience helps {team} understand how to improve the product.',
    how_long: 'Just a few more minutes, and you can stop at any time.',
    privacy: 'Your answers go to {team} for this research, and you can skip anything you’d rather not share.',
    who_are_you: 'I’m an automated interviewer, asking these questions on behalf of {team}.',
    other: 'I’m an automated interviewer, so I can’t answer that myself, but {team} will read what you write here.',
  },
  offTopic: 'I can’t help with that here, but {team} will read everything you write.',
  timePressure: 'Of course — just one last question, then we’re done.',
  continueIn: 'I’ll carry on in {language}, but you can answer in whichever language you prefer.',
  backToQuestion: ['So, back to my question:', 'Coming back to my question:', 'To return to my question:'],
  team: 'the research team',
  lowerCaseAfterFrame: true,
};
