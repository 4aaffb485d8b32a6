import type { AnswerAnalysis } from './analyse-answer.ts';
import { rotated } from './variety.ts';

/** A probe wording; `{x}` is the participant's key phrase. */
interface ProbeTemplates {
  withPhrase: string[];
  plain: string[];
}

// A feeling gets an impact question; a hedge a concrete example; a short answer an invitation to say more.
const NEGATIVE_FEELING: ProbeTemplates = {
  withPhrase: [
    'You mentioned {x} — how did that affect you?',
    'You mentioned {x} — what did you do next?',
    'You mentioned {x} — what happened there?',
    'Thinking about {x}, what made it feel that way?',
  ],
  plain: ['How did that affect you?', 'What did you do next?', 'What made it feel that way?', 'What happened then?'],
};

const POSITIVE_FEELING: ProbeTemplates = {
  withPhrase: [
    'You mentioned {x} — why does that matter to you?',
    'You mentioned {x} — what made it work for you?',
    'You mentioned {x} — how did that affect your work?',
  ],
  plain: ['Why does that matter to you?', 'What made it feel that way?', 'How did that affect you?'],
};

const VAGUE: ProbeTemplates = {
  withPhrase: [
    'Could you walk me through the last time you dealt with {x}?',
    'You mentioned {x} — can you think of a specific time that stood out? What happened?',
    'You mentioned {x} — what happened the last time it came up?',
  ],
  plain: [
    'Could you walk me through the last time that happened?',
    'Can you think of a specific example? What happened?',
    'What happened the most recent time?',
    'What did that look like in practice?',
  ],
};

const SHORT: ProbeTemplates = {
  withPhrase: [
    'You mentioned {x} — what happened there?',
    'Tell me more about {x}.',
    'You mentioned {x} — what did you do next?',
    'You mentioned {x} — why does that matter to you?',
  ],
  plain: ['Could you tell me a bit more about that?', 'What happened next?', 'What makes you say that?', 'Could you give me an example?'],
};

/**
 * Probe wordings for an answer, best first: templates chosen by answer type (feeling → impact, hedge → concrete
 * example, short → tell me more), quoting the key phrase when there is one, rotated by `seed` for variety.
 */
export function probeCandidates(analysis: AnswerAnalysis, seed: number): string[] {
  const set = templatesFor(analysis);
  const quoted = analysis.keyPhrase ? rotated(set.withPhrase, seed).map((t) => t.replace('{x}', analysis.keyPhrase!)) : [];
  return [...quoted, ...rotated(set.plain, seed), ...rotated(SHORT.plain, seed)];
}

function templatesFor(analysis: AnswerAnalysis): ProbeTemplates {
  if (analysis.kind === 'emotional') return analysis.tone === 'positive' ? POSITIVE_FEELING : NEGATIVE_FEELING;
  if (analysis.kind === 'vague') return VAGUE;
  return SHORT;
}
