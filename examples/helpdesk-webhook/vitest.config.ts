import { fileURLToPath } from 'node:url';
import { mergeConfig } from 'vitest/config';
import { packageTestConfig } from '../../vitest.shared.ts';

const sdk = (file: string) => fileURLToPath(new URL(`../../packages/sdk-js/src/${file}`, import.meta.url));

// The same mapping as tsconfig.json's "paths": the SDK from this repository's source.
export default mergeConfig(packageTestConfig('example-helpdesk-webhook'), {
  resolve: { alias: [{ find: /^@parley\/sdk\/browser$/, replacement: sdk('browser.ts') }, { find: /^@parley\/sdk$/, replacement: sdk('index.ts') }] },
});
