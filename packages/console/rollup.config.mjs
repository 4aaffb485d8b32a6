// The console is one ES module bundle plus its stylesheet; both are served by the API at /console.
import { readFileSync } from 'node:fs';
import esbuild from 'rollup-plugin-esbuild';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';

/** Copies the stylesheet next to the bundle, with comments and indentation removed. */
const stylesheet = (from, to) => ({
  name: 'stylesheet',
  generateBundle() {
    const css = readFileSync(from, 'utf8').replace(/\/\*[\s\S]*?\*\//g, '').replace(/\s*\n\s*/g, '\n').trim();
    this.emitFile({ type: 'asset', fileName: to, source: css });
  },
});

export default {
  input: 'src/main.tsx',
  output: { dir: 'dist', format: 'es', entryFileNames: 'console.js' },
  plugins: [
    nodeResolve({ browser: true }),
    esbuild({ target: 'es2021', tsconfig: 'tsconfig.json', jsx: 'automatic', jsxImportSource: 'preact' }),
    terser({ ecma: 2021, module: true, toplevel: true, compress: { passes: 2 }, format: { comments: false } }),
    stylesheet('src/console.css', 'console.css'),
  ],
};
