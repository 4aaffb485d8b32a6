/**
 * Offline interviewer throughput, in process: scripted participants answer drafted plans through the conductor and
 * the built-in strategy (no HTTP, no store), so the figure is the interviewer's own cost per turn. The same script
 * runs unchanged on an older checkout, which makes it the same-run baseline for a change to the interviewer.
 * Usage: node --import tsx bench/offline-turns.ts [--interviews 300]   Prints turns, seconds and turns per second.
 */
import { parseArgs } from 'node:util';
import { createTextNlp } from '../packages/api/src/interviewer/offline/nlp.ts';
import { createOfflineInterviewer } from '../packages/api/src/interviewer/offline/offline-interviewer.ts';
import { simulateInterview } from '../packages/api/src/interviewer/simulate.ts';
import { draftPlanOffline } from '../packages/api/src/planning/draft-plan.ts';

const { values } = parseArgs({ options: { interviews: { type: 'string', default: '300' } } });
const INTERVIEWS = Number(values.interviews);
const ANSWERS = [
  'I run a small agency and we use the product every morning to plan client work.',
  'It was fine I guess.',
  'Last month the billing page charged me twice, so I opened a chat and waited two days for a refund.',
  'not sure',
  'We export reports to spreadsheets at the end of every month, it takes hours and I hate it.',
  'Support answered quickly by chat but the fix took a week, and then the trial ran out and I did not notice.',
  'no',
  'Honestly my manager decided we should look at a competitor after that.',
];
const QUESTIONS = [
  'What frustrates customers after their support ticket is solved?',
  'Why do trial users not convert to a paid plan?',
  'How do new customers get set up in their first month?',
];

const nlp = createTextNlp();
const interviewer = createOfflineInterviewer({ nlp });
const plans = QUESTIONS.map((q) => draftPlanOffline({ researchQuestion: q }, nlp).plan);
const experience = { title: 'Bench', welcomeMessage: 'Hi' };

let turns = 0;
const started = performance.now();
for (let i = 0; i < INTERVIEWS; i += 1) {
  const sim = await simulateInterview(interviewer, { plan: plans[i % plans.length]!, experience, answers: (n) => ANSWERS[(n + i) % ANSWERS.length]! });
  turns += sim.outcomes.length;
}
const seconds = (performance.now() - started) / 1000;
console.log(`offline interviewer: ${turns} turns in ${seconds.toFixed(2)} s = ${Math.round(turns / seconds)} turns/s (${INTERVIEWS} interviews)`);
