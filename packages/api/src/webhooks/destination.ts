/** Looks a host name up: every address it resolves to (the runtime's DNS; absent where the runtime has none). */
export type ResolveHost = (hostname: string) => Promise<string[]>;

// Names that always mean this machine, its network or a cloud's metadata service, and wildcard-DNS services that
// resolve a name to whatever address it spells ("127.0.0.1.nip.io").
const BLOCKED_NAMES = /(?:^|\.)(?:localhost|local|internal|intranet|home\.arpa|nip\.io|sslip\.io|xip\.io|localtest\.me|lvh\.me)$|^metadata(?:\.google\.internal)?$/i;

/**
 * Why a webhook URL may not be delivered to, or undefined when it may: only http(s), no credentials in it, and no
 * loopback, private, link-local, carrier-grade NAT, multicast or metadata destination, in any spelling the URL parser
 * accepts (2130706433, 0x7f000001, 127.1 and [::ffff:127.0.0.1] all come out as loopback). `allowPrivate` lets a
 * self-hoster deliver inside their own network (PARLEY_WEBHOOK_ALLOW_PRIVATE).
 */
export function destinationProblem(url: string, allowPrivate = false): string | undefined {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return 'is not a valid URL';
  }
  if (u.protocol !== 'https:' && u.protocol !== 'http:') return 'must use http or https';
  if (u.username || u.password) return 'must not carry a user name or password';
  if (allowPrivate) return undefined;
  const host = u.hostname.replace(/^\[|\]$/g, '').replace(/\.$/, '');
  if (BLOCKED_NAMES.test(host)) return `points at a local or internal host (${host})`;
  if (isIpLiteral(host) && isPrivateAddress(host)) return `points at a private, loopback or link-local address (${host})`;
  return undefined;
}

/** The same check after DNS: refused when any address the name resolves to is private. Unresolvable names pass (they cannot be reached). */
export async function resolvedProblem(url: string, resolve: ResolveHost | undefined, allowPrivate = false): Promise<string | undefined> {
  const first = destinationProblem(url, allowPrivate);
  if (first || allowPrivate || !resolve) return first;
  const host = new URL(url).hostname.replace(/^\[|\]$/g, '');
  if (isIpLiteral(host)) return undefined;
  let addresses: string[];
  try {
    addresses = await resolve(host);
  } catch {
    return undefined;
  }
  const bad = addresses.find(isPrivateAddress);
  return bad ? `resolves to a private, loopback or link-local address (${bad})` : undefined;
}

function isIpLiteral(host: string): boolean {
  return /^\d{1,3}(?:\.\d{1,3}){3}$/.test(host) || host.includes(':');
}

/** True for addresses no webhook may reach: loopback, private, link-local, CGNAT, "this network", multicast, reserved. */
export function isPrivateAddress(ip: string): boolean {
  const address = ip.replace(/^\[|\]$/g, '').toLowerCase();
  const v4 = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/.exec(address);
  if (v4) {
    const [a, b] = [Number(v4[1]), Number(v4[2])];
    return a === 0 || a === 10 || a === 127 || a >= 224 || (a === 100 && b >= 64 && b <= 127) || (a === 169 && b === 254) || (a === 172 && b >= 16 && b <= 31) || (a === 192 && b === 168) || (a === 192 && b === 0) || (a === 198 && (b === 18 || b === 19));
  }
  if (!address.includes(':')) return false;
  // IPv4-mapped and -compatible forms carry an IPv4 address in their last 32 bits.
  const mapped = /^::(?:ffff:)?(?:(\d{1,3}(?:\.\d{1,3}){3})|([0-9a-f]{1,4}):([0-9a-f]{1,4}))$/.exec(address);
  if (mapped) {
    if (mapped[1]) return isPrivateAddress(mapped[1]);
    const hi = parseInt(mapped[2]!, 16);
    const lo = parseInt(mapped[3]!, 16);
    return isPrivateAddress(`${hi >> 8}.${hi & 255}.${lo >> 8}.${lo & 255}`);
  }
  if (address === '::' || address === '::1') return true;
  const first = parseInt(address.split(':')[0] || '0', 16);
  return (first & 0xfe00) === 0xfc00 || (first & 0xffc0) === 0xfe80 || (first & 0xff00) === 0xff00;
}
