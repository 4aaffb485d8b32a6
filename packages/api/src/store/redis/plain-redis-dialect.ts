import { createHash } from 'node:crypto';

// Script shebang flags that only Upstash understands; Redis 7 refuses a script naming one
// ("Unexpected flag in script shebang"). @upstash/ratelimit 2.2 marks its scripts `allow-key-locking`.
const UPSTASH_ONLY_FLAGS = new Set(['allow-key-locking']);
const SHEBANG = /^#!lua(?:[ \t]+flags=([^\r\n]*))?/;

function sha1(text: string): string {
  return createHash('sha1').update(text).digest('hex');
}

/** A script without the shebang flags plain Redis does not know (the same text when it has none). */
export function withoutUpstashOnlyFlags(script: string): string {
  const m = SHEBANG.exec(script);
  if (!m?.[1]) return script;
  const flags = m[1].split(',').map((f) => f.trim()).filter(Boolean);
  const kept = flags.filter((f) => !UPSTASH_ONLY_FLAGS.has(f));
  if (kept.length === flags.length) return script;
  return (kept.length > 0 ? `#!lua flags=${kept.join(',')}` : '#!lua') + script.slice(m[0].length);
}

/**
 * Makes commands written for Upstash acceptable to a plain Redis: EVAL of a script with Upstash-only flags runs the
 * script without them, and later EVALSHAs of the original script's SHA-1 are pointed at the one Redis actually
 * cached, so the usual EVALSHA-first calls keep hitting instead of paying NOSCRIPT + EVAL every time.
 * Node-only (synchronous SHA-1), used by the TCP requester and the test REST bridge. One per connection.
 */
export class PlainRedisDialect {
  private readonly cachedAs = new Map<string, string>();

  /** The command to send to plain Redis instead of `command`. */
  adapt(command: string[]): string[] {
    const name = command[0]?.toLowerCase();
    const target = command[1];
    if (target === undefined) return command;
    if (name === 'eval' || name === 'eval_ro') {
      const plain = withoutUpstashOnlyFlags(target);
      if (plain === target) return command;
      this.cachedAs.set(sha1(target), sha1(plain));
      return [command[0]!, plain, ...command.slice(2)];
    }
    if (name === 'evalsha' || name === 'evalsha_ro') {
      const mapped = this.cachedAs.get(target.toLowerCase());
      if (mapped) return [command[0]!, mapped, ...command.slice(2)];
    }
    return command;
  }
}
