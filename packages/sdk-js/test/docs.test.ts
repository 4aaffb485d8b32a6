import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const sdkSrc = join(root, 'packages/sdk-js/src');

/** The ```ts blocks of a markdown file. */
function codeBlocks(markdown: string): string[] {
  return [...markdown.matchAll(/```ts\n([\s\S]*?)```/g)].map((m) => m[1]!);
}

describe('docs/sdk.md', () => {
  it('has code blocks that type-check against the SDK', async () => {
    const blocks = codeBlocks(readFileSync(join(root, 'docs/sdk.md'), 'utf8'));
    expect(blocks.length).toBeGreaterThanOrEqual(5);
    const dir = await mkdtemp(join(tmpdir(), 'parley-sdk-docs-'));
    try {
      const files = await Promise.all(
        blocks.map(async (code, i) => {
          const file = join(dir, `block-${i}.ts`);
          await writeFile(file, `${code}\nexport {};\n`);
          return file;
        }),
      );
      const program = ts.createProgram(files, {
        target: ts.ScriptTarget.ES2022,
        module: ts.ModuleKind.ESNext,
        moduleResolution: ts.ModuleResolutionKind.Bundler,
        lib: ['lib.es2023.d.ts', 'lib.dom.d.ts', 'lib.dom.iterable.d.ts'],
        types: ['node'],
        typeRoots: [join(root, 'node_modules/@types')],
        strict: true,
        noEmit: true,
        skipLibCheck: true,
        allowImportingTsExtensions: true,
        paths: { '@parley/sdk': [join(sdkSrc, 'index.ts')], '@parley/sdk/browser': [join(sdkSrc, 'browser.ts')] },
      });
      const problems = ts
        .getPreEmitDiagnostics(program)
        .filter((d) => d.file?.fileName.startsWith(dir))
        .map((d) => `${d.file!.fileName.slice(dir.length + 1)}:${d.file!.getLineAndCharacterOfPosition(d.start!).line + 1} ${ts.flattenDiagnosticMessageText(d.messageText, '\n')}`);
      expect(problems).toEqual([]);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
