/** Hash fields the store keeps beside a record's own fields; never part of the record. */
const INTERNAL_FIELD = /^_/;

/**
 * A record as Redis hash field/value pairs, one field per top-level property, each value JSON-encoded; properties that
 * are undefined are left out. One field per property lets a Lua script change `status` or bump `version` without
 * decoding and re-encoding the whole record (Lua's cjson would turn empty arrays into objects).
 */
export function toHashFields(record: object): string[] {
  const out: string[] = [];
  for (const [field, value] of Object.entries(record)) {
    if (value !== undefined) out.push(field, JSON.stringify(value));
  }
  return out;
}

/** The record stored as hash fields (an HGETALL reply: field, value, field, value…), or null for an empty hash. */
export function fromHashFields<T>(reply: unknown): T | null {
  if (!Array.isArray(reply) || reply.length === 0) return null;
  const record: Record<string, unknown> = {};
  for (let i = 0; i + 1 < reply.length; i += 2) {
    const field = String(reply[i]);
    if (!INTERNAL_FIELD.test(field)) record[field] = JSON.parse(String(reply[i + 1]));
  }
  return record as T;
}

/** Parses a JSON value stored as a Redis string (null when the key or field is absent). */
export function fromJson<T>(value: unknown): T | null {
  return value === null || value === undefined || value === false ? null : (JSON.parse(String(value)) as T);
}
