import { z } from 'zod';

/** The deepest nesting a free-form object may have. */
export const MAX_FREE_FORM_DEPTH = 8;
/** The most values (keys and array items, all levels together) a free-form object may hold. */
export const MAX_FREE_FORM_VALUES = 500;
/** Its largest size as JSON, in bytes. */
export const MAX_FREE_FORM_BYTES = 16 * 1024;

/**
 * Why a free-form value (event properties, a trigger's properties) cannot be stored, or undefined when it can. Walked
 * without recursion, so a hostile 60,000-deep array is refused rather than overflowing the stack; everything stored
 * must be readable back and exportable, so the bounds are checked at the door.
 */
export function freeFormProblem(value: unknown): string | undefined {
  const stack: { v: unknown; depth: number }[] = [{ v: value, depth: 0 }];
  let values = 0;
  while (stack.length > 0) {
    const { v, depth } = stack.pop()!;
    if (v === null || typeof v !== 'object') continue;
    if (depth >= MAX_FREE_FORM_DEPTH) return `is nested more than ${MAX_FREE_FORM_DEPTH} levels deep`;
    const children = Array.isArray(v) ? v : Object.values(v);
    values += children.length;
    if (values > MAX_FREE_FORM_VALUES) return `holds more than ${MAX_FREE_FORM_VALUES} values`;
    for (const child of children) stack.push({ v: child, depth: depth + 1 });
  }
  const bytes = new TextEncoder().encode(JSON.stringify(value)).length;
  if (bytes > MAX_FREE_FORM_BYTES) return `is larger than ${MAX_FREE_FORM_BYTES / 1024} KiB as JSON`;
  return undefined;
}

/** A free-form JSON object (string keys, any JSON values), bounded in depth, count and size. */
export const FreeFormObject = z.record(z.string().max(200), z.unknown()).superRefine((value, ctx) => {
  const problem = freeFormProblem(value);
  if (problem) ctx.addIssue({ code: 'custom', message: `This object ${problem}; send a flatter, smaller one.` });
});
