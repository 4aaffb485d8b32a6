import type { ErrorIssue } from '@parley/protocol';

/** A form field as researchers know it: its label, and the unit its limits count in. */
interface FieldWords {
  label: string;
  unit?: string;
}

// API paths (the wire names in `issues`) to the labels on screen; `#` stands for a list index.
const FIELDS: Record<string, FieldWords> = {
  researchQuestion: { label: 'The research question', unit: 'characters' },
  title: { label: 'The study name', unit: 'characters' },
  priority: { label: 'Priority' },
  'plan.description': { label: 'What this study is about', unit: 'characters' },
  'plan.targetParticipants': { label: 'Who to talk to', unit: 'characters' },
  'plan.goals': { label: 'The plan', unit: 'goals' },
  'plan.goals.#': { label: 'Goal #' },
  'plan.mandatoryQuestions': { label: 'The plan', unit: 'mandatory questions' },
  'plan.mandatoryQuestions.#': { label: 'Mandatory question #' },
  'plan.coreQuestions.#': { label: 'Core question #' },
  'plan.flow': { label: 'The flow', unit: 'stages' },
  'plan.flow.#': { label: 'Stage #' },
  'plan.maxTurns': { label: 'Interview length', unit: 'turns' },
  'plan.maxMinutes': { label: 'The time limit', unit: 'minutes' },
  'plan.language': { label: 'The language' },
  'experience.title': { label: 'The title', unit: 'characters' },
  'experience.welcomeMessage': { label: 'The welcome message', unit: 'characters' },
  'experience.researcher.name': { label: "The researcher's name", unit: 'characters' },
  'experience.researcher.avatarUrl': { label: "The researcher's photo link" },
  'experience.consentText': { label: 'The consent text', unit: 'characters' },
  'experience.thankYouMessage': { label: 'The thank-you message', unit: 'characters' },
  'experience.endCta.text': { label: 'The call to action', unit: 'characters' },
  'experience.endCta.url': { label: "The call to action's link" },
  'triggers.#.event': { label: 'The event name of trigger #' },
  'triggers.#.delayMinutes': { label: 'The wait of trigger #', unit: 'minutes' },
  'triggers.#.attribute': { label: 'The date attribute of trigger #' },
  'triggers.#.days': { label: 'The days of trigger #', unit: 'days' },
  'triggers.#.urlPattern': { label: 'The page of trigger #' },
  'triggers.#.seconds': { label: 'The seconds of trigger #', unit: 'seconds' },
  'targeting.sampleRate': { label: 'The share of people to ask' },
  'targeting.recontactDays': { label: 'Days before asking again', unit: 'days' },
  'targeting.maxSessions': { label: 'The interview limit', unit: 'interviews' },
};

/** The on-screen name of an API field path ("plan.maxTurns" → "Interview length"); list rows count from 1. */
export function fieldWords(path: string): FieldWords {
  const index = /\.(\d+)(?=\.|$)/.exec(path)?.[1];
  const pattern = path.replace(/\.\d+(?=\.|$)/, '.#');
  const known = FIELDS[pattern];
  if (known) return { ...known, label: index === undefined ? known.label : known.label.replace('#', String(Number(index) + 1)) };
  // An unknown path still reads as words: its last part, split at capitals ("welcomeMessage" → "welcome message").
  const last = path.split('.').filter((p) => !/^\d+$/.test(p)).pop() ?? '';
  return { label: last ? `The ${last.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase()}` : 'This request' };
}

// The contract's own rules, whose messages name wire fields, as researchers would say them.
const RULES: Record<string, string> = {
  'maxTurns must leave room for every mandatory question': 'Interview length must be more turns than there are mandatory questions, so each one gets asked.',
  'a plan needs at least one question': 'The plan needs at least one question.',
  'send at least one field to change': 'There was nothing to save.',
};

const sentence = (s: string) => `${s[0]!.toUpperCase()}${s.slice(1)}${/[.!?]$/.test(s) ? '' : '.'}`;

/**
 * One refused field as a plain sentence ("Interview length must be at least 4 turns."), reading zod's standard
 * messages ("Too small: expected number to be >=4"); a message already in words follows the field's name.
 */
export function plainIssue(issue: ErrorIssue): string {
  const { label, unit } = fieldWords(issue.path);
  const m = issue.message;
  if (RULES[m]) return RULES[m];
  const size = /^Too (small|big): expected (\w+) to (?:be|have) ([<>]=?)(-?[\d.]+)/.exec(m);
  if (size) {
    const [, which, kind, op, raw] = size;
    let n = Number(raw);
    // Strict bounds ("> 0") read as the nearest whole number people would type.
    if (op === '>') n += kind === 'number' ? 0 : 1;
    if (op === '<') n -= kind === 'number' ? 0 : 1;
    const bound = which === 'small' ? (op === '>' && kind === 'number' ? 'more than' : 'at least') : op === '<' && kind === 'number' ? 'less than' : 'at most';
    if (kind === 'string' && which === 'small' && n <= 1) return `${label} cannot be empty.`;
    const counted = kind === 'string' ? 'characters' : kind === 'array' ? (unit ?? 'items') : unit;
    const verb = kind === 'array' ? 'needs' : kind === 'string' ? 'must have' : 'must be';
    return `${label} ${verb} ${bound} ${n}${counted ? ` ${counted}` : ''}.`;
  }
  if (/expected int\b/.test(m)) return `${label} must be a whole number.`;
  if (/expected (number|int), received/.test(m)) return `${label} must be a number.`;
  if (/received undefined/.test(m)) return `${label} is required.`;
  if (/^Invalid (URL|url)/.test(m)) return `${label} must be a web address starting with https://.`;
  const option = /^Invalid option: expected one of (.+)$/.exec(m);
  if (option) return `${label} must be one of ${option[1]!.replace(/"/g, '').split('|').join(', ')}.`;
  if (m === 'unknown field') return `${label} is not something Parley stores.`;
  if (m === 'Required') return `${label} is required.`;
  // A message that already reads as the end of a sentence ("must be a BCP 47 tag…") follows the field's name.
  if (/^(must|should|cannot|is|needs|has|asks)\b/.test(m)) return sentence(`${label} ${m}`);
  return sentence(`${label}: ${m}`);
}

/** The plain sentence for the first issue about exactly `path` (for the field that shows it), if any. */
export function issueAt(issues: readonly ErrorIssue[] | undefined, path: string): string | undefined {
  const issue = issues?.find((i) => i.path === path);
  return issue ? plainIssue(issue) : undefined;
}
