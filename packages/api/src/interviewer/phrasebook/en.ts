import type { Phrasebook } from './phrasebook.ts';

/** The built-in interviewer's own words in English. */
export const en: Phrasebook = {
  language: 'en',
  languageNames: { en: 'English', fr: 'French', es: 'Spanish', de: 'German' },
  greeting: {
    withResearcher: 'Hi, thanks for taking part in “{title}”. I’ll ask a few questions on behalf of {researcher} — there are no right or wrong answers.',
    withoutResearcher: 'Hi, thanks for taking part in “{title}”. There are no right or wrong answers; I’m interested in your own experience.',
  },
  acknowledgements: {
    neutral: ['Thanks — that’s helpful.', 'Thank you, that’s useful to hear.', 'Got it, thanks.', 'Thanks for explaining.', 'Understood, thank you.'],
    empathy: ['That sounds really frustrating.', 'I’m sorry that happened.', 'That sounds like a difficult experience.', 'I can hear that was stressful.'],
    skip: ['No problem — let’s move on.', 'That’s fine, we can skip that one.', 'Of course, let’s go to the next one.'],
    plain: ['Okay.', 'Alright.', 'Understood.', 'Okay, noted.'],
    story: ['Thanks for walking me through that.', 'Thank you for taking me through it.', 'Thanks, that helps me picture it.'],
  },
  probes: {
    plain: {
      when: ['When was that, roughly?', 'When did that happen?'],
      what_happened: ['What happened next?', 'What happened after that?', 'What happened then?'],
      what_did: ['What did you do then?', 'What did you do at that point?', 'How did you handle it?'],
      feel: ['How did you feel at that point?', 'How did that feel at the time?'],
      end: ['How did it end up?', 'Where did things end up?', 'How did it turn out in the end?'],
      why_matters: ['Why does that matter to you?', 'What makes that important to you?'],
      example: ['Could you walk me through the last time that happened?', 'What happened the most recent time?', 'Can you think of a specific time that stood out? What happened?'],
    },
    aboutPhrase: {
      when: ['When did {x} come up?', 'When was it that {x} came up?'],
      what_happened: ['What happened with {x}?', 'What happened next with {x}?'],
      what_did: ['What did you do about {x}?', 'How did you deal with {x}?'],
      feel: ['How did you feel about {x}?', 'How did you feel about {x} at the time?'],
      end: ['How did things end up with {x}?', 'Where did {x} end up?'],
      why_matters: ['Why does {x} matter to you?', 'What makes {x} important to you?'],
      example: ['Could you walk me through the last time you dealt with {x}?', 'What happened the last time {x} came up?'],
    },
    quoteFrames: ['You said {quote} — {rung}', 'So {quote} — {rung}'],
  },
  contradiction: ['Earlier you said {earlier}, and now {quote} — how do those fit together?', 'You said {earlier} earlier, and now {quote} — what changed?'],
  clarify: {
    simpler: ['Sorry, let me put that more simply:', 'Let me put that another way:', 'Put simply:'],
    reframe: ['Sorry, I could have been clearer — I’m only after your own experience, so', 'Let me rephrase — there’s no right or wrong answer, so'],
    echo: ['Sorry, that wasn’t clear. What I meant was: {question}', 'Let me say that differently: {question}'],
  },
  bridges: ['You mentioned {x} — {question}', 'On {x}, which you mentioned — {question}'],
  wrapUp: {
    completed: 'That’s all my questions. Thank you so much for your time today.',
    participant_stopped: 'Of course — we’ll stop here. Thank you for your time and for everything you shared.',
    dismissed: 'Of course — we’ll stop here. Thank you for your time.',
    turn_budget: 'We’ve reached the end of our time, so I’ll stop here. Thank you so much for everything you shared.',
    time_budget: 'We’ve reached the end of our time, so I’ll stop here. Thank you so much for everything you shared.',
  },
  questionBack: {
    ai: 'Yes — I’m an automated interviewer, and {team} reads every answer.',
    who_reads: '{team} reads your answers, to understand how to improve the product.',
    why: 'It helps {team} understand real experiences like yours, so they can improve the product.',
    how_long: 'Just a few more minutes, and you can stop at any time.',
    privacy: 'Your answers go to {team} for this research, and you can skip anything you’d rather not share.',
    who_are_you: 'I’m an automated interviewer asking questions on behalf of {team}.',
    other: 'Good question — I’m an automated interviewer, and {team} reads what you write here.',
  },
  offTopic: 'I can’t help with that here, but {team} will read everything you write.',
  timePressure: 'Of course — just one last question, then we’re done.',
  continueIn: 'I’ll carry on in {language}, but you can answer in whichever language you prefer.',
  backToQuestion: ['So, back to my question:', 'Coming back to my question:'],
  team: 'the research team',
};
