/**
 * Interview quality, measured as a researcher would judge it: the scripted participants of
 * packages/api/test/replay (storyteller, terse, angry, off-topic, questions back, stops in four languages…) are
 * interviewed through the real API by both strategies (the model: a scripted model through msw, in OpenAI's wire
 * format, misformatting now and then), every transcript is scored on the rubric and written out to read.
 * Usage: node --import tsx bench/interview-quality.ts [--out .test-output/transcripts] [--lists]
 * Prints one table (a column per strategy); results: bench/RESULTS.md, "Interview quality".
 */
import { parseArgs } from 'node:util';
import { runReplays, writeTranscripts, type Strategy } from '../packages/api/test/replay/run-replays.ts';
import { pct, total } from '../packages/api/test/replay/rubric.ts';

// --lists sends plans as the two older question lists, so the same participants can be replayed on an older checkout.
const { values } = parseArgs({ options: { out: { type: 'string', default: '.test-output/transcripts' }, lists: { type: 'boolean', default: false } } });
const rows: [string, (t: ReturnType<typeof total>) => string][] = [
  ['questions asked', (t) => String(t.questions)],
  ['open (not yes/no)', (t) => pct(t.questions - t.closedQuestions, t.questions)],
  ['not leading', (t) => pct(t.questions - t.leadingQuestions, t.questions)],
  ['replies with two questions', (t) => String(t.doubleQuestions)],
  ['warranted follow-ups given', (t) => `${pct(t.warrantedFollowedUp, t.warranted)} (${t.warrantedFollowedUp}/${t.warranted})`],
  ['…quoting the participant’s own words', (t) => `${pct(t.warrantedQuoted, t.warranted)} (${t.warrantedQuoted}/${t.warranted})`],
  ['probes of non-content words', (t) => String(t.nonContentProbes)],
  ['"as I said" (already answered, asked again)', (t) => String(t.repeats)],
  ['stock praise after nothing/anger/injection', (t) => String(t.praiseAfterNothing)],
  ['empathy after distress', (t) => `${pct(t.empathy, t.distress)} (${t.empathy}/${t.distress})`],
  ['stops honoured within one turn', (t) => `${pct(t.stopsHonoured, t.stops)} (${t.stopsHonoured}/${t.stops})`],
  ['questions back answered, then asked again', (t) => `${pct(t.questionsBackAnswered, t.questionsBack)} (${t.questionsBackAnswered}/${t.questionsBack})`],
  ['skips honoured', (t) => `${pct(t.skipsHonoured, t.skips)} (${t.skipsHonoured}/${t.skips})`],
  ['clarifications reworded', (t) => `${pct(t.clarifiesReworded, t.clarifies)} (${t.clarifiesReworded}/${t.clarifies})`],
  ['"short of time" → one question, then the end', (t) => `${pct(t.hurriesHonoured, t.hurries)} (${t.hurriesHonoured}/${t.hurries})`],
  ['foreign words spliced into a template', (t) => String(t.splicedForeign)],
  ['mandatory questions missed (not stopped), or a stop shown as 100%', (t) => String(t.mandatoryMissed)],
  ['unnatural replies (empty, > 75 words, repeated sentence)', (t) => String(t.unnatural)],
];

const totals = new Map<Strategy, ReturnType<typeof total>>();
let interviews = 0;
for (const strategy of ['offline', 'llm'] as const) {
  const scored = await runReplays(strategy, undefined, { listsOnly: values.lists });
  interviews = scored.length;
  await writeTranscripts(values.out, strategy, scored);
  totals.set(strategy, total(scored.map((s) => s.score)));
}
console.log(`${interviews} scripted participants × 2 strategies; transcripts in ${values.out}/<strategy>/\n`);
console.log('| rubric | offline | LLM (scripted model) |');
console.log('|---|---|---|');
for (const [name, cell] of rows) console.log(`| ${name} | ${cell(totals.get('offline')!)} | ${cell(totals.get('llm')!)} |`);
