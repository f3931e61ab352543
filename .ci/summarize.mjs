// Reads vitest JSON reports and prints "tests: N passed, M failed" (missing report = 1 failed;
// --dirty: the run changed the checkout, 1 failed).
import { existsSync, readFileSync } from 'node:fs';

let passed = 0;
let failed = 0;
let skipped = 0;
const args = process.argv.slice(2);
if (args.includes('--dirty')) failed += 1;
for (const file of args.filter((a) => a !== '--dirty')) {
  if (!existsSync(file)) {
    console.log(`${file}: no report (that stage did not run)`);
    failed += 1;
    continue;
  }
  const report = JSON.parse(readFileSync(file, 'utf8'));
  passed += report.numPassedTests ?? 0;
  failed += (report.numFailedTests ?? 0) + (report.numFailedTestSuites ?? 0);
  skipped += (report.numPendingTests ?? 0) + (report.numTodoTests ?? 0);
}
console.log(`tests: ${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
