import { ModelExtraction, type ModelTurn } from './extraction-schema.ts';

/** Parsed model output, or what was wrong with it in words the model can act on. */
export type ExtractionCheck = { ok: true; turns: Map<string, ModelTurn> } | { ok: false; issues: string[] };

/**
 * Reads the model's JSON (tolerating a code fence) and validates it with zod; entries for turn ids that were not
 * asked about are dropped, and output that covers none of them counts as invalid.
 */
export function checkExtraction(content: string, askedIds: string[]): ExtractionCheck {
  let raw: unknown;
  try {
    raw = JSON.parse(content.trim().replace(/^```(?:json)?\s*|\s*```$/g, ''));
  } catch {
    return { ok: false, issues: ['the answer was not valid JSON'] };
  }
  const parsed = ModelExtraction.safeParse(raw);
  if (!parsed.success) return { ok: false, issues: parsed.error.issues.map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`) };
  const asked = new Set(askedIds);
  const turns = new Map(parsed.data.turns.filter((t) => asked.has(t.turnId)).map((t) => [t.turnId, t]));
  if (turns.size === 0) return { ok: false, issues: [`no entry has one of the turnIds ${askedIds.join(', ')}`] };
  return { ok: true, turns };
}

/**
 * Where a model's quote sits in the answer: the exact span when it was copied faithfully (ignoring differences in
 * whitespace and curly quotes), else null. A quote the participant did not say is never shown as theirs.
 */
export function findVerbatim(answer: string, quote: string): string | null {
  const wanted = squash(quote).replace(/[.!?…]+$/, '');
  if (wanted.length < 3) return null;
  const sentences = answer.match(/[^.!?…\n]+[.!?…]*/g) ?? [];
  for (const s of sentences) if (squash(s).replace(/[.!?…]+$/, '') === wanted) return s.trim();
  const index = answer.indexOf(quote.trim());
  return index >= 0 ? quote.trim() : null;
}

function squash(text: string): string {
  return text.replace(/[“”]/g, '"').replace(/[‘’]/g, "'").replace(/\s+/g, ' ').trim().toLowerCase();
}
