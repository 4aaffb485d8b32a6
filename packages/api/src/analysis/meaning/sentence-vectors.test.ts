import { beforeAll, describe, expect, it } from 'vitest';
import { createTextNlp } from '../../interviewer/offline/nlp.ts';
import { loadSentenceEmbedder } from './node-embedder.ts';
import { cosine, type SentenceEmbedder } from './sentence-vectors.ts';

// Real vectors: the first run on a fresh install derives the cache from the package (~2 s alone, longer while other
// test files share the cores), hence the generous hook timeout.
let embedder: SentenceEmbedder;
beforeAll(async () => {
  embedder = await loadSentenceEmbedder();
}, 120_000);

const alone = (a: string, b: string) => cosine(embedder.embedSentence(a)!, embedder.embedSentence(b)!);

const ANSWERS = [
  'The agent never understood my issue.',
  'I was double charged for the same month.',
  'The price is too high for a small team like ours.',
  'I waited three days before anyone replied.',
  'The app keeps crashing when I export a report.',
  'My refund still has not arrived.',
  'I could not log in after resetting my password.',
  'Onboarding was confusing and nobody explained the dashboard.',
  'The new search is really useful.',
  'We use it every morning to plan the week.',
  'I would recommend it to other teams.',
  'The mobile app is slow to load.',
];

describe('sentence vectors by meaning', () => {
  it('puts a complaint nearer its paraphrase than a sentence that only shares its words', () => {
    const anchor = 'the agent never understood my issue';
    expect(alone(anchor, 'support did not get what my problem was')).toBeGreaterThan(alone(anchor, 'the agent was great and friendly') + 0.1);
  });

  it('puts "double charged" near "billed twice" and away from unrelated feedback', () => {
    const near = alone('I was double charged', 'they billed me twice');
    for (const other of ['the agent was great and friendly', 'the onboarding was easy', 'we use it every morning']) {
      expect(near, other).toBeGreaterThan(alone('I was double charged', other) + 0.1);
    }
  });

  it('answers a question about a set of interview answers with the answer that means it', () => {
    const set = embedder.embedSet(ANSWERS);
    const best = (query: string) => {
      const q = embedder.embedSentence(query, set)!;
      return ANSWERS[set.vectors.map((v) => cosine(q, v)).reduce((bi, s, i, all) => (s > all[bi]! ? i : bi), 0)];
    };
    expect(best('they charged me twice')).toBe('I was double charged for the same month.');
    expect(best('too expensive')).toBe('The price is too high for a small team like ours.');
    expect(best('login problems')).toBe('I could not log in after resetting my password.');
    expect(best('nobody answered for days')).toBe('I waited three days before anyone replied.');
    expect(best('money back')).toBe('My refund still has not arrived.');
  });

  it('gives nothing for a sentence with no known word, without throwing or shifting the others', () => {
    for (const empty of ['', '   ', '!!! 42 :)', 'zxqv blorfity']) expect(embedder.embedSentence(empty)).toBeNull();
    const vectors = embedder.embedSentences(['', 'My refund still has not arrived.', 'zxqv']);
    expect(vectors).toHaveLength(3);
    expect(vectors[0]!.every((x) => x === 0)).toBe(true);
    expect(vectors[2]!.every((x) => x === 0)).toBe(true);
    expect(cosine(vectors[0]!, vectors[1]!)).toBe(0);
    expect(embedder.embedSentences([])).toEqual([]);
  });

  it('gives bit-identical vectors for the same input', () => {
    const bytes = (vs: Float32Array[]) => vs.map((v) => Buffer.from(v.buffer, v.byteOffset, v.byteLength).toString('hex'));
    expect(bytes(embedder.embedSentences(ANSWERS))).toEqual(bytes(embedder.embedSentences([...ANSWERS])));
    expect(bytes([embedder.embedSentence('billing was wrong')!])).toEqual(bytes([embedder.embedSentence('billing was wrong')!]));
  });

  it('removes a large set its own common component, and gives small sets the vocabulary one', () => {
    const large = embedder.embedSet(ANSWERS);
    const small = embedder.embedSet(ANSWERS.slice(0, 2));
    expect(Math.hypot(...large.component)).toBeCloseTo(1, 6);
    // The two agree closely (that is why the vocabulary's direction can stand in), but are not the same vector.
    expect(Math.abs(cosine(large.component, small.component))).toBeGreaterThan(0.9);
    expect(cosine(small.vectors[0]!, small.vectors[1]!)).toBeCloseTo(alone(ANSWERS[0]!, ANSWERS[1]!), 6);
  });

  it('takes the tokens the analysis already read, with their lemmas', () => {
    const nlp = createTextNlp();
    const text = 'They refunded me after I complained twice.';
    const fromTokens = embedder.embedSentence(nlp.read(text).tokens)!;
    expect(cosine(fromTokens, embedder.embedSentence(text)!)).toBeGreaterThan(0.95);
  });
});
