// @vitest-environment node
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

/**
 * Numbers, money and dates are written for people by one module, lib/format/format.ts, so that
 * every screen and the `vet` command read "12,400", "$4–$13" and "Jun 1, 2025" alike. A local
 * toFixed, toLocaleString, Intl formatter or hand-written "$" in a screen or in lib/ is how two styles creep back in.
 */

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const FOLDERS = ['components', 'entrypoints', 'lib'];
const SOURCE = /\.(ts|tsx)$/;
// The last alternative is money written by hand in a template ("$${low}"): formatUsd and formatUsdRange keep cents under $10.
const LOCAL_FORMATTING = /\.toFixed\(|\.toLocaleString\(|\.toPrecision\(|Intl\.NumberFormat|Intl\.DateTimeFormat|\.toLocale(?:Date|Time)String\(|\$\$\{/;

/** The files that may format on their own, each with the reason. */
const ALLOWED: Record<string, string> = {
  'lib/format/format.ts': 'the format module itself',
  'lib/csv/csv-writer.ts': 'numbers written for spreadsheets (4 significant digits, no separators), not for people',
  'lib/metrics/benchmarks.ts': 'toPrecision(12) clears floating-point noise from a computed fraction; nothing is shown',
  'lib/shortlist-view/xlsx-sheet.ts': "measures a number's width to size its spreadsheet column; the cell itself stays a number",
  'lib/shortlist/import.ts': 'a file size with one decimal, so that a file just over the limit does not read as the limit ("10.0 MB" vs "10 MB")',
  'lib/build/content-script-budget.ts': 'a build-time message to the developer, not shown in the extension',
};

function walk(dir: string, out: string[] = []): string[] {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) walk(path, out);
    else if (SOURCE.test(name)) out.push(path);
  }
  return out;
}

describe('one format module for numbers, money and dates', () => {
  it('no screen, page or lib module formats a number or a date itself', () => {
    const offenders: string[] = [];
    for (const folder of FOLDERS) {
      for (const path of walk(join(ROOT, folder))) {
        const file = relative(ROOT, path).split('\\').join('/');
        if (file in ALLOWED) continue;
        readFileSync(path, 'utf8')
          .split('\n')
          .forEach((line, i) => {
            if (LOCAL_FORMATTING.test(line)) offenders.push(`${file}:${i + 1}: ${line.trim()}`);
          });
      }
    }
    expect(offenders).toEqual([]);
  });

  it('every allowed exception still exists and still formats locally (a stale entry would hide a new one)', () => {
    for (const file of Object.keys(ALLOWED)) expect(LOCAL_FORMATTING.test(readFileSync(join(ROOT, file), 'utf8')), file).toBe(true);
  });
});
