// Size budget: fails the build when a bundle grows past what our customers' users should pay for it.
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

const budgets = { 'dist/parley.js': 1024, 'dist/parley-interview.js': 12 * 1024 };
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
