import type { BootstrapKeys } from './bootstrap.ts';

/** Prints where the API listens and the bootstrap workspace's keys, for a newcomer to copy. */
export function printBanner(info: { url: string; keys: BootstrapKeys; dataDir: string; interviewer: string; demo: boolean }): void {
  const lines = [
    '',
    `  Parley is running at ${info.url}`,
    '',
    `  Console          ${info.url}/console   (sign in with the secret key below)`,
    info.demo ? `  Demo app         ${info.url}/` : '  Demo app         off (PARLEY_DEMO=on serves it at /)',
    '',
    `  Workspace        ${info.keys.workspaceId}`,
    `  Secret key       ${info.keys.secretKey}`,
    `  Publishable key  ${info.keys.publishableKey}`,
    `  Admin key        ${info.keys.adminKey}`,
    '',
    `  Data directory   ${info.dataDir}`,
    `  Interviewer      ${info.interviewer}`,
    `  API reference    ${info.url}/openapi.json`,
    '',
  ];
  process.stdout.write(lines.join('\n') + '\n');
}
