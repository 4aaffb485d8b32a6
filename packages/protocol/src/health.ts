import { z } from 'zod';
import { named } from './registry.ts';

/** Response of `GET /healthz`. */
export const Health = named(
  'Health',
  z.object({ ok: z.literal(true), interviewer: z.enum(['offline', 'llm']), store: z.string(), version: z.string() }),
);
export type Health = z.infer<typeof Health>;
