// Sums the JSON reports every test runner wrote into one folder and prints the plain "N passed, N failed" line CI reads.
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';

const dir = process.argv[2] ?? '.test-output';
let passed = 0;
let failed = 0;
let skipped = 0;
const files = existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.json')) : [];
for (const file of files) {
  const report = JSON.parse(readFileSync(join(dir, file), 'utf8'));
  passed += report.numPassedTests ?? 0;
  failed += (report.numFailedTests ?? 0) + (report.numRuntimeErrorTestSuites ?? 0);
  skipped += (report.numPendingTests ?? 0) + (report.numTodoTests ?? 0);
  // A suite that failed to load counts as a failure even though it ran no test.
  for (const suite of report.testResults ?? []) if (suite.status === 'failed' && (suite.assertionResults ?? []).length === 0) failed += 1;
}
// Every test runner must have written its report: one that is missing crashed before it could count anything.
const expected = ['protocol', 'api', 'sdk', 'widget', 'console', 'example-helpdesk-webhook', 'example-onboarding-day-30', 'release'];
for (const name of expected) {
  if (!files.includes(`${name}.json`)) {
    console.log(`missing test report: ${name}.json (that runner did not finish)`);
    failed += 1;
  }
}
console.log(`${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
process.exit(failed > 0 ? 1 : 0);
