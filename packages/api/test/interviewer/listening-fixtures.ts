import type { Experience, Plan } from '@parley/protocol';

/** A support study written as plan questions with intents, as the planners draft them. */
export const SUPPORT_PLAN = {
  researchType: 'evaluative',
  description: 'What drives good and bad support experiences after a ticket is solved.',
  goals: [
    'Understand what participants contacted support about and what they tried first',
    'Measure the effort it took to get the issue resolved',
    'Learn how the issue ended up and whether they considered leaving',
  ],
  targetParticipants: 'Customers whose ticket was solved in the last week.',
  questions: [
    { id: 'issue', text: 'Tell me about the last time you contacted our support team. What was going on?', mandatory: true, intent: 'the issue that made them contact support', verbatim: true, maxFollowUps: 3 },
    { id: 'channel', text: 'Which channel did you use to get in touch with us?', mandatory: false, intent: 'the channel used to contact support (chat, email, phone)', verbatim: false, maxFollowUps: 1 },
    { id: 'effort', text: 'How much effort did it take on your side to get the issue resolved?', mandatory: true, intent: 'the effort and time it took to get it resolved', verbatim: true, maxFollowUps: 2 },
    { id: 'outcome', text: 'Where did the issue stand when the conversation with support ended?', mandatory: false, intent: 'whether the issue was fixed when the conversation ended', verbatim: false, maxFollowUps: 2 },
    { id: 'better', text: 'What would have made getting help from us better for you?', mandatory: true, intent: 'what would have made the experience better', verbatim: true, maxFollowUps: 1 },
  ],
  mandatoryQuestions: [
    'Tell me about the last time you contacted our support team. What was going on?',
    'How much effort did it take on your side to get the issue resolved?',
    'What would have made getting help from us better for you?',
  ],
  coreQuestions: ['Which channel did you use to get in touch with us?', 'Where did the issue stand when the conversation with support ended?'],
  flow: ['What happened', 'Resolution', 'Looking back'],
  maxTurns: 16,
  maxMinutes: 20,
  language: 'en',
} as unknown as Plan;

/** The same study in Spanish. */
export const SPANISH_PLAN = {
  ...SUPPORT_PLAN,
  language: 'es',
  questions: [
    { id: 'issue', text: 'Cuéntame sobre la última vez que contactaste con nuestro equipo de soporte. ¿Qué estaba pasando?', mandatory: true, intent: 'el problema', verbatim: true, maxFollowUps: 2 },
    { id: 'effort', text: '¿Cuánto esfuerzo te costó resolver el problema?', mandatory: true, intent: 'el esfuerzo', verbatim: true, maxFollowUps: 2 },
    { id: 'better', text: '¿Qué habría mejorado esa experiencia para ti?', mandatory: true, intent: 'mejoras', verbatim: true, maxFollowUps: 1 },
  ],
  mandatoryQuestions: [
    'Cuéntame sobre la última vez que contactaste con nuestro equipo de soporte. ¿Qué estaba pasando?',
    '¿Cuánto esfuerzo te costó resolver el problema?',
    '¿Qué habría mejorado esa experiencia para ti?',
  ],
  coreQuestions: [],
} as unknown as Plan;

export const EXPERIENCE: Experience = {
  title: 'Your recent support case',
  welcomeMessage: 'Thanks for helping us improve.',
  researcher: { name: 'Dana Reyes' },
};
