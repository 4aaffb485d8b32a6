import { z } from 'zod';

/** Named schemas that become `components.schemas` of the OpenAPI document (a private registry, not zod's global one). */
export const schemaRegistry = z.registry<{ id: string; description?: string }>();

/** Registers a schema under a component name and returns it unchanged. */
export function named<T extends z.ZodType>(id: string, schema: T, description?: string): T {
  schemaRegistry.add(schema, description ? { id, description } : { id });
  return schema;
}
