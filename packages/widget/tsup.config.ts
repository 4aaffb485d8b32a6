import { defineConfig } from 'tsup';

// The npm build (`import '@parley/widget'` in an app bundled by Vite, esbuild, webpack…), beside the CDN bundles in
// dist/ that rollup writes. Compiled here, with this package's tsconfig, so Lit's reactive properties never depend on
// the consumer's `useDefineForClassFields`: the output assigns them in the constructor, never as native class fields.
export default defineConfig({
  entry: { index: 'src/index.ts', sse: 'src/sse.ts' },
  format: ['esm'],
  dts: true,
  clean: true,
  target: 'es2021',
  platform: 'browser',
  sourcemap: true,
  outDir: 'dist/lib',
  external: ['lit'],
});
