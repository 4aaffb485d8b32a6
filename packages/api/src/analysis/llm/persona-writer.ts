import type OpenAI from 'openai';
import type { Persona } from '@parley/protocol';
import type { Logger } from '../../deps.ts';
import type { LlmConfig } from '../../llm/config.ts';
import { backgroundTaskLimits, createJsonCompletion } from '../../llm/json-completion.ts';
import { toLlmError } from '../../llm/llm-error.ts';
import type { PersonaDraft } from '../personas/persona-card.ts';
import { asksOrCloses } from '../personas/persona-sentences.ts';
import { contentWords } from '../personas/persona-words.ts';
import { ModelPersonas, personaFacts, personaMessages } from './persona-prompt.ts';
import { allowedNumbers, numbersGrounded } from './summary-prompt.ts';

/** Room for four names and descriptions in JSON. */
const MAX_OUTPUT_TOKENS = 800;
const MAX_NAME_WORDS = 6;
const MAX_NAME_CHARS = 60;
const MAX_DESCRIPTION_CHARS = 400;
/** Words a name may use without the participants having said them: what a persona is, not what it is about. */
const PERSONA_WORDS = new Set(
  `user users owner owners manager managers team teams lead leads leader leaders professional professionals pro pros
  seeker seekers keeper keepers guardian guardians builder builders operator operators customer customers people
  person folk folks specialist specialists expert experts buyer buyers admin admins worker workers`.split(/\s+/),
);

/** Writes persona names and descriptions from each persona's own material (on request; reads without a model are offline). */
export interface PersonaWriter {
  /** The personas with model-written names and descriptions where they pass the checks; the offline card otherwise. */
  write(input: { researchQuestion: string; drafts: PersonaDraft[]; signal?: AbortSignal }): Promise<Persona[]>;
}

/**
 * The LLM persona writer: the model gets each persona's distinctive traits and its members' verbatim sentences (never
 * transcripts), answers in a zod-validated JSON shape, and each name and description is checked before it replaces
 * the offline one: a name must be short, grounded in its own persona's words (at least one of its distinctive traits,
 * or of its members' self-descriptions when that is what sets it apart,
 * nothing the persona's members did not say but a few words for kinds of people), distinct, and never a request or a
 * closing line; a description must be grounded the same way and state only numbers in the material. What fails keeps
 * the offline wording; a model failure keeps every offline card.
 */
export function createLlmPersonaWriter(options: { client: OpenAI; config: Pick<LlmConfig, 'analysisModel' | 'tokenLimitParam' | 'timeoutMs' | 'maxRetries'>; logger?: Logger }): PersonaWriter {
  const { client, config, logger } = options;
  const complete = createJsonCompletion({
    client,
    config,
    schema: ModelPersonas,
    schemaName: 'persona_names',
    task: 'personas',
    temperature: 0.2,
    maxTokens: MAX_OUTPUT_TOKENS,
    ...backgroundTaskLimits(config),
    ...(logger ? { logger } : {}),
  });
  return {
    async write({ researchQuestion, drafts, signal }) {
      const offline = drafts.map((d) => d.persona);
      if (drafts.length === 0) return offline;
      const facts = personaFacts(researchQuestion, drafts);
      let written: ModelPersonas;
      try {
        const parsed = ModelPersonas.safeParse(JSON.parse(await complete(personaMessages(facts), signal)));
        if (!parsed.success) throw new Error('the persona names did not match their schema');
        written = parsed.data;
      } catch (err) {
        logger?.info('llm_personas_failed', { failure: toLlmError(err).failure, personas: drafts.length });
        return offline;
      }
      const numbers = allowedNumbers(facts);
      const vocabularies = drafts.map(vocabulary);
      const anchors = drafts.map(traitStems);
      const used = new Set<string>();
      const out = drafts.map((draft, i) => {
        const entry = written.personas.find((p) => p.id.trim() === `p${i + 1}`);
        const others = anchors.filter((_, j) => j !== i).flatMap((a) => [...a]).filter((s) => !has(vocabularies[i]!, s));
        const name = entry ? entry.name.trim().replace(/^["“'‘]+|["”'’.]+$/g, '') : '';
        const nameOk = name !== '' && goodName(name, vocabularies[i]!, anchors[i]!, others) && !used.has(name.toLowerCase());
        const description = entry?.description.trim() ?? '';
        const descriptionOk = description !== '' && goodDescription(description, vocabularies[i]!, anchors[i]!, others, numbers);
        if (!nameOk || !descriptionOk) logger?.info('llm_persona_rejected', { persona: i + 1, name: nameOk, description: descriptionOk });
        const persona: Persona = { ...draft.persona, name: nameOk ? name : draft.offlineName };
        used.add(persona.name.toLowerCase());
        if (descriptionOk) persona.context = `${description} ${draft.persona.context}`;
        return persona;
      });
      // A rejected name falls back to the offline one, which a model's name may have taken: then both go offline.
      return out.map((p, i) => (out.some((q, j) => j !== i && q.name.toLowerCase() === p.name.toLowerCase()) ? { ...p, name: drafts[i]!.offlineName } : p));
    },
  };
}

function goodName(name: string, own: Set<string>, anchors: Set<string>, others: string[]): boolean {
  const words = name.split(/\s+/);
  if (words.length > MAX_NAME_WORDS || name.length > MAX_NAME_CHARS || /\d/.test(name) || asksOrCloses(name)) return false;
  const said = contentWords(name.replace(/-/g, ' ')).flatMap((w) => (w ? [w] : []));
  if (!said.some((w) => has(anchors, w.stem))) return false;
  if (said.some((w) => others.some((o) => same(o, w.stem)))) return false;
  return said.every((w) => has(own, w.stem) || PERSONA_WORDS.has(w.surface.toLowerCase()));
}

function goodDescription(text: string, own: Set<string>, anchors: Set<string>, others: string[], numbers: Set<number>): boolean {
  if (text.length > MAX_DESCRIPTION_CHARS || !numbersGrounded(text, numbers)) return false;
  const sentences = text.match(/[^.!?]+[.!?]*/g) ?? [text];
  if (sentences.some((s) => asksOrCloses(s))) return false;
  const stems = stemsOf(text);
  return stems.some((s) => has(anchors, s)) && !stems.some((s) => others.some((o) => same(o, s)));
}

/** Stems of everything a persona's members said that the model was shown, and of its traits. */
function vocabulary(draft: PersonaDraft): Set<string> {
  const texts = [...draft.persona.goals, ...draft.persona.frustrations, ...draft.persona.behaviors, ...draft.quotes.map((q) => q.text), ...draft.traits.map((t) => t.label)];
  return new Set(texts.flatMap(stemsOf));
}

/**
 * Stems of a persona's distinctive traits said in words (not attributes or taxonomy subjects); for a persona found by
 * who its members say they are, also the words of those self-descriptions, which is what sets it apart.
 */
function traitStems(draft: PersonaDraft): Set<string> {
  const said = draft.traits.filter((t) => t.source !== 'attribute' && !t.key.includes(':c:')).map((t) => t.label);
  return new Set([...said, ...(draft.byIdentity ? draft.quotes.map((q) => q.text) : [])].flatMap(stemsOf));
}

function stemsOf(text: string): string[] {
  return contentWords(text.replace(/-/g, ' ')).flatMap((w) => (w ? [w.stem] : []));
}

/** The same word for naming purposes: the same stem, or one a longer form of the other ("freelanc", "freelancer"). */
function same(a: string, b: string): boolean {
  return a === b || (Math.min(a.length, b.length) >= 5 && (a.startsWith(b) || b.startsWith(a)));
}

function has(set: Set<string>, stem: string): boolean {
  if (set.has(stem)) return true;
  for (const s of set) if (same(s, stem)) return true;
  return false;
}
