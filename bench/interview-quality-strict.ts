/**
 * Interview quality as a researcher judges it (issue 12, "Interviews that listen"): the scripted participants of
 * packages/api/test/quality (a storyteller, terse, angry, off topic, questions back, skip then stop, a stop mid-message,
 * short of time, Spanish/French in an English study, an injection, contradictions, a trial story, non-answers,
 * "Got WHAT done?", a Spanish study, stops in es/fr/de…) are interviewed through the real API by both strategies
 * (the LLM one against a scripted model served by msw in OpenAI's streamed format, misformatting now and then),
 * every transcript is scored turn by turn on the rubric and written out to read.
 * Usage: node --import tsx bench/interview-quality-strict.ts [--out .test-output/transcripts] [--lists] [--only name,name]
 *   --lists  sends plans as the two older question lists (for replaying on a checkout that predates plan questions)
 * Prints one table (a column per strategy) and the scripted model's misformats; results: bench/RESULTS.md.
 */
import { parseArgs } from 'node:util';
import { PARTICIPANTS } from '../packages/api/test/quality/participants.ts';
import { runStrategy, type StrategyRun } from '../packages/api/test/quality/run.ts';
import { total } from '../packages/api/test/quality/rubric.ts';
import { table } from '../packages/api/test/quality/report.ts';
import { writeTranscripts } from '../packages/api/test/quality/transcripts.ts';

const { values } = parseArgs({
  options: { out: { type: 'string', default: '.test-output/transcripts' }, lists: { type: 'boolean', default: false }, only: { type: 'string' } },
});
const names = values.only?.split(',').map((n) => n.trim());
const only = names ? PARTICIPANTS.filter((p) => names.some((n) => p.name.startsWith(n))) : PARTICIPANTS;

const runs: StrategyRun[] = [];
for (const strategy of ['offline', 'llm'] as const) {
  const started = performance.now();
  const run = await runStrategy(strategy, { lists: values.lists, only });
  const turns = run.scored.reduce((n, s) => n + s.replay.exchanges.filter((e) => e.role === 'participant').length, 0);
  console.log(`${strategy}: ${run.scored.length} interviews, ${turns} participant turns, ${Math.round(performance.now() - started)} ms`);
  await writeTranscripts(values.out, strategy, run.scored);
  runs.push(run);
}
console.log(`transcripts: ${values.out}/<strategy>/<participant>.md${values.lists ? ' (plans sent as the two older lists)' : ''}\n`);
console.log(table(runs.map((r) => [r.strategy === 'llm' ? 'LLM (scripted model)' : 'offline', total(r.scored.map((s) => s.score))])));
const model = runs.find((r) => r.model)?.model;
if (model) {
  const listed = Object.entries(model.misformats).sort((a, b) => b[1] - a[1]).map(([k, v]) => `${k} ${v}`).join(', ');
  console.log(`\nscripted model: ${model.requests.length} requests; misformats sent: ${listed || 'none'}`);
}
const failing = runs.flatMap((r) => r.scored.flatMap((s) => s.score.marks.filter((m) => !m.ok).map(() => `${r.strategy}/${s.replay.participant.name}`)));
const worst = Object.entries(failing.reduce<Record<string, number>>((acc, k) => ({ ...acc, [k]: (acc[k] ?? 0) + 1 }), {})).sort((a, b) => b[1] - a[1]).slice(0, 6);
if (worst.length) console.log(`most failed marks: ${worst.map(([k, v]) => `${k} (${v})`).join(', ')}`);
