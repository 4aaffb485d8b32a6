import { defineConfig } from 'tsup';

// The published build: ESM and CommonJS with their own type declarations (.d.ts / .d.cts), so both `import` and
// `require` consumers under NodeNext get types that match the module format they load.
export default defineConfig({
  entry: { index: 'src/index.ts', 'session-outcome': 'src/session-outcome.ts' },
  format: ['esm', 'cjs'],
  dts: true,
  clean: true,
  target: 'es2022',
  sourcemap: true,
  outDir: 'dist',
});
