import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { setupServer } from 'msw/node';
import { makeTestApp } from '../harness.ts';
import { makeLlmTestApp } from '../llm/llm-app.ts';
import { fakeOpenAi } from '../llm/fake-openai.ts';
import { PARTICIPANTS, type Participant } from './participants.ts';
import { replay, type Replay } from './replay.ts';
import { score, type Score } from './rubric.ts';
import { scriptedModel } from './scripted-model.ts';

/** Which interviewer a replay runs against. */
export type Strategy = 'offline' | 'llm';

/** One participant's interview and its score. */
export interface Scored {
  replay: Replay;
  score: Score;
}

/**
 * Replays every scripted participant (or `only`) against one strategy, each in a fresh app; the LLM one talks to the
 * scripted model through msw in the exact OpenAI wire format.
 */
export async function runReplays(strategy: Strategy, only: Participant[] = PARTICIPANTS, options: { listsOnly?: boolean } = {}): Promise<Scored[]> {
  const server = strategy === 'llm' ? setupServer(fakeOpenAi(scriptedModel).handler) : undefined;
  server?.listen({ onUnhandledRequest: 'error' });
  try {
    const out: Scored[] = [];
    for (const participant of only) {
      const t = strategy === 'llm' ? await makeLlmTestApp() : await makeTestApp();
      try {
        const r = await replay(t, participant, options);
        out.push({ replay: r, score: score(r) });
      } finally {
        await t.cleanup();
      }
    }
    return out;
  } finally {
    server?.close();
  }
}

/** Writes each transcript as Markdown, with the rubric's ground-truth tags beside the participant's lines, to read as a researcher would. */
export async function writeTranscripts(dir: string, strategy: Strategy, scored: Scored[]): Promise<void> {
  const folder = join(dir, strategy);
  await mkdir(folder, { recursive: true });
  for (const { replay: r, score: s } of scored) {
    const lines = [
      `# ${r.participant.name} — ${r.participant.study.id} study (${strategy})`,
      '',
      `Outcome: ${r.session.outcome}${r.session.endReason ? ` (${r.session.endReason})` : ''}; key questions ${r.session.progress.mandatoryCovered ?? '?'} of ${r.session.progress.mandatoryTotal ?? '?'}; progress ${Math.round(r.session.progress.fraction * 100)}%`,
      '',
      ...r.turns.map((t) => (t.role === 'interviewer' ? `**Interviewer:** ${t.text}` : `> **Participant:** ${t.text}${t.line?.tags?.length ? `  _[${t.line.tags.join(', ')}]_` : ''}`)),
      '',
      '## Coverage',
      ...(r.session.coverage ?? []).map((q) => `- ${q.status}${q.mandatory ? ' (mandatory)' : ''}: ${q.text}`),
      '',
      '## Rubric counts',
      '```json',
      JSON.stringify(s, null, 1),
      '```',
    ];
    await writeFile(join(folder, `${r.participant.name}.md`), `${lines.join('\n')}\n`);
  }
}
