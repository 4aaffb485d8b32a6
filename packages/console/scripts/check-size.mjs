// Fails the build when the console's first screen (script + stylesheet, gzipped) outgrows its budget.
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

const BUDGET = 60 * 1024;
const files = ['dist/console.js', 'dist/console.css'];
let total = 0;
for (const file of files) {
  const body = readFileSync(file);
  const gz = gzipSync(body, { level: 9 }).length;
  total += gz;
  console.log(`     ${file}: ${body.length} B, ${gz} B gzip`);
}
const ok = total <= BUDGET;
console.log(`${ok ? 'ok  ' : 'FAIL'} console first screen: ${total} B gzip (budget ${BUDGET} B)`);
if (!ok) process.exit(1);
