import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Scored, Strategy } from './run.ts';

/** One interview as Markdown to read: the study, each turn with the rubric's marks beside it, coverage and counts. */
export function transcriptMarkdown(strategy: Strategy, { replay: r, score: s }: Scored): string {
  const { participant: p, session } = r;
  const marksAt = (i: number) => s.marks.filter((m) => m.at === i).map((m) => `${m.ok ? '✓' : '✗'} ${m.note}`);
  const lines = [
    `# ${p.name} — ${p.study.id} study, ${strategy} interviewer`,
    '',
    `_${p.persona}_`,
    '',
    `Study: ${p.study.researchQuestion} (language ${p.study.language})`,
    '',
    ...p.study.questions.map((q) => `- ${q.mandatory ? '**mandatory**' : 'core'} \`${q.id}\`: ${q.text}`),
    '',
    `Session: ${session.status}${session.endReason ? `, endReason ${session.endReason}` : ''}${session.outcome ? `, outcome ${session.outcome}` : ''}, progress ${Math.round(session.progress.fraction * 100)}%` +
      (session.progress.mandatoryTotal !== undefined ? ` (mandatory ${session.progress.mandatoryCovered}/${session.progress.mandatoryTotal})` : '') +
      (r.closedByParticipant ? ' — the participant closed the widget' : ''),
    '',
    '## Transcript',
    '',
  ];
  r.exchanges.forEach((e, i) => {
    if (e.role === 'interviewer') lines.push(`**Interviewer:** ${e.text}${e.status === 'completed' ? ' _(completed)_' : ''}`);
    else lines.push(`> **Participant:** ${e.text}${e.said?.marks.length ? `  \`${e.said.marks.join(', ')}\`` : ''}`);
    for (const m of marksAt(i)) lines.push(`>> ${m}`);
    lines.push('');
  });
  if (session.coverage?.length) {
    lines.push('## Coverage reported by the API', '', ...session.coverage.map((q) => `- ${q.status}${q.mandatory ? ' (mandatory)' : ''} \`${q.questionId}\`${q.evidence ? ` — “${q.evidence}”` : ''}`), '');
  }
  const { marks: _marks, ...counts } = s;
  const nonZero = Object.entries(counts).filter(([, v]) => v !== 0);
  lines.push('## Counts', '', nonZero.map(([k, v]) => `${k} ${v}`).join(' · '), '');
  return lines.join('\n');
}

/** Writes every transcript to `<dir>/<strategy>/<participant>.md`. */
export async function writeTranscripts(dir: string, strategy: Strategy, scored: readonly Scored[]): Promise<void> {
  const folder = join(dir, strategy);
  await mkdir(folder, { recursive: true });
  await Promise.all(scored.map((x) => writeFile(join(folder, `${x.replay.participant.name}.md`), transcriptMarkdown(strategy, x))));
}
