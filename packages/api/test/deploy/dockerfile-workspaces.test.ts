import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../../../', import.meta.url));

/** The workspace folders the root package.json names (a trailing `/*` means every folder under it). */
function workspaceFolders(): string[] {
  const { workspaces } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { workspaces: string[] };
  return workspaces.flatMap((pattern) =>
    pattern.endsWith('/*')
      ? readdirSync(join(root, pattern.slice(0, -2)), { withFileTypes: true })
          .filter((d) => d.isDirectory() && existsSync(join(root, pattern.slice(0, -2), d.name, 'package.json')))
          .map((d) => `${pattern.slice(0, -2)}/${d.name}`)
      : [pattern],
  );
}

describe('the Dockerfile', () => {
  // `npm ci` installs from the lock file, which names every workspace: one whose package.json is not in the build
  // context fails the image's first stage.
  it('copies every workspace package.json into the deps stage before npm ci', () => {
    const dockerfile = readFileSync(join(root, 'Dockerfile'), 'utf8');
    const deps = dockerfile.slice(0, dockerfile.indexOf('RUN npm ci'));
    for (const folder of workspaceFolders()) expect(deps, folder).toContain(`COPY ${folder}/package.json ${folder}/`);
  });
});
