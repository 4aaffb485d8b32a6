import type { Experience, PlanInput } from '@parley/protocol';

/** The studies the scripted participants are interviewed for, written as code (plan questions with intents). */
export interface ReplayStudy {
  id: string;
  researchQuestion: string;
  plan: PlanInput;
  experience: Experience;
}

const experience = (title: string): Experience => ({ title, welcomeMessage: 'Thanks for helping us improve.', researcher: { name: 'Dana Reyes' } });
const goals = (a: string, b: string, c: string) => [a, b, c];

export const SUPPORT: ReplayStudy = {
  id: 'support',
  researchQuestion: 'What frustrates customers after their support ticket is solved?',
  experience: experience('Your recent support case'),
  plan: {
    researchType: 'evaluative',
    description: 'What drives good and bad support experiences after a ticket is solved.',
    goals: goals('Understand what participants contacted support about', 'Measure the effort it took to get the issue resolved', 'Learn how the issue ended up and what would have made it better'),
    targetParticipants: 'Customers whose ticket was solved last week.',
    questions: [
      { id: 'issue', text: 'Tell me about the last time you contacted our support team. What was going on?', mandatory: true, intent: 'the issue that made them contact support', maxFollowUps: 3 },
      { id: 'channel', text: 'Which channel did you use to get in touch with us?', intent: 'the channel used to contact support (chat, email, phone)', maxFollowUps: 1 },
      { id: 'effort', text: 'How much effort did it take on your side to get the issue resolved?', mandatory: true, intent: 'the effort and time it took to get it resolved', maxFollowUps: 2 },
      { id: 'outcome', text: 'Where did the issue stand when your conversation with support ended?', intent: 'whether the issue was fixed when the conversation ended', maxFollowUps: 2 },
      { id: 'better', text: 'What would have made getting help from us better for you?', mandatory: true, intent: 'what would have made getting help better', maxFollowUps: 1 },
      { id: 'else', text: 'What else about getting help from us should we know?', intent: 'anything else', maxFollowUps: 1 },
    ],
    flow: ['What happened', 'Resolution', 'Looking back'],
    maxTurns: 14,
    maxMinutes: 20,
    language: 'en',
  },
};

export const TRIAL: ReplayStudy = {
  id: 'trial',
  researchQuestion: 'Why do trial users not convert to a paid plan?',
  experience: experience('Your trial'),
  plan: {
    researchType: 'evaluative',
    description: 'Why trial users do or do not become paying customers.',
    goals: goals('Understand what people set out to do in the trial', 'Learn what happened when the trial ended', 'Find how price, alternatives and who decides weighed in'),
    targetParticipants: 'People whose trial ended last month.',
    questions: [
      { id: 'trial_goal', text: 'When you started the trial, what were you hoping to get done with the product?', mandatory: true, intent: 'what they set out to do in the trial', maxFollowUps: 2 },
      { id: 'trial_end', text: 'What happened when the trial ended?', mandatory: true, intent: 'what happened when the trial ended', maxFollowUps: 3 },
      { id: 'price', text: 'How did the price compare with what you expected to pay?', intent: 'the price compared with expectations (expensive, cheap, worth it)', maxFollowUps: 1 },
      { id: 'alternatives', text: 'Which other tools were you weighing up while you tried the product?', intent: 'alternatives or competitors considered, including spreadsheets', maxFollowUps: 1 },
      { id: 'decider', text: 'Who else had a say in whether to pay for the product?', mandatory: true, intent: 'who decides on buying (boss, manager, finance)', maxFollowUps: 1 },
    ],
    flow: ['The trial', 'Its end', 'Deciding'],
    maxTurns: 12,
    maxMinutes: 20,
    language: 'en',
  },
};

export const SPANISH: ReplayStudy = {
  id: 'soporte',
  researchQuestion: '¿Qué frustra a los clientes después de resolver su incidencia?',
  experience: experience('Tu caso de soporte'),
  plan: {
    researchType: 'evaluative',
    description: 'Qué hace buena o mala una experiencia de soporte.',
    goals: goals('Entender por qué contactaron con soporte', 'Medir el esfuerzo que les costó', 'Saber qué habría mejorado la experiencia'),
    targetParticipants: 'Clientes con una incidencia resuelta la semana pasada.',
    questions: [
      { id: 'issue', text: 'Cuéntame sobre la última vez que contactaste con nuestro equipo de soporte. ¿Qué estaba pasando?', mandatory: true, intent: 'el problema', maxFollowUps: 2 },
      { id: 'effort', text: '¿Cuánto esfuerzo te costó resolver el problema?', mandatory: true, intent: 'el esfuerzo', maxFollowUps: 1 },
      { id: 'better', text: '¿Qué habría mejorado la ayuda que recibiste?', mandatory: true, intent: 'mejoras', maxFollowUps: 1 },
    ],
    flow: ['Qué pasó', 'Esfuerzo', 'Mejoras'],
    maxTurns: 10,
    maxMinutes: 20,
    language: 'es',
  },
};
