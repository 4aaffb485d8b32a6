import { defineConfig } from 'vitest/config';

/** The vitest settings every package shares; `name` names the JSON report that .ci/summarize.mjs adds up. */
export function packageTestConfig(name: string) {
  return defineConfig({
    test: {
      include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
      testTimeout: 20_000,
      hookTimeout: 20_000,
      // The JSON report feeds the one "N passed, N failed" line that .ci/run prints.
      reporters: ['default', 'json'],
      outputFile: { json: `../../.test-output/${name}.json` },
    },
  });
}
