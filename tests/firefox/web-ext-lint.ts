/**
 * `npm run lint:firefox`: addons-linter (through web-ext) on the Firefox build, as AMO runs it on
 * upload. Fails on any error, and on any warning that is not a named piece of vendor code.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import webExt, { type LintMessage } from 'web-ext';
import { ensureFirefoxBuild } from './firefox-build';
import { classifyLint } from './lint-allow-list';

function where(message: LintMessage): string {
  return [message.file ?? '(package)', message.line, message.column].filter((part) => part !== undefined).join(':');
}

async function main(): Promise<number> {
  const sourceDir = ensureFirefoxBuild();
  const started = performance.now();
  const result = await webExt.cmd.lint(
    { sourceDir, output: 'none', boring: true, selfHosted: false, warningsAsErrors: false },
    { shouldExitProgram: false },
  );
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  const readSource = (file: string) => {
    const path = join(sourceDir, file);
    return existsSync(path) ? readFileSync(path, 'utf8') : null;
  };
  const { errors, allowed, unexpected, notices } = classifyLint(result, readSource);

  console.log(`web-ext lint ${sourceDir} (${seconds} s): ${errors.length} errors, ${result.warnings.length} warnings (${allowed.length} vendor, allow-listed), ${notices.length} notices`);
  for (const message of errors) console.log(`  ERROR   ${message.code} ${where(message)}: ${message.message}`);
  for (const message of unexpected) console.log(`  WARNING ${message.code} ${where(message)}: ${message.message}\n          ${message.description ?? ''}`);
  for (const { message, why } of allowed) console.log(`  vendor  ${message.code} ${where(message)}: ${why}`);
  for (const message of notices) console.log(`  notice  ${message.code} ${where(message)}: ${message.message}`);

  if (errors.length || unexpected.length) {
    console.log('web-ext lint failed: fix the errors and warnings above (only vendor code may be allow-listed, in tests/firefox/lint-allow-list.ts).');
    return 1;
  }
  console.log('web-ext lint passed.');
  return 0;
}

process.exitCode = await main();
