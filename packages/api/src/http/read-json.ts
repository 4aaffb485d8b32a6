import type { Context } from 'hono';
import type { z } from 'zod';
import { ApiError } from './api-error.ts';
import { zodIssues } from './zod-issues.ts';

/** Reads and validates a JSON body; `optional` bodies may be empty and then validate `{}`. */
export async function readJson<T extends z.ZodType>(c: Context, schema: T, options: { optional?: boolean } = {}): Promise<z.infer<T>> {
  const text = await c.req.text();
  let value: unknown = {};
  if (text.trim() === '') {
    if (!options.optional) throw new ApiError('invalid_request', 'The request body must be a JSON object.');
  } else {
    try {
      value = JSON.parse(text);
    } catch {
      throw new ApiError('invalid_request', 'The request body is not valid JSON.');
    }
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    throw new ApiError('invalid_request', 'The request body must be a JSON object.');
  }
  const broken = illFormedString(value);
  if (broken !== undefined) {
    throw new ApiError('invalid_request', 'The request body holds text that is not valid Unicode (a lone surrogate).', { issues: [{ path: broken, message: 'must be valid Unicode text' }] });
  }
  return validate(schema, value, 'body');
}

// A high surrogate not followed by a low one, or a low one not preceded by a high one (code units: no "u" flag).
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/**
 * The path of the first string (or key) that is not well-formed UTF-16 ("\ud800" alone), if any. Such text cannot be
 * stored everywhere (Redis answers it with an error after the rest was written), so it is refused at the door.
 * Walked without recursion: bodies are at most 64 KiB, however deeply they nest.
 */
function illFormedString(value: unknown): string | undefined {
  const stack: { v: unknown; path: string }[] = [{ v: value, path: '' }];
  while (stack.length > 0) {
    const { v, path } = stack.pop()!;
    if (typeof v === 'string') {
      if (LONE_SURROGATE.test(v)) return path;
      continue;
    }
    if (v === null || typeof v !== 'object') continue;
    for (const [key, child] of Object.entries(v)) {
      const at = path ? `${path}.${key}` : key;
      if (LONE_SURROGATE.test(key)) return at;
      stack.push({ v: child, path: at });
    }
  }
  return undefined;
}

/** Validates query parameters against a schema. */
export function readQuery<T extends z.ZodType>(c: Context, schema: T): z.infer<T> {
  return validate(schema, c.req.query(), 'query');
}

function validate<T extends z.ZodType>(schema: T, value: unknown, where: string): z.infer<T> {
  const parsed = schema.safeParse(value);
  if (parsed.success) return parsed.data;
  const issues = zodIssues(parsed.error);
  const fields = issues.map((i) => i.path || where).join(', ');
  throw new ApiError('invalid_request', `The request ${where} is invalid: ${fields}.`, { issues });
}
