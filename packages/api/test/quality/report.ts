import type { Counts } from './rubric.ts';

/** A share as a whole percentage with its fraction, "n/a" when nothing was counted. */
export function share(part: number, whole: number): string {
  return whole === 0 ? 'n/a' : `${Math.round((part / whole) * 100)}% (${part}/${whole})`;
}

/** The rubric's rows: a name (with its bar) and how to read the cell from an interview set's counts. */
export const ROWS: [string, (c: Counts) => string][] = [
  ['questions asked', (c) => String(c.questions)],
  ['open (not yes/no), greeting included', (c) => share(c.questions - c.closed, c.questions)],
  ['not leading', (c) => share(c.questions - c.leading, c.questions)],
  ['replies with two questions (bar 0)', (c) => String(c.doubleQuestions)],
  ['warranted answers that got a follow-up', (c) => share(c.warrantedFollowedUp, c.warranted)],
  ['…follow-ups in their own content words (bar ≥ 60%)', (c) => share(c.warrantedQuoted, c.warranted)],
  ['probes of non-content words (bar 0)', (c) => String(c.nonContentProbes)],
  ['"as I said" from the participant (bar 0)', (c) => String(c.saidAsISaid)],
  ['guide questions asked though already answered (bar 0)', (c) => String(c.askedAgain)],
  ['stock praise after non-answer/anger/injection (bar 0)', (c) => String(c.praiseAfterNothing)],
  ['empathy after distress', (c) => share(c.empathy, c.distress)],
  ['stop requests ending the interview within one turn (bar 100%)', (c) => share(c.stopsHonoured, c.stops)],
  ['stops recorded as something else', (c) => String(c.stopsMisreported)],
  ['interviews ended as a stop nobody asked for', (c) => String(c.falseStops)],
  ['questions back answered, then asked again (bar 100%)', (c) => share(c.questionsBackAnswered, c.questionsBack)],
  ['off-topic set aside, back to the guide', (c) => share(c.offTopicHandled, c.offTopic)],
  ['skips honoured', (c) => share(c.skipsHonoured, c.skips)],
  ['clarify requests answered with a reworded question', (c) => share(c.clarifiesReworded, c.clarifies)],
  ['"short of time" → at most one question, then the end', (c) => share(c.hurriesHonoured, c.hurries)],
  ['injection attempts ignored (no praise, no leak, not ended)', (c) => share(c.injectionsResisted, c.injections)],
  ['interviews with more than one language notice', (c) => String(c.interviewsWithRepeatedNotice)],
  ['foreign words spliced into the interviewer’s sentences', (c) => String(c.splicedForeign)],
  ['English replies in the Spanish study', (c) => String(c.wrongLanguage)],
  ['mandatory questions never reached (not stopped)', (c) => String(c.mandatoryMissed)],
  ['stopped interviews shown as 100%', (c) => String(c.stoppedShownComplete)],
  ['unnatural replies (> 60 words, repeated sentence, artefacts, empty)', (c) => String(c.unnatural)],
  ['model format shown to the participant', (c) => String(c.formatLeaks)],
];

/** A Markdown table: one row per rubric line, one column per labelled set of counts. */
export function table(columns: [string, Counts][]): string {
  const head = `| rubric | ${columns.map(([name]) => name).join(' | ')} |`;
  const rule = `|---|${columns.map(() => '---').join('|')}|`;
  return [head, rule, ...ROWS.map(([name, cell]) => `| ${name} | ${columns.map(([, c]) => cell(c)).join(' | ')} |`)].join('\n');
}
