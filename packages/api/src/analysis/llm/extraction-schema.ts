import { z } from 'zod';
import { EMOTIONS } from '../session-analysis.ts';

/**
 * What the model returns for a batch of participant turns, as a strict structured-output schema (every field
 * required; "nothing" is an empty list or null). Checked again after parsing: turn ids must be the ones sent and
 * quotes must be the participant's exact words (check-extraction.ts).
 */
export const ModelTurn = z.object({
  turnId: z.string().describe('The turnId of the answer, exactly as given.'),
  sentiment: z.number().describe('How the participant feels in this answer, from -1 (very negative) to 1 (very positive).'),
  emotions: z.array(z.enum(EMOTIONS)).describe('Emotions the participant expresses, if any.'),
  themes: z
    .array(
      z.object({
        label: z.string().describe('A short theme label (2–5 words, sentence case). Reuse a known theme label when it fits.'),
        quote: z.string().describe("The sentence of the answer that raises this theme, copied exactly, character for character."),
        sentiment: z.number().describe('-1 to 1: how the participant feels about this theme.'),
      }),
    )
    .describe('What the answer is about: one entry per distinct subject.'),
  painPoints: z.array(z.string()).describe('Problems the participant reports, each in a short phrase.'),
  goals: z.array(z.string()).describe('What the participant is trying to achieve, each in a short phrase.'),
  behaviors: z.array(z.string()).describe('What the participant habitually does, each in a short phrase.'),
  journeyStage: z.string().nullable().describe('The stage of the journey this answer is about: one of the given stages, or null.'),
  quotes: z.array(z.string()).describe('Up to two sentences of the answer worth quoting in a report, copied exactly.'),
});
export type ModelTurn = z.infer<typeof ModelTurn>;

/** The whole structured output. */
export const ModelExtraction = z.object({ turns: z.array(ModelTurn) });
export type ModelExtraction = z.infer<typeof ModelExtraction>;
