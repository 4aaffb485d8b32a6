// One file per published bundle: the loader (parley.js, a classic script) and the element (parley-interview.js, ESM).
import esbuild from 'rollup-plugin-esbuild';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';

// After minification the only line breaks left are inside template literals (Lit's html and css): the indentation
// there is markup and stylesheet whitespace the browser ignores, so it is collapsed to one space.
const collapseTemplateWhitespace = () => ({
  name: 'collapse-template-whitespace',
  renderChunk: (code) => ({ code: code.replace(/\n\s+/g, ' '), map: null }),
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
    plugins: plugins(),
  },
];
