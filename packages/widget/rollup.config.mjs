// One file per published bundle: the loader (parley.js, a classic script) and the element (parley-interview.js, ESM).
import esbuild from 'rollup-plugin-esbuild';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';

// After minification the only line breaks left are inside template literals (Lit's html and css): the indentation
// there is markup and stylesheet whitespace the browser ignores, so it is collapsed to one space.
const collapseTemplateWhitespace = () => ({
  name: 'collapse-template-whitespace',
  renderChunk: (code) => ({ code: code.replace(/\n\s+/g, ' '), map: null }),
});

// dist/manifest.json: the version (served at /widget/v<version>/ with an immutable cache) and the SRI hash of every
// bundle, over the exact bytes written, for `<script integrity="sha384-…" crossorigin="anonymous">`. Written after the
// last build (rollup -c builds the configs in order), so it covers every bundle.
const { version } = JSON.parse(readFileSync(new URL('package.json', import.meta.url), 'utf8'));
const sriManifest = () => ({
  name: 'sri-manifest',
  writeBundle() {
    const dist = new URL('dist/', import.meta.url);
    const integrity = {};
    for (const name of readdirSync(dist).filter((f) => f.endsWith('.js')).sort()) {
      integrity[name] = `sha384-${createHash('sha384').update(readFileSync(new URL(name, dist))).digest('base64')}`;
    }
    writeFileSync(new URL('manifest.json', dist), `${JSON.stringify({ version, path: `v${version}/`, integrity }, null, 2)}\n`);
  },
});

const plugins = () => [
  nodeResolve({ browser: true }),
  esbuild({ target: 'es2021', tsconfig: 'tsconfig.json' }),
  terser({ ecma: 2021, module: true, toplevel: true, compress: { passes: 3, unsafe_arrows: true }, format: { comments: false } }),
  collapseTemplateWhitespace(),
];

export default [
  { input: 'src/loader.ts', output: { file: 'dist/parley.js', format: 'iife' }, plugins: plugins() },
  {
    input: 'src/parley-interview.ts',
    output: { dir: 'dist', format: 'es', entryFileNames: 'parley-interview.js', chunkFileNames: 'parley-locale-[name].js' },
    plugins: [...plugins(), sriManifest()],
  },
];
