import { defineConfig } from 'tsup';

// The published build: ESM and CommonJS, each with declarations of its own format (.d.ts / .d.cts). One file per
// entry; `@parley/protocol` stays an import (a dependency), so its types are shared with the consumer's copy.
export default defineConfig({
  entry: { index: 'src/index.ts', browser: 'src/browser.ts' },
  format: ['esm', 'cjs'],
  dts: true,
  clean: true,
  target: 'es2022',
  platform: 'neutral',
  sourcemap: true,
  outDir: 'dist',
});
