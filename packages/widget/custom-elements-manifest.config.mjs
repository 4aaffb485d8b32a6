// custom-elements.json for editors, Storybook and framework wrappers (`npm run build:package` writes dist/custom-elements.json).
// The analyzer reads the TypeScript source; the published manifest points at the module consumers import, and drops
// what the analyzer misreads: internal state (`announcement`) and the private `emit(type)` helper's parameter.
const tidy = () => ({
  name: 'parley-tidy',
  packageLinkPhase({ customElementsManifest }) {
    for (const mod of customElementsManifest.modules) {
      mod.path = 'dist/lib/index.js';
      for (const decl of mod.declarations ?? []) {
        decl.attributes = decl.attributes?.filter((a) => a.name !== 'announcement');
        decl.members = decl.members?.filter((m) => m.privacy !== 'private' && m.name !== 'announcement');
        decl.events = decl.events?.filter((e) => e.name.startsWith('parley:'));
      }
      for (const exp of mod.exports ?? []) if (exp.declaration?.module) exp.declaration.module = mod.path;
    }
  },
});

export default {
  globs: ['src/parley-interview.ts'],
  outdir: 'dist',
  litelement: true,
  plugins: [tidy()],
};
