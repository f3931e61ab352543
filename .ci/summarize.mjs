// Reads vitest JSON reports and prints "tests: N passed, M failed" (missing report = 1 failed;
// --dirty: the run changed the checkout, 1 failed).
import { existsSync, readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

/**
 * Failed tests, plus each file that failed with no failed test of its own (it did not load, or a
 * hook failed before any test ran). vitest's numFailedTestSuites also counts every describe block
 * around a failed test, so one failed test would read as three failures.
 */
export function countReport(report) {
  const files = report.testResults ?? [];
  const filesFailedAlone = files.filter((f) => f.status === 'failed' && !(f.assertionResults ?? []).some((a) => a.status === 'failed')).length;
  return {
    passed: report.numPassedTests ?? 0,
    failed: (report.numFailedTests ?? 0) + filesFailedAlone,
    skipped: (report.numPendingTests ?? 0) + (report.numTodoTests ?? 0),
  };
}

function main(args) {
  let passed = 0;
  let failed = args.includes('--dirty') ? 1 : 0;
  let skipped = 0;
  for (const file of args.filter((a) => a !== '--dirty')) {
    if (!existsSync(file)) {
      console.log(`${file}: no report (that stage did not run)`);
      failed += 1;
      continue;
    }
    const counts = countReport(JSON.parse(readFileSync(file, 'utf8')));
    passed += counts.passed;
    failed += counts.failed;
    skipped += counts.skipped;
  }
  console.log(`tests: ${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) main(process.argv.slice(2));
