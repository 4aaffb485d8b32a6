/**
 * A model that reads the support corpus the way a capable LLM reads interviews, answering on OpenAI's wire (via
 * test/llm/fake-openai.ts, so msw serves it): it knows what each sentence of the corpus means (the corpus's own truth
 * stands in for the model's understanding) and writes what such a model writes, so the model path's own work — label
 * reuse across interviews, turning labels into themes, counting interviews, segments, ask, summaries, personas — is
 * judged on realistic output rather than on a keyword fake.
 *
 * It is deliberately not perfect, because no model is: it names one subject in several ways ("No follow-up after
 * closing", "Nobody followed up"…) and reuses a label it was told about only when it sees one of that subject; a share
 * of mentions (by a hash of the sentence, so runs repeat) is missed or put with a neighbouring subject; it ignores pets
 * and weather, as a model does, and notes who people are and what they wish for as behaviours and goals. For ask, it
 * trusts retrieval: it cites the passages it is given in order, from different participants, and states only the
 * counted facts. Asked to tidy the codebook, it groups the labels it wrote for one subject and feeling. Nothing here looks at which question the scorer asks or which answer it expects.
 */
import { setupServer } from 'msw/node';
import type { LlmConfig } from '../../../src/llm/config.ts';
import { fakeOpenAi, type ModelAnswer, type SeenRequest } from '../../llm/fake-openai.ts';
import { llmStrategy, type ReplayStrategy } from './replay-corpus.ts';
import { PEOPLE, type Corpus, type PersonKindId, type ThemeId, type TopicId, type TruthSentence } from './support-corpus.ts';

/** Where the corpus model answers (msw intercepts it; nothing listens there). */
export const CORPUS_MODEL_BASE_URL = 'http://corpus-model.test/v1';

/** How often the model misses a mention, and how often it files one under a neighbouring subject. */
export interface ModelErrors {
  missed: number;
  confused: number;
}

/** The error rates of a good, not perfect, model (about one mention in six read differently from the truth). */
export const REALISTIC_ERRORS: ModelErrors = { missed: 0.08, confused: 0.08 };

// Ways a model names each subject; the first time it sees a subject in a study it picks one, later it mostly reuses.
const LABELS: Record<ThemeId, string[]> = {
  closed_unfixed: ['Ticket closed but not fixed', 'Closed without a fix', 'Marked resolved while still broken'],
  no_followup: ['No follow-up after closing', 'Nobody followed up', 'Having to chase support'],
  repeat: ['Repeating the issue to each agent', 'Having to repeat myself', 'Context lost between agents'],
  slow_first_reply: ['Slow first response', 'Long wait for a first reply', 'Days before anyone answered'],
  not_understood: ["Agent didn't understand the issue", 'Irrelevant canned replies', 'Problem misunderstood'],
  friendly_agent: ['Friendly, polite agents', 'Pleasant support staff'],
  fixed_properly: ['Fixed properly', 'Problem solved for good'],
};
const PAIN_POINTS: Partial<Record<ThemeId, string>> = {
  closed_unfixed: 'ticket closed while still broken',
  no_followup: 'no follow-up after closing',
  repeat: 'repeating the problem to each agent',
  slow_first_reply: 'slow first reply',
  not_understood: 'agent misunderstood the problem',
};
// Subjects a model plausibly confuses (waiting vs silence, hand-offs vs misunderstanding).
const NEIGHBOUR: Record<ThemeId, ThemeId> = {
  closed_unfixed: 'no_followup',
  no_followup: 'slow_first_reply',
  repeat: 'not_understood',
  slow_first_reply: 'no_followup',
  not_understood: 'repeat',
  friendly_agent: 'friendly_agent',
  fixed_properly: 'fixed_properly',
};
const TOPIC_LABELS: Record<TopicId, string> = { billing: 'Billing errors', export: 'Failing data exports', login: 'Login problems', sync: 'Sync problems' };
const SIGNAL_THEMES: Record<string, { label: string; sentiment: number }> = {
  churn: { label: 'Cancelling and moving to a competitor', sentiment: -0.9 },
  legal: { label: 'Legal threat and chargeback', sentiment: -0.9 },
  security: { label: "Another customer's data visible", sentiment: -0.8 },
  denial: { label: 'Staying despite the problem', sentiment: 0.2 },
};

/** The corpus model as an msw handler, with every request it received. */
export function corpusModel(corpus: Corpus, errors: ModelErrors = REALISTIC_ERRORS, options: { failMerge?: boolean; base?: string } = {}) {
  // A message is read as the sentences the participant wrote, whatever punctuation sits inside one of them.
  const truth = new Map<string, TruthSentence[]>();
  for (const iv of corpus.interviews) for (const line of iv.lines) truth.set(line.text, line.sentences);
  return fakeOpenAi((req) => (options.failMerge && req.system.includes('tidying the codebook') ? { status: 500 } : respond(req, truth, errors)), options.base ?? CORPUS_MODEL_BASE_URL);
}

function respond(req: SeenRequest, truth: Map<string, TruthSentence[]>, errors: ModelErrors): ModelAnswer {
  const data = JSON.parse(req.user);
  if (req.system.startsWith('You analyse answers')) return { json: JSON.stringify(extract(data, truth, errors)) };
  if (req.system.includes('answering a colleague')) return { stream: answerQuestion(data) };
  if (req.system.includes('writing the summary of a study')) return { json: JSON.stringify(summarise(data)) };
  if (req.system.includes('naming the personas')) return { json: JSON.stringify(namePersonas(data, truth)) };
  if (req.system.includes('tidying the codebook')) return { json: JSON.stringify(groupLabels(data)) };
  return { status: 400, body: { error: { message: 'the corpus model only analyses', type: 'invalid_request_error', param: null, code: null } } };
}

/** A stable number in [0, 1) from text, so the same sentence is always read the same way. */
function hash01(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return (h >>> 0) / 2 ** 32;
}

function extract(data: { knownThemes: string[]; answers: { turnId: string; answer: string }[] }, truth: Map<string, TruthSentence[]>, errors: ModelErrors) {
  const known = new Set(data.knownThemes);
  // Labels coined earlier in this same request are reused too, as a model keeps its own wording within one answer.
  const labelFor = (id: ThemeId, text: string): string => {
    const reuse = LABELS[id].find((l) => known.has(l));
    if (reuse && hash01(`reuse:${text}`) >= 0.1) return reuse;
    const coined = LABELS[id][Math.floor(hash01(`label:${text}`) * LABELS[id].length)]!;
    known.add(coined);
    return coined;
  };
  return {
    turns: data.answers.map((a) => {
      const themes: { label: string; quote: string; sentiment: number }[] = [];
      const painPoints: string[] = [];
      const goals: string[] = [];
      const behaviors: string[] = [];
      const feelings: number[] = [];
      for (const s of truth.get(a.answer) ?? []) {
        const text = s.text;
        if (s.kind === 'theme' || (s.kind === 'tone' && s.themes.length)) {
          const roll = hash01(`read:${a.turnId}:${text}`);
          if (roll < errors.missed) continue;
          const planted = s.themes[0]!;
          const id = roll < errors.missed + errors.confused ? NEIGHBOUR[planted] : planted;
          const praise = id === 'friendly_agent' || id === 'fixed_properly';
          const sentiment = praise ? 0.7 : -0.7;
          themes.push({ label: labelFor(id, text), quote: text, sentiment });
          feelings.push(sentiment);
          if (PAIN_POINTS[id]) painPoints.push(PAIN_POINTS[id]!);
        } else if (s.kind === 'tone') {
          feelings.push(s.expect === 'positive' ? 0.6 : s.expect === 'negative' ? -0.6 : -0.2);
        } else if (s.kind === 'topic' && s.topic) {
          themes.push({ label: TOPIC_LABELS[s.topic], quote: text, sentiment: -0.3 });
          feelings.push(-0.3);
        } else if (s.kind === 'signal' && s.signal) {
          const signal = SIGNAL_THEMES[s.signal]!;
          themes.push({ label: signal.label, quote: text, sentiment: signal.sentiment });
          feelings.push(signal.sentiment);
        } else if (s.kind === 'wish') {
          goals.push(text.replace(/[.!]+$/, ''));
        } else if (s.kind === 'channel' || (s.kind === 'decoy' && s.decoy === 'background') || (s.kind === 'person' && PEOPLE[s.person!].habits.includes(text))) {
          behaviors.push(text.replace(/[.!]+$/, ''));
        }
      }
      const sentiment = feelings.length ? Math.round((feelings.reduce((x, y) => x + y, 0) / feelings.length) * 100) / 100 : 0;
      return {
        turnId: a.turnId,
        sentiment,
        emotions: sentiment <= -0.5 ? ['frustration'] : [],
        themes,
        painPoints: [...new Set(painPoints)],
        goals,
        behaviors,
        journeyStage: null,
        quotes: themes.slice(0, 2).map((t) => t.quote),
      };
    }),
  };
}

// Labels of one subject and one feeling are one finding; the most-used one names it.
function groupLabels(data: { labels: { label: string; feeling: string; mentions: number }[] }) {
  const groups = new Map<string, { label: string; mentions: number }[]>();
  for (const l of data.labels) {
    const subject = (Object.keys(LABELS) as ThemeId[]).find((id) => LABELS[id].includes(l.label));
    if (!subject) continue;
    const key = `${subject}/${l.feeling}`;
    groups.set(key, [...(groups.get(key) ?? []), l]);
  }
  return {
    groups: [...groups.values()].filter((g) => g.length > 1).map((g) => ({ label: [...g].sort((a, b) => b.mentions - a.mentions)[0]!.label, members: g.map((l) => l.label) })),
  };
}

function answerQuestion(data: { facts?: { interviews: number; speaking: number }; quotes: { n: number; participant: string; text: string }[] }): string {
  const seen = new Set<string>();
  const cited = data.quotes.filter((q) => (seen.has(q.participant) ? false : (seen.add(q.participant), true))).slice(0, 4);
  if (cited.length === 0) return 'The quotes do not answer this question.';
  const opening = data.facts ? `${data.facts.speaking} of ${data.facts.interviews} interviews speak to this.` : 'Several participants speak to this.';
  return `${opening} ${cited.map((q) => `One says “${q.text}” [${q.n}]`).join('; ')}.`;
}

function summarise(facts: { interviews: number; sentiment: { negative: number; neutral: number; positive: number }; themes: { label: string; interviews: number; share: number }[] }) {
  const { negative, positive } = facts.sentiment;
  const tone = negative > positive ? 'mostly negative' : positive > negative ? 'mostly positive' : 'mixed';
  const [first, second] = facts.themes;
  const summary = [
    `Across ${facts.interviews} interviews the experience was ${tone}: ${negative} negative and ${positive} positive.`,
    ...(first ? [`The most common theme is ${first.label.toLowerCase()} (${first.interviews} interviews, ${first.share}%)${second ? `, then ${second.label.toLowerCase()} (${second.interviews})` : ''}.`] : []),
  ].join(' ');
  const keyFindings = facts.themes.slice(0, 4).map((t) => `${t.label}: ${t.interviews} interviews (${t.share}%).`);
  return { summary, keyFindings: keyFindings.length ? keyFindings : [summary] };
}

// How a capable model names people by how they describe themselves (it reads the sentences; the truth stands in).
const KIND_NAMES: Record<PersonKindId, { name: string; description: string }> = {
  it_admin: { name: 'IT admins supporting staff', description: 'IT admins who look after the systems, accounts and staff of their organisation and raise tickets for colleagues.' },
  owner: { name: 'Owners doing their own admin', description: 'Owners who run a small business themselves and do the admin and paperwork on their own, often after closing.' },
};

function namePersonas(
  facts: { personas: { id: string; interviews: number; setApartBy: { trait: string; about: string }[]; goals: string[]; frustrations: string[]; whoTheyAre?: string[] }[] },
  truth: Map<string, TruthSentence[]>,
) {
  const sentences = new Map([...truth.values()].flat().map((s) => [s.text, s]));
  return {
    personas: facts.personas.map((p) => {
      const kinds = (p.whoTheyAre ?? []).map((text) => sentences.get(text)?.person).filter((k): k is PersonKindId => !!k);
      const kind = kinds.find((k) => kinds.filter((x) => x === k).length * 2 > kinds.length);
      if (kind) return { id: p.id, ...KIND_NAMES[kind] };
      const trait = p.setApartBy.find((t) => t.about !== 'attribute') ?? p.setApartBy[0];
      const words = (trait?.trait ?? 'customers').split(/\s+/).slice(0, 3).join(' ');
      const name = `${words.charAt(0).toUpperCase()}${words.slice(1)} customers`;
      const want = p.goals[0] ?? p.frustrations[0];
      const description = `${p.interviews} interviews set apart by ${trait?.trait ?? 'their answers'}.${want ? ` They say: ${want}.` : ''}`;
      return { id: p.id, name, description };
    }),
  };
}

/**
 * The replay strategy that analyses with the corpus model: extraction, ask, summaries and persona names go over the
 * OpenAI wire to it (msw, started on open and stopped on close); the interviewer stays the offline one, since the
 * corpus's lines do not depend on the questions.
 */
export function corpusModelStrategy(corpus: Corpus, errors: ModelErrors = REALISTIC_ERRORS, options: { failMerge?: boolean } = {}): ReplayStrategy {
  const config: LlmConfig = { baseUrl: CORPUS_MODEL_BASE_URL, apiKey: 'sk-corpus', model: 'corpus-model', analysisModel: 'corpus-model', timeoutMs: 10_000, maxRetries: 0, tokenLimitParam: 'max_tokens' };
  const inner = llmStrategy(config, { interviewer: 'offline', name: `model (corpus model, ${Math.round(errors.missed * 100)}% missed, ${Math.round(errors.confused * 100)}% confused)` });
  let model: ReturnType<typeof corpusModel> | undefined;
  return {
    name: inner.name,
    calls() {
      const out: Record<string, number> = {};
      for (const req of model?.requests ?? []) out[kindOf(req.system)] = (out[kindOf(req.system)] ?? 0) + 1;
      return out;
    },
    async open() {
      model = corpusModel(corpus, errors, options);
      const server = setupServer(model.handler);
      server.listen({ onUnhandledRequest: 'bypass' });
      const opened = await inner.open();
      return {
        ...opened,
        async close() {
          await opened.close();
          server.close();
        },
      };
    },
  };
}

function kindOf(system: string): string {
  if (system.startsWith('You analyse answers')) return 'extraction';
  if (system.includes('answering a colleague')) return 'ask';
  if (system.includes('writing the summary of a study')) return 'summary';
  if (system.includes('naming the personas')) return 'personas';
  if (system.includes('tidying the codebook')) return 'theme merge';
  return 'other';
}
