import { z } from 'zod';
import { named } from './registry.ts';

/** Response of `GET /healthz`. */
export const Health = named(
  'Health',
  z.object({ ok: z.literal(true), interviewer: z.enum(['offline', 'llm']), store: z.string(), version: z.string() }),
);
export type Health = z.infer<typeof Health>;

/** Response of `GET /readyz` when the store answers (a store that does not answers 503 with the usual error body). */
export const Readiness = named('Readiness', z.object({ ready: z.literal(true), store: z.string(), storeMs: z.number() }));
export type Readiness = z.infer<typeof Readiness>;
