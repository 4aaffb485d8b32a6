// Writes the browser tests' totals where .ci/summarize.mjs adds up every runner's "N passed, N failed".
import { mkdirSync, writeFileSync } from 'node:fs';

function count(suite, totals) {
  for (const test of suite.tests ?? []) {
    if (test.skipped) totals.numPendingTests++;
    else if (test.passed) totals.numPassedTests++;
    else totals.numFailedTests++;
  }
  for (const child of suite.suites ?? []) count(child, totals);
}

/** A @web/test-runner reporter that writes `{ numPassedTests, numFailedTests, numPendingTests }` to `file`. */
export function countReporter(file) {
  return {
    onTestRunFinished({ sessions }) {
      const totals = { numPassedTests: 0, numFailedTests: 0, numPendingTests: 0 };
      for (const session of sessions) {
        if (session.testResults) count(session.testResults, totals);
        // A test file that failed to load or crashed counts as a failure.
        if (!session.passed && (session.errors?.length ?? 0) > 0) totals.numFailedTests++;
      }
      mkdirSync(new URL('.', new URL(file, 'file://' + process.cwd() + '/')), { recursive: true });
      writeFileSync(file, JSON.stringify(totals));
    },
  };
}
