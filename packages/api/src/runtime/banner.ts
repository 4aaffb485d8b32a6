import type { BootstrapKeyName, BootstrapKeys } from './bootstrap.ts';

/** What the banner shows. */
export interface BannerInfo {
  url: string;
  keys: BootstrapKeys;
  dataDir: string;
  interviewer: string;
  demo: boolean;
}

const VARIABLE: Record<BootstrapKeyName, string> = {
  adminKey: 'PARLEY_ADMIN_KEY',
  secretKey: 'PARLEY_SECRET_KEY',
  publishableKey: 'PARLEY_PUBLISHABLE_KEY',
};

/**
 * The banner's lines. A key is shown only on the start that generated it: terminals and log collectors keep what a
 * server prints, so a key printed on every start ends up in every log archive. Later starts say where it is kept.
 */
export function bannerLines(info: BannerInfo): string[] {
  const key = (name: BootstrapKeyName) => {
    const source = info.keys.sources[name];
    if (source === 'generated') return info.keys[name];
    if (source === 'environment') return `(from ${VARIABLE[name]}, not shown)`;
    return `(not shown again: see ${info.dataDir}/bootstrap.json)`;
  };
  return [
    '',
    `  Parley is running at ${info.url}`,
    '',
    `  Console          ${info.url}/console   (sign in with the secret key)`,
    info.demo ? `  Demo app         ${info.url}/` : '  Demo app         off (PARLEY_DEMO=on serves it at /)',
    '',
    `  Workspace        ${info.keys.workspaceId}`,
    `  Secret key       ${key('secretKey')}`,
    `  Publishable key  ${key('publishableKey')}`,
    `  Admin key        ${key('adminKey')}`,
    '',
    `  Data directory   ${info.dataDir}`,
    `  Interviewer      ${info.interviewer}`,
    `  API reference    ${info.url}/openapi.json`,
    '',
  ];
}

/**
 * Prints where the API listens and, on the first start only, the bootstrap workspace's keys for a newcomer to copy. The
 * banner is for a person at a terminal: it goes to stderr, so stdout carries only JSON log lines.
 */
export function printBanner(info: BannerInfo): void {
  process.stderr.write(bannerLines(info).join('\n') + '\n');
}
