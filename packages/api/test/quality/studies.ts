import type { Experience, PlanInput } from '@parley/protocol';
import { normalise, questionSentences } from './text.ts';

/** One guide question of a study written as code, with how to recognise it when the interviewer words it differently. */
export interface StudyQuestion {
  id: string;
  text: string;
  mandatory: boolean;
  intent: string;
  goal?: string;
  verbatim?: boolean;
  maxFollowUps?: number;
  /** Recognises this question in the interviewer's own words (a rewording, a bridge, a clarification). */
  asks: RegExp;
  /** A closing catch-all ("What else…"): asked last, never a repetition. */
  closer?: boolean;
}

/** A study as code: research question, what the participant sees, the plan and its guide. */
export interface QualityStudy {
  id: string;
  language: string;
  researchQuestion: string;
  experience: Experience;
  plan: Omit<PlanInput, 'questions' | 'mandatoryQuestions' | 'coreQuestions'>;
  questions: StudyQuestion[];
}

const researcher = { name: 'Dana Reyes', title: 'UX researcher' };
const consentEn =
  'This interview is run by an automated interviewer on behalf of the Acme research team. Dana Reyes and the research team read your answers to improve the product. You can skip any question or stop at any time.';

/** Post-ticket support study (journey: support experience). */
export const SUPPORT: QualityStudy = {
  id: 'support',
  language: 'en',
  researchQuestion: 'What makes getting help from our support team easy or hard after a ticket is solved?',
  experience: { title: 'Your recent support case', welcomeMessage: 'Thanks for helping us improve our support.', researcher, consentText: consentEn },
  plan: {
    researchType: 'evaluative',
    description: 'What drives good and bad support experiences, from first contact to resolution.',
    goals: ['Understand why customers contact support', 'Measure the effort and waiting it takes to get an issue resolved', 'Find what would make getting help better'],
    targetParticipants: 'Customers whose support ticket was solved in the last week.',
    flow: ['The issue', 'Getting help', 'Looking back'],
    maxTurns: 14,
    maxMinutes: 20,
    language: 'en',
  },
  questions: [
    { id: 'issue', text: 'Tell me about the last time you contacted our support team. What was going on?', mandatory: true, intent: 'the problem that made them contact support', goal: 'Understand why customers contact support', maxFollowUps: 3, asks: /what was going on|last time you contacted|what made you (?:contact|get in touch)|what (?:was|is) the (?:problem|issue)\b/i },
    { id: 'channel', text: 'Which channel did you use to get in touch with us?', mandatory: false, intent: 'the channel used to contact support (chat, email, phone)', maxFollowUps: 1, asks: /\bchannel\b|how did you (?:get in touch|contact|reach)|(?:chat|email|phone),? or\b/i },
    { id: 'wait', text: 'How long did it take before someone from support first replied?', mandatory: false, intent: 'the time until the first reply (hours, days)', maxFollowUps: 1, asks: /first repl|how long .{0,40}(?:repl|respon|hear back|get back)|before (?:someone|anyone) (?:first )?(?:repl|answer|got back)/i },
    { id: 'effort', text: 'How much effort did it take on your side to get the issue resolved?', mandatory: true, intent: 'the effort it took to get it resolved (contacts, repeating themselves, time spent)', goal: 'Measure the effort and waiting it takes to get an issue resolved', maxFollowUps: 2, asks: /\beffort\b|how (?:hard|easy) was it (?:for you )?to get|how much (?:work|time) (?:did it take|was it)/i },
    { id: 'outcome', text: 'Where did the issue stand when your conversation with support ended?', mandatory: false, intent: 'whether the issue was fixed at the end (fixed, refunded, still open)', maxFollowUps: 2, asks: /where did the issue stand|when (?:your|the) conversation (?:with support )?ended|how did (?:the issue|your case|the ticket) end/i },
    { id: 'better', text: 'What would have made getting help from us better for you?', mandatory: true, intent: 'what would have made getting help better', goal: 'Find what would make getting help better', maxFollowUps: 1, asks: /(?:made|make) (?:getting help|it|things|the experience|support)[\w ]{0,20} better|what would you (?:change|improve)|could we have done (?:differently|better)/i },
    { id: 'else', text: 'What else about getting help from us should we know?', mandatory: false, intent: 'anything else about support', maxFollowUps: 1, asks: /what else|anything else/i, closer: true },
  ],
};

/** Trial-conversion study. */
export const TRIAL: QualityStudy = {
  id: 'trial',
  language: 'en',
  researchQuestion: 'Why do people who try the product not move to a paid plan when their trial ends?',
  experience: { title: 'Your trial', welcomeMessage: 'Thanks for telling us about your trial.', researcher, consentText: consentEn },
  plan: {
    researchType: 'evaluative',
    description: 'Why trial users do or do not become paying customers.',
    goals: ['Understand what people set out to do in the trial', 'Learn what happened when the trial ended', 'Find how price, alternatives and who decides weigh in'],
    targetParticipants: 'People whose trial ended in the last month without a purchase.',
    flow: ['The trial', 'Its end', 'Deciding'],
    maxTurns: 14,
    maxMinutes: 20,
    language: 'en',
  },
  questions: [
    { id: 'trial_goal', text: 'When you started the trial, what were you hoping to get done with the product?', mandatory: true, intent: 'what they set out to do in the trial (the job to be done)', maxFollowUps: 2, asks: /hoping to (?:get done|achieve|do)|set out to|what did you want (?:to (?:get done|achieve|do)|the product to (?:help|do))|wanted to achieve|goal (?:was|for)/i },
    { id: 'trial_use', text: 'How did you use the product during the trial?', mandatory: false, intent: 'what they actually did in the trial (features, how often)', maxFollowUps: 1, asks: /how did you use|use the product during|during the trial,? (?:how|what) did you|what did you do with the product/i },
    { id: 'trial_end', text: 'What happened when the trial ended?', mandatory: true, intent: 'what happened when the trial ended (noticed, reminders, access lost)', maxFollowUps: 3, asks: /when the trial (?:ended|ran out|expired)|(?:end|ending) of (?:the|your) trial|trial was over/i },
    { id: 'price', text: 'How did the price compare with what you expected to pay?', mandatory: false, intent: 'the price compared with expectations (too expensive, cheap, worth it)', maxFollowUps: 1, asks: /\bprice\b|\bpricing\b|expected to pay|how much (?:it|the product) cost/i },
    { id: 'alternatives', text: 'Which other tools were you weighing up while you tried the product?', mandatory: false, intent: 'alternatives considered (competitors, spreadsheets, doing nothing)', maxFollowUps: 1, asks: /other tools|alternatives?\b|weighing up|comparing (?:it )?(?:with|against)/i },
    { id: 'decider', text: 'Who else had a say in whether to pay for the product?', mandatory: true, intent: 'who decides on buying (manager, finance, founder)', maxFollowUps: 1, asks: /had a say|who (?:else )?(?:decides|decided|makes the (?:call|decision)|signs off)|decision to (?:pay|buy)/i },
  ],
};

/** Onboarding / persona study (persona development at onboarding day 30). */
export const ONBOARDING: QualityStudy = {
  id: 'onboarding',
  language: 'en',
  researchQuestion: 'Who are our new customers, what are they trying to get done and what gets in their way in the first month?',
  experience: { title: 'Your first month', welcomeMessage: 'We would love to learn how your first month went.', researcher, consentText: consentEn },
  plan: {
    researchType: 'generative',
    description: 'Persona development from customers at onboarding day 30: goals, frustrations, behaviours, context.',
    goals: ['Describe who our new customers are and the context they work in', 'Learn the goals they signed up for', 'Find frustrations and workarounds in the first month'],
    targetParticipants: 'Customers who signed up about 30 days ago.',
    flow: ['Context', 'Goals', 'First month', 'Looking back'],
    maxTurns: 14,
    maxMinutes: 20,
    language: 'en',
  },
  questions: [
    { id: 'role', text: 'How would you describe your role and the team you work in?', mandatory: true, intent: 'their role, team and company size (persona context)', maxFollowUps: 1, asks: /your role|describe (?:your|the) (?:role|team|job)|what do you do for a living|team you work in/i },
    { id: 'goal', text: 'What were you trying to achieve when you first signed up?', mandatory: true, intent: 'the goal they signed up for (the job to be done)', maxFollowUps: 2, asks: /trying to achieve|when you (?:first )?signed up|what did you (?:want|hope) to (?:achieve|get)/i },
    { id: 'first_week', text: 'Tell me about your first week with the product. What stood out?', mandatory: false, intent: 'the first week of use: first steps, first success, first hurdle', maxFollowUps: 2, asks: /first week|what stood out/i },
    { id: 'workaround', text: 'What do you still do outside the product to get your work done?', mandatory: false, intent: 'workarounds and other tools (spreadsheets, email, other apps)', maxFollowUps: 1, asks: /outside the product|workarounds?\b|what other tools do you/i },
    { id: 'blocker', text: 'When did the product last get in your way?', mandatory: false, intent: 'a recent frustration or blocker', maxFollowUps: 2, asks: /get in your way|got in your way|last time .{0,30}(?:blocked|frustrated) you/i },
    { id: 'value', text: 'What would you miss most if the product disappeared tomorrow?', mandatory: true, intent: 'the value they get from the product', maxFollowUps: 1, asks: /miss (?:the )?most|disappeared/i },
    { id: 'else', text: 'What else should we know about how you work?', mandatory: false, intent: 'anything else', maxFollowUps: 1, asks: /what else|anything else/i, closer: true },
  ],
};

/** The support study in Spanish (plan language "es"). */
export const SOPORTE: QualityStudy = {
  id: 'soporte',
  language: 'es',
  researchQuestion: '¿Qué hace que conseguir ayuda de nuestro equipo de soporte sea fácil o difícil?',
  experience: {
    title: 'Tu caso de soporte reciente',
    welcomeMessage: 'Gracias por ayudarnos a mejorar nuestro soporte.',
    researcher,
    consentText: 'Esta entrevista la realiza un entrevistador automático en nombre del equipo de investigación de Acme. Dana Reyes y el equipo de investigación leen tus respuestas para mejorar el producto. Puedes saltarte cualquier pregunta o parar cuando quieras.',
  },
  plan: {
    researchType: 'evaluative',
    description: 'Qué hace buena o mala una experiencia de soporte, del primer contacto a la solución.',
    goals: ['Entender por qué los clientes contactan con soporte', 'Medir el esfuerzo que cuesta resolver un problema', 'Saber qué mejoraría la ayuda'],
    targetParticipants: 'Clientes con una incidencia resuelta la semana pasada.',
    flow: ['El problema', 'La ayuda', 'Mirando atrás'],
    maxTurns: 12,
    maxMinutes: 20,
    language: 'es',
  },
  questions: [
    { id: 'problema', text: 'Cuéntame sobre la última vez que contactaste con nuestro equipo de soporte. ¿Qué estaba pasando?', mandatory: true, intent: 'el problema por el que contactaron con soporte', maxFollowUps: 3, asks: /qué estaba pasando|última vez que contactaste|cuál (?:era|fue) el problema/i },
    { id: 'canal', text: '¿Por qué canal te pusiste en contacto con nosotros?', mandatory: false, intent: 'el canal usado (chat, correo, teléfono)', maxFollowUps: 1, asks: /\bcanal\b|cómo (?:te pusiste en contacto|nos contactaste)/i },
    { id: 'esfuerzo', text: '¿Cuánto esfuerzo te costó resolver el problema?', mandatory: true, intent: 'el esfuerzo que les costó resolverlo', maxFollowUps: 2, asks: /esfuerzo|cuánto (?:trabajo|tiempo) te (?:costó|llevó)/i },
    { id: 'resultado', text: '¿Cómo quedó el problema al terminar la conversación con soporte?', mandatory: false, intent: 'si el problema quedó resuelto', maxFollowUps: 1, asks: /cómo quedó|al terminar la conversación/i },
    { id: 'mejora', text: '¿Qué habría mejorado la ayuda que recibiste?', mandatory: true, intent: 'qué habría mejorado la ayuda', maxFollowUps: 1, asks: /habría mejorado|qué mejorarías|qué podríamos (?:haber )?hecho mejor/i },
  ],
};

/** Every study of the harness. */
export const STUDIES: QualityStudy[] = [SUPPORT, TRIAL, ONBOARDING, SOPORTE];

/**
 * The plan as the API takes it: `questions[]` with intents, or (`lists`) only the two older lists, for replaying the
 * same participants on a checkout that predates plan questions.
 */
export function planOf(study: QualityStudy, options: { lists?: boolean } = {}): PlanInput {
  const questions = study.questions.map(({ asks: _asks, closer: _closer, ...q }) => q);
  if (options.lists) {
    return {
      ...study.plan,
      mandatoryQuestions: questions.filter((q) => q.mandatory).map((q) => q.text),
      coreQuestions: questions.filter((q) => !q.mandatory).map((q) => q.text),
    };
  }
  return { ...study.plan, questions };
}

/** The guide question an interviewer reply asks (its text word for word, or in other words), if any; the last one wins. */
export function topicOf(study: QualityStudy, reply: string): string | undefined {
  const said = normalise(reply);
  let found: { id: string; at: number } | undefined;
  for (const q of study.questions) {
    const at = said.lastIndexOf(normalise(q.text));
    if (at >= 0 && (!found || at > found.at)) found = { id: q.id, at };
  }
  if (found) return found.id;
  for (const sentence of questionSentences(reply).reverse()) {
    const q = study.questions.find((x) => x.asks.test(sentence));
    if (q) return q.id;
  }
  return undefined;
}

/** A study question by id. */
export function questionOf(study: QualityStudy, id: string | undefined): StudyQuestion | undefined {
  return study.questions.find((q) => q.id === id);
}
