import { z } from 'zod';
import { named } from './registry.ts';

/** ISO-8601 timestamp as sent on the wire. */
export const Timestamp = z.iso.datetime({ offset: true });

/** A client-chosen turn id: 1–64 chars of [A-Za-z0-9_-]. */
export const TurnId = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, 'must be 1–64 characters of A–Z, a–z, 0–9, _ or -');

/** Error types of API.md; wire names, never rename. */
export const ErrorType = z.enum([
  'invalid_request',
  'authentication',
  'permission',
  'not_found',
  'conflict',
  'payload_too_large',
  'rate_limited',
  'upstream',
  'internal',
]);
export type ErrorType = z.infer<typeof ErrorType>;

/** One offending field of an invalid request. */
export const ErrorIssue = z.object({ path: z.string(), message: z.string() });
export type ErrorIssue = z.infer<typeof ErrorIssue>;

/** The one error shape every failing response carries. */
export const ErrorBody = named(
  'Error',
  z.object({
    error: z.object({
      type: ErrorType,
      message: z.string(),
      issues: z.array(ErrorIssue).optional(),
      requestId: z.string(),
    }),
  }),
);
export type ErrorBody = z.infer<typeof ErrorBody>;

/** `?limit=&cursor=` of every list endpoint. */
export const ListQuery = z.object({
  limit: z.coerce.number().int().min(1).max(100).default(20),
  cursor: z.string().min(1).max(200).optional(),
});
export type ListQuery = z.infer<typeof ListQuery>;

/** Builds the `{ data, nextCursor }` envelope schema for a list of `item`. */
export function listOf<T extends z.ZodType>(item: T) {
  return z.object({ data: z.array(item), nextCursor: z.string().nullable() });
}

/** Language-model tokens spent: per session, and summed per study. Zero with the offline interviewer. */
export const TokenUsage = named('TokenUsage', z.object({ promptTokens: z.number().int().min(0), completionTokens: z.number().int().min(0) }));
export type TokenUsage = z.infer<typeof TokenUsage>;

/** A participant attribute value: plain scalars only, so segments stay comparable. */
export const AttributeValue = z.union([z.string().max(500), z.number(), z.boolean()]);
/** Participant attributes (plan, company size, channel…), at most 50 keys. */
export const Attributes = z
  .record(z.string().min(1).max(64), AttributeValue)
  .refine((r) => Object.keys(r).length <= 50, 'at most 50 attributes');
export type Attributes = z.infer<typeof Attributes>;
