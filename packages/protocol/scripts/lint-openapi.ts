/**
 * `npm run lint:openapi -w @parley/protocol`: lints the generated OpenAPI document with the Redocly CLI (recommended
 * rules), offline: telemetry and the update check are switched off, and the document has no external references.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { buildOpenApiDocument } from '../src/openapi.ts';

const dir = mkdtempSync(join(tmpdir(), 'parley-openapi-'));
const file = join(dir, 'openapi.json');
writeFileSync(file, JSON.stringify(buildOpenApiDocument({ version: 'lint' }), null, 2));
const cli = join(dirname(createRequire(import.meta.url).resolve('@redocly/cli/package.json')), 'bin', 'cli.js');
const run = spawnSync(process.execPath, [cli, 'lint', file, '--extends=recommended'], {
  stdio: 'inherit',
  env: { ...process.env, REDOCLY_TELEMETRY: 'off', REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true' },
});
rmSync(dir, { recursive: true, force: true });
process.exit(run.status ?? 1);
