// Size budget: fails the build when a bundle grows past what our customers' users should pay for it.
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

// The loader's budget was 1,024 B until issue 16 ("the loader as people expect") added what every embed of a product
// like this is expected to do: replay calls the snippet's stub queued, report single-page-app navigations (and stop the
// last page's watchers), identify, swallow every error, and a debug mode that says why nothing was shown. That costs
// about 450 B gzip; 1,536 B is the ceiling, not a target: keep it as small as it can be.
const budgets = { 'dist/parley.js': 1536, 'dist/parley-interview.js': 12 * 1024 };
let over = false;
for (const [file, budget] of Object.entries(budgets)) {
  const source = readFileSync(new URL(`../${file}`, import.meta.url));
  const gz = gzipSync(source, { level: 9 }).length;
  // Full zod alone is ~95 KB gzip; nothing of it may reach a browser bundle.
  if (/ZodError|\$ZodType/.test(source.toString())) {
    console.error(`${file}: contains zod`);
    over = true;
  }
  const ok = gz <= budget;
  over ||= !ok;
  console.log(`${ok ? 'ok  ' : 'OVER'} ${file}: ${source.length} B, ${gz} B gzip (budget ${budget} B)`);
}
process.exit(over ? 1 : 0);
