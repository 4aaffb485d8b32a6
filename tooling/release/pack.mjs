// Packs the publishable packages exactly as they would be published: `node tooling/release/pack.mjs [outDir]`.
//
// In the workspace each package's `exports` point at its TypeScript sources, so the API, tests and tools run from
// source with no build step. What gets published is different: built `dist/`, and the manifest fields in each
// package's `publishConfig` (the convention pnpm and Yarn apply on publish; npm does not, so this script does). The
// workspace manifests stay `private`, so a stray `npm publish` in a package folder refuses instead of shipping sources.
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));

/** The published packages, dependencies first, by workspace folder. */
export const PUBLISHED = ['packages/protocol', 'packages/sdk-js', 'packages/widget', 'packages/api'];

// Manifest fields that only make sense in the workspace.
const WORKSPACE_ONLY = ['private', 'scripts', 'devDependencies', 'publishConfig'];
// publishConfig fields that replace the workspace ones (the rest, like `access`, stay npm settings).
const REPLACED = ['exports', 'main', 'module', 'types', 'bin', 'sideEffects'];

const readJson = (file) => JSON.parse(readFileSync(file, 'utf8'));

/** The manifest to publish for one workspace package: publishConfig applied, sibling packages pinned to their versions. */
export function publishManifest(manifest, versions) {
  const out = { ...manifest };
  for (const field of REPLACED) if (manifest.publishConfig?.[field] !== undefined) out[field] = manifest.publishConfig[field];
  if (Array.isArray(out.sideEffects)) out.sideEffects = out.sideEffects.filter((f) => !f.startsWith('./src/'));
  const settings = Object.fromEntries(Object.entries(manifest.publishConfig ?? {}).filter(([k]) => !REPLACED.includes(k)));
  for (const field of WORKSPACE_ONLY) delete out[field];
  if (Object.keys(settings).length) out.publishConfig = settings;
  for (const section of ['dependencies', 'peerDependencies', 'optionalDependencies']) {
    for (const name of Object.keys(out[section] ?? {})) if (versions[name]) out[section][name] = versions[name];
  }
  return out;
}

/**
 * Builds every published package, stages it as it would be published and runs `npm pack`; returns tarball paths by name.
 * @returns {Record<string, string>}
 */
export function packAll(outDir = join(root, '.packs'), { build = true } = {}) {
  const manifests = PUBLISHED.map((dir) => ({ dir, manifest: readJson(join(root, dir, 'package.json')) }));
  const versions = Object.fromEntries(manifests.map(({ manifest }) => [manifest.name, manifest.version]));
  rmSync(outDir, { recursive: true, force: true });
  mkdirSync(join(outDir, 'stage'), { recursive: true });
  /** @type {Record<string, string>} */
  const tarballs = {};
  for (const { dir, manifest } of manifests) {
    if (build) execFileSync('npm', ['run', 'build:package', '--silent'], { cwd: join(root, dir), stdio: ['ignore', 'ignore', 'inherit'] });
    const stage = join(outDir, 'stage', manifest.name.replace('/', '+'));
    mkdirSync(stage, { recursive: true });
    // `files` as npm reads it: entries to ship, and `!`-entries left out of them.
    const left = manifest.files.filter((f) => f.startsWith('!')).map((f) => join(root, dir, f.slice(1)));
    for (const entry of manifest.files.filter((f) => !f.startsWith('!'))) {
      const from = join(root, dir, entry);
      if (!existsSync(from)) throw new Error(`${manifest.name}: "${entry}" is listed in files but does not exist (was it built?)`);
      // Tests never ship, even when a build leaves one beside its output.
      const ships = (src) => !/\.test\.[cm]?[jt]s$/.test(src) && !left.some((l) => src === l || src.startsWith(`${l}/`));
      cpSync(from, join(stage, entry), { recursive: true, filter: ships });
    }
    writeFileSync(join(stage, 'package.json'), `${JSON.stringify(publishManifest(manifest, versions), null, 2)}\n`);
    const [packed] = JSON.parse(execFileSync('npm', ['pack', stage, '--json', '--pack-destination', outDir], { encoding: 'utf8' }));
    tarballs[manifest.name] = resolve(outDir, packed.filename);
  }
  return tarballs;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const tarballs = packAll(process.argv[2] ? resolve(process.argv[2]) : undefined);
  for (const [name, file] of Object.entries(tarballs)) console.log(`${name}\t${file}`);
}
