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
  return validate(schema, value, 'body');
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
