import { OUTCOME_LABELS } from '@parley/protocol';
import type { ExportData } from './collect-export.ts';

/** The export as a readable report: summary, key findings, themes with quotes, sentiment, then every transcript. */
export function exportMarkdown(data: ExportData): string {
  const { study, insights } = data;
  const lines: string[] = [
    `# ${md(study.title)}`,
    '',
    `Research question: ${md(study.researchQuestion)}`,
    '',
    `Exported ${data.exportedAt} · ${insights.sessionsAnalyzed} interviews analysed (${insights.engine} analysis)`,
    '',
    '## Summary',
    '',
    md(insights.summary.text),
    '',
    ...insights.summary.keyFindings.map((f) => `- ${md(f)}`),
    '',
    '## Themes',
    '',
  ];
  for (const t of insights.themes) {
    lines.push(`### ${md(t.label)} — ${t.count} interviews, sentiment ${t.sentiment.toFixed(2)}`, '', md(t.description), '');
    for (const q of t.quotes) lines.push(`> ${md(q.text)}`, `> — session ${q.sessionId}, turn ${q.turnId}`, '');
  }
  const d = insights.sentiment.distribution;
  lines.push('## Sentiment', '', `Average ${insights.sentiment.average.toFixed(2)}: ${d.negative} negative, ${d.neutral} neutral, ${d.positive} positive.`, '');
  if (insights.support.fixes.length) {
    lines.push('## Prioritised fixes', '');
    for (const f of insights.support.fixes) {
      lines.push(`${f.priority}. ${md(f.suggestion)} (${md(f.label)}, ${f.sessions} interviews)`);
      const asked = f.askedFor?.quotes ?? [];
      if (asked.length) lines.push(`   - What participants asked for (${f.askedFor!.sessions} interviews): ${asked.map((q) => `“${md(q.text)}” (session ${q.sessionId}, turn ${q.turnId})`).join('; ')}`);
    }
    lines.push('');
  }
  lines.push('## Transcripts', '');
  for (const s of data.sessions) {
    const attrs = Object.entries(s.participant.attributes ?? {}).map(([k, v]) => `${k}: ${v}`).join(', ');
    const mandatory = s.keyQuestions.total === 0 ? '' : ` · key questions ${s.keyQuestions.covered} of ${s.keyQuestions.total}`;
    lines.push(`### Session ${s.id}${s.participant.id ? ` — ${md(s.participant.id)}` : ''}`, '', `${OUTCOME_LABELS[s.outcome]}${s.endReason ? ` (${s.endReason})` : ''}${mandatory} · started ${s.startedAt}${attrs ? ` · ${md(attrs)}` : ''}`, '');
    if (s.unaskedMandatory.length > 0) lines.push(`Key questions not asked: ${s.unaskedMandatory.map(md).join(' · ')}`, '');
    for (const t of s.turns) {
      const who = t.role === 'participant' ? '**Participant**' : '**Interviewer**';
      const extra = t.analysis ? ` _(sentiment ${t.analysis.sentiment.toFixed(2)}${t.analysis.themes.length ? `; ${md(t.analysis.themes.join(', '))}` : ''})_` : '';
      lines.push(`${who}: ${md(t.text)}${extra}`, '');
    }
  }
  return lines.join('\n');
}

/** Participant text is shown as text: Markdown and HTML characters are escaped, line breaks kept inside the paragraph. */
function md(text: string): string {
  return text.replace(/([\\`*_{}\[\]<>#|!])/g, '\\$1').replace(/\r?\n/g, '  \n');
}
